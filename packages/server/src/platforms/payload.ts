import type { z } from 'zod';

/** A webhook body read against the schema of what the adapter uses from it. */
export type PayloadRead<T> = { ok: true; data: T } | { ok: false; reason: string };

/**
 * Reads a signed webhook body: JSON, then the schema. A body that is neither is not an error of
 * ours but the platform's: the caller records it as a failed delivery with the reason.
 */
export function readPayload<T>(schema: z.ZodType<T>, body: Uint8Array): PayloadRead<T> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    return { ok: false, reason: 'The webhook body is not JSON.' };
  }
  return readParsed(schema, json, 'The webhook body');
}

/**
 * Reads an API answer already parsed as JSON (`undefined` when it was not JSON) against the
 * schema of what the adapter uses from it; `what` names it in the reason.
 */
export function readParsed<T>(schema: z.ZodType<T>, json: unknown, what: string): PayloadRead<T> {
  if (json === undefined) return { ok: false, reason: `${what} is not JSON.` };
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    reason: `${what} is not as expected: ${parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'body'} ${i.message}`)
      .join('; ')}`.slice(0, 500),
  };
}
