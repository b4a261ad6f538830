import { mkdtemp, rm } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { createPortalBackend } from '../../server/backend.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A port that was free a moment ago, for the portal, whose URL must be known before the API
 * starts. It is taken below the kernel's ephemeral range (32768+), where the API's own port-0
 * listener and outgoing connections get theirs, so they cannot take it in between.
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    if (await canListen(port)) return port;
  }
  throw new Error('No free port between 20000 and 32000');
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createNetServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
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
