/**
 * Benchmark (not a test): `npm run bench -w @vitrine/server` (after the sync and mapping
 * benchmarks), or `tsx --conditions=@vitrine/source bench/orders.ts [--orders N]`.
 *
 * Shopify order intake on PGlite in memory, in process: a store of the `vitrine-demo` shop
 * connected through the real OAuth round trip and synced, a few of its variants mapped, then N
 * (1,000 by default) `orders/create` webhooks, each a distinct order of a mapped variant, shaped
 * and signed as the Shopify simulator sends them (base64 HMAC-SHA256 of the raw body with the app
 * secret), delivered all at once to the real app:
 *
 * - **Acknowledgement**: every delivery must be answered 200 `queued` (recorded, intake queued);
 *   the latency of each answer is reported (p50, p99, max) with the time until the last one.
 * - **Intake**: the `order_intake` job then reads every delivery (parse, resolve lines against the
 *   store's variants and mappings, write order, items and history, mark the delivery read, save
 *   the job's position), and each platform order must be stored exactly once.
 *
 * Intake is reported against a baseline measured in the same process just before: the same N
 * orders parsed from the same bodies and written one INSERT each into a table of the same shape
 * as `orders`, nothing else. The ratio is what reading an order as intake does costs over merely
 * storing it.
 */
import { createHmac } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { AuthorizeStoreResult, Client, StoreProduct } from '@vitrine/sdk';
import { createTestServer } from '../testing/testServer.js';

