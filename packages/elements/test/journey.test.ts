import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVitrine } from '@vitrine/sdk';
import { seedDemo, systemClock } from '@vitrine/server';
import { startNodeServer } from '@vitrine/server/node';
import { developmentSimulators } from '@vitrine/simulators';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startExample } from '../../../examples/html/server.mjs';

const script = new URL('../dist/vitrine-elements.js', import.meta.url);
const shots = '/tmp/vitrine-shots';
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let api: Awaited<ReturnType<typeof startNodeServer>>;
let dataDir: string;
let secretKey: string;
let example: Awaited<ReturnType<typeof startExample>>;
let browser: Browser;
const problems: string[] = [];
const leaks: string[] = [];

beforeAll(async () => {
  if (!existsSync(script)) throw new Error('Build the package first: npm run build');
  dataDir = await mkdtemp(join(tmpdir(), 'vitrine-elements-'));
  // As `npm run dev` runs it: any origin may call it, so the plain page needs no proxy.
  api = await startNodeServer({
    port: 0,
    dataDir,
    dev: true,
    standIns: developmentSimulators,
    log: () => {},
  });
  secretKey = (await seedDemo(api.db, systemClock)).secretKey!;
  example = await startExample({ apiUrl: api.url, secretKey });
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
});

afterAll(async () => {
  await browser?.close();
  await example?.close();
  await api?.close();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function openPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', reducedMotion: 'reduce' });
  context.setDefaultTimeout(15_000);
  context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  context.on('weberror', (e) => problems.push(`page error: ${e.error().message}`));
  context.on('request', (request) => {
    const sent = [request.url(), JSON.stringify(request.headers()), request.postData() ?? ''];
    if (sent.join('\n').includes(secretKey)) leaks.push(`${request.method()} ${request.url()}`);
  });
  context.on('response', async (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    const body = await response.text().catch(() => '');
    if (body.includes(secretKey)) leaks.push(`response ${response.url()}`);
  });
  const page = await context.newPage();
  await page.goto(example.url);
  return page;
}

async function expectAccessible(page: Page, label: string) {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target)}`);
  });
  expect(violations, `axe on ${label}`).toEqual([]);
}

/** The focused element, looking into shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    const label = el.getAttribute('aria-label');
    return {
      tag: el.tagName.toLowerCase(),
      ...((el as HTMLInputElement).type ? { type: (el as HTMLInputElement).type } : {}),
      ...(label ? { label } : {}),
    };
  });

it('creates a client with <vitrine-client-form> and turns on access with <vitrine-access-toggle>', async () => {
  const page = await openPage();
  // The host page's CSS is aggressive; none of it reaches into the widgets.
  await page.addStyleTag({
    content:
      'button { background: rgb(255, 0, 255) !important; } input { visibility: hidden !important; }',
  });

  const name = page.getByLabel('Client name');
  await name.waitFor();
  await name.fill('Riverbend Ceramics');
  await page.getByLabel(/^Reference ID/).fill('RBC-0142');
  const create = page.getByRole('button', { name: 'Create client' });
  expect(await create.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(
    'rgb(255, 0, 255)',
  );
  // Given by Vitrine.configure(); the provider element sets the API and the session route.
  expect(await create.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(29, 59, 42)');

  const created = page.evaluate(
    () =>
      new Promise<{ id: string; name: string; bubbles: boolean; composed: boolean }>((resolve) => {
        document.addEventListener(
          'vitrine-client-created',
          (event) => {
            const { client } = (event as CustomEvent).detail;
            resolve({ ...client, bubbles: event.bubbles, composed: event.composed });
          },
          { once: true },
        );
      }),
  );
  await create.click();
  const client = await created;
  expect(client).toMatchObject({ name: 'Riverbend Ceramics', bubbles: true, composed: true });
  expect(client.id).toMatch(/^cl_/);
  await page.getByText('Riverbend Ceramics was added.').waitFor();

  // The page's listener gave the toggle its client-id; the element rendered for it.
  const toggle = page.getByRole('switch', { name: 'Storefronts access for Riverbend Ceramics' });
  await expect.poll(() => toggle.isEnabled()).toBe(true);
  await expectAccessible(page, 'the page with both widgets');
  await toggle.focus();
  await page.keyboard.press('Space');
  const dialog = page.getByRole('dialog', { name: 'Turn on Storefronts access' });
  await dialog.waitFor();
  // The dialog sits in the element's shadow root, with the theme, and has the focus.
  await expect.poll(() => focused(page)).toEqual({ tag: 'input', type: 'email' });
  await expectAccessible(page, 'the enable-access dialog');
  // Tab stays inside the dialog: back from the first field to its last control, and on again.
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toEqual({ tag: 'button', type: 'button', label: 'Close' });
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ tag: 'input', type: 'email' });
  await page.keyboard.type('ana@riverbend-ceramics.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ana');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ribeiro');
  const changed = page.evaluate(
    () =>
      new Promise<{ action: string; enabled: boolean }>((resolve) => {
        document.addEventListener(
          'vitrine-access-changed',
          (event) => {
            const { access, action } = (event as CustomEvent).detail;
            resolve({ action, enabled: access.enabled });
          },
          { once: true },
        );
      }),
  );
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Invite sent', { exact: true }).waitFor();
  expect(await changed).toEqual({ action: 'enabled', enabled: true });
  expect(await toggle.getAttribute('aria-checked')).toBe('true');
  // Focus went back to the switch that opened the dialog.
  await expect.poll(() => focused(page)).toMatchObject({ tag: 'button' });
  await page.screenshot({ path: `${shots}/elements-invite-sent.png`, fullPage: true });

  // The API agrees: access is on and the admin was invited.
  const vitrine = createVitrine({ baseUrl: api.url, secretKey });
  const access = await vitrine.access.get(client.id);
  expect(access.enabled).toBe(true);
  expect(access.admin).toMatchObject({
    email: 'ana@riverbend-ceramics.example',
    status: 'invited',
  });

  // Removing an element unmounts its widget.
  const left = await page.evaluate(async () => {
    const element = document.querySelector('vitrine-access-toggle')!;
    const mount = element.shadowRoot!.lastElementChild!;
    element.remove();
    await new Promise((r) => setTimeout(r, 50));
    return mount.childElementCount;
  });
  expect(left).toBe(0);

  expect(leaks).toEqual([]);
  expect(problems).toEqual([]);
});

it('renders every element for a client and its store, each ready with data from the API', async () => {
  const vitrine = createVitrine({ baseUrl: api.url, secretKey });
  const client = await vitrine.clients.create({ name: 'Atlas Outdoor Supply' });
  await vitrine.access.enable(client.id, {
    admin: { email: 'lee@atlas-outdoor.example', firstName: 'Lee', lastName: 'Park' },
  });
  const store = await vitrine.stores.create(client.id, {
    platform: 'manual',
    name: 'Atlas wholesale',
  });

  const page = await openPage();
  await page.getByLabel('Client name').waitFor();
  // Elements added after the script ran: upgraded on insertion, each telling when it is ready.
  const ready = await page.evaluate(
    ({ clientId, storeId }) => {
      const seen = new Set<string>();
      document.addEventListener('vitrine-ready', (event) => {
        seen.add((event.target as Element).localName);
      });
      (window as any).readyElements = () => [...seen].sort();
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML(
        'beforeend',
        `<vitrine-user-manager client-id="${clientId}" heading-level="2"></vitrine-user-manager>
         <vitrine-store-connect-button client-id="${clientId}"></vitrine-store-connect-button>
         <vitrine-store-list client-id="${clientId}" heading-level="2"></vitrine-store-list>
         <vitrine-order-list client-id="${clientId}" heading-level="2"></vitrine-order-list>
         <vitrine-product-mapper store-id="${storeId}" heading-level="2"></vitrine-product-mapper>
         <vitrine-bulk-csv-importer store-id="${storeId}" heading-level="2"></vitrine-bulk-csv-importer>
         <vitrine-order-form store-id="${storeId}" heading-level="2"></vitrine-order-form>
         <vitrine-test-order-button store-id="${storeId}" store-name="Atlas wholesale"></vitrine-test-order-button>`,
      );
      return true;
    },
    { clientId: client.id, storeId: store.id },
  );
  expect(ready).toBe(true);
  await expect
    .poll(() => page.evaluate(() => (window as any).readyElements()), { timeout: 30_000 })
    .toEqual([
      'vitrine-bulk-csv-importer',
      'vitrine-order-list',
      'vitrine-product-mapper',
      'vitrine-store-connect-button',
      'vitrine-store-list',
      'vitrine-user-manager',
    ]);
  // What each shows comes from the API: the team's invited admin, the store, the order form.
  await page.getByRole('heading', { name: 'Team' }).waitFor();
  await page.getByText('lee@atlas-outdoor.example').first().waitFor();
  await page.getByRole('heading', { name: 'Stores' }).waitFor();
  await page.getByText('Atlas wholesale').first().waitFor();
  await page.getByRole('heading', { name: 'Map products with a spreadsheet' }).waitFor();
  await page.getByRole('heading', { name: 'Place an order' }).waitFor();
  await page
    .locator('vitrine-store-connect-button')
    .getByRole('button', { name: 'Connect a store' })
    .waitFor();
  await expectAccessible(page, 'every element');
  await page.screenshot({ path: `${shots}/elements-all.png`, fullPage: true });
  expect(leaks).toEqual([]);
  expect(problems).toEqual([]);
});

it('takes properties set before the script defined the elements', async () => {
  const page = await openPage();
  // A page that sets an object property first and loads the script afterwards.
  await page.route(`${example.url}/late`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Late</title><link rel="icon" href="data:,"></head>
        <body><main>
          <vitrine-provider base-url="${api.url}" session-url="/vitrine-session">
            <vitrine-client-form id="form"></vitrine-client-form>
          </vitrine-provider>
        </main>
        <script>document.getElementById('form').defaultValues = { name: 'Cedar & Sage Candles' };</script>
        <script src="/vitrine-elements.js"></script></body></html>`,
    }),
  );
  await page.goto(`${example.url}/late`);
  await expect.poll(() => page.getByLabel('Client name').inputValue()).toBe('Cedar & Sage Candles');
  expect(problems).toEqual([]);
});
