import { DomainError } from '../errors.js';
import { readAtMost } from '../streams.js';

const tooLarge = (max: number) =>
  new DomainError('payload_too_large', `The request body is larger than ${max} bytes.`);

/** Reads a request body as text without ever holding more than `max` bytes. */
export async function readBodyText(request: Request, max: number): Promise<string> {
  const bytes = await readBodyBytes(request, max);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError('invalid_json', 'The request body is not valid UTF-8.');
  }
}

/** The raw body bytes (signatures are computed over them), at most `max` of them. */
export async function readBodyBytes(request: Request, max: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) throw tooLarge(max);
  const bytes = await readAtMost(request.body, max);
  if (!bytes) throw tooLarge(max);
  return bytes;
}
