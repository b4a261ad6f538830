import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const shots = '/tmp/vitrine-shots';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Debian's Chromium unless `CHROMIUM_PATH` says otherwise. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(shots, { recursive: true });
  return chromium.launch({
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
}

export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 860 },
    locale: 'en-US',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * Watches browser contexts for console and page errors, for any request or response carrying
 * the secret key, and for the kinds of credentials sent to the API.
 */
export function createWatcher(api: { url: string; secretKey: string }) {
  const problems: string[] = [];
  const leaks: string[] = [];
  const pending: Promise<unknown>[] = [];
  /** Each check by label, and whether it has finished. */
  const checks = new Map<string, boolean>();
  const track = (label: string, check: Promise<unknown>) => {
    const key = `${checks.size + 1}. ${label}`;
    checks.set(key, false);
    pending.push(check.finally(() => checks.set(key, true)));
  };
  /** Credential prefixes seen on API requests, e.g. `vt_ses`. */
  const apiAuthorizations = new Set<string>();

  function watch(ctx: BrowserContext) {
    ctx.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    ctx.on('weberror', (error) => problems.push(`page error: ${error.error().message}`));
    ctx.on('request', (request) => {
      track(
        `request ${request.method()} ${request.url()}`,
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
      track(
        `response ${response.status()} ${url}`,
        response
          .text()
          .then((body) => {
            if (body.includes(api.secretKey)) leaks.push(`response ${url}`);
          })
          .catch(() => {}),
      );
    });
  }

  return {
    watch,
    problems,
    leaks,
    apiAuthorizations,
    /** Waits for the checks of every request and response seen so far. */
    settle: async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stuck = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const open = [...checks].filter(([, done]) => !done).map(([label]) => label);
          reject(new Error(`Traffic that could not be checked:\n${open.join('\n')}`));
        }, 10_000);
      });
      try {
        await Promise.race([Promise.all(pending), stuck]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** axe-core on the whole page: WCAG 2.x A/AA and best practices, zero violations. */
export async function expectAccessible(page: Page, label: string) {
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

/** A full-page screenshot at `/tmp/vitrine-shots/portal-<name>.png`. */
export async function shot(page: Page, name: string) {
  await page.mouse.move(0, 0);
  await page.screenshot({
    path: `${shots}/portal-${name}.png`,
    fullPage: true,
    animations: 'disabled',
  });
}

/** The link in the newest email to `to`, from the API's development outbox. */
export async function outboxLink(apiUrl: string, to: string): Promise<string> {
  const response = await fetch(`${apiUrl}/dev/outbox?to=${encodeURIComponent(to)}`);
  const { data } = (await response.json()) as { data: Array<{ link: string | null }> };
  const link = data[0]?.link;
  if (!link) throw new Error(`No invitation email to ${to}`);
  return link;
}

/** What the browser fires when a user switches back to a tab; the widgets refetch on it. */
export async function returnTo(page: Page) {
  await page.bringToFront();
  await page.evaluate(() => {
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    window.dispatchEvent(new Event('focus'));
  });
}
