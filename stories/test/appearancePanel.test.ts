import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './harness.js';

/**
 * The Appearance panel as a designer uses it, in Storybook's own UI (the manager, not a story's
 * frame): tune brand colour, radius and typeface on an open story, see the widget change without
 * reloading, and read the `appearance` to copy.
 */

const url = inject('storybookUrl');

describe('Appearance panel', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${url}/?path=/story/widgets-clientform--create`);
  }, 120_000);
  afterAll(() => browser?.close());

  const preview = () => page.frameLocator('#storybook-preview-iframe');
  const primaryButton = () => preview().getByRole('button', { name: 'Create client' });
  const style = (property: string) =>
    primaryButton().evaluate(
      (element, name) => getComputedStyle(element).getPropertyValue(name),
      property,
    );

  it('changes the open story live and shows the appearance to copy', async () => {
    await primaryButton().waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Appearance' }).click();
    const panel = page.locator('#storybook-panel-root');
    await panel.getByText('appearance (React)').waitFor();
    expect(await panel.getByText('This addon has errors').count()).toBe(0);

    // The story's data stays: the form is not re-seeded or reloaded while tuning.
    await preview().getByLabel('Client name').fill('Kept while tuning');

    await panel.getByPlaceholder("theme's").fill('#d9480f');
    await expect.poll(() => style('background-color')).toBe('rgb(217, 72, 15)');

    await panel.getByRole('slider').first().fill('0');
    await expect.poll(() => style('border-top-left-radius')).toBe('0px');

    await panel.getByPlaceholder('"Inter", sans-serif').fill('Georgia, serif');
    await expect.poll(() => style('font-family')).toContain('Georgia');

    const code = (await panel.locator('pre').first().textContent()) ?? '';
    expect(code).toContain('<VitrineProvider appearance=');
    expect(code).toContain('#d9480f');
    expect(code).toContain('Georgia, serif');
    expect(await preview().getByLabel('Client name').inputValue()).toBe('Kept while tuning');

    await panel.getByRole('button', { name: 'Reset to the theme' }).click();
    await expect.poll(() => style('background-color')).not.toBe('rgb(217, 72, 15)');
    expect(errors).toEqual([]);
  }, 180_000);
});
