import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const react = here('./node_modules/react');
const reactDom = here('./node_modules/react-dom');

// The @vitrine/react suite, with every import of react and react-dom (ours and our dependencies')
// sent to the React 18 copies installed in this folder.
export default defineConfig({
  root: here('../../packages/react'),
  resolve: {
    conditions: ['@vitrine/source'],
    alias: [
      {
        find: '@vitrine/server/testing',
        replacement: here('../../packages/server/testing/testServer.ts'),
      },
      // Its package entry for Node is CommonJS, whose require() would bypass the aliases.
      {
        find: /^@testing-library\/react$/,
        replacement: here(
          '../../node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
        ),
      },
      { find: /^react$/, replacement: react },
      { find: /^react\/(.*)$/, replacement: `${react}/$1` },
      { find: /^react-dom$/, replacement: reactDom },
      { find: /^react-dom\/(.*)$/, replacement: `${reactDom}/$1` },
    ],
  },
  ssr: {
    // ESM builds first: an inlined CommonJS build would require() the React 19 copy.
    resolve: {
      conditions: ['@vitrine/source', 'import', 'module', 'browser', 'development'],
    },
    // Bundle dependencies through Vite so the aliases above reach their imports of react.
    noExternal: [/@tanstack/],
  },
  test: {
    name: 'react18',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', here('./*.test.ts')],
    setupFiles: [here('../../packages/react/test/setup.ts')],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
