import { createVitrine, isApiError } from '@vitrine/sdk';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { signInCookie } from '../server/backend.js';
import { type RunningApi, startApi } from './support/api.js';
import {
  createWatcher,
  expectAccessible,
  launchChromium,
  newContext,
  outboxLink,
  returnTo,
  shot,
} from './support/browser.js';
import { freePort, type RunningPortal, startPortal } from './support/portal.js';

/**
 * Roles in the client area: the client's admin invites an order manager with the UserManager
 * widget; the order manager sees the team but no way to change it, and the API refuses them too.
 */

let api: RunningApi;
let portal: RunningPortal;
let browser: Browser;
const contexts: BrowserContext[] = [];
let watcher: ReturnType<typeof createWatcher>;
let clientId: string;

const client = { name: 'Copperline Cycles', referenceId: 'CPL-0311' };
const admin = { email: 'maya@copperline.example', firstName: 'Maya', lastName: 'Chen' };
const orderManager = { email: 'olu@copperline.example', firstName: 'Olu', lastName: 'Adeyemi' };

beforeAll(async () => {
  const port = await freePort();
  api = await startApi({ inviteUrlTemplate: `http://127.0.0.1:${port}/invite/{token}` });
  // The provider's side, through the API: a client with Storefronts access, its admin invited.
  const vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
  clientId = (await vitrine.clients.create(client)).id;
  await vitrine.access.enable(clientId, { admin });
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

/** A separate browser profile: its own cookies, as for a different person. */
async function person(): Promise<Page> {
  const context = await newContext(browser);
  watcher.watch(context);
  contexts.push(context);
  return context.newPage();
}

/** Opens the emailed link, accepts, and follows "Open your team page" (accepting signs in). */
async function acceptAndOpenTeam(page: Page, email: string) {
  await page.goto(await outboxLink(api.url, email));
  await page.getByRole('heading', { name: `Join ${client.name}` }).waitFor();
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  const open = page.getByRole('link', { name: 'Open your team page' });
  await open.waitFor();
  // The Accept button is gone; keyboard focus moves on to what comes next.
  await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);
  await open.click();
  await page.waitForURL(`${portal.url}/account/team`);
  await page.getByRole('heading', { level: 1, name: client.name }).waitFor();
}

it('an admin invites an order manager, who sees the team but may not change it', async () => {
  // The client's admin accepts their invitation and lands on the team page, signed in.
  const admin$ = await person();
  await acceptAndOpenTeam(admin$, admin.email);
  const adminHeader = admin$.getByRole('banner');
  await adminHeader.getByText(`${admin.firstName} ${admin.lastName}`).waitFor();
  await adminHeader.getByText('Admin', { exact: true }).waitFor();
  // The sign-in cookie is out of the page's reach.
  const [cookie] = (await admin$.context().cookies()).filter((c) => c.name === signInCookie.name);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: signInCookie.path });
  expect(await admin$.evaluate(() => document.cookie)).not.toContain(signInCookie.name);

  const team = admin$.getByRole('region', { name: 'Team' });
  await team.getByRole('row', { name: /Maya Chen \(you\)/ }).waitFor();

  // Invite an order manager with the UserManager widget.
  await team.getByRole('button', { name: 'Invite people' }).click();
  const dialog = admin$.getByRole('dialog', { name: 'Invite people' });
  await dialog.waitFor();
  await dialog.getByLabel('Email', { exact: true }).fill(orderManager.email);
  await dialog.getByLabel('First name').fill(orderManager.firstName);
  await dialog.getByLabel('Last name').fill(orderManager.lastName);
  await dialog.getByRole('radio', { name: /^Order manager/ }).check();
  await expectAccessible(admin$, 'the invite dialog');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await dialog.waitFor({ state: 'detached' });
  await team.getByText(`Invitation sent to ${orderManager.email}.`).waitFor();
  const omRow = team.getByRole('row', { name: /Olu Adeyemi/ });
  await omRow.getByText('Order manager', { exact: true }).waitFor();
  await omRow.getByText('Invite sent', { exact: true }).waitFor();
  await expectAccessible(admin$, 'the team page (admin)');
  await shot(admin$, 'team-admin');
  await admin$.setViewportSize({ width: 390, height: 844 });
  await shot(admin$, 'team-admin-mobile');
  await admin$.setViewportSize({ width: 1280, height: 860 });

  // The order manager, in a browser of their own, follows the emailed link.
  const om$ = await person();
  await acceptAndOpenTeam(om$, orderManager.email);
  const omHeader = om$.getByRole('banner');
  await omHeader.getByText(`${orderManager.firstName} ${orderManager.lastName}`).waitFor();
  await omHeader.getByText('Order manager', { exact: true }).waitFor();

  // They see the team…
  const omTeam = om$.getByRole('region', { name: 'Team' });
  await omTeam.getByText('Only admins can change the team.').waitFor();
  await omTeam.getByRole('row', { name: /Maya Chen/ }).waitFor();
  await omTeam.getByRole('row', { name: /Olu Adeyemi \(you\)/ }).waitFor();
  await om$.getByText('To change the team, ask an admin: Maya Chen.').waitFor();
  // …but the widget offers no way to change it.
  expect(await omTeam.getAttribute('data-mode')).toBe('read-only');
  expect(await omTeam.getByRole('button').count()).toBe(0);
  expect(await omTeam.getByRole('columnheader', { name: 'Actions' }).count()).toBe(0);
  for (const action of ['Invite people', 'Change role', 'Resend invite', 'Revoke invite', 'Remove'])
    expect(await om$.getByRole('button', { name: action }).count(), action).toBe(0);
  await expectAccessible(om$, 'the team page (order manager)');
  await shot(om$, 'team-order-manager');

  // And the API refuses it, whatever the page shows: the order manager's own session token,
  // fetched by the page as the SDK does, cannot invite anyone. (The refused call is made from
  // here rather than the page, so the browser's console stays free of the expected 403.)
  const session = await om$.evaluate(async () => {
    const response = await fetch('/portal-api/client/session', { method: 'POST' });
    return (await response.json()) as { token: string; expiresAt: string };
  });
  expect(Object.keys(session).sort()).toEqual(['expiresAt', 'token']);
  const asOrderManager = createVitrine({ baseUrl: api.url, session: async () => session });
  await expect(asOrderManager.sessions.current()).resolves.toMatchObject({
    scope: 'client',
    clientId,
    role: 'order_manager',
  });
  const refused = await asOrderManager.users
    .invite(clientId, {
      email: 'someone@copperline.example',
      firstName: 'Some',
      lastName: 'One',
      role: 'admin',
    })
    .catch((error: unknown) => error);
  expect(isApiError(refused) && [refused.status, refused.code]).toEqual([403, 'forbidden']);
  // Reading the team is allowed, and nobody was added.
  const { data } = await asOrderManager.users.list(clientId);
  expect(data.map((user) => user.email).sort()).toEqual([admin.email, orderManager.email].sort());

  // Back in the admin's browser, the order manager shows as active.
  await returnTo(admin$);
  await omRow.getByText('Active', { exact: true }).waitFor();

  // Signing out ends the sign-in and drops the cookie.
  await omHeader.getByRole('button', { name: 'Sign out' }).click();
  await om$.getByRole('heading', { level: 1, name: 'You’re signed out' }).waitFor();
  expect((await om$.context().cookies()).map((c) => c.name)).not.toContain(signInCookie.name);
  await expectAccessible(om$, 'the signed-out page');
  await shot(om$, 'team-signed-out');

  await watcher.settle();
  expect(watcher.leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect([...watcher.apiAuthorizations]).toEqual(['vt_ses']);
  expect(watcher.problems, 'console and page errors').toEqual([]);
});
