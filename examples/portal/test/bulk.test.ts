import { readFile } from 'node:fs/promises';
import { readCsv } from '@vitrine/csv';
import english from '@vitrine/react/locales/en';
import { createVitrine, type StoreVariant } from '@vitrine/sdk';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { type RunningApi, startApi } from './support/api.js';
import {
  createWatcher,
  expectAccessible,
  launchChromium,
  newContext,
  outboxLink,
  shot,
} from './support/browser.js';
import { freePort, type RunningPortal, startPortal } from './support/portal.js';

/**
 * Bulk mappings in the client area: the demo Shopify shop is connected and synced, its mapping
 * CSV exported from the store's bulk operations (linked from its products), filled in and saved
 * the way Excel saves it (Windows-1252, `;`), imported after a dry run, and the store's products
 * show what was mapped; then a file with bad rows gives an error report, changes nothing, and,
 * fixed, imports cleanly.
 */

let api: RunningApi;
let portal: RunningPortal;
let browser: Browser;
let context: BrowserContext;
let watcher: ReturnType<typeof createWatcher>;

const en = { ...english.messages, ...english.products, ...english.bulkCsv };
/** Business cards printed on one side: their one print area is `default`. */
const CARD = 'cards_pf_bb_pt_350-gsm-coated-silk_cl_4-0_ct_none_prt_none_sft_none_set_none_hor';
const art = (name: string) => `https://cdn.harborpine.example/art/${name}.pdf`;

beforeAll(async () => {
  const port = await freePort();
  api = await startApi({
    inviteUrlTemplate: `http://127.0.0.1:${port}/invite/{token}`,
    // Jobs run when the test says so: a queued import is seen waiting.
    jobsIntervalMs: 3_600_000,
  });
  portal = await startPortal({ port, apiUrl: api.url, secretKey: api.secretKey });
  watcher = createWatcher(api);
  browser = await launchChromium();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await portal?.close();
  await api?.close();
});

// ---- files as Excel writes them ------------------------------------------------------------

/** Windows-1252 bytes of text (Excel's "CSV" on Western Windows); what it cannot hold is `?`. */
function windows1252(text: string): Uint8Array {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return Uint8Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    const at = high.indexOf(ch);
    return at >= 0 ? 0x80 + at : 0x3f;
  });
}

/** Cells joined as Excel saves "CSV (semicolon)": quoted only when they need it, CRLF. */
const excelCsv = (rows: string[][]) =>
  rows
    .map((cells) =>
      cells.map((c) => (/[;"\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(';'),
    )
    .map((line) => `${line}\r\n`)
    .join('');

async function readRows(bytes: Uint8Array): Promise<string[][]> {
  const rows: string[][] = [];
  for await (const event of readCsv(bytes)) {
    if (event.type === 'header') rows.push(event.headers);
    else if (event.type === 'records') rows.push(...event.records);
  }
  return rows;
}

const saved = async (download: Download) =>
  new Uint8Array(await readFile((await download.path())!));

// ---- the page --------------------------------------------------------------------------------

async function signedInAdmin(email: string) {
  const vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
  const { id } = await vitrine.clients.create({
    name: 'Harbor & Pine Coffee Co.',
    referenceId: 'HPC-1042',
  });
  await vitrine.access.enable(id, { admin: { email, firstName: 'Sam', lastName: 'Okafor' } });
  context = await newContext(browser);
  watcher.watch(context);
  onTestFailed(async ({ task }) => {
    for (const [n, open] of context.pages().entries())
      await shot(open, `bulk-failed-${task.name.slice(0, 24).replace(/\W+/g, '-')}-${n}`);
    console.log(api.log.slice(-40).join('\n'));
  });
  const page = await context.newPage();
  await page.goto(await outboxLink(api.url, email));
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await page.getByRole('link', { name: 'Open your team page' }).click();
  await page.waitForURL(`${portal.url}/account/team`);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Stores' })
    .click();
  await page.waitForURL(`${portal.url}/account/stores`);
  return { page, vitrine };
}

/** Connect a store → Shopify → the demo shop, approved in the simulator's popup; then synced. */
async function connectDemoShop(page: Page) {
  await page.getByRole('button', { name: en['stores.connect.button'] }).click();
  const picker = page.getByRole('dialog', { name: en['stores.connect.title'] });
  await picker.getByRole('radio', { name: /^Shopify/ }).check();
  await picker.getByRole('button', { name: en['stores.connect.continue'] }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: en['stores.field.shopify.shop'] }).fill('vitrine-demo');
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    dialog.getByRole('button', { name: 'Continue to Shopify' }).click(),
  ]);
  await Promise.all([
    popup.waitForEvent('close'),
    popup.getByRole('button', { name: 'Authorize' }).click(),
  ]);
  const connected = dialog.getByRole('status').filter({ hasText: /is connected/ });
  await connected.waitFor();
  const name = ((await connected.textContent()) ?? '').replace(/ is connected\..*$/s, '');
  await dialog.getByRole('button', { name: en['stores.connect.done'] }).click();
  await api.runJobs();
  return name;
}

