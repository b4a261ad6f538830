import { type ReadOptions, readCsv } from '../csv/readCsv.js';
import type { RowError } from '../errorCodes.js';
import type { CsvFormat, CsvSource, HeaderInfo } from '../types.js';
import { describeHeader, type ImportOptions } from './importCsv.js';

export interface PreviewOptions<T> extends ReadOptions, Partial<ImportOptions<T>> {
  /** Records to read after the header (default 20). */
  rows?: number;
}

export interface CsvPreview {
  headers: string[];
  format: CsvFormat | null;
  /** The first records as parsed, with their row numbers. */
  records: string[][];
  rows: number[];
  /** Column matching against `options.template`, when given. */
  header: HeaderInfo | null;
  /** Set when the file cannot be read at all (empty, too large). */
  fatal: RowError | null;
}

/**
 * Reads only the start of a file: headers, detected format and a few records, plus the column
 * matching when a template is given — what a column-mapping screen needs before the real import.
 */
export async function previewCsv<T>(
  source: CsvSource,
  options: PreviewOptions<T> = {},
): Promise<CsvPreview> {
  const want = options.rows ?? 20;
  const preview: CsvPreview = {
    headers: [],
    format: null,
    records: [],
    rows: [],
    header: null,
    fatal: null,
  };
  // Small chunks: a preview of a huge file reads a few kilobytes, not megabytes.
  for await (const event of readCsv(source, { chunkSize: 64 * 1024, ...options })) {
    if (event.type === 'header') {
      preview.headers = event.headers;
      preview.format = event.format;
      if (options.template) {
        preview.header = describeHeader(event.headers, event.row, event.format, {
          ...options,
          template: options.template,
        });
      }
    } else if (event.type === 'records') {
      for (let k = 0; k < event.records.length && preview.records.length < want; k++) {
        preview.records.push(event.records[k]!);
        preview.rows.push(event.rows[k]!);
      }
    } else {
      preview.fatal = event.fatal;
      preview.format = event.format;
    }
    if (preview.records.length >= want) break;
  }
  return preview;
}
