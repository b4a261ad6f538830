import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { catalogs } from '@vitrine/react';
import { createVitrine } from '@vitrine/sdk';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApi, startApi } from './support/api.js';
import { freePort, type RunningPortal, startPortal } from './support/portal.js';

const shots = '/tmp/vitrine-shots';
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

let api: RunningApi;
let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
const problems: string[] = [];
const leaks: string[] = [];
const pending: Promise<unknown>[] = [];
const apiAuthorizations = new Set<string>();

const client = {
  name: 'Riverbend Ceramics',
  referenceId: 'RBC-0142',
  description: 'Handmade pottery shop on Shopify: gift cards and packaging inserts.',
};
const admin = { email: 'ana@riverbend-ceramics.example', firstName: 'Ana', lastName: 'Ribeiro' };

/** Clients already on the books, so the list has pages, statuses and something to search. */
const existing = [
  {
    name: 'Harbor & Pine Coffee Co.',
    referenceId: 'HPC-1042',
    description: 'Bag labels, loyalty cards and café menus.',
  },
  {
    name: 'Maple Street Bakery',
    referenceId: 'MSB-2210',
    description: 'Seasonal boxes and stickers.',
  },
  {
    name: 'Atlas Outdoor Supply',
    referenceId: 'ATLAS-0087',
    description: 'Catalogs and hang tags for 14 stores.',
  },
  {
    name: 'Bluebird Stationery',
    referenceId: 'BLU-3301',
    description: 'Greeting cards sold on Etsy.',
  },
  { name: 'Cedar & Sage Candles', referenceId: 'CSC-0912', description: 'Labels and gift boxes.' },
  { name: 'Fieldnote Press', referenceId: 'FNP-4410', description: null },
  {
    name: 'Granite Peak Brewing',
    referenceId: 'GPB-0301',
    description: 'Can labels and taproom posters.',
  },
  {
    name: 'Juniper Yoga Studio',
    referenceId: null,
    description: 'Class passes and studio signage.',
  },
  {
    name: 'Kestrel Cycling Club',
    referenceId: null,
    description: 'Race numbers and event banners.',
  },
  {
    name: 'Lighthouse Books',
    referenceId: 'LHB-7721',
    description: 'Bookmarks and author-event posters.',
  },
  {
    name: 'Orchard Lane Farm',
    referenceId: 'OLF-0456',
    description: 'Farmers-market signage and crate labels.',
  },
];

async function outboxLink(to: string): Promise<string> {
  const response = await fetch(`${api.url}/dev/outbox?to=${encodeURIComponent(to)}`);
  const { data } = (await response.json()) as { data: Array<{ link: string | null }> };
  const link = data[0]?.link;
  if (!link) throw new Error(`No invitation email to ${to}`);
  return link;
}

async function seedClients() {
  const vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
  const ids: string[] = [];
  for (const c of existing) ids.push((await vitrine.clients.create(c)).id);
  // The list is newest first: these two are on its first page.
  await vitrine.access.enable(ids[9]!, {
    admin: { email: 'mia@lighthousebooks.example', firstName: 'Mia', lastName: 'Lindqvist' },
  });
  await vitrine.access.enable(ids[6]!, {
    admin: { email: 'sam@granitepeak.example', firstName: 'Sam', lastName: 'Okafor' },
  });
  const token = (await outboxLink('mia@lighthousebooks.example')).match(/vt_inv_[\w-]+/)![0];
  await vitrine.invitations.accept(token, {});
}

function watch(ctx: BrowserContext) {
  ctx.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  ctx.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
  ctx.on('request', (request) => {
    pending.push(
      request
        .allHeaders()
        .then((headers) => {
          const sent = [request.url(), JSON.stringify(headers), request.postData() ?? ''].join(
            '\n',
          );
          if (sent.includes(api.secretKey))
            leaks.push(`request ${request.method()} ${request.url()}`);
          if (request.url().startsWith(api.url) && headers.authorization) {
            apiAuthorizations.add(headers.authorization.replace(/^Bearer (\w+?_\w+?)_.*$/, '$1'));
          }
        })
        .catch(() => {}),
    );
  });
  ctx.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(api.url) && !url.includes('/portal-api/')) return;
    pending.push(
      response
        .text()
        .then((body) => {
          if (body.includes(api.secretKey)) leaks.push(`response ${url}`);
        })
        .catch(() => {}),
    );
  });
}

async function expectAccessible(page: Page, label: string) {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.map((n: any) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  }, axeTags);
  expect(violations, `axe on ${label}`).toEqual([]);
}

async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: `${shots}/portal-${name}.png`,
    fullPage: true,
    animations: 'disabled',
  });
}

/** What the browser fires when a user switches back to a tab; the widgets refetch on it. */
async function returnTo(page: Page) {
  await page.bringToFront();
  await page.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    window.dispatchEvent(new Event('focus'));
  });
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  const port = await freePort();
  api = await startApi({ inviteUrlTemplate: `http://127.0.0.1:${port}/invite/{token}` });
  await seedClients();
  portal = await startPortal({ port, apiUrl: api.url, secretKey: api.secretKey });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'en-US',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  watch(context);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await portal?.close();
  await api?.close();
});

