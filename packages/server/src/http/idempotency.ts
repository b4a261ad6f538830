import type { Db } from '../db/types.js';
import { DomainError } from '../errors.js';

export interface StoredResponse {
  status: number;
  body: string;
}

/**
 * `Idempotency-Key` on POST: the first request with a key runs; a later one with the same key and
 * the same body gets the stored response again; the same key with another body or path is refused.
 * Server errors are not stored, so a retry after a crash runs again.
 */
export async function beginIdempotent(
  db: Db,
  input: { scope: string; key: string; method: string; path: string; bodyHash: string; now: Date },
): Promise<{ replay: StoredResponse } | { started: true }> {
  if (input.key.length > 255 || !/^[\x21-\x7e]+$/.test(input.key)) {
    throw new DomainError(
      'validation_failed',
      'Idempotency-Key must be 1 to 255 visible ASCII characters.',
      {
        fields: [
          { path: 'Idempotency-Key', code: 'invalid_format', message: 'Invalid idempotency key' },
        ],
      },
    );
  }
  const inserted = await db.query(
    `insert into idempotency_keys (principal, key, method, path, body_hash, state, created_at)
     values ($1, $2, $3, $4, $5, 'in_progress', $6) on conflict do nothing returning key`,
    [input.scope, input.key, input.method, input.path, input.bodyHash, input.now],
  );
  if (inserted.length) return { started: true };
  const [row] = await db.query<{
    method: string;
    path: string;
    body_hash: string;
    state: string;
    response_status: number | null;
    response_body: string | null;
  }>('select * from idempotency_keys where principal = $1 and key = $2', [input.scope, input.key]);
  if (!row) return beginIdempotent(db, input);
  if (row.method !== input.method || row.path !== input.path || row.body_hash !== input.bodyHash) {
    throw new DomainError(
      'idempotency_key_reuse',
      'This Idempotency-Key was used for a different request; use a new key per request.',
    );
  }
  if (row.state !== 'done') {
    throw new DomainError(
      'idempotency_in_progress',
      'A request with this Idempotency-Key is still running.',
      {
        retryAfter: 1,
      },
    );
  }
  return { replay: { status: Number(row.response_status), body: row.response_body ?? '' } };
}

export async function finishIdempotent(
  db: Db,
  scope: string,
  key: string,
  response: StoredResponse | null,
): Promise<void> {
  if (!response) {
    await db.query('delete from idempotency_keys where principal = $1 and key = $2', [scope, key]);
    return;
  }
  await db.query(
    `update idempotency_keys set state = 'done', response_status = $3, response_body = $4
     where principal = $1 and key = $2`,
    [scope, key, response.status, response.body],
  );
}
