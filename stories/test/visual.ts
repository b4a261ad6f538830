import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/**
 * The stories seen in dark and in German: each widget's fullest state and its dialogs. Every
 * story is seen in light and on a phone; the colour scheme and the words change the same parts
 * everywhere, so these cover them without a picture per story per variant.
 */
export const representative = [
  'accesstoggle--invite-sent',
  'accesstoggle--disable-confirmation-open',
  'bulkcsvimporter--dry-run-result',
  'bulkcsvimporter--preview-with-errors',
  'clientform--edit',
  'clientform--validation-error',
  'clientform--server-error',
  'invitationaccept--pending',
  'invitationaccept--expired',
  'orderdetail--delivered',
  'orderdetail--not-connected',
  'orderdetail--cancel-confirm',
  'orderform--invalid',
  'orderlist--every-state',
  'postbacksettings--with-deliveries',
  'productionsettings--gelato-connect',
  'productmapper--file-checks',
  'storeconnectbutton--picker-open',
  'storeconnectbutton--etsy-consent-denied',
  'storeconnectbutton--woo-commerce-keys',
  'storelist--every-status',
  'storelist--disconnect-confirm',
  'testorderbutton--nothing-mapped',
  'usermanager--admin-view',
  'usermanager--invite-several-filled',
  'usermanager--remove-confirmation',
];

/**
 * What is new on every run, covered rather than compared: generated ids, one-time secrets, and
 * people invited in one go (same second, so their order falls to their random ids: the
 * newest three rows).
 */
const masks: Record<string, string[]> = {
  // Every story: secrets and addresses shown once, suggested order references, test orders.
  '': ['.vt-SecretField-value', 'input[name="orderReferenceId"]', '.vt-TestOrder-notice'],
  'widgets-usermanager--store-manager-view': ['.vt-UserManager-stores'],
  'widgets-usermanager--invite-several': ['.vt-UserManager-table tbody tr:nth-child(-n+3)'],
  'widgets-usermanager--invite-store-manager': ['.vt-UserManager-table tbody tr:nth-child(-n+3)'],
  'widgets-usermanager--partial-failure': ['.vt-UserManager-table tbody tr:nth-child(-n+3)'],
  'widgets-bulkcsvimporter--': ['.vt-BulkCsvImporter-root tbody td:nth-of-type(2)'],
  'widgets-productmapper--add-product': ['input[value^="https://api.vitrine.test/v1/files/"]'],
  // Test orders get a generated reference (TEST-<time>-<random>).
  'widgets-orderlist--': ['.vt-OrderList-item[data-test]'],
  'widgets-orderdetail--test-order': [
    '.vt-Card-title',
    '.vt-OrderDetail-root h2, .vt-OrderDetail-root h3',
  ],
};
/** Stories whose picture changes on every run by nature, left to their interaction tests. */
export const unstable: Record<string, string> = {
  'widgets-orderdetail--test-order': 'its generated TEST-… reference sets the width of the header',
  'widgets-testorderbutton--sent': 'the notice names the generated TEST-… reference',
  'widgets-postbacksettings--attempt-details': 'each attempt shows how long it took, measured live',
};

/** A key ending in `--` (or empty) covers a widget's (or every) story; others name one story. */
const masksOf = (id: string) =>
  Object.entries(masks).flatMap(([key, selectors]) =>
    id === key || ((key === '' || key.endsWith('--')) && id.startsWith(key)) ? selectors : [],
  );

/** A failing run's diff and actual pictures. */
const outDir = join(tmpdir(), 'vitrine-visual');

export const baselineDir = join(dirname(new URL(import.meta.url).pathname), 'visual');

/**
 * The clock the page reads (Date.now, new Date), fixed so relative dates ("synced 19 hours ago")
 * hold still: a day after the stories' server clock starts, past the hours most seeds move it on.
 */
export const PAGE_TIME = new Date('2026-03-03T09:00:00Z');

/**
 * Holds the page still for its picture: no animations, transitions or blinking caret, fonts
 * loaded, no request in flight, two frames painted.
 */
export async function settle(page: Page) {
  await page.addStyleTag({
    content: `*, *::before, *::after {
      animation: none !important; transition: none !important; caret-color: transparent !important;
    }`,
  });
  await page.evaluate(async () => {
    // Storybook shows its "preparing" overlay 100 ms after a story starts; under load that timer
    // can fire after a quick story has already finished, leaving the overlay over it. The story
    // is done by now: show it.
    const body = document.body.classList;
    if (body.contains('sb-show-preparing-story')) {
      body.remove('sb-show-preparing-story');
      body.add('sb-show-main');
    }
    await document.fonts.ready;
    (document.activeElement as HTMLElement | null)?.blur?.();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** Differing pixels a picture may have and still match (rendering noise). */
const NOISE_PIXELS = 16;

export interface Comparison {
  /** Pixels that differ from the baseline, or -1 when there was none (it was written). */
  different: number;
  sizeChanged: boolean;
  diffFile?: string;
}

/**
 * Compares a screenshot with its committed baseline (anti-aliasing tolerated, as pixelmatch
 * does); writes the baseline when there is none or when updating on purpose, and a diff image
 * next to the failing run's output otherwise.
 */
export async function compare(
  name: string,
  actual: Buffer,
  outDir: string,
  update: boolean,
): Promise<Comparison> {
  const file = join(baselineDir, `${name}.png`);
  let expected: Buffer | undefined;
  try {
    expected = await readFile(file);
  } catch {
    expected = undefined;
  }
  if (!expected && process.env.CI && !update) {
    throw new Error(
      `No baseline for ${name}: run npm run test:visual -w @vitrine/stories -- --update and commit it`,
    );
  }
  if (!expected || update) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, actual);
    return { different: -1, sizeChanged: false };
  }
  const a = PNG.sync.read(actual);
  const b = PNG.sync.read(expected);
  const diffFile = join(outDir, `${name}.diff.png`);
  await mkdir(dirname(diffFile), { recursive: true });
  if (a.width !== b.width || a.height !== b.height) {
    await writeFile(join(outDir, `${name}.actual.png`), actual);
    return { different: Math.max(a.width * a.height, 1), sizeChanged: true, diffFile };
  }
  const diff = new PNG({ width: a.width, height: a.height });
  const changed = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
  // A few pixels of sub-pixel text positioning come and go between runs; a real change is more.
  const different = changed <= NOISE_PIXELS ? 0 : changed;
  if (different > 0) {
    await writeFile(diffFile, PNG.sync.write(diff));
    await writeFile(join(outDir, `${name}.actual.png`), actual);
  }
  return { different, sizeChanged: false, diffFile };
}

/**
 * The story on the page as a picture (settled, masked where it changes by nature), compared with
 * `<folder>/<id>.png`, or written there when updating.
 */
export async function picture(
  page: Page,
  id: string,
  folder: string,
  update: boolean,
): Promise<Comparison> {
  await settle(page);
  const shot = await page.screenshot({
    fullPage: true,
    animations: 'disabled',
    mask: masksOf(id).map((selector) => page.locator(selector)),
  });
  return compare(`${folder}/${id.replace(/^widgets-/, '')}`, shot, outDir, update);
}
