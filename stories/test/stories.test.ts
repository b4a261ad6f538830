import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, readIndex, StoryViewer } from './harness.js';
import { storyVariants } from './variants.js';

const url = inject('storybookUrl');
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

/**
 * Every story in English at desktop width, with axe over the page; then the interaction tests
 * (stories with a play function) again in each other locale and on a 375 px phone, where the
 * words and the layout change. `STORY_VARIANTS=en,fr,375` picks some.
 */
describe.each(storyVariants())('$name', (variant) => {
  const selected = variant.everyStory
    ? stories
    : stories.filter((s) => s.tags?.includes('play-fn'));
  let browser: Browser;
  let viewer: StoryViewer;
  beforeAll(async () => {
    browser = await launchChromium();
    viewer = await StoryViewer.open(browser, url, variant.viewport, { locale: variant.locale });
  });
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
  });

  it.each(selected.map((s) => [`${s.title} › ${s.name}`, s.id] as const))(
    '%s: renders, plays, no console errors, no axe violations',
    async (_, id) => {
      const outcome = await viewer.show(id);
      expect(outcome.failures).toEqual([]);
      expect(outcome.consoleErrors).toEqual([]);
      expect(outcome.addonViolations).toEqual([]);
      expect(outcome.status).toBe('success');
      if (variant.everyStory) expect(await axeViolations(viewer.page)).toEqual([]);
    },
  );
});
