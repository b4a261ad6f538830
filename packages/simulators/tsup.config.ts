import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  // Web Request/Response and Web Crypto only: the same build runs in Node and in browsers.
  target: 'es2022',
});
