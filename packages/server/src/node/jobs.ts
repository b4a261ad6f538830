import type { VitrineApp } from '../app.js';
import { newId } from '../ids.js';
import type { Logger } from '../log.js';

export interface JobRunnerOptions {
  intervalMs?: number;
  housekeepingMs?: number;
  /**
   * Jobs run at once in this process (default 4): a store that hangs holds one worker, not the
   * queue. Jobs are claimed provider by provider, so one tenant cannot take them all.
   */
  concurrency?: number;
  /**
   * How long stopping waits for running jobs to save their cursor (default 5 s); jobs still
   * running then go back to the queue for another process.
   */
  shutdownGraceMs?: number;
  onError?: (error: unknown) => void;
  /** Where failures of a batch or of housekeeping are written. */
  logger?: Logger;
}

/**
 * Runs due jobs every `intervalMs` on `concurrency` workers. Several processes may run it against
 * the same database: jobs are claimed with `FOR UPDATE SKIP LOCKED`. Returns a stop function that
 * asks the running jobs to save their cursor and, after the grace period, releases what is left.
 */
export function startJobRunner(
  app: Pick<VitrineApp, 'runPendingJobs' | 'housekeeping' | 'releaseJobs'>,
  options: JobRunnerOptions = {},
): () => Promise<void> {
  const failed = (what: string) => (error: unknown) => {
    options.logger?.error(what, { error });
    options.onError?.(error);
  };
  const controller = new AbortController();
  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 4) }, () => ({
    id: newId('wrk'),
    running: null as Promise<unknown> | null,
  }));
  let housekeeping: Promise<unknown> | null = null;
  let lastHousekeeping = 0;
  const timer = setInterval(() => {
    if (!housekeeping && Date.now() - lastHousekeeping >= (options.housekeepingMs ?? 60_000)) {
      lastHousekeeping = Date.now();
      housekeeping = app
        .housekeeping()
        .catch(failed('housekeeping failed'))
        .finally(() => {
          housekeeping = null;
        });
    }
    for (const worker of workers) {
      if (worker.running || controller.signal.aborted) continue;
      worker.running = app
        .runPendingJobs({
          workerId: worker.id,
          signal: controller.signal,
          onJobEnded: ({ id, kind, attempt, outcome }) =>
            options.logger?.info('job ended', {
              jobId: id,
              kind,
              attempt,
              outcome,
              worker: worker.id,
            }),
        })
        .catch(failed('job runner failed'))
        .finally(() => {
          worker.running = null;
        });
    }
  }, options.intervalMs ?? 1000);
  timer.unref?.();
  return async () => {
    clearInterval(timer);
    controller.abort();
    const running = Promise.all([housekeeping, ...workers.map((w) => w.running)]);
    let graceTimer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<'late'>((resolve) => {
      graceTimer = setTimeout(() => resolve('late'), options.shutdownGraceMs ?? 5000);
    });
    const outcome = await Promise.race([running.then(() => 'done' as const), grace]);
    clearTimeout(graceTimer);
    if (outcome === 'late') {
      // A job stuck in a call that ignores the stop signal: hand it to another process now.
      await app.releaseJobs(workers.map((w) => w.id)).catch(failed('releasing jobs failed'));
    }
  };
}