it('onboards a client: list, create, turn on access, accept the invitation, see it active', async () => {
  const admin$ = await context.newPage();

  // The client list: first page, "Load more", search.
  await admin$.goto(`${portal.url}/`);
  await admin$.waitForURL(`${portal.url}/clients`);
  await admin$.getByRole('heading', { level: 1, name: 'Clients' }).waitFor();
  const rows = admin$.locator('table tbody tr');
  await expect.poll(() => rows.count()).toBe(10);
  await expect.poll(() => admin$.getByText('Active', { exact: true }).count()).toBe(1);
  await expect.poll(() => admin$.getByText('Invite sent', { exact: true }).count()).toBe(1);
  await admin$.getByRole('button', { name: 'Load more' }).click();
  await admin$.getByText(`All ${existing.length} clients shown`).waitFor();
  await expect.poll(() => rows.count()).toBe(existing.length);
  await expectAccessible(admin$, 'the client list');
  await shot(admin$, 'clients');

  const search = admin$.getByRole('searchbox', { name: 'Search clients' });
  await search.fill('no such client');
  await admin$.getByRole('heading', { name: 'No clients match “no such client”' }).waitFor();
  await admin$.getByRole('button', { name: 'Clear search' }).click();
  await expect.poll(() => rows.count()).toBe(10);

  // New client, with the ClientForm widget.
  await admin$.getByRole('link', { name: 'New client' }).click();
  await admin$.getByRole('heading', { level: 1, name: 'New client' }).waitFor();
  await admin$.getByLabel('Client name').fill(client.name);
  await admin$.getByLabel(/^Reference ID/).fill(client.referenceId);
  await admin$.getByLabel(/^Description/).fill(client.description);
  await admin$.getByRole('button', { name: 'Create client' }).click();
  await admin$.waitForURL(/\/clients\/cl_/);
  await admin$.getByText(`${client.name} was added.`, { exact: false }).waitFor();

  // Back to the list, find it, open it.
  await admin$
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await search.fill('riverbend');
  await expect.poll(() => rows.count()).toBe(1);
  await admin$.getByRole('link', { name: new RegExp(client.name) }).click();
  await admin$.getByRole('heading', { level: 1, name: client.name }).waitFor();
  const detailUrl = admin$.url();
  // Proves later that the page was never reloaded.
  await admin$.evaluate(() => {
    (window as any).__sameDocument = true;
  });

  // Turn on access with the keyboard only: Tab from the form to the switch, Space, type, Enter.
  const toggle = admin$.getByRole('switch', { name: `Storefronts access for ${client.name}` });
  await expect.poll(() => toggle.isEnabled()).toBe(true);
  await expect.poll(() => admin$.getByLabel('Client name').inputValue()).toBe(client.name);
  await expectAccessible(admin$, 'the client detail page');
  await admin$.getByRole('button', { name: 'Save changes' }).focus();
  await admin$.keyboard.press('Tab');
  expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
  await admin$.keyboard.press('Space');
  const dialog = admin$.getByRole('dialog', { name: 'Turn on Storefronts access' });
  await dialog.waitFor();
  await expect
    .poll(() => admin$.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type))
    .toBe('email');
  await expectAccessible(admin$, 'the enable-access dialog');
  await admin$.keyboard.type(admin.email);
  await admin$.keyboard.press('Tab');
  await admin$.keyboard.type(admin.firstName);
  await admin$.keyboard.press('Tab');
  await admin$.keyboard.type(admin.lastName);
  await admin$.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await admin$.getByText('Invite sent', { exact: true }).waitFor();
  await admin$.getByText(`Access is on. An invitation was sent to ${admin.email}.`).waitFor();
  expect(await toggle.getAttribute('aria-checked')).toBe('true');
  await shot(admin$, 'detail-invited');

  // The invited admin opens the link from the email.
  const link = await outboxLink(admin.email);
  expect(link.startsWith(`${portal.url}/invite/vt_inv_`)).toBe(true);
  const invite$ = await context.newPage();
  // The invitation page is public: it must not obtain the provider's session.
  const inviteSessions: string[] = [];
  invite$.on('request', (request) => {
    if (request.url().includes('/portal-api/')) inviteSessions.push(request.url());
  });
  await invite$.goto(link);
  await invite$.getByRole('heading', { name: `Join ${client.name}` }).waitFor();
  await invite$.getByText(`Northwind Print Co. invited ${admin.email}`, { exact: false }).waitFor();
  await expectAccessible(invite$, 'the invitation page');
  await shot(invite$, 'invite');
  await invite$.getByRole('button', { name: 'Accept invitation' }).click();
  await invite$.getByRole('heading', { name: 'What happens next' }).waitFor();
  await invite$.getByText(`You’re in. Your access to ${client.name} is active.`).waitFor();
  await expectAccessible(invite$, 'the accepted invitation');
  await shot(invite$, 'invite-accepted');
  expect(inviteSessions).toEqual([]);

  // Back in the admin tab, without reloading: the widget refetches when the tab is shown again.
  expect(admin$.url()).toBe(detailUrl);
  await returnTo(admin$);
  // Refetch on focus makes this immediate; the access widget's 30 s poll is the fallback.
  await admin$.getByText('Active', { exact: true }).waitFor({ timeout: 35_000 });
  await admin$.getByText(/^Active since /).waitFor();
  expect(await admin$.evaluate(() => (window as any).__sameDocument)).toBe(true);
  await shot(admin$, 'detail-active');

  // The language switch reaches the widgets and the portal alike.
  await admin$.getByLabel('Language').selectOption('de');
  await admin$.getByRole('heading', { name: catalogs.de['access.title'] }).waitFor();
  await admin$.getByText(catalogs.de['access.state.active'], { exact: true }).waitFor();
  expect(await admin$.evaluate(() => document.documentElement.lang)).toBe('de');
  await admin$.getByLabel('Sprache').selectOption('en');
  await admin$.getByRole('heading', { name: 'Storefronts access' }).waitFor();

  await Promise.all(pending);
  expect(leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect([...apiAuthorizations]).toEqual(['vt_ses']);
  expect(problems, 'console and page errors').toEqual([]);
});
