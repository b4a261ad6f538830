import type { ColumnOverrides, CsvFormat, HeaderInfo, RowError } from '@vitrine/csv';
import type { MappingImport } from '@vitrine/sdk';

/**
 * The bulk CSV import as data: every step the widget can show and every event that moves it, with
 * no React and no I/O. `useBulkImport` reads the file, talks to the API and feeds what happens back
 * here as events.
 *
 * idle → reading → preview ⇄ reading (columns changed) → uploading (dry run) → running (dry run)
 * → reviewed → uploading → running → done; a failure keeps the step to go back to, and an import
 * found running when the page opens again starts at `running` (or `interrupted`, when its rows
 * never all arrived).
 */

/** Where the import stands; also the `data-state` of the widget. */
export type BulkImportState =
  | 'idle'
  | 'interrupted'
  | 'reading'
  | 'preview'
  | 'checking'
  | 'reviewed'
  | 'importing'
  | 'done'
  | 'error';

/** The file the user chose. */
export interface ChosenFile {
  file: Blob;
  name: string;
  size: number;
}

/** One of the first rows of the file, as it is in the file, with what is wrong with it. */
export interface SampleRow {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  cells: readonly string[];
  errors: readonly RowError[];
}

/** What reading the whole file found, before anything is sent. */
export interface FileAnalysis {
  /** Headers, column matching, recognised platform export; `null` for an empty file. */
  header: HeaderInfo | null;
  /** Encoding, byte order mark, separator and line break, as detected over the whole file. */
  format: CsvFormat | null;
  /** A problem that stops the import (no header, a missing column, too many rows…). */
  fatal: RowError | null;
  /** Rows read after the header (blank lines aside). */
  rows: number;
  /** Rows to send: the ones without problems. */
  validRows: number;
  /** Rows with problems: they are left out and go to the error report. */
  invalidRows: number;
  /** The first rows, valid or not, in file order. */
  sample: SampleRow[];
  /** The first problems found, in file order; `errorCount` counts them all. */
  errors: RowError[];
  errorCount: number;
}

/** A file read with the user's column choices. */
export interface FileContext {
  source: ChosenFile;
  /** The user's corrections to the column matching (template column key → file column). */
  columns: ColumnOverrides;
  analysis: FileAnalysis;
}

/** Why the last attempt to send a chunk failed and when the next one goes. */
export interface RetryNotice {
  /** The attempt about to be made (2 for the first retry). */
  attempt: number;
  delayMs: number;
}

/** What the notice of a step at rest says. */
export type Notice = 'canceled' | null;

export type BulkImportStep =
  /** Nothing chosen yet. */
  | { kind: 'idle' }
  /**
   * An upload that never reached `start` was found when the page opened again: it cannot go on
   * without the file. `canceled` once the server has dropped it.
   */
  | { kind: 'interrupted'; import: MappingImport; canceled: boolean }
  /** Reading the file (in a worker); `previous` is the last analysis, shown while the new one runs. */
  | {
      kind: 'reading';
      id: number;
      source: ChosenFile;
      columns: ColumnOverrides;
      /** Share of the file read, 0…1, when its size is known. */
      progress: number | null;
      previous: FileAnalysis | null;
    }
  /** Format, column matching, first rows and their problems. */
  | { kind: 'preview'; file: FileContext; notice: Notice }
  /** Sending the rows in chunks (`importId` once created); `dryRun` for the check. */
  | {
      kind: 'uploading';
      file: FileContext;
      dryRun: boolean;
      importId: string | null;
      /** Rows the server has acknowledged, in whole chunks. */
      sentRows: number;
      retry: RetryNotice | null;
      canceling: boolean;
    }
  /**
   * The server applies (or, for a dry run, judges) the rows. `file` is `null` for an import found
   * running when the page opened again.
   */
  | {
      kind: 'running';
      file: FileContext | null;
      import: MappingImport;
      resumed: boolean;
      canceling: boolean;
    }
  /** A dry run finished: what the import would do. */
  | { kind: 'reviewed'; file: FileContext | null; import: MappingImport; resumed: boolean }
  /** The import ended: succeeded, failed or canceled. */
  | { kind: 'done'; file: FileContext | null; import: MappingImport; resumed: boolean }
  /** A request or the file failed; `resume` is where "Try again" goes back to. */
  | { kind: 'failed'; error: unknown; resume: Resumable };

/** The steps a failure can go back to. */
export type Resumable = Extract<
  BulkImportStep,
  { kind: 'reading' } | { kind: 'uploading' } | { kind: 'running' } | { kind: 'preview' }
>;

