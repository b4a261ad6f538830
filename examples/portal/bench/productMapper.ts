/**
 * Benchmark (not a test): `npm run bench -w @vitrine/example-portal`.
 *
 * ProductMapper on the simulated Shopify shop with 10,045 variants against the one with 101, in
 * Chromium, in the portal's production build talking to the real API over HTTP (so the server's
 * work is off the page's main thread, as it is in production). For each store:
 *
 * - time to interactive: from a click on the store's name (the page changes in place) until the
 *   first rows are painted and the main thread is free again; the page is reloaded before each
 *   run so nothing is cached. Long tasks (≥ 50 ms) during that time are summed as "blocked", and
 *   the product list request's own time (Resource Timing) as "waiting for the API". Measured
 *   twice: right after the import, when the API's tables have no planner statistics yet, and
 *   after ANALYZE, as PostgreSQL's autovacuum would leave them (PGlite runs no autovacuum).
 * - keystroke: for each character typed into the search box, from the input event's timestamp
 *   to the moment after the next frame was painted, on the main thread. Keys come 350 ms apart,
 *   longer than the box's 300 ms pause, so every key starts a search and its results render
 *   while the next key is on its way.
 *
 * Times only compare within one run on one machine; the 10k/100 ratios are the point.
 *
 *   --runs N     time-to-interactive runs per store (default 5)
 *   --query TXT  what is typed (default "aurora tee")
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createVitrine } from '@vitrine/sdk';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { createPortalBackend } from '../server/backend.js';
import { startApi } from '../test/support/api.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    query: { type: 'string', default: 'aurora tee' },
  },
});
const runs = Number(values.runs);
const query = values.query!;
const root = fileURLToPath(new URL('..', import.meta.url));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]!;
};

console.log('Starting the API (development server, PGlite on disk) …');
const api = await startApi({ jobsIntervalMs: 3_600_000 });
const dirs: string[] = [];
const cleanups: (() => Promise<unknown>)[] = [() => api.close()];
try {
  const vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
  const client = await vitrine.clients.create({ name: 'Bench Prints', referenceId: 'BENCH-1' });
  const stores: Record<string, { id: string; name: string; variants: number }> = {};
  for (const shop of ['vitrine-demo', 'vitrine-big']) {
    // The shop's cost bucket would pace a 10k import for minutes; this measures the widget.
    api.simulators.shopify.setLimits(shop, {
      maximumAvailable: 1_000_000,
      restoreRate: 1_000_000,
    });
    const started = await vitrine.stores.authorize(client.id, { platform: 'shopify', shop });
    await fetch(await api.simulators.shopify.approve(started.authorizeUrl));
    const t0 = performance.now();
    await api.runJobs();
    const store = await vitrine.stores.get(started.store.id);
    console.log(
      `Synced ${shop}: ${store.productCount} products, ${store.variantCount} variants in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    stores[shop] = { id: store.id, name: store.name, variants: store.variantCount };
  }

  console.log('Building the portal for production …');
  const outDir = await mkdtemp(join(tmpdir(), 'portal-bench-'));
  dirs.push(outDir);
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    define: { 'import.meta.env.VITE_VITRINE_API_URL': JSON.stringify(api.url) },
    build: { outDir, emptyOutDir: true },
  });
  const backend = await createPortalBackend({
    apiUrl: api.url,
    secretKey: api.secretKey,
    log: () => {},
  }).listen();
  cleanups.push(() => backend.close());
  const server = await preview({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: {
      host: '127.0.0.1',
      port: 0,
      strictPort: false,
      proxy: { '/portal-api': backend.url },
    },
  });
  cleanups.push(() => new Promise((resolve) => server.httpServer.close(resolve)));
  const portalUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
  if (!portalUrl) throw new Error('The portal preview did not start');

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  cleanups.unshift(() => browser.close());
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx keeps function names with a helper that the page does not have.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();

  type Result = { tti: number[]; wait: number[]; blocked: number[]; keys: number[] };
  /** Every store's time to interactive (and the API's share of it), then its keystrokes. */
  async function measure(withKeys: boolean) {
    const results: Record<string, Result> = {};
    for (const shop of ['vitrine-demo', 'vitrine-big']) {
      const store = stores[shop]!;
      const result: Result = { tti: [], wait: [], blocked: [], keys: [] };
      results[shop] = result;
      for (let run = 0; run <= runs; run++) {
        await page.goto(`${portalUrl}/clients/${client.id}`);
        await page.getByRole('button', { name: store.name, exact: true }).waitFor();
        await page.waitForLoadState('networkidle');
        const measured = await timeToInteractive(page, store.name);
        // The first run warms the browser's code caches; it is not counted.
        if (run === 0) continue;
        result.tti.push(measured.ms);
        result.wait.push(measured.wait);
        result.blocked.push(measured.blocked);
      }
      if (withKeys) result.keys = await keystrokes(page, query);
    }
    return results;
  }

  // As the import leaves the database: its tables have no planner statistics yet.
  const synced = await measure(true);
  // As PostgreSQL's autovacuum would leave it a while later (PGlite has no autovacuum).
  for (const table of ['store_products', 'store_variants', 'variant_mappings', 'file_checks'])
    await api.db.query(`analyze ${table}`, []);
  const analyzed = await measure(false);
  await browser.close();
  cleanups.shift();
  if (process.env.BENCH_LOG)
    console.log(
      api.log
        .filter((l) => l.includes('/products'))
        .slice(-12)
        .join('\n'),
    );

  const small = synced['vitrine-demo']!;
  const big = synced['vitrine-big']!;
  const smallA = analyzed['vitrine-demo']!;
  const bigA = analyzed['vitrine-big']!;
  const rows: [string, number, number][] = [
    ['time to interactive, median (ms)', median(smallA.tti), median(bigA.tti)],
    ['  of which waiting for the API (ms)', median(smallA.wait), median(bigA.wait)],
    ['  main thread blocked (long tasks, ms)', median(smallA.blocked), median(bigA.blocked)],
    ['same, tables not analyzed since the import', median(small.tti), median(big.tti)],
    ['  of which waiting for the API (ms)', median(small.wait), median(big.wait)],
    ['keystroke → next paint, median (ms)', median(small.keys), median(big.keys)],
    ['keystroke → next paint, p95 (ms)', p95(small.keys), p95(big.keys)],
    ['keystroke → next paint, worst (ms)', Math.max(...small.keys), Math.max(...big.keys)],
  ];
  const header = [
    '',
    `${stores['vitrine-demo']!.variants} variants`,
    `${stores['vitrine-big']!.variants.toLocaleString('en')} variants`,
    '10k/100',
  ];
  const widths = [44, 14, 16, 8];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(
    `\nProductMapper in Chromium: median of ${runs} cold loads per store, ${small.keys.length} keystrokes typing "${query}"\n`,
  );
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const [label, a, b] of rows) {
    const ratio = a > 0 && !label.startsWith('  ') ? `${(b / a).toFixed(2)}x` : '';
    console.log(line([label, a.toFixed(1), b.toFixed(1), ratio]));
  }
  const ttiRatio = median(bigA.tti) / median(smallA.tti);
  const keyRatio = median(big.keys) / Math.max(1, median(small.keys));
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\nTargets (time to interactive with analyzed tables; as imported in brackets)');
  console.log(
    `  10k within 2x of 100     ${verdict(ttiRatio <= 2 && keyRatio <= 2)}: interactive ${ttiRatio.toFixed(2)}x (${(median(big.tti) / median(small.tti)).toFixed(2)}x), keystroke ${keyRatio.toFixed(2)}x`,
  );
  console.log(
    `  interactive < 300 ms     ${verdict(median(bigA.tti) < 300)}: 10k ${median(bigA.tti).toFixed(0)} ms (${median(big.tti).toFixed(0)} ms)`,
  );
  console.log(
    `  keystroke < 50 ms        ${verdict(p95(big.keys) < 50)}: 10k p95 ${p95(big.keys).toFixed(1)} ms, worst ${Math.max(...big.keys).toFixed(1)} ms`,
  );
} finally {
  for (const cleanup of cleanups) await cleanup().catch(() => {});
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
}

