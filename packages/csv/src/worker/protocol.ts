import type { ImportOptions } from '../import/importCsv.js';
import type { ImportEvent } from '../types.js';

/** Tags our messages, so a port shared with other traffic is safe. */
export const channel = 'vitrine-csv';

/**
 * Anything messages can be posted to and received from: a `Worker`, the worker's own global scope,
 * a `MessagePort` (browser or `node:worker_threads`).
 */
export interface WorkerPort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** Message ports deliver nothing before `start()` when listened to with `addEventListener`. */
  start?(): void;
}

/** How the source travels: Blobs and text are cloned; streams are pulled chunk by chunk. */
export type WireSource =
  | { kind: 'blob'; blob: Blob }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'pull' };

/** Import options without what cannot be cloned; the template goes by id. */
export type WireOptions = Omit<ImportOptions<unknown>, 'template' | 'signal'> & {
  template: string;
};

export type ToWorker = { channel: typeof channel; id: number } & (
  | { type: 'start'; source: WireSource; options: WireOptions; credit: number }
  /** The client consumed events: the worker may send this many more. */
  | { type: 'credit'; credit: number }
  /** Answer to `pull`: the next chunk, or `null` at the end of the source. */
  | { type: 'chunk'; chunk: Uint8Array | string | null }
  | { type: 'source-error'; message: string }
  | { type: 'abort' }
);

export type FromWorker = { channel: typeof channel; id: number } & (
  | { type: 'event'; event: ImportEvent<unknown> }
  /** The worker needs the next source chunk. */
  | { type: 'pull' }
  | { type: 'error'; name: string; message: string }
);
