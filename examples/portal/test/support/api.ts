import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo, systemClock } from '@vitrine/server';
import { startNodeServer } from '@vitrine/server/node';

export interface RunningApi {
  url: string;
  secretKey: string;
  /** What the API logged (request lines, emails), for failure messages. */
  log: string[];
  close(): Promise<void>;
}

/** The real Vitrine API on a free port over a throwaway data folder, with the demo provider. */
export async function startApi(options: { inviteUrlTemplate?: string } = {}): Promise<RunningApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'vitrine-portal-'));
  const log: string[] = [];
  const server = await startNodeServer({
    port: 0,
    dataDir,
    dev: true,
    log: (line) => log.push(line),
    ...options,
  });
  const { secretKey } = await seedDemo(server.db, systemClock);
  if (!secretKey) throw new Error('A fresh database should give the demo provider a new key');
  return {
    url: server.url,
    secretKey,
    log,
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
