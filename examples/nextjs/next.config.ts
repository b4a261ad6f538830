import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

// The monorepo's root: workspace packages are linked from there.
const root = fileURLToPath(new URL('../..', import.meta.url));

const config: NextConfig = {
  reactStrictMode: true,
  outputFileTracingRoot: root,
  turbopack: { root },
};

export default config;
