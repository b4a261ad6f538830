import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { startServer } from './support.js';

/**
 * PGlite runs no autovacuum: without ANALYZE the planner guesses table sizes, and lists that
 * should walk an index scan whole tables once they grow. PostgreSQL keeps its own statistics.
 */
describe.skipIf(process.env.VITRINE_TEST_DATABASE_URL)('planner statistics on PGlite', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  const estimate = async (table: string) =>
    Number(
      (
        await server.db.query<{ reltuples: number }>(
          'select reltuples from pg_class where relname = $1',
          [table],
        )
      )[0]?.reltuples,
    );

  it('housekeeping refreshes them as tables grow, at most hourly', async () => {
    await server.db.query(
      `insert into clients (id, provider_id, name, created_at, updated_at)
       select 'cl_stat_' || n, $1, 'Client ' || n, now(), now() from generate_series(1, 5000) n`,
      [server.provider.id],
    );
    await server.app.housekeeping();
    expect(await estimate('clients')).toBeGreaterThanOrEqual(5000);

    await server.db.query(
      `insert into clients (id, provider_id, name, created_at, updated_at)
       select 'cl_more_' || n, $1, 'Client ' || n, now(), now() from generate_series(1, 5000) n`,
      [server.provider.id],
    );
    // Within the hour: housekeeping leaves the statistics as they are.
    server.clock.advance(10 * 60_000);
    await server.app.housekeeping();
    expect(await estimate('clients')).toBeLessThan(10_000);
    server.clock.advance(60 * 60_000);
    await server.app.housekeeping();
    expect(await estimate('clients')).toBeGreaterThanOrEqual(10_000);
  });
});
