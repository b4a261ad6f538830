import { migrations } from './migrations.js';
import type { Db, Queryable } from './types.js';

/**
 * One transaction-scoped advisory lock key for migrations (any constant both sides agree on):
 * instances starting together on one PostgreSQL database take turns, and each migration is
 * applied once. PGlite has one connection; the lock costs it nothing.
 */
export const MIGRATION_LOCK = 0x76_69_74_72;

const lock = (tx: Queryable) => tx.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);

/** Applies the migrations this database has not seen, each in its own transaction. */
export async function migrate(db: Db): Promise<{ applied: number[] }> {
  // Creating the bookkeeping table concurrently is itself a race in PostgreSQL's catalog.
  await db.transaction(async (tx) => {
    await lock(tx);
    await tx.query(`create table if not exists schema_migrations (
      version integer primary key, name text not null, applied_at timestamptz not null default now())`);
  });
  const applied: number[] = [];
  for (const m of migrations) {
    const done = await db.transaction(async (tx) => {
      await lock(tx);
      // Read under the lock: another instance may have applied it while this one waited.
      const seen = await tx.query('select 1 from schema_migrations where version = $1', [
        m.version,
      ]);
      if (seen.length) return false;
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        m.version,
        m.name,
      ]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return { applied };
}
