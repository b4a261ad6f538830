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
      code === 0
        ? done()
        : fail(new Error(`storybook build exited with ${code}\n${log.slice(-4000)}`)),
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
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    // Browsers ask for /favicon.ico on their own; Storybook ships an SVG one.
    if (path === '/favicon.ico') path = '/favicon.svg';
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
  tags?: string[];
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
  /** Console errors and uncaught exceptions of the page while the story ran. */
  consoleErrors: string[];
  /** Violations the a11y addon found inside Storybook. */
  addonViolations: string[];
}

/**
 * Runs in the page before Storybook: the preview assigns its channel to
 * `window.__STORYBOOK_ADDONS_CHANNEL__`, and a setter there subscribes before the first event.
 * Plain JavaScript in a string, so no bundler helper leaks into the page.
 */
const watchChannel = `(() => {
  const outcome = { finished: null, failures: [] };
  window.__storyOutcome = outcome;
  const describe = (kind, e) =>
    kind + ': ' + (e && (e.message || e.title) || String(e)) +
    (e && e.description ? ' ' + e.description : '') + (e && e.stack ? '\\n' + e.stack : '');
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storyFinished', (event) => { outcome.finished = event; });
      value.on('playFunctionThrewException', (e) => outcome.failures.push(describe('play function', e)));
      value.on('storyThrewException', (e) => outcome.failures.push(describe('render', e)));
      value.on('storyErrored', (e) => outcome.failures.push(describe('story', e)));
      value.on('storyMissing', (id) => outcome.failures.push('missing story: ' + id));
      value.on('unhandledErrorsWhilePlaying', (errors) => {
        for (const e of errors) outcome.failures.push(describe('unhandled while playing', e));
      });
    },
  });
})();`;

interface PageOutcome {
  finished: {
    storyId: string;
    status: 'success' | 'error';
    reporters: { type: string; result?: { violations?: { id: string; nodes: unknown[] }[] } }[];
  } | null;
  failures: string[];
}

/**
 * One Storybook preview page that shows story after story, the way the Storybook UI switches
 * stories in its iframe: the page (and the in-browser database it starts) is reused, each story
 * still renders from scratch with a server of its own. After a failed story the page is reloaded.
 */
export class StoryViewer {
  readonly page: Page;
  #url: string;
  #consoleErrors: string[] = [];
  #fresh = true;
  #globals: string;

  private constructor(page: Page, url: string, globals: Record<string, string>) {
    this.page = page;
    this.#url = url;
    // Storybook's URL form of globals: `locale:fr;theme:dark`.
    this.#globals = Object.entries(globals)
      .map(([key, value]) => `${key}:${value}`)
      .join(';');
    page.on('console', (message) => {
      if (message.type() === 'error') this.#consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.#consoleErrors.push(`uncaught: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400)
        this.#consoleErrors.push(`${response.status()} ${response.url()}`);
    });
  }

  static async open(
    browser: Browser,
    url: string,
    viewport = { width: 1024, height: 768 },
    globals: Record<string, string> = {},
    /** Fixes the page's Date.now (timers still run), so relative dates hold still. */
    time?: Date,
  ): Promise<StoryViewer> {
    const context = await browser.newContext({
      viewport,
      reducedMotion: 'reduce',
      timezoneId: 'UTC',
      locale: 'en-US',
    });
    await context.addInitScript(watchChannel);
    const page = await context.newPage();
    if (time) await page.clock.setFixedTime(time);
    return new StoryViewer(page, url, globals);
  }

  /** Shows a story and waits until Storybook reports it finished (play function and a11y included). */
  async show(id: string, timeout = 60_000): Promise<StoryOutcome> {
    this.#consoleErrors = [];
    if (this.#fresh) {
      const globals = this.#globals ? `&globals=${encodeURIComponent(this.#globals)}` : '';
      await this.page.goto(
        `${this.#url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story${globals}`,
      );
      this.#fresh = false;
    } else {
      await this.page.evaluate((storyId) => {
        const state = (window as unknown as { __storyOutcome: PageOutcome }).__storyOutcome;
        state.finished = null;
        state.failures = [];
        const channel = (
          window as unknown as {
            __STORYBOOK_ADDONS_CHANNEL__: { emit(e: string, p: unknown): void };
          }
        ).__STORYBOOK_ADDONS_CHANNEL__;
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, id);
    }
    try {
      await this.page.waitForFunction(
        (storyId) =>
          (window as unknown as { __storyOutcome?: PageOutcome }).__storyOutcome?.finished
            ?.storyId === storyId,
        id,
        { timeout },
      );
    } catch (error) {
      this.#fresh = true;
      throw error;
    }
    const outcome = await this.page.evaluate(() => {
      const state = (window as unknown as { __storyOutcome: PageOutcome }).__storyOutcome;
      const a11y = state.finished!.reporters.find((r) => r.type === 'a11y')?.result;
      return {
        status: state.finished!.status,
        failures: [...state.failures],
        addonViolations: (a11y?.violations ?? []).map((v) => `${v.id} (${v.nodes.length})`),
      };
    });
    const result = { ...outcome, consoleErrors: [...this.#consoleErrors] };
    if (result.status !== 'success' || result.failures.length > 0) this.#fresh = true;
    return result;
  }

  close() {
    return this.page.context().close();
  }
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
