import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import remarkGfm from 'remark-gfm';
import { defaultClientConditions, mergeConfig } from 'vite';

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.tsx'],
  addons: [
    '@storybook/addon-a11y',
    {
      name: '@storybook/addon-docs',
      // Tables in MDX pages (GitHub-flavoured Markdown).
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
  typescript: {
    // Reads props across files and their JSDoc `@default` tags into the docs pages' tables.
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // The widgets' own project: their props live there, not in the stories'.
      tsconfigPath: fileURLToPath(new URL('../../packages/react/tsconfig.json', import.meta.url)),
      include: ['../packages/react/src/**/*.tsx'],
      exclude: ['**/*.test.tsx'],
      shouldExtractLiteralValuesFromEnum: true,
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: (vite) =>
    mergeConfig(vite, {
      resolve: {
        // Workspace packages resolve to their TypeScript source: no build needed before Storybook.
        conditions: ['@vitrine/source', ...defaultClientConditions],
      },
      // PGlite loads its WebAssembly and data files with `new URL(…, import.meta.url)`: pre-bundling
      // would move the module away from them, so it is served (and built) as is.
      optimizeDeps: { exclude: ['@electric-sql/pglite'] },
      build: {
        // PGlite is one large module by nature.
        chunkSizeWarningLimit: 4096,
        rolldownOptions: {
          onwarn(warning, warn) {
            // "use client" means nothing in a client-only bundle; PGlite's Emscripten glue uses eval.
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE' || warning.code === 'EVAL') return;
            warn(warning);
          },
        },
      },
    }),
};

export default config;
