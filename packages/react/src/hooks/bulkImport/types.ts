import type { MappingImport } from '@vitrine/sdk';
import type { CreateCsvWorker } from './engine.js';
import type { BulkImportKind } from './kinds.js';
import type { BulkImportState, BulkImportStep } from './machine.js';
import type { RetryPolicy } from './upload.js';

export interface UseBulkImportOptions {
  storeId: string;
  /** The file the import takes. Only `'mappings'` today (see `BulkImportKind`). @default 'mappings' */
  kind?: BulkImportKind;
  /**
   * Makes the Web Worker that reads files. The default,
   * `new Worker(new URL('@vitrine/csv/worker', import.meta.url), { type: 'module' })`, is placed
   * by Vite and webpack; pass your own when your bundler needs it written differently.
   */
  createWorker?: CreateCsvWorker;
  /** Pause between polls of a running import, in milliseconds. @default 1000 */
  pollIntervalMs?: number;
  /** How chunks are sent again when the connection drops. */
  retry?: RetryPolicy;
  /**
   * Called with each file the user downloads (export, template, error report) before the browser
   * saves it; return `false` to save it yourself.
   */
  onDownload?: (file: File) => boolean | undefined;
  /** A real import (not a dry run) finished; its counts say what changed. */
  onSuccess?: (result: MappingImport) => void;
  /** An SDK error (`error.code` for API errors), or a file that could not be read. */
  onError?: (error: unknown) => void;
  /** The session is known and any import left running was looked for. */
  onReady?: () => void;
  onStateChange?: (state: BulkImportState) => void;
}

/** A file offered for download. */
export type DownloadKind = 'export' | 'template' | 'report';

/** The import as `useBulkImport` hands it to a view. */
export interface BulkImport {
  step: BulkImportStep;
  state: BulkImportState;
  kind: BulkImportKind;
  storeId: string;
  /** The session and the look for a running import are done. */
  ready: boolean;
  /** The session may download the store's data (`products:read`). */
  canExport: boolean;
  /** The session may import (`products:manage`). */
  canImport: boolean;
  /** Reads a file (in a worker) for its preview. */
  choose: (file: File) => void;
  /**
   * Matches template column `key` to the file's column `column` (an index), or to none (`null`);
   * `undefined` gives it back to automatic matching. The file is read again.
   */
  setColumn: (key: string, column: number | null | undefined) => void;
  /** Sends the rows for a dry run: the server judges them and changes nothing. */
  check: () => void;
  /** Sends the rows for real, after a dry run. */
  confirm: () => void;
  /** Stops sending, or asks the server to stop applying (rows applied stay). */
  cancel: () => void;
  /** After a failure: carries on from where it stopped. */
  retry: () => void;
  /** Back to choosing a file. */
  reset: () => void;
  /** Downloads the store's current data to fill in; `excel` writes `;` and a byte order mark. */
  downloadExport: (options: { excel: boolean }) => void;
  /** Downloads a file with the template's headers only. */
  downloadTemplate: (options: { excel: boolean }) => void;
  /** Downloads the error report of the file (or, without the file, of the server's errors). */
  downloadReport: () => void;
  /** The download being prepared, if any. */
  downloading: DownloadKind | null;
  /** The last download that failed, and why; `null` once another starts. */
  downloadError: { kind: DownloadKind; error: unknown } | null;
  /** The name of the last file downloaded, for a confirmation. */
  downloaded: string | null;
}
