import { defineConfig } from 'tsup';

export default defineConfig({
  // One output file per module, so a bundler keeps only the modules a host imports: the main
  // thread's `createWorkerImporter` does not drag zod and Papa Parse along with it. `worker` is
  // its own entry: bundlers start it with `new Worker(new URL(…), { type: 'module' })`.
  entry: ['src/**/*.ts'],
  bundle: false,
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/worker.ts'] },
  sourcemap: true,
  clean: true,
  target: 'es2022',
});
