import { defineConfig } from 'vitest/config';

/**
 * Every story in real Chromium: Storybook is built once, served statically, and each story is
 * opened on its own page, checked for failures, console errors and axe violations.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
