import type { CsvImporter, CsvSource } from '@vitrine/csv';

/** `@vitrine/csv`, loaded when the first file is chosen: pages that never import never load it. */
export type CsvModule = typeof import('@vitrine/csv');

/** Makes the Web Worker that parses files (`@vitrine/csv/worker` or one of the host's own). */
export type CreateCsvWorker = () => Worker;

/** The CSV library and where it parses: a Web Worker, or the main thread where there is none. */
export interface CsvEngine {
  csv: CsvModule;
  /** Reads files in the worker (or, without workers, on the main thread). */
  importer: CsvImporter;
  inWorker: boolean;
  /**
   * Runs `work` with the importer and a signal to hand to it. A worker that fails to start (a
   * blocked script, a bundler that could not place it) counts as no worker: the work runs again on
   * the main thread.
   */
  run<T>(
    work: (importer: CsvImporter, signal: AbortSignal) => Promise<T>,
    signal: AbortSignal,
  ): Promise<T>;
  /** What the importer should read for `file` (see `readable`). */
  readable(file: Blob): Promise<CsvSource>;
  close(): void;
}

/** The worker entry `@vitrine/csv` ships; bundlers (Vite, webpack) resolve and emit it. */
export const defaultCreateWorker: CreateCsvWorker = () =>
  new Worker(new URL('@vitrine/csv/worker', import.meta.url), { type: 'module' });

class WorkerFailed extends Error {
  constructor(cause: unknown) {
    super('The CSV worker could not run', { cause });
    this.name = 'WorkerFailed';
  }
}

/**
 * Loads `@vitrine/csv` and starts its worker, so parsing never blocks the page, however large the
 * file. Only where `Worker` does not exist (jsdom in tests, server rendering) does parsing run on
 * the main thread.
 */
export async function loadCsvEngine(createWorker: CreateCsvWorker = defaultCreateWorker) {
  const csv = await import('@vitrine/csv');
  let worker: Worker | null = null;
  let workerImporter: ReturnType<CsvModule['createWorkerImporter']> | null = null;
  let failure: WorkerFailed | null = null;
  const failed = new Set<(error: WorkerFailed) => void>();
  if (typeof Worker !== 'undefined') {
    try {
      worker = createWorker();
      workerImporter = csv.createWorkerImporter(worker);
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        failure = new WorkerFailed(event.message || event.type);
        for (const notify of failed) notify(failure);
      });
    } catch (error) {
      failure = new WorkerFailed(error);
    }
  }

  const engine: CsvEngine = {
    csv,
    get importer() {
      return workerImporter && !failure ? workerImporter : csv.mainThreadImporter;
    },
    get inWorker() {
      return workerImporter !== null && !failure;
    },
    async run(work, signal) {
      if (!workerImporter || failure) return work(csv.mainThreadImporter, signal);
      // The worker's importer waits for messages that a dead worker never sends: stop it then.
      const controller = new AbortController();
      const onAbort = () => controller.abort(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      let onFailed: ((error: WorkerFailed) => void) | undefined;
      const broken = new Promise<never>((_, reject) => {
        onFailed = (error) => {
          reject(error);
          controller.abort(error);
        };
        failed.add(onFailed);
      });
      const working = work(workerImporter, controller.signal);
      // Whichever loses the race is settled here, not left unhandled.
      working.catch(() => {});
      broken.catch(() => {});
      try {
        return await Promise.race([working, broken]);
      } catch (error) {
        if (error instanceof WorkerFailed) {
          console.warn('Vitrine: the CSV worker could not run; reading on the main thread.', error);
          return work(csv.mainThreadImporter, signal);
        }
        throw error;
      } finally {
        if (onFailed) failed.delete(onFailed);
        signal.removeEventListener('abort', onAbort);
      }
    },
    async readable(file) {
      // Browsers stream a File; jsdom's Blob cannot (no `stream()`), so tests hand over its bytes.
      if (typeof file.stream === 'function') return file;
      return new Uint8Array(await file.arrayBuffer());
    },
    close() {
      workerImporter?.close();
      worker?.terminate();
    },
  };
  return engine;
}
