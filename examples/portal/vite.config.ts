import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/** The portal's backend (server/index.ts), which mints Vitrine sessions. */
const portalApiUrl =
  process.env.PORTAL_API_URL || `http://127.0.0.1:${process.env.PORTAL_API_PORT || 5174}`;

export default defineConfig({
  plugins: [react(), vitrineStylesFromSource()],
  resolve: {
    // Workspace packages resolve to their TypeScript source, so nothing needs building first.
    conditions: ['@vitrine/source', ...defaultClientConditions],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/portal-api': portalApiUrl },
  },
  build: {
    rolldownOptions: {
      output: {
        // React and the widgets' libraries change less often than the portal: cache them apart.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  preview: {
    port: 5173,
    strictPort: true,
    proxy: { '/portal-api': portalApiUrl },
  },
});

/**
 * Hosts import '@vitrine/react/styles.css', which `npm run build -w @vitrine/react` writes to
 * dist/. Here that import is served from the widgets' source CSS instead, in the order the build
 * concatenates it (tokens, shared parts, then each widget), so the example needs no build.
 */
function vitrineStylesFromSource(): Plugin {
  const src = fileURLToPath(new URL('../../packages/react/src/', import.meta.url));
  const first = ['theme/tokens.css', 'components/components.css'];
  const id = join(src, 'styles.from-source.css');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith('.css') ? [path] : [];
    });
  return {
    name: 'vitrine-styles-from-source',
    enforce: 'pre',
    resolveId(source) {
      return source === '@vitrine/react/styles.css' ? id : null;
    },
    load(loading) {
      if (loading !== id) return null;
      const rest = walk(src)
        .map((path) => relative(src, path))
        .filter((path) => !first.includes(path))
        .sort();
      return [...first, ...rest]
        .map((path) => `@import ${JSON.stringify(join(src, path))};`)
        .join('\n');
    },
  };
}
