import english from '@vitrine/react/locales/en';
import { createVitrine, type StoreVariant, type Vitrine } from '@vitrine/sdk';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { type RunningApi, startApi } from './support/api.js';
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
 * Orders in the portal, against the real API and the Shopify simulator it mounts in development:
 * a test order from the simulated shop's admin page and one from the Stores page arrive in the
 * Orders page with their mapped product and files; a manual store gets an order through the
 * OrderForm; an order for an unmapped product waits as "Not connected" until the product is
 * mapped and the order released, which the provider's staff see too.
 */

let api: RunningApi;
let portal: RunningPortal;
let browser: Browser;
const contexts: BrowserContext[] = [];
let watcher: ReturnType<typeof createWatcher>;
let vitrine: Vitrine;
let clientId: string;
let shopId: string;
let page: Page;

const en = { ...english.messages, ...english.orders };
const client = { name: 'Juniper & Ash Stationery', referenceId: 'JAS-2207' };
const admin = { email: 'rosa@juniperash.example', firstName: 'Rosa', lastName: 'Lindqvist' };
const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
const POSTER_TITLE = 'Poster, A3 (297×420 mm), 200 gsm matt poster paper, portrait';
const ART = 'https://files.juniperash.example/art/spring-poster.pdf';

beforeAll(async () => {
  const port = await freePort();
  api = await startApi({
    inviteUrlTemplate: `http://127.0.0.1:${port}/invite/{token}`,
    // Jobs (syncs, order intake) run when the test says so.
    jobsIntervalMs: 3_600_000,
  });
  portal = await startPortal({ port, apiUrl: api.url, secretKey: api.secretKey });
  watcher = createWatcher(api);
  browser = await launchChromium();

  // The provider's side, through the API: the client, its access, its Shopify shop connected the
  // way an owner approves it, and its products imported.
  vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
  clientId = (await vitrine.clients.create(client)).id;
  await vitrine.access.enable(clientId, { admin });
  const started = await vitrine.stores.authorize(clientId, {
    platform: 'shopify',
    shop: 'vitrine-demo',
  });
  const callback = await fetch(await api.simulators.shopify.approve(started.authorizeUrl));
  expect(callback.ok).toBe(true);
  shopId = started.store.id;
  await api.runJobs();

  // The admin accepts the invitation, which signs them in.
  const context = await newContext(browser);
  watcher.watch(context);
  contexts.push(context);
  page = await context.newPage();
  await page.goto(await outboxLink(api.url, admin.email));
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await page.getByRole('link', { name: 'Open your team page' }).click();
  await page.waitForURL(`${portal.url}/account/team`);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await portal?.close();
  await api?.close();
});

/** Every window of a failed test, as it was, and the API's last lines, for whoever reads it. */
function keepFailures() {
  onTestFailed(async ({ task }) => {
    for (const context of contexts)
      for (const [n, open] of context.pages().entries())
        await shot(open, `orders-failed-${task.name.slice(0, 24).replace(/\W+/g, '-')}-${n}`);
    console.log(api.log.slice(-40).join('\n'));
  });
}

/** Our variant for the first variant of the demo shop's product `index`. */
async function variantOf(index: number): Promise<StoreVariant> {
  const product = api.simulators.shopify.product('vitrine-demo', index)!;
  for await (const ours of vitrine.products.listAll(shopId, { limit: 100 })) {
    if (ours.externalId !== String(product.id)) continue;
    const variant = ours.variants?.find((v) => v.externalId === String(product.variants[0]!.id));
    if (variant) return variant;
  }
  throw new Error(`Product ${index} is not synced`);
}

/** Maps a product of the demo shop through the API (the products page comes with its own widget). */
async function mapProduct(index: number) {
  const variant = await variantOf(index);
  await vitrine.products.putMapping(shopId, variant.id, {
    productUid: POSTER,
    files: [{ type: 'default', url: ART }],
  });
  return variant;
}

const nav = (name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name });

async function openOrders() {
  await nav('Orders').click();
  await page.waitForURL(`${portal.url}/account/orders`);
  await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor();
  expect(await page.title()).toBe(`Orders · ${client.name} · Northwind Print Co.`);
  return page.getByRole('region', { name: en['orders.list.title'] });
}

/** An order's row in the list, by its reference. */
const row = (list: ReturnType<Page['getByRole']>, reference: string | RegExp) =>
  list.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 3, name: reference }),
  });

