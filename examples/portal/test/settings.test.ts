import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messages, settings } from '@vitrine/react/locales/en';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { type RunningApi, startApi } from './support/api.js';
import {
  createWatcher,
  expectAccessible,
  launchChromium,
  newContext,
  shot,
} from './support/browser.js';
import { freePort, type RunningPortal, startPortal } from './support/portal.js';

/**
 * The provider's Settings page against the real API: staff choose the production connection, add
 * a postback endpoint pointing at their own receiver, copy its signing secret, send a test event
 * and see it delivered in the log, while the receiver verifies the signature with the Standard
 * Webhooks library.
 */

let api: RunningApi;
let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let watcher: ReturnType<typeof createWatcher>;
let receiver: Server;
let receiverUrl: string;

const en = { ...messages, ...settings };
/** What the receiver got, and whether the signature held, in arrival order. */
const arrivals: { verified: boolean; payload: unknown; messageId: string | undefined }[] = [];
/** The secret the staff copied from the page, as they would paste it into their receiver. */
let secret: string | null = null;

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(
        Object.entries(request.headers).map(([k, v]) => [k, String(v)]),
      );
      try {
        if (!secret) throw new Error('no secret yet');
        const payload = new Webhook(secret).verify(body, headers);
        arrivals.push({ verified: true, payload, messageId: headers['webhook-id'] });
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end(`verified ${headers['webhook-id']}`);
      } catch {
        arrivals.push({ verified: false, payload: body, messageId: headers['webhook-id'] });
        response.writeHead(401, { 'content-type': 'text/plain' });
        response.end('signature did not verify');
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/northwind/hooks`;

  const port = await freePort();
  api = await startApi({ jobsIntervalMs: 3_600_000 });
  portal = await startPortal({ port, apiUrl: api.url, secretKey: api.secretKey });
  watcher = createWatcher(api);
  browser = await launchChromium();
  context = await newContext(browser);
  watcher.watch(context);
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await portal?.close();
  await api?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

it('adds an endpoint at the provider’s receiver, sends a test event and sees it delivered and verified', async () => {
  onTestFailed(async () => {
    await shot(page, 'settings-failed');
    console.log(api.log.slice(-40).join('\n'));
  });
  // The first load compiles the app on demand: slow on a busy machine.
  await page.goto(`${portal.url}/clients`, { timeout: 60_000 });
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.waitForURL(`${portal.url}/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  expect(await page.title()).toBe('Settings · Northwind Print Co.');

  // The production connection: the provider's own system, fed by postbacks.
  const production = page.getByRole('region', { name: en['production.title'] });
  await production.getByLabel(en['production.kind.postbacks']).check();
  await production.getByRole('button', { name: en['production.save'] }).click();
  await production.getByText(en['production.saved']).waitFor();
  await production.getByText(en['production.current.postbacks']).waitFor();

  // A new endpoint, by keyboard, at the receiver.
  const postbacks = page.getByRole('region', { name: en['postbacks.title'] });
  await postbacks.getByText(en['postbacks.empty']).waitFor();
  await postbacks.getByRole('button', { name: en['postbacks.add'] }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: en['postbacks.form.createTitle'] });
  await dialog.getByLabel(en['postbacks.form.url']).fill(receiverUrl);
  await dialog.getByLabel('order.received').check();
  await dialog.getByLabel(en['postbacks.form.url']).press('Enter');

  const secretDialog = page.getByRole('alertdialog', { name: en['postbacks.secret.createdTitle'] });
  await secretDialog.getByText(/you will not see it again/).waitFor();
  await expectAccessible(page, 'the signing secret, shown once');
  secret = await secretDialog
    .getByRole('textbox', { name: en['postbacks.secret.label'] })
    .inputValue();
  expect(secret).toMatch(/^whsec_/);
  await secretDialog.getByRole('button', { name: en['postbacks.secret.done'] }).click();
  await expect.poll(() => page.getByText(secret!).count()).toBe(0);

  // "Send test event": delivered, and the receiver verified it.
  await postbacks.getByRole('heading', { name: receiverUrl }).waitFor();
  await postbacks.getByRole('button', { name: `Send test event to ${receiverUrl}` }).click();
  await postbacks.getByText(`Test event sent to ${receiverUrl}: Delivered (HTTP 200).`).waitFor();
  expect(arrivals).toEqual([
    {
      verified: true,
      payload: expect.objectContaining({ type: 'postback.test' }),
      messageId: expect.stringMatching(/^msg_/),
    },
  ]);

  const log = page.getByRole('region', { name: en['postbacks.log.title'] });
  const delivery = log
    .getByRole('listitem')
    .filter({ has: page.locator('code', { hasText: 'postback.test' }) });
  await delivery.getByText('Delivered (HTTP 200)').waitFor();
  await delivery.getByRole('button', { name: /^Details of postback.test/ }).click();
  await delivery.getByText(`verified ${arrivals[0]!.messageId}`).waitFor();
  await delivery.getByText(/sent by hand/).waitFor();
  await expectAccessible(page, 'the settings page with a delivered test event');

  await watcher.settle();
  expect(watcher.problems).toEqual([]);
  expect(watcher.leaks).toEqual([]);
});
