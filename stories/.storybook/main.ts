import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

const fromHere = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: {
        // Workspace packages resolve to their TypeScript source: no build needed before Storybook.
        conditions: ['@vitrine/source', ...defaultClientConditions],
        alias: {
          // The reference server's test harness (PGlite in memory, a manual clock) runs in the browser.
          '@vitrine/server/testing': fromHere('../../packages/server/src/testing.ts'),
        },
      },
      // PGlite loads its WebAssembly and data files with `new URL(…, import.meta.url)`: pre-bundling
      // would move the module away from them, so it is served (and built) as is.
      optimizeDeps: { exclude: ['@electric-sql/pglite'] },
      build: { chunkSizeWarningLimit: 4096 },
    }),
};

export default config;
