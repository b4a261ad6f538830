import { importCsv } from '../import/importCsv.js';
import type { Template } from '../template/defineTemplate.js';
import { ordersTemplate } from '../templates/orders.js';
import { productMappingTemplate } from '../templates/productMapping.js';
import type { CsvSource, ImportEvent } from '../types.js';
import { channel, type FromWorker, type ToWorker, type WorkerPort } from './protocol.js';

export interface ExposeImporterOptions {
  /** Templates besides the built-in ones (`productMapping`, `orders`), found by `id`. */
  templates?: readonly Template[];
}

interface Job {
  controller: AbortController;
  credit: number;
  /** Wakes the event loop waiting for credit (or for the abort). */
  wake: (() => void) | null;
  /** Settles the pending source pull. */
  deliver: {
    resolve(chunk: Uint8Array | string | null): void;
    reject(error: unknown): void;
  } | null;
}

const abortError = () => new DOMException('The import was aborted', 'AbortError');

/**
 * Serves imports over `port` — call it inside a Web Worker (the `@vitrine/csv/worker` entry does,
 * with the built-in templates) or on any message port. Returns a function that stops serving.
 *
 * ```ts
 * // my-csv-worker.ts, for custom templates
 * import { exposeImporter } from '@vitrine/csv';
 * exposeImporter(self as unknown as WorkerPort, { templates: [priceListTemplate] });
 * ```
 */
export function exposeImporter(port: WorkerPort, options: ExposeImporterOptions = {}): () => void {
  const templates = new Map<string, Template>();
  for (const template of [productMappingTemplate, ordersTemplate, ...(options.templates ?? [])]) {
    templates.set(template.id, template as Template);
  }
  const jobs = new Map<number, Job>();
  const post = (message: FromWorker) => port.postMessage(message);
  // Request bodies move to the page instead of being copied.
  const transfers = (event: ImportEvent<unknown>): Transferable[] =>
    event.type === 'rows' && event.bodies ? event.bodies.map((b) => b.buffer as ArrayBuffer) : [];

  async function* pulled(id: number, job: Job): AsyncGenerator<Uint8Array | string> {
    for (;;) {
      const chunk = await new Promise<Uint8Array | string | null>((resolve, reject) => {
        job.deliver = { resolve, reject };
        post({ channel, id, type: 'pull' });
      });
      job.deliver = null;
      if (chunk === null) return;
      yield chunk;
    }
  }

  async function run(message: Extract<ToWorker, { type: 'start' }>) {
    const { id, source: wire, options: wireOptions } = message;
    const job: Job = {
      controller: new AbortController(),
      credit: message.credit,
      wake: null,
      deliver: null,
    };
    jobs.set(id, job);
    try {
      const template = templates.get(wireOptions.template);
      if (!template) throw new Error(`Unknown template "${wireOptions.template}"`);
      const source: CsvSource =
        wire.kind === 'blob'
          ? wire.blob
          : wire.kind === 'text'
            ? wire.text
            : wire.kind === 'bytes'
              ? wire.bytes
              : pulled(id, job);
      const signal = job.controller.signal;
      for await (const event of importCsv(source, { ...wireOptions, template, signal })) {
        // Credit-based flow control: a slow consumer holds the worker back instead of queueing.
        while (job.credit <= 0 && !signal.aborted) {
          await new Promise<void>((resolve) => {
            job.wake = resolve;
          });
        }
        signal.throwIfAborted();
        job.credit--;
        port.postMessage(
          { channel, id, type: 'event', event } satisfies FromWorker,
          transfers(event),
        );
      }
    } catch (error) {
      const e = error as { name?: unknown; message?: unknown };
      post({
        channel,
        id,
        type: 'error',
        name: typeof e?.name === 'string' ? e.name : 'Error',
        message: typeof e?.message === 'string' ? e.message : String(error),
      });
    } finally {
      jobs.delete(id);
    }
  }

  const onMessage = (event: MessageEvent) => {
    const message = event.data as ToWorker | null;
    if (message?.channel !== channel) return;
    if (message.type === 'start') {
      void run(message);
      return;
    }
    const job = jobs.get(message.id);
    if (!job) return;
    switch (message.type) {
      case 'credit':
        job.credit += message.credit;
        job.wake?.();
        break;
      case 'chunk':
        job.deliver?.resolve(message.chunk);
        break;
      case 'source-error':
        job.deliver?.reject(new Error(message.message));
        break;
      case 'abort': {
        const reason = abortError();
        job.controller.abort(reason);
        job.deliver?.reject(reason);
        job.wake?.();
        break;
      }
    }
  };
  port.addEventListener('message', onMessage);
  port.start?.();
  return () => port.removeEventListener('message', onMessage);
}
