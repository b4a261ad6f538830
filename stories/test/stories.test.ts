import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, readIndex, StoryViewer } from './harness.js';

const url = inject('storybookUrl');
const stories = (await readIndex(url)).filter((entry) => entry.type === 'story');

describe('every story in Chromium', () => {
  let browser: Browser;
  let viewer: StoryViewer;
  beforeAll(async () => {
    browser = await launchChromium();
    viewer = await StoryViewer.open(browser, url);
  });
  afterAll(async () => {
    await viewer?.close();
    await browser?.close();
  });

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

  it.each(stories.map((s) => [`${s.title} › ${s.name}`, s.id] as const))(
    '%s: renders, plays, no console errors, no axe violations',
    async (_, id) => {
      const outcome = await viewer.show(id);
      expect(outcome.failures).toEqual([]);
      expect(outcome.consoleErrors).toEqual([]);
      expect(outcome.addonViolations).toEqual([]);
      expect(outcome.status).toBe('success');
      expect(await axeViolations(viewer.page)).toEqual([]);
    },
  );
});
