import type { ColumnOverrides } from '@vitrine/csv';
import type { MappingImport } from '@vitrine/sdk';
import { isRecoverable } from '../../i18n/translate.js';
import type { CsvEngine } from './engine.js';
import type { ChunkedImportApi, ImportKindSpec } from './kinds.js';
import type { RetryNotice } from './machine.js';

/** How sending a chunk is retried, after the SDK's own quick retries gave up. */
export interface RetryPolicy {
  /** Attempts per chunk, the first included. @default 4 */
  attempts?: number;
  /** Pause before the first retry; it doubles each time (with some jitter). @default 1000 */
  delayMs?: number;
}

/** The file changed (or another one answered) between reading it and sending it. */
export class FileChangedError extends Error {
  constructor() {
    super('The file no longer holds the rows it held when it was read.');
    this.name = 'FileChangedError';
  }
}

/** Waits `ms`, or rejects with the signal's reason. */
export const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });

/** Backoff before attempt `attempt` (2 for the first retry): base × 2^(n−2), ±20%. */
export const backoff = (attempt: number, base: number) =>
  Math.round(base * 2 ** (attempt - 2) * (0.8 + Math.random() * 0.4));

export interface UploadOptions {
  engine: CsvEngine;
  spec: ImportKindSpec;
  api: ChunkedImportApi;
  storeId: string;
  file: Blob;
  filename: string;
  columns: ColumnOverrides;
  /** The rows the file was read to hold; the import is created for exactly these. */
  expectedRows: number;
  dryRun: boolean;
  /** An import already created for these rows, and the rows it already acknowledged. */
  importId: string | null;
  sentRows: number;
  retry?: RetryPolicy | undefined;
  signal: AbortSignal;
  onCreated(importId: string): void;
  onSent(rows: number): void;
  onRetry(notice: RetryNotice): void;
}

/**
 * Sends the file's valid rows as numbered chunks and starts the import. The file is read again,
 * streaming, in the worker: a chunk is sent as soon as it is full, and reading waits for it, so
 * memory holds one chunk whatever the file's size. Chunks the server already has (`sentRows`)
 * are skipped, so "Try again" goes on where a failure stopped; a chunk sent again replaces itself
 * on the server, so a retry is always safe.
 */
export async function uploadRows(options: UploadOptions): Promise<MappingImport> {
  const { engine, spec, api, storeId, signal } = options;
  const { attempts = 4, delayMs = 1000 } = options.retry ?? {};

  /** One call, retried with backoff while the failure is one a retry can help with. */
  const persist = async <T>(call: () => Promise<T>): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await call();
      } catch (error) {
        if (signal.aborted || !isRecoverable(error) || attempt >= attempts) throw error;
        const notice = { attempt: attempt + 1, delayMs: backoff(attempt + 1, delayMs) };
        options.onRetry(notice);
        await sleep(notice.delayMs, signal);
      }
    }
  };

  let importId = options.importId;
  if (!importId) {
    const created = await persist(() =>
      api.create(
        storeId,
        { totalRows: options.expectedRows, dryRun: options.dryRun, filename: options.filename },
        { signal },
      ),
    );
    importId = created.id;
    options.onCreated(importId);
  }
  const id = importId;

  const size = spec.chunkSize;
  const firstChunk = Math.floor(options.sentRows / size);
  if (options.sentRows < options.expectedRows) {
    const source = await engine.readable(options.file);
    // Where the worker makes the API's rows itself, it also builds each chunk's request body
    // and hands it over: the page only sends it.
    const serialized = spec.serialize && api.putChunkBody ? spec.serialize : undefined;
    await engine.run(async (importer, readSignal) => {
      let position = 0;
      let chunk: unknown[] = [];
      let nextChunk = firstChunk;
      const send = async () => {
        const n = Math.floor((position - 1) / size);
        const rows = chunk;
        chunk = [];
        await persist(() => api.putChunk(storeId, id, n, rows, { signal }));
        options.onSent(Math.min(position, options.expectedRows));
      };
      const sendBody = async (body: Uint8Array) => {
        const n = nextChunk++;
        await persist(() => api.putChunkBody!(storeId, id, n, body, { signal }));
        options.onSent(Math.min((n + 1) * size, options.expectedRows));
      };
      /** Counts a row and keeps it for its chunk; true when the chunk is full. */
      const take = (row: () => unknown) => {
        position++;
        if (position > options.expectedRows) throw new FileChangedError();
        // Rows of chunks the server already holds are only counted.
        if (position <= firstChunk * size) return false;
        chunk.push(row());
        return chunk.length === size;
      };
      for await (const event of importer.import(source, {
        template: spec.template(engine.csv),
        columnMap: options.columns,
        invalidRows: 'skip',
        // Only values go to the server: the cells stay in the worker.
        cells: false,
        ...(serialized
          ? { serialize: serialized, bodies: { rows: size, skip: firstChunk * size } }
          : {}),
        signal: readSignal,
      })) {
        if (event.type !== 'rows') continue;
        if (serialized) {
          position += event.count ?? 0;
          if (position > options.expectedRows) throw new FileChangedError();
          for (const body of event.bodies ?? []) await sendBody(body);
        } else {
          for (const row of event.rows) if (take(() => spec.toRow(engine.csv, row))) await send();
        }
      }
      if (chunk.length > 0) await send();
      if (position !== options.expectedRows) throw new FileChangedError();
    }, signal);
  }
  return persist(() => api.start(storeId, id, { signal }));
}
