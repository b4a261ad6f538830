/**
 * Benchmark (not a test): `npm run bench -w @vitrine/server` (after the others), or
 * `tsx --conditions=@vitrine/source bench/production.ts [--orders N]`.
 *
 * Production status postbacks on PGlite in memory: N orders (2,500 by default) are placed,
 * submitted to the GelatoConnect production simulator by the `production` job, then moved by the
 * simulator through in production → printed → shipped → delivered, each step a status postback to
 * the server, so 4 × N (10,000) status changes, each announced to one postback endpoint: a real
 * HTTP receiver on the loopback interface of this process (the endpoint's https address is handed
 * to it, as a TLS-terminating proxy would). The job runner polls without pause meanwhile.
 *
 * - **Throughput**: deliveries per second, from the first status change to the last delivery.
 * - **Latency**: from a status change (the simulator's postback answered, the change committed)
 *   to its postback arriving at the receiver: p50, p99, max.
 *
 * - **Backlog**: the same deliveries made due again all at once (as after an outage) and drained
 *   by the dispatcher: deliveries per second, the dispatcher's own capacity.
 *
 * All against a baseline measured in the same process just after: the same bodies with the same
 * headers posted by plain `fetch` to the same receiver, 8 at a time (the dispatcher's concurrency),
 * latency from the post to its arrival. Every delivery must arrive exactly once, and an order's
 * steps in order.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createTestServer } from '../testing/testServer.js';

const { values } = parseArgs({ options: { orders: { type: 'string', default: '2500' } } });
const ORDERS = Number(values.orders);
const STEPS = ['in_production', 'printed', 'shipped', 'delivered'] as const;
const UID = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
const CONCURRENCY = 8;

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const perSecond = (count: number, value: number) =>
  `${Math.round(count / (value / 1000)).toLocaleString('en')}/s`;
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

// The receiver: real HTTP on loopback, noting when each request arrived.
const arrivals: { at: number; body: string; id: string | null }[] = [];
const receiver = createServer((request: IncomingMessage, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    arrivals.push({
      at: performance.now(),
      body: Buffer.concat(chunks).toString('utf8'),
      id: (request.headers['webhook-id'] as string | undefined) ?? null,
    });
    response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
});
await new Promise<void>((listening) => receiver.listen(0, '127.0.0.1', listening));
const local = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

const server = await createTestServer({
  seedCatalog: true,
  hosts: {
    'receiver.bench': async (request) => {
      const url = new URL(request.url);
      return fetch(`${local}${url.pathname}`, {
        method: request.method,
        headers: request.headers,
        body: await request.arrayBuffer(),
      });
    },
  },
});
async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await server.fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${server.provider.secretKey}`,
      'content-type': 'application/json',
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!res.ok) {
    throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  }
  return (await res.json()) as T;
}

// The provider's GelatoConnect connector is the simulator; its status trigger posts back.
const sim = server.production;
const connection = await call<{ gelatoconnect: { statusUrl: string } }>('/v1/production', {
  method: 'PUT',
  body: { kind: 'gelatoconnect', orderUrl: sim.connector.orderUrl, apiKey: sim.connector.apiKey },
});
sim.setPostbackUrl(sim.connector.id, connection.gelatoconnect.statusUrl);
const client = await call<{ id: string }>('/v1/clients', {
  method: 'POST',
  body: { name: 'Bench Production' },
});
const store = await call<{ id: string }>(`/v1/clients/${client.id}/stores`, {
  method: 'POST',
  body: { platform: 'manual', name: 'Bench' },
});
for (let from = 0; from < ORDERS; from += 500) {
  const orders = Array.from({ length: Math.min(500, ORDERS - from) }, (_, i) => {
    const ref = `BP-${from + i + 1}`;
    return {
      orderReferenceId: ref,
      currency: 'EUR',
      shippingAddress: {
        firstName: 'Ana',
        lastName: `Silva ${from + i}`,
        addressLine1: 'Rua Augusta 100',
        city: 'Lisboa',
        postCode: '1100-053',
        country: 'PT',
        email: 'ana@example.com',
      },
      items: [
        {
          itemReferenceId: `${ref}-1`,
          productUid: UID,
          quantity: 1 + (i % 3),
          files: [{ type: 'default', url: 'https://files.test/poster.pdf' }],
        },
      ],
    };
  });
  const result = await call<{ created: number }>(`/v1/stores/${store.id}/orders:bulk`, {
    method: 'POST',
    body: { orders },
  });
  if (result.created !== orders.length) throw new Error(`Placed ${result.created} orders only`);
}
// Submission to the simulator (each order passed) happens before the endpoint exists.
while ((await server.runJobs({ maxJobs: 1000 })).ran) {
  // until every production job ran
}
const submitted = sim.orders();
if (submitted.length !== ORDERS) throw new Error(`Submitted ${submitted.length} orders only`);
// GelatoConnect's own "passed" (already the order's status since it was submitted) changes nothing.
await sim.advanceAll();
await call('/v1/postbacks', {
  method: 'POST',
  body: { url: 'https://receiver.bench/postbacks', events: STEPS.map((s) => `order.${s}`) },
});

/** The job runner, polling without pause, as a busy server's would; answers its stop. */
function startRunner(): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    while (running) {
      const outcome = await server.runJobs();
      if (!outcome.ran) await new Promise((resolve) => setTimeout(resolve, 1));
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}
const waitForArrivals = async (count: number) => {
  for (let waited = 0; arrivals.length < count && waited < 600_000; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
let stopRunner = startRunner();

// Status changes: every order one step, round after round; noted when each is committed.
const changedAt = new Map<string, number>();
const vitrineIdOf = new Map(
  submitted.map((o) => [o.id, o.metadata.find((m) => m.key === 'vitrineOrderId')!.value]),
);
const c0 = performance.now();
for (const step of STEPS) {
  for (const order of submitted) {
    const postback = await sim.advance(order.id);
    if (postback?.status !== step || postback.responseStatus !== 200) {
      throw new Error(`The ${step} postback was not taken: ${JSON.stringify(postback)}`);
    }
    changedAt.set(`${vitrineIdOf.get(order.id)}:order.${step}`, performance.now());
  }
}
const changesDone = performance.now() - c0;
const expected = ORDERS * STEPS.length;
await waitForArrivals(expected);
await stopRunner();
if (arrivals.length !== expected) {
  throw new Error(`${arrivals.length} of ${expected} postbacks arrived`);
}
const delivered = arrivals.at(-1)!.at - c0;

// Each once, each order's steps in order; latency from its change.
const latencies: number[] = [];
const ids = new Set<string>();
const lastStep = new Map<string, number>();
for (const arrival of arrivals) {
  const payload = JSON.parse(arrival.body) as { type: string; data: { order: { id: string } } };
  const key = `${payload.data.order.id}:${payload.type}`;
  const at = changedAt.get(key);
  if (at === undefined || !arrival.id || ids.has(arrival.id)) {
    throw new Error(`Unexpected or repeated postback ${key}`);
  }
  ids.add(arrival.id);
  const step = STEPS.indexOf(payload.type.slice('order.'.length) as (typeof STEPS)[number]);
  if ((lastStep.get(payload.data.order.id) ?? -1) >= step) throw new Error(`Out of order: ${key}`);
  lastStep.set(payload.data.order.id, step);
  latencies.push(arrival.at - at);
}

// Backlog: the same deliveries all due again at once (as after an outage), drained by the
// dispatcher with everything a delivery does (signing, the outbound guard, the attempt log).
const bodies = arrivals.map((a) => a.body);
arrivals.length = 0;
await server.db.query(
  `update postback_deliveries set status = 'pending', attempts = 0, response_status = null,
     next_attempt_at = $1, finished_at = null`,
  [server.clock.now()],
);
await server.db.query(
  `insert into jobs (id, provider_id, kind, status, state, max_attempts, run_after, created_at,
     updated_at)
   values ($1, $2, 'postback_delivery', 'queued', '{}', 8, $3, $3, $3)
   on conflict (provider_id) where kind = 'postback_delivery' and status = 'queued'
   do update set run_after = excluded.run_after`,
  [`job_bench_${Date.now()}`, server.provider.id, server.clock.now()],
);
const d0 = performance.now();
stopRunner = startRunner();
await waitForArrivals(expected);
const drained = performance.now() - d0;
await stopRunner();
const redelivered = new Set(arrivals.map((a) => a.id));
if (arrivals.length !== expected || redelivered.size !== expected) {
  throw new Error(`The backlog delivered ${arrivals.length} (${redelivered.size} distinct)`);
}

// Baseline: the same bodies and headers, plain fetch to the same receiver, 8 at a time.
arrivals.length = 0;
const baselineLatencies: number[] = [];
async function plainPosts(): Promise<number> {
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bodies.length) {
        const n = next++;
        const sent = performance.now();
        const res = await fetch(`${local}/postbacks`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'Vitrine-Postbacks/1',
            'webhook-id': `msg_baseline_${n}`,
            'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
            'webhook-signature': 'v1,baselinebaselinebaselinebaselinebaselinebase=',
          },
          body: bodies[n],
        });
        await res.text();
        baselineLatencies.push(arrivals.at(-1)!.at - sent);
      }
    }),
  );
  return performance.now() - t0;
}
// Once to warm up, once measured.
await plainPosts();
arrivals.length = 0;
baselineLatencies.length = 0;
const baseline = await plainPosts();
if (arrivals.length !== expected) throw new Error('The baseline lost posts');

