import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
export const storiesDir = fileURLToPath(new URL('..', import.meta.url));

/** `storybook build` of this workspace into `outDir`. */
export async function buildStorybook(outDir: string): Promise<void> {
  const bin = join(require.resolve('storybook/package.json'), '..', 'dist/bin/dispatcher.js');
  await new Promise<void>((done, fail) => {
    const child = spawn(process.execPath, [bin, 'build', '--output-dir', outDir, '--quiet'], {
      cwd: storiesDir,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => {
      log += chunk;
    });
    child.stderr.on('data', (chunk) => {
      log += chunk;
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`storybook build exited with ${code}\n${log.slice(-4000)}`)),
    );
  });
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a directory on 127.0.0.1 at a free port, nothing else. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export function launchChromium(): Promise<Browser> {
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

export interface IndexEntry {
  id: string;
  title: string;
  name: string;
  type: 'story' | 'docs';
}

export async function readIndex(url: string): Promise<IndexEntry[]> {
  const response = await fetch(`${url}/index.json`);
  if (!response.ok) throw new Error(`index.json: ${response.status}`);
  const index = (await response.json()) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries);
}

export interface StoryOutcome {
  /** Storybook's own verdict once loaders, render, play and the a11y addon are done. */
  status: 'success' | 'error';
  /** Render, loader and play-function failures, as Storybook reported them. */
  failures: string[];
  /** Console errors and uncaught exceptions of the page. */
  consoleErrors: string[];
  /** Violations found by the a11y addon inside Storybook. */
  addonViolations: string[];
}

declare global {
  interface Window {
    __storyOutcome?: {
      finished: { status: 'success' | 'error'; reporters: { type: string; result?: unknown }[] } | null;
      failures: string[];
    };
  }
}

/**
 * Listens to the Storybook channel from the first moment the page runs: the preview assigns it
 * to `window.__STORYBOOK_ADDONS_CHANNEL__`, and a setter there subscribes before any event.
 */
function watchChannel() {
  const outcome: NonNullable<Window['__storyOutcome']> = { finished: null, failures: [] };
  window.__storyOutcome = outcome;
  const describe = (kind: string, error: unknown) => {
    const e = error as { message?: string; stack?: string; title?: string; description?: string };
    return `${kind}: ${e?.message ?? e?.title ?? String(error)}${e?.description ? ` ${e.description}` : ''}${e?.stack ? `\n${e.stack}` : ''}`;
  };
  let channel: unknown;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: { on(event: string, listener: (...args: unknown[]) => void): void }) {
      channel = value;
      value.on('storyFinished', (event) => {
        outcome.finished = event as NonNullable<typeof outcome.finished>;
      });
      value.on('playFunctionThrewException', (e) => outcome.failures.push(describe('play function', e)));
      value.on('storyThrewException', (e) => outcome.failures.push(describe('render', e)));
      value.on('storyErrored', (e) => outcome.failures.push(describe('story', e)));
      value.on('storyMissing', (id) => outcome.failures.push(`missing story: ${String(id)}`));
      value.on('unhandledErrorsWhilePlaying', (errors) => {
        for (const e of errors as unknown[]) outcome.failures.push(describe('unhandled while playing', e));
      });
    },
  });
}

/** Opens one story in its own page and waits until Storybook says it is finished. */
export async function openStory(
  browser: Browser,
  url: string,
  id: string,
  options: { viewport?: { width: number; height: number }; timeout?: number } = {},
): Promise<{ page: Page; outcome: StoryOutcome; close: () => Promise<void> }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1024, height: 768 },
    reducedMotion: 'reduce',
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  await page.addInitScript(watchChannel);
  await page.goto(`${url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
  await page.waitForFunction(() => window.__storyOutcome?.finished != null, null, {
    timeout: options.timeout ?? 60_000,
  });
  const finished = await page.evaluate(() => {
    const outcome = window.__storyOutcome!;
    const a11y = outcome.finished!.reporters.find((r) => r.type === 'a11y')?.result as
      | { violations?: { id: string; nodes: unknown[] }[] }
      | undefined;
    return {
      status: outcome.finished!.status,
      failures: outcome.failures,
      addonViolations: (a11y?.violations ?? []).map((v) => `${v.id} (${v.nodes.length})`),
    };
  });
  return {
    page,
    outcome: { ...finished, consoleErrors },
    close: () => context.close(),
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe-core over the story's page: WCAG 2.x A and AA rules, colour contrast included. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(
      // Storybook's own error and docs layers are not part of the story.
      { exclude: [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']] },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  }, wcagTags);
}
