import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    // esbuild drops module directives when bundling; every output is client code.
    banner: { js: '"use client";' },
    external: ['react', 'react-dom', 'react/jsx-runtime'],
  },
  {
    // Plain data and helpers, no React and no client directive, so server code can use them:
    // locale helpers, each language besides English in a file of its own, and a loader that
    // imports them on demand (split, so a bundler makes one chunk per language).
    entry: {
      locale: 'src/locale.ts',
      'locales/index': 'src/locales/index.ts',
      'locales/pt-BR': 'src/locales/pt-BR.ts',
      'locales/es': 'src/locales/es.ts',
      'locales/fr': 'src/locales/fr.ts',
      'locales/it': 'src/locales/it.ts',
      'locales/de': 'src/locales/de.ts',
      'locales/en': 'src/locales/en.ts',
    },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    splitting: true,
    target: 'es2022',
  },
]);
