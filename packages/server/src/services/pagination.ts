import { DomainError } from '../errors.js';
import { base64url, fromBase64url } from '../ids.js';

/** Keyset cursors over (created_at desc, id desc): stable while rows are added. */
export interface Cursor {
  t: string;
  i: string;
}

export function encodeCursor(row: { created_at: Date | string; id: string }): string {
  const cursor: Cursor = { t: new Date(row.created_at).toISOString(), i: row.id };
  return base64url(new TextEncoder().encode(JSON.stringify(cursor)));
}

/** The only timestamps `encodeCursor` writes; anything else was not made here. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const value = JSON.parse(new TextDecoder().decode(fromBase64url(text))) as Partial<Cursor>;
    const { t, i } = value ?? {};
    // A date that does not survive a round trip (30 February, year 0) would reach the database.
    if (
      typeof t === 'string' &&
      typeof i === 'string' &&
      ISO_INSTANT.test(t) &&
      t.slice(0, 4) !== '0000' &&
      new Date(t).toISOString() === t &&
      i.length > 0 &&
      i.length <= 200 &&
      !i.includes('\u0000')
    ) {
      return { t, i };
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('validation_failed', 'The cursor is not one this API returned.', {
    fields: [{ path: 'cursor', code: 'invalid_cursor', message: 'Unknown cursor' }],
  });
}

/** Fetch `limit + 1` rows; the extra one tells whether another page exists. */
export function toPage<R extends { created_at: Date | string; id: string }, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
): { data: T[]; nextCursor: string | null } {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return { data: kept.map(map), nextCursor: more && last ? encodeCursor(last) : null };
}

/** Escapes LIKE wildcards in user text. */
export const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
