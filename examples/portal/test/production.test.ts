import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import english from '@vitrine/react/locales/en';
import { createVitrine, type Vitrine } from '@vitrine/sdk';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { type RunningApi, startApi } from './support/api.js';
import { a3Poster, serveArtwork } from './support/artwork.js';
import {
  createWatcher,
  expectAccessible,
  launchChromium,
  newContext,
  outboxLink,
  shot,
} from './support/browser.js';
import { freePort, type RunningPortal, startPortal } from './support/portal.js';

/**
 * The production loop, against the real API with the production simulator as its default
 * connection, as in development: a Shopify order goes to production, the simulator's page moves
 * it through to delivered, and the client admin's order page follows every step with tracking;
 * the shop gets the order fulfilled with that tracking, and the provider's postback endpoint
 * receives every status once, in order, signed.
 */

let api: RunningApi;
let portal: RunningPortal;
let browser: Browser;
let files: { url: string; server: Server };
let receiver: Receiver;
const contexts: BrowserContext[] = [];
let watcher: ReturnType<typeof createWatcher>;
let vitrine: Vitrine;

const en = { ...english.messages, ...english.orders };
const client = { name: 'Fernhill Paper Goods', referenceId: 'FPG-3104' };
const admin = { email: 'tomas@fernhill.example', firstName: 'Tomas', lastName: 'Okafor' };
const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

interface Receiver {
  url: string;
  server: Server;
  /** Set once the endpoint is created: its signing secret is in that answer only. */
  secret: string | null;
  /** Deliveries that verified, in arrival order. */
  events: { id: string; type: string; status: string; orderId: string }[];
  /** Deliveries whose signature did not verify. */
  refused: string[];
}

/** The provider's postback receiver: verifies each delivery as Standard Webhooks says. */
async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    server: createServer(),
    secret: null,
    events: [],
    refused: [],
  };
  receiver.server.on('request', (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        if (!receiver.secret) throw new Error('No secret yet');
        const headers = Object.fromEntries(
          Object.entries(request.headers).map(([k, v]) => [k, String(v)]),
        );
        const event = new Webhook(receiver.secret).verify(body, headers) as {
          type: string;
          data: { order: { id: string; fulfillmentStatus: string } };
        };
        receiver.events.push({
          id: headers['webhook-id']!,
          type: event.type,
          status: event.data.order.fulfillmentStatus,
          orderId: event.data.order.id,
        });
        response.writeHead(204).end();
      } catch (error) {
        receiver.refused.push(`${(error as Error).message}: ${body.slice(0, 120)}`);
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/vitrine`;
  return receiver;
}

beforeAll(async () => {
  const port = await freePort();
  api = await startApi({
    inviteUrlTemplate: `http://127.0.0.1:${port}/invite/{token}`,
    // Jobs (syncs, intake, submission, postbacks, the store's fulfillment) run when the test says.
    jobsIntervalMs: 3_600_000,
    production: true,
  });
  portal = await startPortal({ port, apiUrl: api.url, secretKey: api.secretKey });
  files = await serveArtwork(a3Poster(), '/artwork/fern-a3.png');
  receiver = await startReceiver();
  watcher = createWatcher(api);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await portal?.close();
  await api?.close();
  await new Promise((resolve) => files?.server.close(resolve));
  await new Promise((resolve) => receiver?.server.close(resolve));
});

/** Every window of a failed test, as it was, and the API's last lines, for whoever reads it. */
function keepFailures() {
  onTestFailed(async ({ task }) => {
    for (const context of contexts)
      for (const [n, open] of context.pages().entries())
        await shot(open, `production-failed-${task.name.slice(0, 24).replace(/\W+/g, '-')}-${n}`);
    console.log(api.log.slice(-40).join('\n'));
  });
}

/** axe once nothing moves: a busy button fades back in over a short transition. */
async function expectStillAccessible(page: Page, label: string) {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document
            .getAnimations()
            .filter(
              (a) =>
                a.playState === 'running' && a.effect?.getComputedTiming().endTime !== Infinity,
            ).length,
      ),
    )
    .toBe(0);
  await expectAccessible(page, label);
}

