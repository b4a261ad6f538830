import type { VitrineApp } from '../app.js';
import type { Logger } from '../log.js';

/**
 * Runs due jobs every `intervalMs`, one batch at a time (never two at once in this process).
 * Several processes may run it against the same database: jobs are claimed with
 * `FOR UPDATE SKIP LOCKED`. Returns a stop function that lets the current job save its cursor.
 */
export function startJobRunner(
  app: Pick<VitrineApp, 'runPendingJobs' | 'housekeeping'>,
  options: {
    intervalMs?: number;
    housekeepingMs?: number;
    onError?: (error: unknown) => void;
    /** Where failures of a batch or of housekeeping are written. */
    logger?: Logger;
  } = {},
): () => Promise<void> {
  const failed = (what: string) => (error: unknown) => {
    options.logger?.error(what, { error });
    options.onError?.(error);
  };
  const controller = new AbortController();
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  let lastHousekeeping = 0;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    let housekeeping: Promise<unknown> = Promise.resolve();
    if (Date.now() - lastHousekeeping >= (options.housekeepingMs ?? 60_000)) {
      lastHousekeeping = Date.now();
      housekeeping = app.housekeeping().catch(failed('housekeeping failed'));
    }
    running = housekeeping
      .then(() => app.runPendingJobs({ signal: controller.signal }))
      .catch(failed('job runner failed'))
      .finally(() => {
        busy = false;
      });
  }, options.intervalMs ?? 1000);
  timer.unref?.();
  return async () => {
    clearInterval(timer);
    controller.abort();
    await running;
  };
}
