import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable } from './types.js';

/**
 * One turn of the event loop. PGlite answers on promise callbacks alone, so a worker running
 * transaction after transaction (an import, a sync) would never let timers or network I/O run:
 * every HTTP request would wait for the whole job. Yielding before each transaction lets requests
 * in between.
 */
const nextTurn: () => Promise<void> =
  typeof setImmediate === 'function'
    ? () => new Promise((resolve) => setImmediate(resolve))
    : () =>
        new Promise((resolve) => {
          const { port1, port2 } = new MessageChannel();
          port1.onmessage = () => {
            port1.close();
            resolve();
          };
          port2.postMessage(null);
        });

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
    // Inside a transaction, statements run back to back: it holds the database meanwhile.
    transaction: async (fn) => {
      await nextTurn();
      return pg.transaction((tx) => fn(wrap(tx)));
    },
    close: () => pg.close(),
  };
}
