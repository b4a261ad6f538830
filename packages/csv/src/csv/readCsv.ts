import Papa from 'papaparse';
import type { ErrorCode, RowError } from '../errorCodes.js';
import { openSource } from '../source/openSource.js';
import { TextStreamDecoder } from '../source/TextStreamDecoder.js';
import type { CsvEncoding, CsvFormat, CsvSource, Delimiter, Progress } from '../types.js';
import { detectDelimiter } from './detectDelimiter.js';
import { findHeaderLine } from './findHeaderLine.js';

export interface ReadOptions {
  /** Default `auto`: byte order mark, else UTF-8 unless the bytes are not UTF-8 (Windows-1252). */
  encoding?: CsvEncoding | 'auto';
  /** Default `auto`: detected from the header line. */
  delimiter?: Delimiter | 'auto';
  /** Most non-blank records after the header; more stops reading with `too_many_rows`. */
  maxRows?: number;
  /** Most bytes read; more stops reading with `file_too_large` (checked up front for Blobs). */
  maxBytes?: number;
  /** Longest record in characters (default 8 Mi); guards memory against an unclosed quote. */
  maxRowLength?: number;
  /** Characters handed to the CSV parser at a time (default 64 Ki); one `records` batch each. */
  chunkSize?: number;
  signal?: AbortSignal;
}

/** A structural problem of one record in a batch. */
export interface RecordIssue {
  /** Index into the batch's `records`. */
  index: number;
  code: ErrorCode;
}

export type ReadEvent =
  | { type: 'header'; headers: string[]; row: number; format: CsvFormat; progress: Progress }
  | {
      type: 'records';
      /** Non-blank records, cells as parsed. */
      records: string[][];
      /** Row number of each record. */
      rows: number[];
      issues: RecordIssue[];
      progress: Progress;
    }
  | {
      type: 'end';
      fatal: RowError | null;
      format: CsvFormat | null;
      blankRows: number;
      progress: Progress;
    };

const papaIssues: Record<string, ErrorCode> = {
  MissingQuotes: 'missing_quotes',
  InvalidQuotes: 'invalid_quotes',
};

const isBlank = (cells: string[]): boolean => {
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell !== '' && cell.trim() !== '') return false;
  }
  return true;
};

const isTrailingBreak = (data: string[][]): boolean => {
  const last = data[data.length - 1];
  return last !== undefined && last.length === 1 && last[0] === '';
};

const hasExtraContent = (cells: string[], width: number): boolean => {
  for (let i = width; i < cells.length; i++) if (cells[i]!.trim() !== '') return true;
  return false;
};

const fatalError = (row: number, code: ErrorCode, message: string): RowError => ({
  row,
  column: '',
  value: '',
  code,
  message,
});

/**
 * Streams a CSV as header + batches of raw records, with flat memory: bytes are decoded as they
 * arrive, and Papa Parse's tokenizer runs on about `chunkSize` characters at a time, carrying the
 * unfinished last record over to the next chunk. Blank records (including Excel's `;;;`) are
 * skipped but still counted in row numbers.
 */