export type BulkImportEvent =
  /** Start afresh. */
  | { type: 'reset' }
  /** An active import of the store, found when the widget opened. */
  | { type: 'found'; import: MappingImport }
  /** The server dropped the interrupted upload. */
  | { type: 'dropped' }
  /** A file was chosen; `id` tells its reading apart from earlier ones. */
  | { type: 'choose'; id: number; source: ChosenFile }
  | { type: 'readProgress'; id: number; progress: number }
  | { type: 'read'; id: number; analysis: FileAnalysis }
  /** The user matched a template column to a file column (`null`: not in the file), or reset it. */
  | { type: 'setColumn'; id: number; key: string; column: number | null | undefined }
  /** Send the rows for a dry run (`check`) or for real (`import`). */
  | { type: 'check' }
  | { type: 'import' }
  | { type: 'created'; importId: string }
  | { type: 'sent'; rows: number }
  | { type: 'retrying'; retry: RetryNotice }
  /** Every row arrived and the import was started. */
  | { type: 'started'; import: MappingImport }
  /** The import as the server last answered it. */
  | { type: 'polled'; import: MappingImport }
  | { type: 'cancel' }
  /** Sending stopped at the user's request and the server dropped the upload. */
  | { type: 'canceled' }
  | { type: 'failed'; error: unknown }
  | { type: 'retry'; id: number };

export const initialStep: BulkImportStep = { kind: 'idle' };

const terminal = new Set<MappingImport['status']>(['succeeded', 'failed', 'canceled']);

/** Whether the server is done with an import. */
export const isFinished = (imp: MappingImport) => terminal.has(imp.status);

/** A file whose rows can be sent: read, no fatal problem, at least one row without problems. */
export const canSend = (analysis: FileAnalysis | null) =>
  analysis !== null && analysis.fatal === null && analysis.validRows > 0;

/** The file of a step, when it has one in hand. */
export function fileOf(step: BulkImportStep): FileContext | null {
  switch (step.kind) {
    case 'preview':
    case 'uploading':
    case 'running':
    case 'reviewed':
    case 'done':
      return step.file;
    case 'failed':
      return fileOf(step.resume);
    default:
      return null;
  }
}

/** The import a step is about, when one exists on the server. */
export function importOf(step: BulkImportStep): MappingImport | null {
  switch (step.kind) {
    case 'interrupted':
    case 'running':
    case 'reviewed':
    case 'done':
      return step.import;
    case 'failed':
      return importOf(step.resume);
    default:
      return null;
  }
}

const reading = (
  id: number,
  source: ChosenFile,
  columns: ColumnOverrides,
  previous: FileAnalysis | null,
): BulkImportStep => ({ kind: 'reading', id, source, columns, progress: null, previous });

const uploading = (file: FileContext, dryRun: boolean): BulkImportStep => ({
  kind: 'uploading',
  file,
  dryRun,
  importId: null,
  sentRows: 0,
  retry: null,
  canceling: false,
});

/** Where a finished import goes: a dry run that went through is a verdict, anything else is done. */
function finished(file: FileContext | null, imp: MappingImport, resumed: boolean): BulkImportStep {
  if (imp.dryRun && imp.status === 'canceled' && file) {
    return { kind: 'preview', file, notice: 'canceled' };
  }
  if (imp.dryRun && imp.status === 'succeeded') {
    return { kind: 'reviewed', file, import: imp, resumed };
  }
  return { kind: 'done', file, import: imp, resumed };
}

/** The user's column choices with one changed; `undefined` hands the column back to matching. */
function withColumn(
  columns: ColumnOverrides,
  key: string,
  column: number | null | undefined,
): ColumnOverrides {
  const next: Record<string, number | string | null> = { ...columns };
  if (column === undefined) delete next[key];
  else next[key] = column;
  return next;
}

