import german from '@vitrine/react/locales/de';
import { createVitrine } from '@vitrine/sdk';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningApi, startApi } from './support/api.js';
import {
  createWatcher,
  expectAccessible,
  launchChromium,
  newContext,
  outboxLink as outboxLinkOf,
  returnTo,
  shot,
} from './support/browser.js';
import { freePort, type RunningPortal, startPortal } from './support/portal.js';

let api: RunningApi;
let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let watcher: ReturnType<typeof createWatcher>;

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

const outboxLink = (to: string) => outboxLinkOf(api.url, to);

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

beforeAll(async () => {
  const port = await freePort();
  api = await startApi({ inviteUrlTemplate: `http://127.0.0.1:${port}/invite/{token}` });
  await seedClients();
  portal = await startPortal({ port, apiUrl: api.url, secretKey: api.secretKey });
  watcher = createWatcher(api);
  browser = await launchChromium();
  context = await newContext(browser);
  watcher.watch(context);
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
  const accessPanel = admin$.getByRole('region', { name: 'Storefronts access' });
  await accessPanel.getByText('Invite sent', { exact: true }).waitFor();
  await admin$.getByText(`Access is on. An invitation was sent to ${admin.email}.`).waitFor();
  expect(await toggle.getAttribute('aria-checked')).toBe('true');
  // With access on, the client's team appears: their admin, invited.
  const team = admin$.getByRole('region', { name: 'Team' });
  const adminRow = team.getByRole('row', {
    name: new RegExp(`${admin.firstName} ${admin.lastName}`),
  });
  await adminRow.getByText('Invite sent', { exact: true }).waitFor();
  await shot(admin$, 'detail-invited');

  // The invited admin opens the link from the email.
  const link = await outboxLink(admin.email);
  expect(link.startsWith(`${portal.url}/invite/vt_inv_`)).toBe(true);
  const invite$ = await context.newPage();
  // The invitation page is public: it must not obtain the provider's session. Accepting signs
  // the new admin in to the client area (the demo's stand-in for a real sign-in).
  const portalCalls: string[] = [];
  invite$.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/portal-api/')) portalCalls.push(url.pathname);
  });
  await invite$.goto(link);
  await invite$.getByRole('heading', { name: `Join ${client.name}` }).waitFor();
  await invite$.getByText(`Northwind Print Co. invited ${admin.email}`, { exact: false }).waitFor();
  await expectAccessible(invite$, 'the invitation page');
  await shot(invite$, 'invite');
  await invite$.getByRole('button', { name: 'Accept invitation' }).click();
  await invite$.getByRole('heading', { name: 'What happens next' }).waitFor();
  await invite$.getByText(`You’re in. Your access to ${client.name} is active.`).waitFor();
  await invite$.getByRole('link', { name: 'Open your team page' }).waitFor();
  await expectAccessible(invite$, 'the accepted invitation');
  await shot(invite$, 'invite-accepted');
  expect(portalCalls).toEqual(['/portal-api/client/sign-in']);
  await invite$.close();

  // Back in the admin tab, without reloading: the widget refetches when the tab is shown again.
  expect(admin$.url()).toBe(detailUrl);
  await returnTo(admin$);
  // Refetch on focus makes this immediate; the access widget's 30 s poll is the fallback.
  await accessPanel.getByText('Active', { exact: true }).waitFor({ timeout: 35_000 });
  await accessPanel.getByText(/^Active since /).waitFor();
  await adminRow.getByText('Active', { exact: true }).waitFor();
  expect(await admin$.evaluate(() => (window as any).__sameDocument)).toBe(true);
  // A provider session may manage every client's team.
  await team.getByRole('button', { name: 'Invite people' }).waitFor();
  await expectAccessible(admin$, 'the client detail page with its team');
  await shot(admin$, 'detail-active');

  // The language switch reaches the widgets and the portal alike.
  await admin$.getByLabel('Language').selectOption('de');
  await admin$.getByRole('heading', { name: german.messages['access.title'] }).waitFor();
  await admin$
    .getByRole('region', { name: german.messages['access.title'] })
    .getByText(german.messages['access.state.active'], { exact: true })
    .waitFor();
  expect(await admin$.evaluate(() => document.documentElement.lang)).toBe('de');
  await admin$.getByLabel('Sprache').selectOption('en');
  await admin$.getByRole('heading', { name: 'Storefronts access' }).waitFor();

  await watcher.settle();
  expect(watcher.leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect([...watcher.apiAuthorizations]).toEqual(['vt_ses']);
  expect(watcher.problems, 'console and page errors').toEqual([]);
});
