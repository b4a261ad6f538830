import type { Db } from './types.js';

/**
 * Refreshes the planner's statistics on PGlite, which runs no autovacuum: without them it
 * guesses table sizes, and a list that should walk an index scans the table once it grows.
 * PostgreSQL's autovacuum keeps its own; nothing to do there.
 */
export async function refreshStatistics(db: Db): Promise<boolean> {
  if (db.dialect !== 'pglite') return false;
  await db.exec('analyze');
  return true;
}
