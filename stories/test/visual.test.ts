import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, readIndex, StoryViewer } from './harness.js';
import { compare, PAGE_TIME, settle, visualVariants } from './visual.js';

/**
 * Every story as a picture, compared with the committed baseline in test/visual/<variant>/:
 * every story in light and on a 375 px phone, each widget's fullest states and dialogs in dark
 * and in German. `npm run test:visual -- --update` rewrites the
 * baselines on purpose (after a change meant to look different); review them before committing.
 */
const url = inject('storybookUrl');
const update = inject('updateVisual');
const stories = (await readIndex(url)).filter((entry) => entry.type === 'story');
const outDir = join(tmpdir(), 'vitrine-visual');

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
const unstable: Record<string, string> = {
  'widgets-orderdetail--test-order': 'its generated TEST-… reference sets the width of the header',
  'widgets-testorderbutton--sent': 'the notice names the generated TEST-… reference',
  'widgets-postbacksettings--attempt-details': 'each attempt shows how long it took, measured live',
};

/** A key ending in `--` (or empty) covers a widget's (or every) story; others name one story. */
const masksOf = (id: string) =>
  Object.entries(masks).flatMap(([key, selectors]) =>
    id === key || ((key === '' || key.endsWith('--')) && id.startsWith(key)) ? selectors : [],
  );

describe.each(visualVariants())('$name', (variant) => {
  let browser: Browser;
  let viewer: StoryViewer;
  beforeAll(async () => {
    browser = await launchChromium();
    viewer = await StoryViewer.open(browser, url, variant.viewport, variant.globals, PAGE_TIME);
  });
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
  });

  const selected = variant.stories
    ? stories.filter((s) => variant.stories!.includes(s.id.replace(/^widgets-/, '')))
    : stories.filter((s) => !(s.id in unstable));
  it('finds its stories', () => {
    expect(selected.length).toBe(
      variant.stories?.length ?? stories.length - Object.keys(unstable).length,
    );
  });

  it.each(selected.map((s) => [`${s.title} › ${s.name}`, s.id] as const))(
    '%s looks as it did',
    async (_, id) => {
      const outcome = await viewer.show(id);
      expect(outcome.failures).toEqual([]);
      await settle(viewer.page);
      const picture = await viewer.page.screenshot({
        fullPage: true,
        animations: 'disabled',
        mask: masksOf(id).map((selector) => viewer.page.locator(selector)),
      });
      const result = await compare(
        `${variant.name}/${id.replace(/^widgets-/, '')}`,
        picture,
        outDir,
        update,
      );
      expect(
        result.different,
        result.diffFile ? `differs from the baseline: see ${result.diffFile}` : undefined,
      ).toBeLessThanOrEqual(0);
    },
  );
});
