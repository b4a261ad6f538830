import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, readIndex, StoryViewer } from './harness.js';
import { storyVariants } from './variants.js';
import { PAGE_TIME, picture, representative, unstable } from './visual.js';

const url = inject('storybookUrl');
const update = inject('updateVisual');
const index = await readIndex(url);
const stories = index.filter((entry) => entry.type === 'story');

it('covers every widget', () => {
  const titles = new Set(stories.map((s) => s.title));
  for (const widget of [
    'ClientForm',
    'AccessToggle',
    'InvitationAccept',
    'UserManager',
    'StoreConnectButton',
    'StoreList',
    'BulkCsvImporter',
    'ProductMapper',
    'OrderList',
    'OrderDetail',
    'OrderForm',
    'TestOrderButton',
    'PostbackSettings',
    'ProductionSettings',
  ]) {
    expect(titles).toContain(`Widgets/${widget}`);
  }
});

const bare = (id: string) => id.replace(/^widgets-/, '');

it('pictures stories that exist', () => {
  const ids = new Set(stories.map((s) => bare(s.id)));
  for (const id of [...representative, ...Object.keys(unstable).map(bare)]) {
    expect(ids, id).toContain(id);
  }
});

/**
 * Each variant (see variants.ts) shows its stories one after another on one Storybook page:
 * Storybook's verdict (render, play function, its a11y addon), console errors, axe over the page
 * where asked, then the picture against its baseline where asked (`--update` rewrites it).
 * `STORY_VARIANTS=en,fr,375` picks some, `STORY_VARIANTS=all` runs every one.
 */
describe.each(storyVariants())('$name', (variant) => {
  const selected = stories.filter((s) =>
    variant.stories === 'every'
      ? true
      : variant.stories === 'play'
        ? s.tags?.includes('play-fn') || variant.pictures?.only?.includes(bare(s.id))
        : variant.stories.includes(bare(s.id)),
  );
  const pictured = (id: string) =>
    variant.pictures !== undefined &&
    !(id in unstable) &&
    (variant.pictures.only ?? [bare(id)]).includes(bare(id));
  let browser: Browser;
  let viewer: StoryViewer;
  beforeAll(async () => {
    browser = await launchChromium();
    viewer = await StoryViewer.open(
      browser,
      url,
      variant.viewport,
      { locale: variant.locale, theme: variant.theme },
      // Relative dates ("synced 19 hours ago") hold still in pictures.
      variant.pictures ? PAGE_TIME : undefined,
    );
  });
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
  });

  it.each(selected.map((s) => [`${s.title} › ${s.name}`, s.id] as const))('%s', async (_, id) => {
    const outcome = await viewer.show(id);
    expect(outcome.failures).toEqual([]);
    expect(outcome.consoleErrors).toEqual([]);
    expect(outcome.addonViolations).toEqual([]);
    expect(outcome.status).toBe('success');
    if (variant.axe) expect(await axeViolations(viewer.page)).toEqual([]);
    if (variant.pictures && pictured(id)) {
      const result = await picture(viewer.page, id, variant.pictures.folder, update);
      expect(
        result.different,
        result.diffFile ? `differs from the baseline: see ${result.diffFile}` : undefined,
      ).toBeLessThanOrEqual(0);
    }
  });
});
