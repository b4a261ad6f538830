import { defineConfig } from 'vitest/config';

/** The fault suite (`npm run test:faults`): crashes, hangs, garbage and lost connections. */
export default defineConfig({
  resolve: { conditions: ['@vitrine/source'] },
  ssr: { resolve: { conditions: ['@vitrine/source'] } },
  test: {
    include: ['test/faults/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    // Real processes and their databases: one file at a time.
    fileParallelism: false,
  },
});
