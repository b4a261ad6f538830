import { statfsSync } from 'node:fs';
import { StorageFullError } from '../db/errors.js';
import type { Db, Queryable } from '../db/types.js';

/** Below this much free space in the data folder, the embedded database takes no more writes. */
export const DEFAULT_MIN_FREE_BYTES = 64 * 1024 * 1024;

/** Statements that only read: everything else may write (and write-ahead log) something. */
const readOnly = /^\s*(select|show|explain)\b/i;

/**
 * Keeps the embedded database off a full disk. PostgreSQL stops for good (a PANIC) when it cannot
 * write its write-ahead log, and in PGlite that leaves the whole process spinning: so writes are
 * refused while the folder's free space is under `minFreeBytes`, with room to spare, and reads go
 * on. The space is read before every write (one cheap system call), never from a cached answer,
 * so no write slips through between checks; once space is back, writes go through again.
 */
export function guardDiskSpace(
  db: Db,
  folder: string,
  { minFreeBytes = DEFAULT_MIN_FREE_BYTES } = {},
): Db {
  const refuseWhenFull = () => {
    let full = false;
    try {
      const stats = statfsSync(folder);
      full = stats.bavail * stats.bsize < minFreeBytes;
    } catch {
      // A folder whose space cannot be read is left to the database to report.
    }
    if (full) throw new StorageFullError();
  };
  const guard = (q: Queryable): Queryable => ({
    exec: async (sql) => {
      refuseWhenFull();
      return q.exec(sql);
    },
    query: async (sql, params) => {
      if (!readOnly.test(sql)) refuseWhenFull();
      return q.query(sql, params);
    },
  });
  return {
    dialect: db.dialect,
    ...guard(db),
    transaction: async (fn) => {
      refuseWhenFull();
      return db.transaction((tx) => fn(guard(tx)));
    },
    close: () => db.close(),
  };
}
