import english from '@vitrine/react/locales/en';
import { createVitrine } from '@vitrine/sdk';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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
 * Store connections in the client area, against the platform simulators the API mounts in
 * development: Shopify through its install page in a popup (sync, a revoked token, reconnecting),
 * WooCommerce with pasted API keys and through the key hand-off page.
 */

let api: RunningApi;
let portal: RunningPortal;
let browser: Browser;
const contexts: BrowserContext[] = [];
let watcher: ReturnType<typeof createWatcher>;

const en = english.messages;

beforeAll(async () => {
  const port = await freePort();
  api = await startApi({
    inviteUrlTemplate: `http://127.0.0.1:${port}/invite/{token}`,
    // Jobs run when the test says so: a queued sync is seen waiting, then finishing.
    jobsIntervalMs: 3_600_000,
  });
  portal = await startPortal({ port, apiUrl: api.url, secretKey: api.secretKey });
  watcher = createWatcher(api);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await portal?.close();
  await api?.close();
});

/** A client with Storefronts access whose admin accepts the invitation and opens Stores. */
async function signedInAdmin(client: { name: string; referenceId: string }, email: string) {
  const vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
  const { id } = await vitrine.clients.create(client);
  await vitrine.access.enable(id, { admin: { email, firstName: 'Sam', lastName: 'Okafor' } });
  const context = await newContext(browser);
  watcher.watch(context);
  contexts.push(context);
  // Every window of a failed test, as it was, for whoever reads the failure.
  onTestFailed(async ({ task }) => {
    for (const [n, open] of context.pages().entries())
      await shot(open, `stores-failed-${task.name.slice(0, 24).replace(/\W+/g, '-')}-${n}`);
    console.log(api.log.slice(-40).join('\n'));
  });
  const page = await context.newPage();
  await page.goto(await outboxLink(api.url, email));
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await page.getByRole('link', { name: 'Open your team page' }).click();
  await page.waitForURL(`${portal.url}/account/team`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Stores' })
    .click();
  await page.waitForURL(`${portal.url}/account/stores`);
  await page.getByRole('heading', { level: 1, name: 'Stores' }).waitFor();
  expect(await page.title()).toBe(`Stores · ${client.name} · Northwind Print Co.`);
  return { page, stores: page.getByRole('region', { name: 'Stores' }) };
}

/** axe once the page is still: a button that was busy fades back in over a short transition. */
async function expectStillAccessible(page: Page, label: string) {
  const fading = () =>
    page.evaluate(
      () =>
        document
          .getAnimations()
          // Spinners turn for as long as they are shown.
          .filter(
            (animation) =>
              animation.playState === 'running' &&
              animation.effect?.getComputedTiming().endTime !== Infinity,
          ).length,
    );
  await expect.poll(fading).toBe(0);
  await expectAccessible(page, label);
}

/** Opens "Connect a store" and picks the platform. */
async function startConnecting(page: Page, platform: string) {
  await page.getByRole('button', { name: en['stores.connect.button'] }).click();
  const dialog = page.getByRole('dialog', { name: en['stores.connect.title'] });
  await dialog.getByRole('radio', { name: new RegExp(`^${platform}`) }).check();
  await dialog.getByRole('button', { name: en['stores.connect.continue'] }).click();
  await page.getByRole('dialog', { name: `Connect a store on ${platform}` }).waitFor();
  // Its title changes with each step.
  return page.getByRole('dialog');
}

/** Presses `button` in the dialog, which opens the platform's window: returns that window. */
async function openPopup(page: Page, button: Locator): Promise<Page> {
  const [popup] = await Promise.all([page.context().waitForEvent('page'), button.click()]);
  return popup;
}

/** "{name} is connected. Its products are being imported." → the store's name. */
const connectedStoreName = async (status: Locator) =>
  ((await status.textContent()) ?? '').replace(/ is connected\..*$/s, '');

/** The counts row of a store, as read: "Products 12 Variants 101 Mapped 0". */
const countsOf = (item: Locator) =>
  item
    .locator('dl > div')
    .evaluateAll((rows) =>
      rows
        .map((row) => `${row.firstElementChild?.textContent} ${row.lastElementChild?.textContent}`)
        .join(' '),
    );

it('connects a Shopify shop in a popup, syncs it, and reconnects it after its token is revoked', async () => {
  const { page, stores } = await signedInAdmin(
    { name: 'Harbor & Pine Coffee Co.', referenceId: 'HPC-1042' },
    'sam@harborpine.example',
  );
  await stores.getByText(en['stores.list.emptyConnect']).waitFor();
  await expectStillAccessible(page, 'the Stores page (empty)');
  await shot(page, 'stores-empty');

  // Connect a store → Shopify → the demo shop → the simulator's install page in a popup.
  const dialog = await startConnecting(page, 'Shopify');
  await dialog.getByRole('textbox', { name: en['stores.field.shopify.shop'] }).fill('vitrine-demo');
  await expectStillAccessible(page, 'the Shopify connect dialog');
  const popup = await openPopup(page, dialog.getByRole('button', { name: 'Continue to Shopify' }));
  await dialog
    .getByText('Waiting for you to approve the connection in the Shopify window')
    .waitFor();
  await popup.getByRole('heading', { name: /^Install Vitrine \(development\) on/ }).waitFor();
  expect(popup.url()).toContain('/sim/shopify/vitrine-demo.myshopify.test/admin/oauth/authorize');
  await shot(popup, 'stores-shopify-authorize');
  await Promise.all([
    popup.waitForEvent('close'),
    popup.getByRole('button', { name: 'Authorize' }).click(),
  ]);

  // The callback page told the portal and closed itself.
  const connected = dialog.getByRole('status').filter({ hasText: /is connected/ });
  await connected.waitFor();
  const shopName = await connectedStoreName(connected);
  await shot(page, 'stores-shopify-connected-dialog');
  await dialog.getByRole('button', { name: en['stores.connect.done'] }).click();
  await dialog.waitFor({ state: 'detached' });

  const shop = stores.getByRole('listitem', { name: shopName });
  await shop.getByText(en['stores.status.connected'], { exact: true }).waitFor();
  // The first import is queued with the connection.
  const progress = shop.getByRole('progressbar', { name: `Product sync of ${shopName}` });
  await progress.waitFor();
  await shop.getByText(en['stores.list.queued']).waitFor();
  await expectStillAccessible(page, 'the Stores page (sync waiting)');
  await shot(page, 'stores-shopify-syncing');
  await api.runJobs();
  await progress.waitFor({ state: 'detached' });
  await expect.poll(() => countsOf(shop)).toBe('Products 12 Variants 101 Mapped 0');
  await shop.getByText(/^Last synced/).waitFor();

  // Sync products: waits, then finishes with the same counts.
  await shop.getByRole('button', { name: en['stores.list.sync'] }).click();
  await progress.waitFor();
  await api.runJobs();
  await stores.getByText(`${shopName} is up to date.`).waitFor();
  await progress.waitFor({ state: 'detached' });
  expect(await countsOf(shop)).toBe('Products 12 Variants 101 Mapped 0');
  await expectStillAccessible(page, 'the Stores page (connected)');
  await shot(page, 'stores-shopify-synced');

  // The shop's owner revokes the app's tokens on the simulator's admin page, linked from the
  // page's development notes.
  const notes = page.getByRole('region', { name: 'Trying it out locally' });
  const [shopAdmin] = await Promise.all([
    page.context().waitForEvent('page'),
    notes.getByRole('link', { name: /^Demo shop’s admin/ }).click(),
  ]);
  await shopAdmin.getByRole('button', { name: 'Revoke access tokens' }).click();
  await shopAdmin.getByText('Access tokens revoked.').waitFor();
  await shopAdmin.close();

  // Check connection: the store needs reconnecting, and says why.
  await page.bringToFront();
  await shop.getByRole('button', { name: en['stores.list.verify'] }).click();
  await shop.getByText(en['stores.status.needs_reauth'], { exact: true }).waitFor();
  await shop.getByText(en['stores.reason.token_revoked']).waitFor();
  await expectStillAccessible(page, 'the Stores page (needs reconnecting)');
  await shot(page, 'stores-shopify-needs-reauth');

  // Reconnect: the same shop, its handle prefilled, approved again in a popup. The row turns
  // "Connecting" and drops its Reconnect button; the dialog stays until it is done.
  await shop.getByRole('button', { name: en['stores.connect.reconnect'] }).click();
  const again = page.getByRole('dialog', { name: `Reconnect ${shopName}` });
  await again.waitFor();
  expect(
    await again.getByRole('textbox', { name: en['stores.field.shopify.shop'] }).inputValue(),
  ).toBe('vitrine-demo');
  const popup2 = await openPopup(page, again.getByRole('button', { name: 'Continue to Shopify' }));
  // Behind the modal dialog the page is hidden from the accessibility tree: the row by its state.
  const row = (status: string) =>
    page.locator(`.vt-StoreList-item[data-status="${status}"]`, { hasText: shopName });
  await row('connecting').waitFor();
  await Promise.all([
    popup2.waitForEvent('close'),
    popup2.getByRole('button', { name: 'Authorize' }).click(),
  ]);
  await again
    .getByRole('status')
    .filter({ hasText: `${shopName} is connected` })
    .waitFor();
  await row('connected').waitFor();
  await again.getByRole('button', { name: en['stores.connect.done'] }).click();
  await again.waitFor({ state: 'detached' });
  await shop.getByText(en['stores.status.connected'], { exact: true }).waitFor();
  expect(await stores.getByRole('listitem').count()).toBe(1);
  await api.runJobs();
  await expect.poll(() => countsOf(shop)).toBe('Products 12 Variants 101 Mapped 0');

  await watcher.settle();
  expect(watcher.leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect(watcher.problems, 'console and page errors').toEqual([]);
});

it('connects WooCommerce stores with API keys and through the key hand-off', async () => {
  const { page, stores } = await signedInAdmin(
    { name: 'Maple Street Bakery', referenceId: 'MSB-2210' },
    'sam@maplestreet.example',
  );
  const printShop = `${api.url}/sim/woocommerce/print-shop`;
  const [demoKey] = await api.simulators.woocommerce.keys('print-shop');
  if (!demoKey) throw new Error('The simulated store lists its demo keys');

  // Enter API keys: a wrong secret first.
  const dialog = await startConnecting(page, 'WooCommerce');
  await dialog.getByRole('radio', { name: /^Enter API keys/ }).check();
  await dialog.getByRole('textbox', { name: en['stores.field.woocommerce.url'] }).fill(printShop);
  await dialog
    .getByRole('textbox', { name: en['stores.field.woocommerce.consumerKey'] })
    .fill(demoKey.consumerKey);
  await dialog
    .getByRole('textbox', { name: en['stores.field.woocommerce.consumerSecret'] })
    .fill(`cs_${'0'.repeat(40)}`);
  const problemsBefore = watcher.problems.length;
  await dialog.getByRole('button', { name: en['stores.connect.submit'] }).click();
  await dialog.getByRole('alert').getByText(en['error.credentials_invalid']).waitFor();
  await dialog.getByText(en['stores.field.woocommerce.refused']).first().waitFor();
  await expectStillAccessible(page, 'the WooCommerce keys dialog (refused)');
  await shot(page, 'stores-woocommerce-refused');
  // The browser logs the refused request (422); nothing else went wrong.
  await watcher.settle();
  const refused = watcher.problems.splice(problemsBefore);
  expect(refused).toHaveLength(1);
  expect(refused[0]).toMatch(/status of 422/);

  // The right secret connects the store.
  await dialog
    .getByRole('textbox', { name: en['stores.field.woocommerce.consumerSecret'] })
    .fill(demoKey.consumerSecret);
  await dialog.getByRole('button', { name: en['stores.connect.submit'] }).click();
  const connected = dialog.getByRole('status').filter({ hasText: /is connected/ });
  await connected.waitFor();
  const storeName = await connectedStoreName(connected);
  await dialog.getByRole('button', { name: en['stores.connect.done'] }).click();
  const store = stores.getByRole('listitem', { name: storeName });
  await store.getByText(en['stores.status.connected'], { exact: true }).waitFor();
  await store.getByText(printShop.replace(/^https?:\/\//, '')).waitFor();
  await api.runJobs();
  const products = api.simulators.woocommerce.products('print-shop');
  const variants = products.reduce(
    (sum, product) =>
      sum + Math.max(1, api.simulators.woocommerce.variations('print-shop', product.id).length),
    0,
  );
  await expect
    .poll(() => countsOf(store))
    .toBe(`Products ${products.length} Variants ${variants} Mapped 0`);

  // Approve in WooCommerce: the store's own page hands the keys over, in a popup.
  const bulk = `${api.url}/sim/woocommerce/bulk-prints`;
  const handOff = await startConnecting(page, 'WooCommerce');
  await handOff.getByRole('radio', { name: /^Approve in WooCommerce/ }).check();
  await handOff.getByRole('textbox', { name: en['stores.field.woocommerce.url'] }).fill(bulk);
  await expectStillAccessible(page, 'the WooCommerce connect dialog');
  await shot(page, 'stores-woocommerce-dialog');
  const popup = await openPopup(
    page,
    handOff.getByRole('button', { name: 'Continue to WooCommerce' }),
  );
  await popup.getByRole('heading', { name: /would like to connect to Bulk Prints/ }).waitFor();
  await shot(popup, 'stores-woocommerce-authorize');
  await Promise.all([
    popup.waitForEvent('close'),
    popup.getByRole('button', { name: 'Approve' }).click(),
  ]);
  const handedOver = handOff.getByRole('status').filter({ hasText: /is connected/ });
  await handedOver.waitFor();
  const bulkName = await connectedStoreName(handedOver);
  await handOff.getByRole('button', { name: en['stores.connect.done'] }).click();
  const bulkStore = stores.getByRole('listitem', { name: bulkName });
  await bulkStore.getByText(en['stores.status.connected'], { exact: true }).waitFor();
  await stores.getByText('2 stores').waitFor();
  await expectStillAccessible(page, 'the Stores page (two WooCommerce stores)');
  await shot(page, 'stores-woocommerce-connected');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'stores-mobile');
  await page.setViewportSize({ width: 1280, height: 860 });

  await watcher.settle();
  expect(watcher.leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect([...watcher.apiAuthorizations]).toEqual(['vt_ses']);
  expect(watcher.problems, 'console and page errors').toEqual([]);
});
