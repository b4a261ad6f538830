import { defineConfig } from 'tsup';

// The widgets' CSS travels inside the JavaScript, as text for each element's shadow root.
const loader = { '.css': 'text' } as const;

export default defineConfig([
  {
    // For bundlers: React, the SDK and the widgets stay the host's, so it keeps one copy of each.
    entry: ['src/index.ts', 'src/register.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    loader,
    external: [
      'react',
      'react-dom',
      'react/jsx-runtime',
      '@vitrine/react',
      '@vitrine/sdk',
      '@tanstack/react-query',
      'zod',
    ],
    // `@vitrine/react/styles.css` is read at build time, not imported at run time.
    noExternal: ['@vitrine/react/styles.css'],
  },
  {
    // For a script tag: everything in one file, React included; defines the elements on load.
    entry: { 'vitrine-elements': 'src/browser.ts' },
    format: ['iife'],
    globalName: 'Vitrine',
    outExtension: () => ({ js: '.js' }),
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    loader,
    noExternal: [/.*/],
    define: { 'process.env.NODE_ENV': '"production"' },
  },
  {
    // The bulk importer's CSV worker for the script-tag build, fetched when a file is chosen.
    entry: { 'vitrine-csv-worker': 'src/csvWorker.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    noExternal: [/.*/],
  },
]);
