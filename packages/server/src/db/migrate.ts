import { migrations } from './migrations.js';
import type { Db } from './types.js';

/** Applies the migrations this database has not seen, each in its own transaction. */
export async function migrate(db: Db): Promise<{ applied: number[] }> {
  await db.query(`create table if not exists schema_migrations (
    version integer primary key, name text not null, applied_at timestamptz not null default now())`);
  const done = new Set(
    (await db.query<{ version: number }>('select version from schema_migrations')).map((r) =>
      Number(r.version),
    ),
  );
  const applied: number[] = [];
  for (const m of migrations) {
    if (done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [
        m.version,
        m.name,
      ]);
    });
    applied.push(m.version);
  }
  return { applied };
}
