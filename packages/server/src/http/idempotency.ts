import type { Db } from '../db/types.js';
import { DomainError } from '../errors.js';

export interface StoredResponse {
  status: number;
  body: string;
}

/**
 * How long a running request owns its key. A process that dies mid-request leaves its key
 * `in_progress`; past this lease a retry takes the key over instead of waiting forever. Longer
 * than any request may run (platform calls time out well before).
 */
export const IDEMPOTENCY_LEASE_MS = 2 * 60_000;
/** Finished answers are replayed for a day; after that the key is free again. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;

/**
 * `Idempotency-Key` on POST: the first request with a key runs; a later one with the same key and
 * the same body gets the stored response again; the same key with another body or path is refused.
 * Server errors are not stored, so a retry after a crash runs again. Answers the stored response
 * to replay, or null when this request owns the key and runs.
 */
export async function beginIdempotent(
  db: Db,
  input: { scope: string; key: string; method: string; path: string; bodyHash: string; now: Date },
): Promise<StoredResponse | null> {
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
  const leaseEnd = new Date(input.now.getTime() - IDEMPOTENCY_LEASE_MS);
  const kept = new Date(input.now.getTime() - IDEMPOTENCY_RETENTION_MS);
  // One statement decides: a new key is taken; an abandoned one (lease over) or an expired answer
  // is taken over; anything else stays as it is and is read below.
  const taken = await db.query(
    `insert into idempotency_keys (principal, key, method, path, body_hash, state, created_at)
     values ($1, $2, $3, $4, $5, 'in_progress', $6)
     on conflict (principal, key) do update
       set method = excluded.method, path = excluded.path, body_hash = excluded.body_hash,
           state = 'in_progress', response_status = null, response_body = null,
           created_at = excluded.created_at
       where (idempotency_keys.state = 'in_progress' and idempotency_keys.created_at < $7)
          or (idempotency_keys.state = 'done' and idempotency_keys.created_at < $8)
     returning key`,
    [input.scope, input.key, input.method, input.path, input.bodyHash, input.now, leaseEnd, kept],
  );
  if (taken.length) return null;
  const [row] = await db.query<{
    method: string;
    path: string;
    body_hash: string;
    state: string;
    created_at: Date;
    response_status: number | null;
    response_body: string | null;
  }>('select * from idempotency_keys where principal = $1 and key = $2', [input.scope, input.key]);
  if (!row) return beginIdempotent(db, input);
  if (
    row.path !== input.path ||
    row.body_hash !== input.bodyHash ||
    // Stryker disable next-line ConditionalExpression: only POST takes a key, so the method always matches today
    row.method !== input.method
  ) {
    throw new DomainError(
      'idempotency_key_reuse',
      'This Idempotency-Key was used for a different request; use a new key per request.',
    );
  }
  if (row.state !== 'done') {
    const leftMs = new Date(row.created_at).getTime() + IDEMPOTENCY_LEASE_MS - input.now.getTime();
    throw new DomainError(
      'idempotency_in_progress',
      'A request with this Idempotency-Key is still running.',
      { retryAfter: Math.max(1, Math.min(5, Math.ceil(leftMs / 1000))) },
    );
  }
  // Stryker disable next-line StringLiteral: a finished key always has its body (finishIdempotent stores both)
  return { status: Number(row.response_status), body: row.response_body ?? '' };
}

/** Forgets answers past their retention and keys whose request died; run now and then. */
export async function purgeIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const rows = await db.query(
    `delete from idempotency_keys
     where (state = 'done' and created_at < $1) or (state = 'in_progress' and created_at < $2)
     returning key`,
    [
      new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS),
      new Date(now.getTime() - IDEMPOTENCY_LEASE_MS),
    ],
  );
  return rows.length;
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