const { values } = parseArgs({ options: { orders: { type: 'string', default: '1000' } } });
const ORDERS = Number(values.orders);
const SHOP = 'vitrine-demo';
const MAPPED = 5;
const UID = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(2)} s`;
const perSecond = (count: number, value: number) =>
  `${Math.round(count / (value / 1000)).toLocaleString('en')}/s`;
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const server = await createTestServer({ seedCatalog: true });
async function call<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await server.fetch(`${server.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${server.provider.secretKey}`,
      'content-type': 'application/json',
    },
    ...(init.body ? { body: JSON.stringify(init.body) } : {}),
  });
  if (!res.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

// A connected, synced store with the first variant of a few products mapped.
const client = await call<Client>('/v1/clients', {
  method: 'POST',
  body: { name: 'Bench Orders' },
});
const started = await call<AuthorizeStoreResult>(`/v1/clients/${client.id}/stores/authorize`, {
  method: 'POST',
  body: { platform: 'shopify', shop: SHOP },
});
await server.fetch(await server.shopify.approve(started.authorizeUrl));
const storeId = started.store.id;
await server.runJobs();
const listed = await call<{ data: StoreProduct[] }>(`/v1/stores/${storeId}/products?limit=100`);
const mapped = Array.from({ length: MAPPED }, (_, index) => {
  const product = server.shopify.product(SHOP, index)!;
  const variant = product.variants[0]!;
  const ours = listed.data
    .find((p) => p.externalId === String(product.id))!
    .variants!.find((v) => v.externalId === String(variant.id))!;
  return { product, variant, variantId: ours.id };
});
for (const { variantId } of mapped) {
  await call(`/v1/stores/${storeId}/variants/${variantId}/mapping`, {
    method: 'PUT',
    body: { productUid: UID, files: [{ type: 'default', url: 'https://files.test/poster.pdf' }] },
  });
}
// File checks of the mappings run now, not during the measured intake.
await server.runJobs();

// The orders, as the simulator's `orders/create` carries them: one mapped variant each.
const now = server.clock.now().toISOString();
const bodies = Array.from({ length: ORDERS }, (_, n) => {
  const { product, variant } = mapped[n % MAPPED]!;
  const id = 7_700_000_000_000 + n;
  return JSON.stringify({
    id,
    admin_graphql_api_id: `gid://shopify/Order/${id}`,
    name: `#B${10_001 + n}`,
    email: `buyer${n}@example.com`,
    currency: 'USD',
    financial_status: 'paid',
    fulfillment_status: null,
    test: false,
    created_at: now,
    line_items: [
      {
        id: 13_700_000_000 + n,
        product_id: product.id,
        variant_id: variant.id,
        title: product.title,
        variant_title: variant.title,
        sku: variant.sku,
        quantity: 1 + (n % 3),
        price: variant.price,
        properties: [],
      },
    ],
    shipping_address: {
      first_name: 'Ann',
      last_name: `Lee ${n}`,
      address1: `${n + 1} Main St`,
      address2: '',
      city: 'Austin',
      province_code: 'TX',
      zip: '78701',
      country_code: 'US',
      phone: '+15125550100',
    },
  });
});
const domain = server.shopify.domainOf(SHOP);
const deliver = (body: string) =>
  server.fetch(`${server.baseUrl}/v1/hooks/shopify/${storeId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-shopify-topic': 'orders/create',
      'x-shopify-hmac-sha256': createHmac('sha256', server.shopifyApp.apiSecret)
        .update(body)
        .digest('base64'),
      'x-shopify-shop-domain': domain,
      'x-shopify-webhook-id': crypto.randomUUID(),
      'x-shopify-event-id': crypto.randomUUID(),
      'x-shopify-triggered-at': now,
      'x-shopify-api-version': '2026-01',
    },
    body,
  });

// Baseline: the same orders parsed and written one INSERT each, into a table shaped as `orders`.
await server.db.exec('create table bench_orders (like orders including all)');
const { provider_id: providerId } = (
  await server.db.query<{ provider_id: string }>('select provider_id from clients where id = $1', [
    client.id,
  ])
)[0]!;
/** Writes every order into `bench_orders`, one INSERT each; answers the time taken. */
async function bareInserts(): Promise<number> {
  const b0 = performance.now();
  for (const [n, body] of bodies.entries()) {
    const order = JSON.parse(body) as {
      id: number;
      name: string;
      currency: string;
      test: boolean;
      email: string;
      shipping_address: unknown;
    };
    await server.db.query(
      `insert into bench_orders (id, provider_id, client_id, store_id, source, is_test,
         platform_order_id, order_reference_id, order_type, currency, shipping_address,
         fulfillment_status, search_text, created_at, updated_at)
       values ($1, $2, $3, $4, 'platform', $5, $6, $7, 'order', $8, $9, 'received', $10, $11, $11)`,
      [
        `bench_${n}`,
        providerId,
        client.id,
        storeId,
        order.test,
        String(order.id),
        order.name,
        order.currency,
        JSON.stringify(order.shipping_address),
        `${order.name} ${order.email}`.toLowerCase(),
        server.clock.now(),
      ],
    );
  }
  return performance.now() - b0;
}
// Once to warm up, once measured.
await bareInserts();
await server.db.exec('truncate bench_orders');
const baseline = await bareInserts();

// Every webhook at once: each answered as soon as it is recorded.
const latencies: number[] = [];
const a0 = performance.now();
const answers = await Promise.all(
  bodies.map(async (body) => {
    const t0 = performance.now();
    const res = await deliver(body);
    const answer = { status: res.status, body: (await res.json()) as { outcome?: string } };
    latencies.push(performance.now() - t0);
    return answer;
  }),
);
const acknowledged = performance.now() - a0;
const refused = answers.filter((a) => a.status !== 200 || a.body.outcome !== 'queued');
if (refused.length) {
  throw new Error(`${refused.length} deliveries not acknowledged: ${JSON.stringify(refused[0])}`);
}

// Intake: the job reads every delivery.
const i0 = performance.now();
const outcome = await server.runJobs();
const intake = performance.now() - i0;
const [kept] = await server.db.query<{
  orders: number;
  distinct: number;
  received: number;
  items: number;
}>(
  `select count(*)::int as orders, count(distinct platform_order_id)::int as distinct,
     count(*) filter (where fulfillment_status = 'received')::int as received,
     (select count(*)::int from order_items i join orders o on o.id = i.order_id
       where o.store_id = $1) as items
     from orders where store_id = $1`,
  [storeId],
);
const [pending] = await server.db.query<{ unread: number; failed: number }>(
  `select count(*) filter (where processed_at is null)::int as unread,
     count(*) filter (where failed_reason is not null)::int as failed
     from platform_events where store_id = $1 and payload is not null`,
  [storeId],
);
if (
  outcome.failed ||
  kept!.orders !== ORDERS ||
  kept!.distinct !== ORDERS ||
  kept!.received !== ORDERS ||
  kept!.items !== ORDERS ||
  pending!.unread ||
  pending!.failed
) {
  throw new Error(
    `Intake did not keep each order once: ${JSON.stringify({ outcome, kept, pending })}`,
  );
}

const sorted = [...latencies].sort((a, b) => a - b);
console.log('');
console.log(
  `| Shopify order intake, ${ORDERS.toLocaleString('en')} orders (PGlite, in process) | time | rate | vs baseline |`,
);
console.log('| --- | --- | --- | --- |');
console.log(
  `| baseline: one INSERT per order into a table shaped as orders | ${seconds(baseline)} | ${perSecond(ORDERS, baseline)} | 1.0× |`,
);
console.log(
  `| webhooks acknowledged, all at once (until the last answer) | ${seconds(acknowledged)} | ${perSecond(ORDERS, acknowledged)} | |`,
);
console.log(
  `| acknowledgement latency p50 / p99 / max | ${ms(percentile(sorted, 50))} / ${ms(percentile(sorted, 99))} / ${ms(sorted.at(-1)!)} | | |`,
);
console.log(
  `| intake job: read, resolve, keep each order once | ${seconds(intake)} | ${perSecond(ORDERS, intake)} | ${(intake / baseline).toFixed(1)}× |`,
);
console.log(
  `Kept ${kept!.orders} orders (${kept!.distinct} distinct platform orders, ${kept!.received} received), ${kept!.items} items; ${outcome.ran} job run.`,
);
await server.close();
