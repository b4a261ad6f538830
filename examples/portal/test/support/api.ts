import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Db, seedDemo, systemClock } from '@vitrine/server';
import { startNodeServer } from '@vitrine/server/node';
import { type DevelopmentSimulators, developmentSimulators } from '@vitrine/simulators';

export interface RunningApi {
  url: string;
  secretKey: string;
  /** What the API logged (request lines, emails), for failure messages. */
  log: string[];
  /** The platform simulators the development server mounts under `/sim/*`. */
  simulators: Pick<DevelopmentSimulators, 'shopify' | 'woocommerce' | 'production'>;
  /** Runs the queued jobs (product syncs) now, as the server's job runner would. */
  runJobs(): Promise<void>;
  /** The API's database, for benchmarks that look at its plans. */
  db: Db;
  close(): Promise<void>;
}

/** The real Vitrine API on a free port over a throwaway data folder, with the demo provider. */
export async function startApi(
  options: {
    inviteUrlTemplate?: string;
    /**
     * How often the API runs due jobs on its own. A test that wants to see a job waiting sets it
     * beyond the test's length and runs them with `runJobs()`.
     */
    jobsIntervalMs?: number;
    /**
     * Keeps the production simulator as the default production connection, as `npm run dev`
     * does, with its timer stopped: orders move only when the test presses its buttons.
     */
    production?: boolean;
  } = {},
): Promise<RunningApi> {
  const dataDir = await mkdtemp(join(tmpdir(), 'vitrine-portal-'));
  const log: string[] = [];
  const { production, ...rest } = options;
  const server = await startNodeServer({
    port: 0,
    dataDir,
    dev: true,
    standIns: developmentSimulators,
    // Journeys look at orders as placed: no production simulator moves them along meanwhile.
    ...(production ? {} : { app: { production: undefined } }),
    log: (line) => log.push(line),
    ...rest,
  });
  const { secretKey } = await seedDemo(server.db, systemClock);
  if (!secretKey) throw new Error('A fresh database should give the demo provider a new key');
  if (!server.standIns) throw new Error('The development server mounts the simulators');
  const { shopify, woocommerce, production: productionSimulator } = server.standIns;
  productionSimulator.setAutoAdvance(null);
  return {
    url: server.url,
    secretKey,
    log,
    simulators: { shopify, woocommerce, production: productionSimulator },
    db: server.db,
    async runJobs() {
      const result = await server.app.runPendingJobs();
      if (result.failed > 0 || result.retried > 0) {
        // Which jobs, and why: the runner's counts alone do not say.
        const errors = await server.db.query(
          `select kind, status, error_code, error_message from jobs
            where error_code is not null order by updated_at desc limit 5`,
        );
        throw new Error(
          `Jobs did not succeed: ${JSON.stringify(result)} ${JSON.stringify(errors)}\n${log.join('\n')}`,
        );
      }
    },
    async close() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