/** axe once nothing moves: a busy button fades back in over a short transition. */
async function expectStillAccessible(label: string) {
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

it('shows Shopify test orders with their mapped product and files, from the shop and from the Stores page', async () => {
  keepFailures();
  await mapProduct(0);

  // The shop's owner places a test order on the simulated Shopify admin page.
  const shopAdmin = await page.context().newPage();
  await shopAdmin.goto(`${api.url}/sim/shopify/vitrine-demo.myshopify.test/admin`);
  await shopAdmin.getByRole('button', { name: 'Place a test order' }).click();
  await shopAdmin.getByText('Order sent to 1 subscription(s).').waitFor();
  await shopAdmin.close();
  // The webhook was answered at once; the intake job reads it.
  await api.runJobs();

  // "Send a test order" on the Stores page.
  await nav('Stores').click();
  await page.waitForURL(`${portal.url}/account/stores`);
  const stores = page.getByRole('region', { name: 'Stores' });
  const shop = stores.getByRole('listitem', { name: 'Vitrine Demo Prints' });
  await shop.getByRole('button', { name: 'Send a test order to Vitrine Demo Prints' }).click();
  const sent = shop.getByRole('status').filter({ hasText: /^Test order TEST-/ });
  await sent.waitFor();
  const testReference = ((await sent.textContent()) ?? '').match(/TEST-[\w-]+/)![0];
  await expectStillAccessible('the Stores page with a test order sent');
  await shot(page, 'orders-stores-test-order');

  const list = await openOrders();
  const fromShop = row(list, '#1001');
  await fromShop.getByText(en['orders.status.received'], { exact: true }).waitFor();
  await fromShop.getByText(en['orders.test'], { exact: true }).waitFor();
  await fromShop.getByText(/Vitrine Demo Prints · From the store · Placed/).waitFor();
  const fromPortal = row(list, testReference);
  await fromPortal.getByText(/Vitrine Demo Prints · Test order · Placed/).waitFor();
  await expectStillAccessible('the Orders page');
  await shot(page, 'orders-list');

  await fromShop.getByRole('button', { name: '#1001' }).click();
  await page.waitForURL(/\/account\/orders\/ord_/);
  const order = page.getByRole('article', { name: 'Order #1001' });
  await order.waitFor();
  const items = order.getByRole('region', { name: en['orders.detail.items'] });
  await items.getByText(POSTER, { exact: true }).waitFor();
  await items.getByText(POSTER_TITLE, { exact: true }).waitFor();
  const file = items.getByRole('link', { name: 'Design: spring-poster.pdf (opens in a new tab)' });
  expect(await file.getAttribute('href')).toBe(ART);
  expect(await file.getAttribute('target')).toBe('_blank');
  await order.getByRole('region', { name: en['orders.detail.progress'] }).waitFor();
  await expectStillAccessible('an order page');
  await shot(page, 'orders-detail');
  await page.setViewportSize({ width: 375, height: 812 });
  await shot(page, 'orders-detail-mobile');
  await page.setViewportSize({ width: 1280, height: 860 });
});

it('places an order on a manual store with the order form', async () => {
  keepFailures();
  // A manual store, added on the Stores page.
  await nav('Stores').click();
  await page.waitForURL(`${portal.url}/account/stores`);
  await page.getByRole('button', { name: en['stores.connect.button'] }).click();
  const connect = page.getByRole('dialog', { name: en['stores.connect.title'] });
  await connect
    .getByRole('radio', { name: new RegExp(`^${en['stores.platform.manual']}`) })
    .check();
  await connect.getByRole('button', { name: en['stores.connect.continue'] }).click();
  const manual = page.getByRole('dialog', { name: en['stores.connect.titleManual'] });
  await manual.getByLabel(en['stores.field.manual.name']).fill('Trade counter');
  await manual.getByRole('button', { name: en['stores.connect.createManual'] }).click();
  await page.getByRole('dialog').getByText('Trade counter was created.').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: en['stores.connect.done'] }).click();
  await page.getByRole('button', { name: 'Place an order on Trade counter' }).click();
  await page.waitForURL(/\/account\/stores\/st_\w+\/new-order$/);
  await page.getByRole('heading', { level: 1, name: 'Place an order' }).waitFor();
  await page.getByText('An order by hand for Trade counter').waitFor();

  const form = page.getByRole('form', { name: en['orderForm.title'] });
  await form.getByLabel('Order reference').fill('TC-0001');
  const item = form.getByRole('group', { name: 'Item 1' });
  await item.getByRole('searchbox', { name: 'Search the catalog' }).fill('A3 matt portrait');
  await item
    .getByRole('radio', { name: new RegExp(`^${POSTER_TITLE.replace(/[()]/g, '\\$&')}`) })
    .first()
    .check();
  await item.getByLabel('File address: Design').fill(ART);
  await item.getByLabel('Quantity').fill('25');
  const address = form.getByRole('group', { name: 'Shipping address' });
  await address.getByLabel('First name').fill('Ingrid');
  await address.getByLabel('Last name').fill('Berg');
  await address.getByLabel('Address', { exact: true }).fill('Drottninggatan 5');
  await address.getByLabel('Postal code').fill('111 51');
  await address.getByLabel('City').fill('Stockholm');
  await address.getByLabel('Country').selectOption({ label: 'Sweden' });
  await address.getByLabel('Email').fill('ingrid@example.com');
  await expectStillAccessible('the order form, filled');
  await shot(page, 'orders-form');
  await form.getByRole('button', { name: 'Place order' }).click();

  // Placed: the portal opens the new order.
  const order = page.getByRole('article', { name: 'Order TC-0001' });
  await order.waitFor();
  await order.getByText(en['orders.status.received'], { exact: true }).first().waitFor();
  await order.getByText('Placed by hand').waitFor();
  await order.getByText('Sweden').waitFor();
  await order.getByText('25', { exact: true }).waitFor();
  await expectStillAccessible('a placed order');
  await shot(page, 'orders-form-placed');
});

