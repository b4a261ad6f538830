import type { RowError } from './errorCodes.js';

/** Locales whose header names the templates recognise (and `toCsv` can write). */
export const locales = ['en', 'pt-BR', 'es', 'fr', 'it', 'de'] as const;
export type Locale = (typeof locales)[number];

export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];

export type Newline = '\r\n' | '\n' | '\r';

export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/**
 * Anything a CSV can be read from: a browser `File`/`Blob`, text, bytes, a web `ReadableStream`, or any
 * (async) iterable of chunks — a Node `Readable` is one, so the core needs no Node import.
 */
export type CsvSource =
  | string
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array | string>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>;

/** How the file was written, as detected (or forced by options). */
export interface CsvFormat {
  /** `null` when the source was already text. */
  encoding: CsvEncoding | null;
  /** The file started with a byte order mark. */
  bom: boolean;
  delimiter: Delimiter;
  newline: Newline;
}

export interface Progress {
  /** Bytes read from the source so far (UTF-16 code units when the source is a string). */
  bytes: number;
  /** The source size when known up front (`Blob`, string, bytes), else `null`. */
  totalBytes: number | null;
  /** Non-blank records read after the header. */
  rows: number;
}

/** What to do with rows that fail validation. */
export type InvalidRowPolicy =
  /** Report them; the result is not `ok` while any row is invalid (nothing should be submitted). */
  | 'block'
  /** Report them and leave them out; the valid rows can be submitted. */
  | 'skip'
  /** Report them and keep them next to the valid rows (each row carries its errors). */
  | 'include';

/** How a template column was found among the file's headers. */
export type MatchKind = 'exact' | 'synonym' | 'fuzzy' | 'override' | 'platform' | 'none';

export interface ColumnMatch {
  /** Template column key. */
  key: string;
  /** Index of the file column, `-1` when none. */
  index: number;
  /** The file's header text for that column, `null` when none. */
  header: string | null;
  match: MatchKind;
  /** 0…1; 1 for exact matches and overrides. A UI may ask the user to confirm low values. */
  confidence: number;
  required: boolean;
}

/** A file column the template does not use. */
export interface FileColumn {
  index: number;
  header: string;
}

/**
 * Overrides for the automatic header matching, by template column key: a header index, a header text
 * or `null` (do not map this column). Pass back what a UI collected from the user.
 */
export type ColumnOverrides = Readonly<Record<string, number | string | null>>;

export interface HeaderInfo {
  /** Row of the header (1 unless blank lines come first). */
  row: number;
  headers: string[];
  /** Format detected so far; the summary holds the final one (an ASCII header says little). */
  format: CsvFormat;
  /** Numbers in this file use a decimal comma (`12,50`). */
  decimalComma: boolean;
  /** The platform export recognised from the headers (`shopify`, …), or `null`. */
  platform: string | null;
  /** One entry per template column, in template order. */
  columns: ColumnMatch[];
  /** Column key → file column index, for matched columns. */
  columnMap: Record<string, number>;
  /** File columns no template column uses. */
  unknown: FileColumn[];
  /** File columns skipped on purpose: blank headers and the `Errors` column of an error report. */
  ignored: FileColumn[];
  /** Required column keys that were not found. */
  missing: string[];
  /** `missing_column` errors, one per missing key. */
  errors: RowError[];
}

/** One record after validation. */
export interface ImportedRow<T> {
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /**
   * Typed values by column key (columns the file has; a blank or invalid cell is `undefined`).
   * Trust them when `errors` is empty.
   */
  values: T;
  /** The record's cells as they appear in the file (for error reports). */
  cells: string[];
  errors: readonly RowError[];
}

export interface ImportStats {
  /** Non-blank records after the header (for platform exports, the rows produced). */
  rows: number;
  validRows: number;
  invalidRows: number;
  blankRows: number;
  bytes: number;
  totalBytes: number | null;
}

export interface ImportSummary {
  /** No fatal error, no missing column, and — with the `block` policy — no invalid row. */
  ok: boolean;
  header: HeaderInfo | null;
  /** The error that stopped reading (limits, empty file, missing columns), if any. */
  fatal: RowError | null;
  /** Final format (the encoding can change after the header, see `HeaderInfo.format`). */
  format: CsvFormat | null;
  stats: ImportStats;
}

export type ImportEvent<T> =
  | { type: 'header'; header: HeaderInfo }
  | {
      type: 'rows';
      /** Rows the policy keeps (with `include`, invalid ones too). */
      rows: ImportedRow<T>[];
      /** Invalid rows the policy leaves out (`skip`, `block`). */
      rejected: ImportedRow<T>[];
      /** With `serialize`: the rows, one JSON text each, in place of `rows`. */
      json?: string[];
      /** With `serialize` and `bodies`: the rows this event read (`rows` is empty)… */
      count?: number;
      /** …and the request bodies they completed, each `{"rows":[…]}` in UTF-8. */
      bodies?: Uint8Array[];
      progress: Progress;
    }
  | { type: 'done'; summary: ImportSummary };

/** The collected outcome of an import. */
export interface ImportResult<T> extends ImportSummary {
  /** Rows the policy keeps, in file order (empty when `collect: false`). */
  rows: ImportedRow<T>[];
  /** Invalid rows the policy leaves out, in file order (empty when `collect: false`). */
  rejected: ImportedRow<T>[];
  /** Header, row and fatal errors in file order, at most `maxErrors`. */
  errors: RowError[];
  /** All errors, including those past `maxErrors`. */
  errorCount: number;
}
