import type { Server } from 'node:http';
import english from '@vitrine/react/locales/en';
import { createVitrine } from '@vitrine/sdk';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
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
 * A store's products in the client area: the demo Shopify shop connected and synced, one variant
 * mapped to a catalog poster with a file served from a web address (its check passes on the
 * API's own job), then every variant of a product mapped at once with an uploaded file.
 */

let api: RunningApi;
let portal: RunningPortal;
let browser: Browser;
let files: { url: string; server: Server };
const contexts: BrowserContext[] = [];
let watcher: ReturnType<typeof createWatcher>;

const en = { ...english.messages, ...english.products };
const POSTER = 'Poster, A3 (297×420 mm), 200 gsm matt poster paper, portrait';

beforeAll(async () => {
  const port = await freePort();
  api = await startApi({
    inviteUrlTemplate: `http://127.0.0.1:${port}/invite/{token}`,
    // Jobs run when the test says so: a file check is seen pending, then done.
    jobsIntervalMs: 3_600_000,
  });
  portal = await startPortal({ port, apiUrl: api.url, secretKey: api.secretKey });
  files = await serveArtwork(a3Poster(), '/artwork/aurora-a3.png');
  watcher = createWatcher(api);
  browser = await launchChromium();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await portal?.close();
  await api?.close();
  await new Promise((resolve) => files?.server.close(resolve));
});

/** axe once nothing is moving: buttons fade back in after being busy. */
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

/**
 * A client whose admin accepted the invitation, on the Stores page with a Shopify shop (the demo
 * shop unless told) connected and synced.
 */
async function adminWithDemoShop(
  who: {
    client: { name: string; referenceId: string };
    admin: { email: string; firstName: string; lastName: string };
    shop: { name: string; title: string };
  } = {
    client: { name: 'Lumen Paper Goods', referenceId: 'LPG-77' },
    admin: { email: 'ines@lumenpaper.example', firstName: 'Inês', lastName: 'Carvalho' },
    shop: { name: 'vitrine-demo', title: 'Vitrine Demo Prints' },
  },
) {
  const vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
  const { email } = who.admin;
  const client = await vitrine.clients.create(who.client);
  await vitrine.access.enable(client.id, { admin: who.admin });
  const context = await newContext(browser);
  watcher.watch(context);
  contexts.push(context);
  onTestFailed(async ({ task }) => {
    for (const [n, open] of context.pages().entries())
      await shot(open, `products-failed-${task.name.slice(0, 24).replace(/\W+/g, '-')}-${n}`);
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

  // Connect a store → Shopify → the demo shop, approved in the simulator's popup.
  await page.getByRole('button', { name: en['stores.connect.button'] }).click();
  const picking = page.getByRole('dialog', { name: en['stores.connect.title'] });
  await picking.getByRole('radio', { name: /^Shopify/ }).check();
  await picking.getByRole('button', { name: en['stores.connect.continue'] }).click();
  // Its title changes with each step.
  const dialog = page.getByRole('dialog', { name: 'Connect a store on Shopify' });
  await dialog.getByRole('textbox', { name: en['stores.field.shopify.shop'] }).fill(who.shop.name);
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    dialog.getByRole('button', { name: 'Continue to Shopify' }).click(),
  ]);
  await Promise.all([
    popup.waitForEvent('close'),
    popup.getByRole('button', { name: 'Authorize' }).click(),
  ]);
  await page
    .getByRole('dialog')
    .getByRole('status')
    .filter({ hasText: /is connected/ })
    .waitFor();
  await page.getByRole('dialog').getByRole('button', { name: en['stores.connect.done'] }).click();
  await api.runJobs();
  const stores = page.getByRole('region', { name: 'Stores' });
  const shop = stores.getByRole('listitem', { name: who.shop.title });
  await shop.getByText(/^Last synced/).waitFor();
  return { page, shop, clientId: client.id };
}

const row = (table: Locator, name: string) =>
  table.getByRole('row').filter({ has: table.page().getByRole('checkbox', { name }) });

it('maps a variant with a file address and sees its check pass, then maps a whole product at once', async () => {
  const { page, shop } = await adminWithDemoShop();

  // The store's name opens its products.
  await shop.getByRole('button', { name: 'Vitrine Demo Prints', exact: true }).click();
  await page.waitForURL(/\/account\/stores\/st_\w+\/products$/);
  await page.getByRole('heading', { level: 1, name: 'Products of Vitrine Demo Prints' }).waitFor();
  expect(await page.title()).toBe(
    'Products · Vitrine Demo Prints · Lumen Paper Goods · Northwind Print Co.',
  );
  const mapper = page.getByRole('region', { name: en['products.title'] });
  const table = mapper.getByRole('table');
  await table.getByRole('rowheader', { name: /^Aurora Sticker No\. 1/ }).waitFor();
  await mapper.getByRole('button', { name: /^Unmapped\s*101$/ }).waitFor();
  await expectStillAccessible(page, 'the Products page');
  await shot(page, 'products-list');

  // Connect one variant: a poster from the catalog, its file from the shop's artwork host.
  const variant = 'Aurora Sticker No. 1 – 3x3 in / Glossy';
  await table.getByRole('button', { name: `Connect ${variant}` }).click();
  const dialog = page.getByRole('dialog', { name: `Connect ${variant}` });
  await dialog.getByRole('combobox', { name: en['products.picker.category'] }).selectOption({
    label: (await dialog.getByRole('option', { name: /^Posters \(/ }).textContent())!,
  });
  await dialog
    .getByRole('searchbox', { name: en['products.picker.search'] })
    .fill('a3 matt portrait');
  await dialog
    .getByRole('radio', { name: new RegExp(`^${POSTER.replace(/[()×]/g, '.')}`) })
    .check();
  const chosen = dialog.getByRole('region', { name: en['products.picker.chosen'] });
  await chosen.getByText('297 × 420 mm').waitFor();
  const artwork = `${files.url}/artwork/aurora-a3.png`;
  await dialog.getByRole('textbox', { name: 'Design file' }).fill(artwork);
  await expectStillAccessible(page, 'the connect dialog');
  await shot(page, 'products-connect-dialog');
  await dialog.getByRole('button', { name: 'Connect 1 variant' }).click();
  await mapper.getByText(`1 variant connected to ${POSTER}.`).waitFor();
  await dialog.waitFor({ state: 'detached' });
  const mapped = row(table, `Select ${variant}`);
  await mapped.getByText(en['products.status.mapped'], { exact: true }).waitFor();
  await mapped.getByText(en['products.check.pending']).waitFor();
  await shot(page, 'products-check-pending');

  // The API's check job fetches the file; the page's poll shows and announces the result.
  await api.runJobs();
  await mapped.getByText('File OK · 300 dpi').waitFor();
  await mapper
    .getByRole('status')
    .filter({ hasText: 'Print file of Aurora Sticker No. 1 – 3x3 in / Glossy: File OK · 300 dpi' })
    .waitFor();
  await mapper.getByRole('button', { name: /^Mapped\s*1$/ }).waitFor();
  await expectStillAccessible(page, 'the Products page (file checked)');
  await shot(page, 'products-check-passed');

  // The file changed at once to an address that does not answer: that address is checked anew,
  // and its own result shown and announced, not the one of the file before.
  await mapped.getByRole('button', { name: `Change the mapping of ${variant}` }).click();
  const edit = page.getByRole('dialog');
  await edit.getByRole('textbox', { name: 'Design file' }).fill(`${files.url}/artwork/moved.png`);
  await edit.getByRole('button', { name: 'Connect 1 variant' }).click();
  await edit.waitFor({ state: 'detached' });
  await mapped.getByText(en['products.check.pending']).waitFor();
  await api.runJobs();
  await mapped.getByText(en['products.check.reason.unreachable']).waitFor();
  await mapper
    .getByRole('status')
    .filter({
      hasText: `Print file of ${variant}: ${en['products.check.failed']}. ${en['products.check.reason.unreachable']}`,
    })
    .waitFor();
  expect(await mapped.getByText('File OK · 300 dpi').count()).toBe(0);
  await shot(page, 'products-check-failed');

  // Every variant of another product in one action, with a file uploaded from the computer.
  const basalt = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^Basalt Sticker No\. 2/ }) });
  await basalt
    .getByRole('button', { name: 'Connect all variants of Basalt Sticker No. 2' })
    .click();
  const whole = page.getByRole('dialog', { name: 'Connect all variants of Basalt Sticker No. 2' });
  await whole.getByRole('combobox', { name: en['products.picker.category'] }).selectOption({
    label: (await whole.getByRole('option', { name: /^Posters \(/ }).textContent())!,
  });
  await whole
    .getByRole('searchbox', { name: en['products.picker.search'] })
    .fill('a3 matt portrait');
  await whole.getByRole('radio', { name: new RegExp(`^${POSTER.replace(/[()×]/g, '.')}`) }).check();
  await whole.getByLabel('Upload a file for Design').setInputFiles({
    name: 'basalt-a3.png',
    mimeType: 'image/png',
    buffer: a3Poster(),
  });
  await whole.getByText('basalt-a3.png uploaded.').waitFor();
  expect(await whole.getByRole('textbox', { name: 'Design file' }).inputValue()).toMatch(
    new RegExp(`^${api.url}/v1/files/file_\\w+/[\\w-]+/basalt-a3\\.png$`),
  );
  await whole.getByRole('button', { name: 'Connect 4 variants' }).click();
  await mapper.getByText(`4 variants connected to ${POSTER}.`).waitFor();
  await basalt.getByText('4 of 4 mapped').waitFor();
  await api.runJobs();
  await mapper
    .getByRole('status')
    .filter({ hasText: 'File checks finished for 4 variants: 4 OK, 0 with a warning, 0 failed.' })
    .waitFor();
  await mapper.getByRole('button', { name: /^Mapped\s*5$/ }).waitFor();
  await expectStillAccessible(page, 'the Products page (product mapped)');
  await shot(page, 'products-product-mapped');

  // On a phone, every row stacks its cells and nothing scrolls sideways.
  await page.setViewportSize({ width: 375, height: 812 });
  await expect.poll(() => table.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await shot(page, 'products-mobile');
  await page.setViewportSize({ width: 1280, height: 860 });

  // Back on the Stores page, the store counts what was mapped.
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: 'Stores' })
    .click();
  await page.waitForURL(`${portal.url}/account/stores`);
  await expect
    .poll(() =>
      page
        .getByRole('listitem', { name: 'Vitrine Demo Prints' })
        .getByText('Mapped')
        .locator('xpath=following-sibling::dd')
        .textContent(),
    )
    .toBe('5');

  await watcher.settle();
  expect(watcher.leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect([...watcher.apiAuthorizations]).toEqual(['vt_ses']);
  expect(watcher.problems, 'console and page errors').toEqual([]);
});

