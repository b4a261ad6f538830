import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// The widgets' CSS travels inside the JavaScript, as text for each element's shadow root.
const loader = { '.css': 'text' } as const;

// Minified first, or its comments and indentation ship as string text. The module's path gets a
// suffix so tsup's own CSS handling (any path ending in .css) leaves it alone.
const suffix = '?minified';
const minifiedCss: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'minified-css-text',
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, async (args) => {
      if (args.pluginData === 'minified-css-text') return undefined;
      const { path, errors } = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: 'minified-css-text',
      });
      return errors.length ? { errors } : { path: path + suffix, namespace: 'minified-css-text' };
    });
    build.onLoad({ filter: /.*/, namespace: 'minified-css-text' }, async (args) => {
      const css = await readFile(args.path.slice(0, -suffix.length), 'utf8');
      const { code } = await transform(css, { loader: 'css', minify: true });
      return { contents: code, loader: 'text' };
    });
  },
};

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
    esbuildPlugins: [minifiedCss],
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
    esbuildPlugins: [minifiedCss],
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
