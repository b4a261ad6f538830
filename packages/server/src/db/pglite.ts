import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './types.js';

/**
 * PGlite: PostgreSQL compiled to WebAssembly, in the same process. `dataDir` undefined keeps the
 * database in memory (tests, the browser); a path keeps it on disk (Node).
 */
export async function createPgliteDb(options: { dataDir?: string } = {}): Promise<Db> {
  const pg = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await pg.waitReady;
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async exec(sql: string) {
      await q.exec(sql);
    },
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await q.query<T>(sql, params as unknown[]);
      return result.rows;
    },
  });
  return {
    dialect: 'pglite',
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
