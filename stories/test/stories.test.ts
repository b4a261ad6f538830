import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launchChromium, openStory, readIndex } from './harness.js';

const url = inject('storybookUrl');
const stories = (await readIndex(url)).filter((entry) => entry.type === 'story');

describe('stories in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser?.close());

  it('finds the stories of every widget', () => {
    const titles = new Set(stories.map((s) => s.title));
    expect(titles).toEqual(
      new Set(['Widgets/ClientForm', 'Widgets/AccessToggle', 'Widgets/InvitationAccept']),
    );
  });

  it.each(stories.map((s) => [`${s.title} › ${s.name}`, s.id] as const))(
    '%s renders, plays and has no axe violations',
    async (_, id) => {
      const story = await openStory(browser, url, id);
      try {
        expect(story.outcome.failures).toEqual([]);
        expect(story.outcome.consoleErrors).toEqual([]);
        expect(story.outcome.addonViolations).toEqual([]);
        expect(story.outcome.status).toBe('success');
        expect(await axeViolations(story.page)).toEqual([]);
      } finally {
        await story.close();
      }
    },
  );
});