/**
 * Clicks the store's name in the page and waits for the mapper's first rows to be painted and the
 * main thread to be free: the time from the click, and the long tasks on the way.
 */
async function timeToInteractive(page: Page, storeName: string) {
  return page.evaluate(async (name) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === name);
    if (!button) throw new Error(`No button for ${name}`);
    let blocked = 0;
    const longTasks = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) blocked += entry.duration;
    });
    longTasks.observe({ type: 'longtask' });
    const ready = () =>
      document.querySelector(
        '.vt-ProductMapper-root[data-state="idle"] .vt-ProductMapper-body [role="row"]',
      ) !== null;
    const start = performance.now();
    button.click();
    await new Promise<void>((resolve) => {
      if (ready()) return resolve();
      const observer = new MutationObserver(() => {
        if (ready()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    // Painted: the frame after the rows; free: a task that runs once that frame is done.
    await new Promise<void>((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      }),
    );
    const ms = performance.now() - start;
    longTasks.disconnect();
    // The product list's request, as the browser timed it (CORS preflight included).
    const requests = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= start && /\/v1\/stores\/[^/]+\/products(\?|$)/.test(e.name));
    const wait = requests.length
      ? Math.max(...requests.map((e) => (e as PerformanceResourceTiming).responseEnd)) -
        Math.min(...requests.map((e) => e.startTime))
      : 0;
    return { ms, blocked, wait };
  }, storeName);
}

/**
 * Types `text` into the mapper's search box, a key every 350 ms, and answers each key's time
 * from its input event to the end of the next painted frame.
 */
async function keystrokes(page: Page, text: string): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search products' });
  await box.waitFor();
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('.vt-ProductMapper-search input');
    const samples: number[] = [];
    (window as unknown as { __keys: number[] }).__keys = samples;
    input?.addEventListener(
      'input',
      (event) => {
        const at = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - at);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  await box.click();
  for (const round of [text, '', text]) {
    if (round === '') {
      // Select all, then one Backspace: a real keystroke that empties the box.
      await box.press('ControlOrMeta+a');
      await box.press('Backspace');
      await page.waitForTimeout(800);
      continue;
    }
    await box.pressSequentially(round, { delay: 350 });
    await page.waitForTimeout(800);
  }
  return page.evaluate(() => (window as unknown as { __keys: number[] }).__keys);
}
