import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript source, so tests need no build first.
  resolve: {
    conditions: ['@vitrine/source'],
    alias: {
      '@vitrine/server/testing': fileURLToPath(
        new URL('../server/testing/testServer.ts', import.meta.url),
      ),
    },
  },
  ssr: { resolve: { conditions: ['@vitrine/source'] } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
