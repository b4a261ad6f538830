import { DomainError } from './errors.js';

const tooLarge = (max: number) =>
  new DomainError('payload_too_large', `The request body is larger than ${max} bytes.`);

/** Reads a request body as text without ever holding more than `max` bytes. */
export async function readBodyText(request: Request, max: number): Promise<string> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) throw tooLarge(max);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let size = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        await reader.cancel();
        throw tooLarge(max);
      }
      text += decoder.decode(value, { stream: true });
    }
    return text + decoder.decode();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('invalid_json', 'The request body is not valid UTF-8.');
  }
}
