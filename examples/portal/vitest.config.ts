import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript source, so tests need no build first.
  resolve: { conditions: ['@vitrine/source'] },
  ssr: { resolve: { conditions: ['@vitrine/source', ...defaultServerConditions] } },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'backend',
          include: ['test/**/*.test.ts'],
          exclude: [
            'test/journey.test.ts',
            'test/roles.test.ts',
            'test/stores.test.ts',
            'test/bulk.test.ts',
            'test/products.test.ts',
            'test/orders.test.ts',
            'test/production.test.ts',
            'test/settings.test.ts',
          ],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'journey',
          include: [
            'test/journey.test.ts',
            'test/roles.test.ts',
            'test/stores.test.ts',
            'test/bulk.test.ts',
            'test/products.test.ts',
            'test/orders.test.ts',
            'test/production.test.ts',
            'test/settings.test.ts',
          ],
          // Each file runs the API, the portal and Chromium: one at a time keeps timings steady.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
