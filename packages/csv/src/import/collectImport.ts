import type { RowError } from '../errorCodes.js';
import type {
  HeaderInfo,
  ImportEvent,
  ImportedRow,
  ImportResult,
  ImportSummary,
  Progress,
} from '../types.js';

export interface CollectOptions<T> {
  /** Keep rows in the result (default `true`); `false` streams them through the callbacks only. */
  collect?: boolean;
  /** Most errors kept in `errors` (default 10,000); `errorCount` still counts them all. */
  maxErrors?: number;
  onHeader?(header: HeaderInfo): void;
  /** Every row in file order; `accepted` says whether the invalid-row policy keeps it. */
  onRow?(row: ImportedRow<T>, accepted: boolean): void;
  onProgress?(progress: Progress): void;
}

/** Calls `visit` for the rows of two row-ordered lists, in file order. */
function inFileOrder<T>(
  accepted: ImportedRow<T>[],
  rejected: ImportedRow<T>[],
  visit: (row: ImportedRow<T>, accepted: boolean) => void,
): void {
  let a = 0;
  let r = 0;
  while (a < accepted.length || r < rejected.length) {
    if (r >= rejected.length || (a < accepted.length && accepted[a]!.row <= rejected[r]!.row)) {
      visit(accepted[a++]!, true);
    } else {
      visit(rejected[r++]!, false);
    }
  }
}

/** Drains an import event stream into an `ImportResult` (shared by the main-thread and worker APIs). */
export async function collectImport<T>(
  events: AsyncGenerator<ImportEvent<T>, ImportSummary, undefined>,
  options: CollectOptions<T> = {},
): Promise<ImportResult<T>> {
  const { collect = true, maxErrors = 10_000, onHeader, onRow, onProgress } = options;
  const rows: ImportedRow<T>[] = [];
  const rejected: ImportedRow<T>[] = [];
  const errors: RowError[] = [];
  let errorCount = 0;
  const addError = (error: RowError) => {
    errorCount++;
    if (errors.length < maxErrors) errors.push(error);
  };
  let summary: ImportSummary | null = null;
  for await (const event of events) {
    if (event.type === 'header') {
      for (const error of event.header.errors) addError(error);
      onHeader?.(event.header);
    } else if (event.type === 'rows') {
      inFileOrder(event.rows, event.rejected, (row, accepted) => {
        for (const error of row.errors) addError(error);
        onRow?.(row, accepted);
      });
      if (collect) {
        for (const row of event.rows) rows.push(row);
        for (const row of event.rejected) rejected.push(row);
      }
      onProgress?.(event.progress);
    } else {
      summary = event.summary;
    }
  }
  if (!summary) throw new Error('The import ended without a summary');
  // Missing columns are already among the header errors.
  if (summary.fatal && summary.fatal.code !== 'missing_column') addError(summary.fatal);
  return { ...summary, rows, rejected, errors, errorCount };
}
