/**
 * Benchmark (not a test): `tsx --conditions=@vitrine/source bench/clients.ts [--max 100000]`.
 *
 * The provider's client list (`GET /v1/clients`, first page and a page deep in the keyset) on
 * PGlite in memory, in process, as the provider's table grows from 100 clients to `--max`
 * (100,000 by default) by tenfold steps, with another provider's clients alongside as many
 * again. Rows are written with one INSERT … SELECT per step, then housekeeping runs as the job
 * runner would (it refreshes PGlite's planner statistics). Each size reports the median and p99
 * of 200 calls of each page (after 200 to warm up), and the ratio of its median to the
 * 100-client median: a list that walks its index stays near 1× whatever the table holds.
 * `--no-analyze` leaves housekeeping out, for comparison.
 */
import { parseArgs } from 'node:util';
import { createTestServer } from '../testing/testServer.js';

const { values } = parseArgs({
  options: {
    max: { type: 'string', default: '100000' },
    // Skips housekeeping: what the list costs on statistics PGlite never refreshed.
    'no-analyze': { type: 'boolean', default: false },
  },
});
const MAX = Number(values.max);
const CALLS = 200;

const server = await createTestServer();
const other = await server.createProvider('Bench Neighbour');
const ms = (value: number) => `${value.toFixed(2)} ms`;
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function list(path: string) {
  const res = await server.fetch(`${server.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${server.provider.secretKey}` },
  });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as { data: { id: string }[]; nextCursor: string | null };
}

async function measure(path: string) {
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const started = performance.now();
    await list(path);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

let rows = 0;
const baseline: Record<string, number> = {};
console.log(`Client list on PGlite, ${CALLS} calls per page and size`);
for (let size = 100; size <= MAX; size *= 10) {
  for (const [provider, prefix] of [
    [server.provider.id, 'cl_a'],
    [other.id, 'cl_b'],
  ] as const) {
    await server.db.query(
      `insert into clients (id, provider_id, name, created_at, updated_at)
       select $2 || lpad(n::text, 19, '0'), $1, 'Client ' || n,
              timestamptz '2026-01-01' + n * interval '1 second',
              timestamptz '2026-01-01' + n * interval '1 second'
         from generate_series($3::int + 1, $4::int) n`,
      [provider, prefix, rows, size],
    );
  }
  rows = size;
  // The job runner's housekeeping, an hour on: it refreshes planner statistics.
  if (!values['no-analyze']) {
    server.clock.advance(3600_000);
    await server.app.housekeeping();
  }

  // A page deep in the list: after the first fifty clients.
  let cursor: string | null = null;
  for (let page = 0; page < 10; page++) {
    const answer = await list(`/v1/clients?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
    cursor = answer.nextCursor;
  }
  // Warmed up first, so that the smallest size is not charged for compiling the code path.
  await measure('/v1/clients?limit=50');
  const pages = {
    first: await measure('/v1/clients?limit=50'),
    deep: await measure(`/v1/clients?limit=50&cursor=${cursor}`),
  };
  for (const [name, { p50, p99 }] of Object.entries(pages)) {
    baseline[name] ??= p50;
    console.log(
      `${String(size).padStart(7)} clients  ${name.padEnd(5)}  p50 ${ms(p50)}  p99 ${ms(p99)}  ` +
        `${(p50 / baseline[name]!).toFixed(2)}× the 100-client median`,
    );
  }
}
await server.close();