/** Waits until the store's import waits for a worker, and runs it. */
async function runImport(vitrine: ReturnType<typeof createVitrine>, storeId: string) {
  await expect
    .poll(
      async () =>
        (await vitrine.products.imports.list(storeId, { active: 'true' })).data[0]?.status,
      {
        timeout: 15_000,
      },
    )
    .toBe('queued');
  await api.runJobs();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The store's products page, from the bulk page's breadcrumb: the filter counts and each product's
 * "n of m mapped" follow what the API holds.
 */
async function expectProductsPage(
  page: Page,
  shopName: string,
  rows: string[][],
  mappedIds: string[],
) {
  await page
    .getByRole('navigation', { name: 'Breadcrumb' })
    .getByRole('link', { name: shopName })
    .click();
  await page.waitForURL(/\/account\/stores\/[^/]+\/products$/);
  const mapper = page.getByRole('region', { name: en['products.title'] });
  const total = rows.length - 1;
  await mapper
    .getByRole('button', { name: new RegExp(`^Mapped\\s*${mappedIds.length}$`) })
    .waitFor();
  await mapper
    .getByRole('button', { name: new RegExp(`^Unmapped\\s*${total - mappedIds.length}$`) })
    .waitFor();
  // Per product touched: how many of its variants are mapped now.
  const title = rows[0]!.indexOf('Product Title');
  const byProduct = new Map<string, { mapped: number; total: number }>();
  for (const cells of rows.slice(1)) {
    const entry = byProduct.get(cells[title]!) ?? { mapped: 0, total: 0 };
    entry.total += 1;
    if (mappedIds.includes(cells[0]!)) entry.mapped += 1;
    byProduct.set(cells[title]!, entry);
  }
  const table = mapper.getByRole('table');
  for (const [name, counts] of byProduct) {
    if (counts.mapped === 0) continue;
    await table
      .getByRole('row')
      .filter({
        has: page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}\\b`) }),
      })
      .getByText(`${counts.mapped} of ${counts.total} mapped`)
      .waitFor();
  }
}

async function mappedVariants(vitrine: ReturnType<typeof createVitrine>, storeId: string) {
  const variants: StoreVariant[] = [];
  for await (const product of vitrine.products.listAll(storeId, { mapping: 'mapped' })) {
    variants.push(...(product.variants ?? []));
  }
  return variants;
}

it('exports the mappings, imports them back from Excel, and fixes bad rows through the error report', async () => {
  const { page, vitrine } = await signedInAdmin('sam@harborpine.example');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const shopName = await connectDemoShop(page);

  // The store's products, and from there its bulk operations.
  await page.getByRole('button', { name: shopName, exact: true }).click();
  await page.waitForURL(/\/account\/stores\/[^/]+\/products$/);
  await page.getByRole('link', { name: 'Map products in bulk with a spreadsheet' }).click();
  await page.waitForURL(/\/account\/stores\/[^/]+\/bulk$/);
  const storeId = page.url().split('/').at(-2)!;
  await page.getByRole('heading', { level: 1, name: shopName }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Bulk operations' }).waitFor();
  expect(await page.title()).toBe(
    'Bulk operations · Harbor & Pine Coffee Co. · Northwind Print Co.',
  );
  const importer = page.getByRole('region', { name: en['bulkCsv.title'] });
  await importer.getByRole('button', { name: en['bulkCsv.download.export'] }).waitFor();
  await expectAccessible(page, 'the bulk operations page');
  await shot(page, 'bulk-start');

  // Export: every variant of the shop.
  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    importer.getByRole('button', { name: en['bulkCsv.download.export'] }).click(),
  ]);
  expect(exported.suggestedFilename()).toBe('mappings.csv');
  const rows = await readRows(await saved(exported));
  const header = rows[0]!;
  expect(header.slice(0, 7)).toEqual([
    'Variant ID',
    'Product Title',
    'Variant Title',
    'Options',
    'SKU',
    'Mapping Status',
    'Product UID',
  ]);
  expect(rows).toHaveLength(1 + 101);

  // Five rows filled in, saved by Excel: Windows-1252, semicolons.
  const uid = header.indexOf('Product UID');
  const designFile = header.indexOf('Design File URL');
  const filled = rows.map((cells, i) => {
    if (i === 0 || i > 5) return cells;
    const copy = [...cells];
    copy[uid] = CARD;
    copy[designFile] = art(`café-${i}`);
    return copy;
  });
  await importer.getByLabel(en['bulkCsv.drop.button']).setInputFiles({
    name: 'mappings (Excel).csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(windows1252(excelCsv(filled))),
  });
  await importer.getByText('101 rows: 101 ready, 0 with problems.', { exact: true }).waitFor();
  await importer.getByText(en['bulkCsv.format.encoding.windows-1252'], { exact: true }).waitFor();
  await importer.getByText(en['bulkCsv.format.separator.semicolon'], { exact: true }).waitFor();
  expect(workers.some((url) => url.includes('worker'))).toBe(true);
  await expectAccessible(page, 'the preview');
  await shot(page, 'bulk-preview');

  // The dry run changes nothing; the import maps the five.
  await importer.getByRole('button', { name: en['bulkCsv.check'] }).click();
  await runImport(vitrine, storeId);
  await importer.getByRole('heading', { name: en['bulkCsv.reviewed.title'] }).waitFor();
  await importer.getByText('5 variants will change.', { exact: true }).waitFor();
  expect(await mappedVariants(vitrine, storeId)).toEqual([]);
  await expectAccessible(page, 'the dry run');
  await shot(page, 'bulk-dry-run');
  await importer.getByRole('button', { name: 'Import 101 rows' }).click();
  await importer.getByText(en['bulkCsv.progress.queued'], { exact: true }).waitFor();
  await shot(page, 'bulk-importing');
  await runImport(vitrine, storeId);
  await importer.getByRole('heading', { name: en['bulkCsv.done.title'] }).waitFor();
  await importer.getByText('5 variants changed.', { exact: true }).waitFor();
  await importer.getByText(en['bulkCsv.done.clean'], { exact: true }).waitFor();
  await shot(page, 'bulk-done');
  const mapped = await mappedVariants(vitrine, storeId);
  expect(mapped.map((v) => v.id).sort()).toEqual(
    rows
      .slice(1, 6)
      .map((r) => r[0])
      .sort(),
  );
  for (const variant of mapped) {
    expect(variant.mapping?.productUid).toBe(CARD);
    expect(variant.mapping?.files.map((f) => f.type)).toEqual(['default']);
    expect(variant.mapping?.files[0]?.url).toMatch(
      /^https:\/\/cdn\.harborpine\.example\/art\/café-\d\.pdf$/,
    );
  }

  const firstFive = rows.slice(1, 6).map((r) => r[0]!);
  await expectProductsPage(page, shopName, rows, firstFive);
  await shot(page, 'bulk-products');

  // A file with bad rows: a typo the browser finds, a product the catalog does not have.
  await page.getByRole('link', { name: 'Map products in bulk with a spreadsheet' }).click();
  await page.waitForURL(/\/account\/stores\/[^/]+\/bulk$/);
  const bad = [
    ['Variant ID', 'Product UID', 'Design File URL'],
    [rows[6]![0]!, 'Business Card', art('north')],
    [rows[7]![0]!, 'cards_pf_a7_pt_unknown', art('south')],
    [rows[8]![0]!, CARD, art('east')],
  ];
  await importer.getByLabel(en['bulkCsv.drop.button']).setInputFiles({
    name: 'more.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(windows1252(excelCsv(bad))),
  });
  await importer.getByText('3 rows: 2 ready, 1 with problems.', { exact: true }).waitFor();
  await importer.getByRole('button', { name: en['bulkCsv.check'] }).click();
  await runImport(vitrine, storeId);
  await importer
    .getByText('2 rows have problems and will not be imported. The error report says what to fix.')
    .waitFor();
  await expectAccessible(page, 'the dry run with problems');
  await shot(page, 'bulk-problems');
  const [report] = await Promise.all([
    page.waitForEvent('download'),
    importer.getByRole('button', { name: en['bulkCsv.report'] }).click(),
  ]);
  expect(report.suggestedFilename()).toBe('more-errors.csv');
  const reportText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await saved(report));
  expect(reportText.split('\r\n')).toEqual([
    '\uFEFFVariant ID;Product UID;Design File URL;Errors',
    // Cells with a separator of any kind are quoted, so the report survives another save.
    `${rows[6]![0]};Business Card;${art('north')};"Product UID: This is not a product UID (lowercase letters, digits, _ . -), IGNORE or UNMAP."`,
    `${rows[7]![0]};cards_pf_a7_pt_unknown;${art('south')};Product UID: This product UID is not in the catalog.`,
    '',
  ]);
  // Nothing of that file was applied, its good row neither.
  expect((await mappedVariants(vitrine, storeId)).map((v) => v.id).sort()).toEqual(
    [...firstFive].sort(),
  );

  // The report, fixed, imports cleanly (its Errors column is ignored).
  const fixed = reportText.replace('Business Card', CARD).replace('cards_pf_a7_pt_unknown', CARD);
  await importer.getByRole('button', { name: en['bulkCsv.chooseAnother'] }).click();
  await importer.getByLabel(en['bulkCsv.drop.button']).setInputFiles({
    name: 'more-errors.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(fixed, 'utf8'),
  });
  await importer.getByText('2 rows: 2 ready, 0 with problems.', { exact: true }).waitFor();
  await importer.getByRole('button', { name: en['bulkCsv.check'] }).click();
  await runImport(vitrine, storeId);
  await importer.getByRole('button', { name: 'Import 2 rows' }).click();
  await runImport(vitrine, storeId);
  await importer.getByText(en['bulkCsv.done.clean'], { exact: true }).waitFor();
  const fixedSeven = [...firstFive, rows[6]![0]!, rows[7]![0]!];
  expect((await mappedVariants(vitrine, storeId)).map((v) => v.id).sort()).toEqual(
    [...fixedSeven].sort(),
  );
  await page.setViewportSize({ width: 375, height: 812 });
  await expectAccessible(page, 'the bulk operations page on a phone');
  await shot(page, 'bulk-mobile');
  await page.setViewportSize({ width: 1280, height: 860 });
  await expectProductsPage(page, shopName, rows, fixedSeven);

  await watcher.settle();
  expect(watcher.leaks, 'requests or responses carrying the secret key').toEqual([]);
  expect(watcher.problems, 'console and page errors').toEqual([]);
});
