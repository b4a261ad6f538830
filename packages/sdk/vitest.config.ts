import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    conditions: ['@vitrine/source'],
    alias: {
      // A test-only path into the server: listing it as a dependency would make a cycle.
      '@vitrine/server/testing': fileURLToPath(
        new URL('../server/testing/testServer.ts', import.meta.url),
      ),
    },
  },
  // Test files run through Vite's SSR resolver, which takes its conditions from here.
  ssr: { resolve: { conditions: ['@vitrine/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