it('adds a product from the catalog, publishes it to Shopify and finds it there and mapped', async () => {
  api.simulators.shopify.addShop({ name: 'harbour-prints', title: 'Harbour Prints', products: 3 });
  const { page, shop } = await adminWithDemoShop({
    client: { name: 'Harbour Prints Ltd', referenceId: 'HPL-12' },
    admin: { email: 'noor@harbourprints.example', firstName: 'Noor', lastName: 'Haddad' },
    shop: { name: 'harbour-prints', title: 'Harbour Prints' },
  });
  await shop.getByRole('button', { name: 'Harbour Prints', exact: true }).click();
  await page.waitForURL(/\/account\/stores\/st_\w+\/products$/);
  const mapper = page.getByRole('region', { name: en['products.title'] });
  await mapper.getByRole('button', { name: /^Mapped\s*0$/ }).waitFor();

  // "Add product", from the keyboard: the poster from the catalog, the shop's title and price.
  await mapper.getByRole('button', { name: en['products.add.button'] }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: en['products.add.title'] });
  await dialog.getByRole('combobox', { name: en['products.picker.category'] }).selectOption({
    label: (await dialog.getByRole('option', { name: /^Posters \(/ }).textContent())!,
  });
  await dialog
    .getByRole('searchbox', { name: en['products.picker.search'] })
    .fill('a3 matt portrait');
  await dialog
    .getByRole('radio', { name: new RegExp(`^${POSTER.replace(/[()×]/g, '.')}`) })
    .check();
  await dialog
    .getByRole('region', { name: en['products.picker.chosen'] })
    .getByText('297 × 420 mm')
    .waitFor();
  const title = dialog.getByRole('textbox', { name: en['products.add.name'] });
  expect(await title.inputValue()).toBe(POSTER);
  await title.fill('Harbour at dusk');
  await dialog
    .getByRole('textbox', { name: /^Description/ })
    .fill('The harbour at dusk, on an A3 poster.');
  await dialog.getByRole('textbox', { name: /^Price/ }).fill('24.00');
  await dialog.getByLabel('Upload a file for Design').setInputFiles({
    name: 'harbour-a3.png',
    mimeType: 'image/png',
    buffer: a3Poster(),
  });
  await dialog.getByText('harbour-a3.png uploaded.').waitFor();
  await expectStillAccessible(page, 'the add product dialog');
  await shot(page, 'products-add-dialog');
  await dialog.getByRole('button', { name: en['products.add.submitPublish'] }).click();

  // Created at once; the API's job publishes it on Shopify, and the dialog follows.
  await dialog.getByText('Publishing Harbour at dusk in the store…').waitFor();
  await shot(page, 'products-add-publishing');
  await api.runJobs();
  await dialog
    .getByText('Harbour at dusk is published in the store and connected to the catalog.')
    .waitFor();
  await expectStillAccessible(page, 'the add product dialog (published)');
  await shot(page, 'products-add-published');
  await dialog.getByRole('button', { name: en['products.add.done'] }).click();
  await dialog.waitFor({ state: 'detached' });

  // In the list (found by its title: the list is long): its one variant mapped to the poster.
  await mapper.getByText('Harbour at dusk added to the store.').waitFor();
  await mapper
    .getByRole('searchbox', { name: en['products.search.label'] })
    .fill('Harbour at dusk');
  const table = mapper.getByRole('table');
  const added = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^Harbour at dusk/ }) });
  await added.getByText('1 of 1 mapped').waitFor();
  const variant = table
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox', { name: /^Select Harbour at dusk – / }) });
  await variant.getByText(en['products.status.mapped'], { exact: true }).waitFor();
  await variant.getByText(POSTER).waitFor();
  await mapper.getByRole('button', { name: /^Mapped\s*1$/ }).waitFor();
  await shot(page, 'products-add-listed');

  // In the Shopify simulator's admin: made by the app, active, on the Online Store.
  const { shopDomain } = api.simulators.shopify;
  const admin = await page.context().newPage();
  await admin.goto(`${api.url}/sim/shopify/harbour-prints.${shopDomain}/admin`);
  const created = admin
    .getByRole('table')
    .getByRole('row')
    .filter({ has: admin.getByRole('cell', { name: 'Harbour at dusk', exact: true }) });
  await created.waitFor();
  expect(await created.getByRole('cell').allTextContents()).toEqual([
    'Harbour at dusk',
    'active',
    expect.stringMatching(/^VT-[0-9A-Z]{10}$/),
    '24.00',
    'Online Store',
  ]);
  await shot(admin, 'products-add-shopify-admin');
  await admin.close();

  await watcher.settle();
  expect(watcher.leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect(watcher.problems, 'console and page errors').toEqual([]);
});
