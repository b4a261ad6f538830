import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node/index.ts', 'src/node/cli.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/node/index.ts'] },
  sourcemap: true,
  clean: true,
  target: 'node20',
  // The SDK is a workspace sibling; keep it external like any other dependency. The simulators
  // are an optional peer that `vitrine-server dev` imports when installed: never bundled.
  external: ['@vitrine/sdk', '@vitrine/csv', '@vitrine/simulators'],
});