export async function* readCsv(
  source: CsvSource,
  options: ReadOptions = {},
): AsyncGenerator<ReadEvent, void, undefined> {
  const {
    maxRows = Infinity,
    maxBytes = Infinity,
    maxRowLength = 8 * 1024 * 1024,
    chunkSize = 64 * 1024,
    signal,
  } = options;
  signal?.throwIfAborted();
  const { chunks, totalBytes } = openSource(source, chunkSize, signal);
  const progress: Progress = { bytes: 0, totalBytes, rows: 0 };
  const decoder = new TextStreamDecoder(options.encoding ?? 'auto');
  let format: CsvFormat | null = null;
  let textInput = false;
  let blankRows = 0;

  const end = (fatal: RowError | null): ReadEvent => {
    // The encoding guess can change after the header (an ASCII header says little).
    if (format && !textInput) format.encoding = decoder.encoding;
    return {
      type: 'end',
      fatal,
      format: format && { ...format },
      blankRows,
      progress: { ...progress },
    };
  };

  if (totalBytes !== null && totalBytes > maxBytes) {
    yield end(
      fatalError(0, 'file_too_large', `The file has ${totalBytes} bytes; at most ${maxBytes}`),
    );
    return;
  }

  const iterator = chunks[Symbol.asyncIterator]();
  let pending = '';
  let started = false;
  let textBom = false;
  let parser: Papa.Parser | null = null;
  let width = 0;
  let row = 0;
  try {
    for (let final = false; !final; ) {
      const next = await iterator.next();
      signal?.throwIfAborted();
      let text: string;
      if (next.done) {
        final = true;
        text = textInput ? '' : decoder.end();
      } else if (typeof next.value === 'string') {
        textInput = true;
        progress.bytes += next.value.length;
        text = next.value;
      } else {
        progress.bytes += next.value.byteLength;
        text = decoder.push(next.value);
      }
      if (progress.bytes > maxBytes) {
        yield end(fatalError(0, 'file_too_large', `The file exceeds ${maxBytes} bytes`));
        return;
      }
      if (!started && text.length > 0) {
        started = true;
        // Text sources (and decoders told an encoding) may still carry a BOM character.
        if (text.charCodeAt(0) === 0xfeff) {
          text = text.slice(1);
          textBom = true;
        }
      }
      pending = pending.length > 0 ? pending + text : text;

      if (!parser) {
        const line = findHeaderLine(pending, final);
        if (!line) {
          if (final) {
            yield end(fatalError(0, 'empty_file', 'The file has no header row'));
            return;
          }
          if (pending.length > maxRowLength) {
            yield end(fatalError(1, 'row_too_large', 'The header row is too long'));
            return;
          }
          continue;
        }
        const headerText = pending.slice(line.start, line.end);
        const delimiter =
          options.delimiter && options.delimiter !== 'auto'
            ? options.delimiter
            : detectDelimiter(headerText);
        const newline = line.newline ?? '\n';
        format = {
          encoding: textInput ? null : decoder.encoding,
          bom: decoder.bom || textBom,
          delimiter,
          newline,
        };
        parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
        const headers = ((parser.parse(headerText, 0, false).data[0] ?? []) as string[]).map((h) =>
          h.trim(),
        );
        width = headers.length;
        row = line.skipped + 1;
        pending = pending.slice(line.next);
        yield { type: 'header', headers, row, format: { ...format }, progress: { ...progress } };
      }
      if (!final && pending.length < chunkSize) continue;

      const result = parser.parse(pending, 0, !final);
      pending = final ? '' : pending.slice(result.meta.cursor);
      const data = result.data as string[][];
      const records: string[][] = [];
      const rows: number[] = [];
      const issues: RecordIssue[] = [];
      let papaErrors: Map<number, ErrorCode> | null = null;
      for (const error of result.errors as Papa.ParseError[]) {
        const code = papaIssues[error.code];
        if (!code || error.row === undefined) continue;
        papaErrors ??= new Map();
        papaErrors.set(error.row, code);
      }
      let fatal: RowError | null = null;
      // The text after a final line break is no row, though Papa Parse returns it as one.
      const count = final && isTrailingBreak(data) ? data.length - 1 : data.length;
      for (let k = 0; k < count; k++) {
        const cells = data[k]!;
        row++;
        if (isBlank(cells)) {
          blankRows++;
          continue;
        }
        if (progress.rows >= maxRows) {
          fatal = fatalError(row, 'too_many_rows', `More than ${maxRows} rows`);
          break;
        }
        progress.rows++;
        const index = records.length;
        records.push(cells);
        rows.push(row);
        if (cells.length > width && hasExtraContent(cells, width)) {
          issues.push({ index, code: 'too_many_fields' });
        }
        const papaError = papaErrors?.get(k);
        if (papaError) issues.push({ index, code: papaError });
      }
      if (!fatal && pending.length > maxRowLength) {
        fatal = fatalError(
          row + 1,
          'row_too_large',
          `A row is longer than ${maxRowLength} characters`,
        );
      }
      yield { type: 'records', records, rows, issues, progress: { ...progress } };
      if (fatal) {
        yield end(fatal);
        return;
      }
    }
    yield end(null);
  } finally {
    // Stops the underlying read when we leave early (limit, abort, or the consumer stopped).
    await iterator.return?.();
  }
}