it('holds an order for an unmapped product until it is mapped and released; staff see it too', async () => {
  keepFailures();
  const [delivery] = await api.simulators.shopify.createOrder('vitrine-demo', 1, 2);
  expect(delivery?.status).toBe(200);
  await api.runJobs();
  const reference = JSON.parse(delivery!.body).name as string;

  const list = await openOrders();
  await list.getByLabel('Status').selectOption({ label: en['orders.status.not_connected'] });
  const held = row(list, reference);
  await held.getByText(en['orders.reason.variant_unmapped']).waitFor();
  await held.getByText(en['orders.mapHint']).waitFor();
  await expect.poll(() => list.getByRole('heading', { level: 3 }).count()).toBe(1);
  await expectStillAccessible('the Orders page, waiting orders');
  await shot(page, 'orders-not-connected');

  await held.getByRole('button', { name: reference }).click();
  const order = page.getByRole('article', { name: `Order ${reference}` });
  await order.getByText(en['orders.problem.variant_unmapped'], { exact: true }).waitFor();
  // Too early: it says so, and stays waiting.
  await order.getByRole('button', { name: en['orders.detail.release'] }).click();
  await order
    .getByRole('alert')
    .filter({ hasText: `Order ${reference} is still waiting` })
    .waitFor();

  await mapProduct(1);
  await order.getByRole('button', { name: en['orders.detail.release'] }).click();
  await order.getByText(`Order ${reference} was released to production.`).waitFor();
  await order
    .getByRole('button', { name: en['orders.detail.release'] })
    .waitFor({ state: 'detached' });
  await order.locator('[data-status="received"]').first().waitFor();
  await order.getByRole('region', { name: en['orders.detail.items'] }).getByText(POSTER).waitFor();
  await order.getByText('Released once its products were mapped.', { exact: false }).waitFor();
  await expectStillAccessible('a released order');
  await shot(page, 'orders-released');

  // The provider's staff: the client's page lists its orders, and opens this one.
  const staffContext = await newContext(browser);
  watcher.watch(staffContext);
  contexts.push(staffContext);
  const staff = await staffContext.newPage();
  await staff.goto(`${portal.url}/clients/${clientId}`);
  const orders = staff.getByRole('region', { name: en['orders.list.title'] });
  await orders.getByRole('button', { name: reference }).click();
  await staff.waitForURL(new RegExp(`/clients/${clientId}/orders/ord_`));
  const staffOrder = staff.getByRole('article', { name: `Order ${reference}` });
  await staffOrder.getByText(en['orders.status.received'], { exact: true }).first().waitFor();
  await staff
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: client.name })
    .waitFor();
  await expectAccessible(staff, 'an order page for staff');
  await shot(staff, 'orders-staff-detail');

  await watcher.settle();
  expect(watcher.leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect([...watcher.apiAuthorizations]).toEqual(['vt_ses']);
  expect(watcher.problems, 'console and page errors').toEqual([]);
});
