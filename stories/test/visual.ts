import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { phone } from './variants.js';

export interface VisualVariant {
  name: string;
  viewport: { width: number; height: number };
  globals: Record<string, string>;
  /** Only these stories (ids without `widgets-`); every story when absent. */
  stories?: string[];
}

/**
 * The stories seen in dark and in German: each widget's fullest state and its dialogs. Every
 * story is seen in light and on a phone; the colour scheme and the words change the same parts
 * everywhere, so these cover them without a picture per story per variant.
 */
const representative = [
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
  'storeconnectbutton--woo-commerce-keys',
  'storelist--every-status',
  'storelist--disconnect-confirm',
  'testorderbutton--nothing-mapped',
  'usermanager--admin-view',
  'usermanager--invite-several-filled',
  'usermanager--remove-confirmation',
];

const desktop = { width: 1280, height: 800 };

const all: VisualVariant[] = [
  { name: 'light', viewport: desktop, globals: { locale: 'en', theme: 'light' } },
  {
    name: 'dark',
    viewport: desktop,
    globals: { locale: 'en', theme: 'dark' },
    stories: representative,
  },
  // German has the longest words of the six languages.
  {
    name: 'de',
    viewport: desktop,
    globals: { locale: 'de', theme: 'light' },
    stories: representative,
  },
  { name: '375', viewport: phone, globals: { locale: 'en', theme: 'light' } },
];

/** The variants `VISUAL_VARIANTS` names (comma-separated), or all of them. */
export function visualVariants(): VisualVariant[] {
  const wanted = process.env.VISUAL_VARIANTS?.split(',').map((v) => v.trim());
  return wanted ? all.filter((v) => wanted.includes(v.name)) : all;
}

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
    throw new Error(`No baseline for ${name}: run npm run test:visual -- --update and commit it`);
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
