import { DomainError } from '../errors.js';

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
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
