import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeServer } from '../src/node/server.js';
import type { TestServer } from '../testing/testServer.js';
import { startServer } from './support.js';

const redocBundle = readFileSync(
  createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js'),
  'utf8',
);

describe('the API reference page', () => {
  let server: Awaited<ReturnType<typeof startNodeServer>>;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'vitrine-docs-'));
    server = await startNodeServer({ port: 0, dataDir, log: () => {} });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the page and the renderer from this server, under a strict policy', async () => {
    const page = await fetch(`${server.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*(unsafe|https?:|\*)/);
    const html = await page.text();
    expect(html).toContain('<redoc spec-url="openapi.json"');
    // Nothing inline runs and nothing comes from elsewhere.
    expect(html).not.toMatch(/<script>|https?:\/\//);

    const script = await fetch(`${server.url}/docs/redoc.standalone.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe(redocBundle);
    // Compressed when the browser says it can read gzip.
    const compressed = await server.app.fetch(
      new Request(`${server.url}/docs/redoc.standalone.js`, {
        headers: { 'accept-encoding': 'gzip, br' },
      }),
    );
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    const bytes = new Uint8Array(await compressed.arrayBuffer());
    expect(bytes.length).toBeLessThan(redocBundle.length / 2);
    expect(gunzipSync(bytes).toString('utf8')).toBe(redocBundle);
  });

  it('renders every operation in Chromium without reaching past this server', async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(30_000);
      const elsewhere: string[] = [];
      const problems: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith(server.url) || url.startsWith('blob:') || url.startsWith('data:')) {
          return route.continue();
        }
        elsewhere.push(url);
        return route.abort();
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(`${server.url}/docs`);

      const doc = await (await fetch(`${server.url}/openapi.json`)).json();
      await page.getByRole('heading', { name: /^Vitrine API/ }).waitFor();
      // Each operation's summary is a heading of its own.
      const summaries = Object.values<Record<string, { summary: string }>>(doc.paths).flatMap(
        (methods) => Object.values(methods).map((operation) => operation.summary),
      );
      expect(summaries.length).toBeGreaterThan(70);
      const headings = await page.locator('h2').allInnerTexts();
      for (const summary of summaries) expect(headings).toContain(summary);
      // Descriptions and examples from the description reach the page.
      const text = await page.locator('body').textContent();
      expect(text).toContain('Who may call:');
      expect(text).toContain('Northwind Traders');

      expect(elsewhere).toEqual([]);
      // Redoc's footer links Redocly's logo from its CDN; the policy keeps it from loading, and
      // nothing else is refused.
      const refused = problems.filter((text) => /Content Security Policy/i.test(text));
      expect(
        refused.filter((text) => !/^Loading the image 'https:\/\/cdn\.redoc\.ly\//.test(text)),
      ).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('the API reference page without a renderer', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it('links the description and says how to add the renderer', async () => {
    const page = await server.app.fetch(new Request('http://test/docs'));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('href="openapi.json"');
    expect(html).toContain('npm install redoc');
    const script = await server.app.fetch(new Request('http://test/docs/redoc.standalone.js'));
    expect(script.status).toBe(404);
    expect((await script.json()).error.code).toBe('route_not_found');
  });
});