const sorted = [...latencies].sort((a, b) => a - b);
const baseSorted = [...baselineLatencies].sort((a, b) => a - b);
console.log('');
console.log(
  `| Production status postbacks, ${expected.toLocaleString('en')} deliveries (PGlite, in process, HTTP receiver on loopback) | time | rate | p50 / p99 / max latency | vs baseline |`,
);
console.log('| --- | --- | --- | --- | --- |');
console.log(
  `| baseline: the same bodies, plain fetch, ${CONCURRENCY} at a time | ${seconds(baseline)} | ${perSecond(expected, baseline)} | ${ms(percentile(baseSorted, 50))} / ${ms(percentile(baseSorted, 99))} / ${ms(baseSorted.at(-1)!)} | 1.0× |`,
);
console.log(
  `| status changes by simulator postback (${STEPS.length} per order) | ${seconds(changesDone)} | ${perSecond(expected, changesDone)} | | |`,
);
console.log(
  `| postbacks: first change to last delivery; change to arrival | ${seconds(delivered)} | ${perSecond(expected, delivered)} | ${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 99))} / ${ms(sorted.at(-1)!)} | throughput ${(baseline / delivered).toFixed(2)}×, p99 ${(percentile(sorted, 99) / percentile(baseSorted, 99)).toFixed(1)}× |`,
);
console.log(
  `| backlog: the same deliveries all due at once, drained by the dispatcher | ${seconds(drained)} | ${perSecond(expected, drained)} | | throughput ${(baseline / drained).toFixed(2)}× |`,
);
console.log(
  `Delivered ${ids.size} postbacks once each, every order's steps in order, to ${ORDERS} orders.`,
);
receiver.close();
await server.close();
