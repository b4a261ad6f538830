/**
 * Whether an error says the database cannot be reached right now (a dropped connection, a
 * restarting server, too many connections), as opposed to a bug: callers are told to come back
 * shortly (503), not that something broke (500).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    // PostgreSQL: class 08 (connection exception), shutdowns, "cannot connect now", too many
    // connections; Node: the socket itself.
    if (/^08/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code)) return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND'].includes(code)) {
      return true;
    }
  }
  return (
    typeof message === 'string' &&
    /connection terminated|connection timeout|terminating connection|PGlite is closed/i.test(
      message,
    )
  );
}

/** The data folder is (nearly) out of space: nothing is written until space is freed. */
export class StorageFullError extends Error {
  readonly code = 'storage_full';
  constructor() {
    super('The data folder is out of space.');
    this.name = 'StorageFullError';
  }
}

/** Whether a write failed (or was refused) for lack of disk space: PostgreSQL's disk_full and a file write's ENOSPC too. */
export function isStorageFull(error: unknown): boolean {
  if (error instanceof StorageFullError) return true;
  const code = error && typeof error === 'object' ? (error as { code?: unknown }).code : null;
  return code === '53100' || code === 'ENOSPC';
}
