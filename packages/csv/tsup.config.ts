import { defineConfig } from 'tsup';

export default defineConfig({
  // `worker` is a separate entry: bundlers start it with `new Worker(new URL(…), { type: 'module' })`.
  entry: ['src/index.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
