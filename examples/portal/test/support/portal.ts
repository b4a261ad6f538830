import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { createPortalBackend } from '../../server/backend.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A port that was free a moment ago: the portal's URL must be known before the API starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningPortal {
  url: string;
  backendLog: string[];
  close(): Promise<void>;
}

/** The portal as `npm run dev` runs it: its backend, and Vite proxying `/portal-api` to it. */
export async function startPortal(options: {
  port: number;
  apiUrl: string;
  secretKey: string;
}): Promise<RunningPortal> {
  const backendLog: string[] = [];
  const backend = await createPortalBackend({
    apiUrl: options.apiUrl,
    secretKey: options.secretKey,
    log: (line) => backendLog.push(line),
  }).listen();
  const cacheDir = await mkdtemp(join(tmpdir(), 'portal-vite-'));
  const vite = await createServer({
    root,
    configFile: join(root, 'vite.config.ts'),
    cacheDir,
    logLevel: 'error',
    clearScreen: false,
    define: { 'import.meta.env.VITE_VITRINE_API_URL': JSON.stringify(options.apiUrl) },
    server: {
      // A fixed build of the app: no file watching, so no reload can happen behind the test's back.
      hmr: false,
      watch: null,
      host: '127.0.0.1',
      port: options.port,
      strictPort: true,
      proxy: { '/portal-api': backend.url },
    },
  });
  await vite.listen();
  return {
    url: `http://127.0.0.1:${options.port}`,
    backendLog,
    async close() {
      await vite.close();
      await backend.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}
