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
    // Locale helpers for server code: no React, no client directive.
    entry: ['src/locale.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
  },
]);