/** The next step; the same object when the event does not apply to this one. */
export function transition(step: BulkImportStep, event: BulkImportEvent): BulkImportStep {
  switch (event.type) {
    case 'reset':
      return initialStep;
    case 'found':
      // Only before the user started something of their own.
      if (step.kind !== 'idle') return step;
      if (isFinished(event.import)) return step;
      if (event.import.status === 'receiving') {
        return { kind: 'interrupted', import: event.import, canceled: false };
      }
      return { kind: 'running', file: null, import: event.import, resumed: true, canceling: false };
    case 'dropped':
      return step.kind === 'interrupted' ? { ...step, canceled: true } : step;
    case 'choose':
      // Not while rows are being sent or applied: the file they come from stays.
      if (step.kind === 'uploading' || step.kind === 'running') return step;
      return reading(event.id, event.source, {}, null);
    case 'readProgress':
      return step.kind === 'reading' && step.id === event.id && step.progress !== event.progress
        ? { ...step, progress: event.progress }
        : step;
    case 'read':
      return step.kind === 'reading' && step.id === event.id
        ? {
            kind: 'preview',
            file: { source: step.source, columns: step.columns, analysis: event.analysis },
            notice: null,
          }
        : step;
    case 'setColumn': {
      if (step.kind === 'preview') {
        const { source, columns, analysis } = step.file;
        return reading(event.id, source, withColumn(columns, event.key, event.column), analysis);
      }
      if (step.kind === 'reading') {
        return reading(
          event.id,
          step.source,
          withColumn(step.columns, event.key, event.column),
          step.previous,
        );
      }
      return step;
    }
    case 'check':
      return step.kind === 'preview' && canSend(step.file.analysis)
        ? uploading(step.file, true)
        : step;
    case 'import':
      return step.kind === 'reviewed' && step.file && canSend(step.file.analysis)
        ? uploading(step.file, false)
        : step;
    case 'created':
      return step.kind === 'uploading' && step.importId === null
        ? { ...step, importId: event.importId }
        : step;
    case 'sent':
      return step.kind === 'uploading' && !step.canceling
        ? { ...step, sentRows: event.rows, retry: null }
        : step;
    case 'retrying':
      return step.kind === 'uploading' && !step.canceling ? { ...step, retry: event.retry } : step;
    case 'started':
      if (step.kind !== 'uploading' || step.canceling) return step;
      return isFinished(event.import)
        ? finished(step.file, event.import, false)
        : {
            kind: 'running',
            file: step.file,
            import: event.import,
            resumed: false,
            canceling: false,
          };
    case 'polled':
      if (step.kind !== 'running' || step.import.id !== event.import.id) return step;
      return isFinished(event.import)
        ? finished(step.file, event.import, step.resumed)
        : { ...step, import: event.import };
    case 'cancel':
      if (step.kind === 'uploading' || step.kind === 'running') {
        return step.canceling ? step : { ...step, canceling: true };
      }
      return step;
    case 'canceled':
      return step.kind === 'uploading'
        ? { kind: 'preview', file: step.file, notice: 'canceled' }
        : step;
    case 'failed': {
      if (step.kind === 'reading') return { kind: 'failed', error: event.error, resume: step };
      if (step.kind === 'uploading') {
        return {
          kind: 'failed',
          error: event.error,
          resume: { ...step, retry: null, canceling: false },
        };
      }
      if (step.kind === 'running') {
        return { kind: 'failed', error: event.error, resume: { ...step, canceling: false } };
      }
      if (step.kind === 'preview') return { kind: 'failed', error: event.error, resume: step };
      return step;
    }
    case 'retry':
      if (step.kind !== 'failed') return step;
      return step.resume.kind === 'reading' ? { ...step.resume, id: event.id } : step.resume;
  }
}

/** The state the widget reports in `data-state`. */
export function importState(step: BulkImportStep): BulkImportState {
  switch (step.kind) {
    case 'idle':
    case 'interrupted':
    case 'reading':
    case 'preview':
    case 'reviewed':
    case 'done':
      return step.kind;
    case 'uploading':
      return step.dryRun ? 'checking' : 'importing';
    case 'running':
      return step.import.dryRun ? 'checking' : 'importing';
    case 'failed':
      return 'error';
  }
}

/** The four steps the stepper shows. */
export type StepperStep = 'file' | 'columns' | 'check' | 'import';

/** Which of the stepper's steps the flow is at. */
export function stepperStep(step: BulkImportStep): StepperStep {
  switch (step.kind) {
    case 'idle':
    case 'interrupted':
      return 'file';
    case 'reading':
    case 'preview':
      return 'columns';
    case 'uploading':
      return step.dryRun ? 'check' : 'import';
    case 'running':
      return step.import.dryRun ? 'check' : 'import';
    case 'reviewed':
      return 'check';
    case 'done':
      return step.import.dryRun ? 'check' : 'import';
    case 'failed':
      return stepperStep(step.resume);
  }
}

/**
 * How far the import is, for its progress bar: rows sent while uploading, then rows applied.
 * `phase` tells them apart; `queued` while the job waits for a worker.
 */
export function progressOf(
  step: BulkImportStep,
): { phase: 'sending' | 'applying'; done: number; total: number; queued: boolean } | null {
  if (step.kind === 'uploading') {
    return {
      phase: 'sending',
      done: step.sentRows,
      total: step.file.analysis.validRows,
      queued: false,
    };
  }
  if (step.kind === 'running') {
    const { done, total } = step.import.progress;
    return {
      phase: 'applying',
      done: Math.min(done, total),
      total,
      queued: step.import.status === 'queued' && done === 0,
    };
  }
  return null;
}
