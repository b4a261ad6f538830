import { collectImport } from '../import/collectImport.js';
import type { CsvImporter } from '../import/csvImporter.js';
import type { ImportOptions } from '../import/importCsv.js';
import type { ParseOptions } from '../import/parseCsv.js';
import { openSource } from '../source/openSource.js';
import type { CsvSource, ImportEvent, ImportResult, ImportSummary } from '../types.js';
import {
  channel,
  type FromWorker,
  type ToWorker,
  type WireOptions,
  type WireSource,
  type WorkerPort,
} from './protocol.js';

export interface WorkerImporterOptions {
  /** Event batches the worker may run ahead of the consumer (default 4). */
  prefetch?: number;
}

export interface WorkerImporter extends CsvImporter {
  /** Stops listening to the port (running imports are aborted). */
  close(): void;
}

interface ClientJob {
  receive(message: FromWorker): void;
}

type Distribute<T> = T extends unknown ? Omit<T, 'channel' | 'id'> : never;

/** Options as plain data: callbacks (`onRow`, …) stay on this side of the channel. */
const wireOptions = (options: object, template: string): WireOptions =>
  ({
    ...Object.fromEntries(
      Object.entries(options).filter(([, value]) => typeof value !== 'function'),
    ),
    template,
  }) as WireOptions;

const isBlob = (source: unknown): source is Blob =>
  typeof Blob !== 'undefined' && source instanceof Blob;

/**
 * Runs imports in a Web Worker (see the `@vitrine/csv/worker` entry) with the same API and result
 * types as the main thread, so the page stays responsive on 100k-row files.
 *
 * ```ts
 * const worker = new Worker(new URL('@vitrine/csv/worker', import.meta.url), { type: 'module' });
 * const importer = createWorkerImporter(worker);
 * const result = await importer.parse(file, { template: productMappingTemplate, onProgress });
 * ```
 *
 * Files (`Blob`) and text are cloned to the worker, which reads them itself; streams are pulled
 * chunk by chunk as the worker asks. Templates travel by `id`: custom ones must be registered in the
 * worker (`exposeImporter(self, { templates })`).
 */
export function createWorkerImporter(
  port: WorkerPort,
  options: WorkerImporterOptions = {},
): WorkerImporter {
  const prefetch = Math.max(1, options.prefetch ?? 4);
  const jobs = new Map<number, ClientJob>();
  let nextId = 1;

  const onMessage = (event: MessageEvent) => {
    const message = event.data as FromWorker | null;
    if (message?.channel !== channel) return;
    jobs.get(message.id)?.receive(message);
  };
  port.addEventListener('message', onMessage);
  port.start?.();

  async function* run<T>(
    source: CsvSource,
    importOptions: ImportOptions<T>,
  ): AsyncGenerator<ImportEvent<T>, ImportSummary, undefined> {
    const { template, signal, ...rest } = importOptions;
    signal?.throwIfAborted();
    const id = nextId++;
    const post = (message: Distribute<ToWorker>) =>
      port.postMessage({ ...message, channel, id } as ToWorker);

    let wire: WireSource;
    let chunks: AsyncIterator<Uint8Array | string> | null = null;
    if (typeof source === 'string') wire = { kind: 'text', text: source };
    else if (isBlob(source)) wire = { kind: 'blob', blob: source };
    else if (source instanceof ArrayBuffer) wire = { kind: 'bytes', bytes: new Uint8Array(source) };
    else if (ArrayBuffer.isView(source)) {
      wire = {
        kind: 'bytes',
        bytes: new Uint8Array(source.buffer, source.byteOffset, source.byteLength),
      };
    } else {
      wire = { kind: 'pull' };
      chunks = openSource(source, rest.chunkSize ?? 64 * 1024, signal).chunks[
        Symbol.asyncIterator
      ]();
    }

    const queue: ImportEvent<T>[] = [];
    let failure: unknown = null;
    let wake: (() => void) | null = null;
    const notify = () => {
      wake?.();
      wake = null;
    };
    const pull = async () => {
      try {
        const next = await chunks!.next();
        post({ type: 'chunk', chunk: next.done ? null : next.value });
      } catch (error) {
        post({
          type: 'source-error',
          message: error instanceof Error ? error.message : String(error),
        });
      }
    };
    jobs.set(id, {
      receive(message) {
        if (message.type === 'event') queue.push(message.event as ImportEvent<T>);
        else if (message.type === 'pull') void pull();
        else if (message.type === 'error') {
          const error = new Error(message.message);
          error.name = message.name;
          failure ??= error;
        }
        notify();
      },
    });
    const onAbort = () => {
      failure = signal!.reason;
      notify();
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    let finished = false;
    try {
      post({
        type: 'start',
        source: wire,
        options: wireOptions(rest, template.id),
        credit: prefetch,
      });
      for (;;) {
        while (queue.length === 0 && failure === null) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
        }
        if (failure !== null) throw failure;
        const event = queue.shift()!;
        if (event.type === 'done') {
          finished = true;
          yield event;
          return event.summary;
        }
        yield event;
        post({ type: 'credit', credit: 1 });
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
      jobs.delete(id);
      // Consumer left early, aborted, or the worker failed: stop the worker's side too.
      if (!finished) post({ type: 'abort' });
      await chunks?.return?.();
    }
  }

  return {
    import: run,
    parse<T>(source: CsvSource, parseOptions: ParseOptions<T>): Promise<ImportResult<T>> {
      return collectImport(run(source, parseOptions), parseOptions);
    },
    close() {
      port.removeEventListener('message', onMessage);
      for (const id of jobs.keys())
        port.postMessage({ channel, id, type: 'abort' } satisfies ToWorker);
      jobs.clear();
    },
  };
}

/** One import in a worker: `createWorkerImporter(port).parse(source, options)`. */
export function parseInWorker<T>(
  port: WorkerPort,
  source: CsvSource,
  options: ParseOptions<T>,
): Promise<ImportResult<T>> {
  const importer = createWorkerImporter(port);
  return importer.parse(source, options).finally(() => importer.close());
}
