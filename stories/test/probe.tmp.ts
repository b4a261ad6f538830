import { launchChromium, openStory, serveStatic } from './harness.js';
const server = await serveStatic('/tmp/sb-out');
const browser = await launchChromium();
for (const id of ['widgets-clientform--create', 'widgets-clientform--filled']) {
  const t0 = Date.now();
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  page.on('requestfailed', (r) => console.log('failed', r.url()));
  page.on('response', (r) => { if (r.status() >= 400) console.log('status', r.status(), r.url()); });
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 200)));
  await page.goto(`${server.url}/iframe.html?id=${id}&viewMode=story`);
  console.log('loaded', Date.now() - t0);
  await page.waitForSelector('.vt-root', { timeout: 60000 });
  console.log('root', Date.now() - t0);
  await page.waitForTimeout(100);
  const perf = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop()} ${Math.round(e.startTime)}-${Math.round(e.responseEnd)}`).filter(s=>/wasm|data/.test(s)));
  console.log(perf);
  await ctx.close();
}
const s = await openStory(browser, server.url, 'widgets-clientform--create');
console.log(s.outcome);
await browser.close(); await server.close();