it('moves a Shopify order through production to delivered: the order page, the shop and the postbacks follow', async () => {
  keepFailures();
  const started = Date.now();
  const timings: Record<string, number> = {};
  const mark = (name: string) => {
    timings[name] = Date.now() - started;
  };

  // The provider's side, through the API: the client, its access, its Shopify shop connected the
  // way an owner approves it, one variant mapped with a print file, and a postback endpoint.
  vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
  const clientId = (await vitrine.clients.create(client)).id;
  await vitrine.access.enable(clientId, { admin });
  const authorized = await vitrine.stores.authorize(clientId, {
    platform: 'shopify',
    shop: 'vitrine-demo',
  });
  const callback = await fetch(await api.simulators.shopify.approve(authorized.authorizeUrl));
  expect(callback.ok).toBe(true);
  const shopId = authorized.store.id;
  await api.runJobs();

  const product = api.simulators.shopify.product('vitrine-demo', 0)!;
  let variantId: string | undefined;
  for await (const ours of vitrine.products.listAll(shopId, { limit: 100 })) {
    if (ours.externalId !== String(product.id)) continue;
    variantId = ours.variants?.find((v) => v.externalId === String(product.variants[0]!.id))?.id;
  }
  expect(variantId).toBeDefined();
  const artwork = `${files.url}/artwork/fern-a3.png`;
  await vitrine.products.putMapping(shopId, variantId!, {
    productUid: POSTER,
    files: [{ type: 'default', url: artwork }],
  });
  // The file check fetches the artwork.
  await api.runJobs();

  const endpoint = await vitrine.postbacks.create({
    url: receiver.url,
    events: [
      'order.received',
      'order.passed',
      'order.in_production',
      'order.printed',
      'order.shipped',
      'order.in_transit',
      'order.delivered',
      'order.failed',
    ],
  });
  expect(endpoint.signingSecret).toMatch(/^whsec_/);
  receiver.secret = endpoint.signingSecret!;
  mark('provider set up');

  // A real order (not a test order) on the shop; intake reads it and submits it to production.
  const [delivery] = await api.simulators.shopify.createOrder('vitrine-demo', 0, 1, {
    test: false,
  });
  expect(delivery?.status).toBe(200);
  const shopOrder = JSON.parse(delivery!.body) as { id: number; name: string };
  const reference = shopOrder.name;
  await api.runJobs();
  await api.runJobs();
  expect(api.simulators.production.orders().map((o) => o.orderReferenceId)).toEqual([reference]);
  mark('order submitted');

  // The client admin accepts the invitation and opens the order.
  const context = await newContext(browser);
  watcher.watch(context);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(await outboxLink(api.url, admin.email));
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await page.getByRole('link', { name: 'Open your team page' }).click();
  await page.waitForURL(`${portal.url}/account/team`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Orders' })
    .click();
  await page.waitForURL(`${portal.url}/account/orders`);
  const list = page.getByRole('region', { name: en['orders.list.title'] });
  const row = list.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 3, name: reference }),
  });
  await row.getByText(/Vitrine Demo Prints · From the store · Placed/).waitFor();
  expect(await row.getByText(en['orders.test'], { exact: true }).count()).toBe(0);
  await shot(page, 'production-orders-list');
  await row.getByRole('button', { name: reference }).click();
  await page.waitForURL(/\/account\/orders\/ord_/);
  const order = page.getByRole('article', { name: `Order ${reference}` });
  await order.waitFor();
  const progress = order.getByRole('region', { name: en['orders.detail.progress'] });
  await progress.waitFor();
  const tracking = order.getByRole('region', { name: en['orders.detail.tracking'] });
  await tracking.getByText(en['orders.detail.noTracking']).waitFor();
  await shot(page, 'production-detail-before');
  mark('order page open');

  // The production system's page, in a second window: the order is there; each step by button.
  const sim = await context.newPage();
  await sim.goto(`${api.url}/sim/production/`);
  const simRow = sim.getByRole('row').filter({ hasText: reference });
  await simRow.getByText(POSTER).waitFor();
  expect(await simRow.getByText('Test order').count()).toBe(0);
  await shot(sim, 'production-simulator-received');
  const steps = ['passed', 'in production', 'printed', 'shipped', 'delivered'];
  for (const step of steps) {
    await simRow.getByRole('button', { name: `Move to ${step}` }).click();
    await sim.getByText(`${reference} is ${step}; the postback was answered 200.`).waitFor();
    await simRow.getByRole('cell', { name: new RegExp(`^${step}`) }).waitFor();
    // The postbacks and, once shipped, the store's fulfillment go out on the API's jobs.
    await api.runJobs();
    await api.runJobs();
    if (step === 'shipped') await shot(sim, 'production-simulator-shipped');
  }
  await shot(sim, 'production-simulator-delivered');
  mark('moved to delivered');
  const simOrder = api.simulators.production.orders()[0]!;
  const code = simOrder.tracking!.trackingCode;
  const trackingUrl = simOrder.tracking!.trackingUrl;
  expect(code).toBeTruthy();

  // The order page: delivered, with the tracking link, and the shop told.
  // Its window, in front again, refreshes on its own (on focus, or its poll while visible).
  await page.bringToFront();
  await order.and(page.locator('[data-status="delivered"]')).waitFor({ timeout: 30_000 });
  const delivered = progress
    .getByRole('listitem')
    .filter({ hasText: en['orders.status.delivered'] });
  await delivered.waitFor();
  expect(await delivered.getAttribute('data-state')).not.toBe('upcoming');
  expect(await progress.locator('li[data-state="upcoming"]').count()).toBe(0);
  const link = tracking.getByRole('link', { name: `${code} (opens in a new tab)` });
  expect(await link.getAttribute('href')).toBe(trackingUrl);
  await order
    .getByRole('region', { name: en['orders.storeFulfillment.title'] })
    .getByText('Shopify shows it shipped.')
    .waitFor();
  await expectStillAccessible(page, 'a delivered order');
  await shot(page, 'production-detail-delivered');
  mark('order page delivered');

  // The shop: the order fulfilled with that tracking code, on its admin page and in its state.
  const fulfillments = api.simulators.shopify.fulfillments('vitrine-demo', shopOrder.id);
  expect(fulfillments).toHaveLength(1);
  expect(fulfillments[0]!.trackingInfo.map((t) => t.number)).toEqual([code]);
  expect(api.simulators.shopify.order('vitrine-demo', shopOrder.id)?.fulfillment_status).toBe(
    'fulfilled',
  );
  const shopAdmin = await context.newPage();
  await shopAdmin.goto(
    `${api.url}/sim/shopify/vitrine-demo.myshopify.test/admin/orders/${shopOrder.id}`,
  );
  await shopAdmin.getByText(code, { exact: true }).waitFor();
  await shopAdmin.getByText('Fulfilled').first().waitFor();
  await shot(shopAdmin, 'production-shopify-fulfilled');

  // The provider's receiver: each status once, in order, every delivery verified.
  expect(receiver.refused).toEqual([]);
  const ours = receiver.events;
  expect(new Set(ours.map((e) => e.orderId)).size).toBe(1);
  expect(ours.map((e) => e.type)).toEqual([
    'order.received',
    'order.passed',
    'order.in_production',
    'order.printed',
    'order.shipped',
    'order.delivered',
  ]);
  expect(new Set(ours.map((e) => e.id)).size).toBe(ours.length);
  expect(ours.map((e) => e.status)).toEqual([
    'received',
    'passed',
    'in_production',
    'printed',
    'shipped',
    'delivered',
  ]);
  mark('checked');
  console.log(`production journey timings (ms): ${JSON.stringify(timings)}`);

  await watcher.settle();
  expect(watcher.leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect(watcher.problems, 'console and page errors').toEqual([]);
});
