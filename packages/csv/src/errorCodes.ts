/**
 * Every code this package reports. Codes are stable API: UIs translate them into words, so they
 * never change meaning between versions. Custom column parsers may add their own.
 */
export const errorCodes = [
  // The file as a whole (`row` 0).
  'file_too_large',
  'empty_file',
  // Limits hit while reading (`row` is the first row past the limit).
  'too_many_rows',
  'row_too_large',
  // The header row (`row` is the header's row).
  'missing_column',
  // Record structure.
  'missing_quotes',
  'invalid_quotes',
  'too_many_fields',
  // One cell.
  'required',
  'too_long',
  'invalid_value',
  'invalid_url',
  'invalid_product_uid',
  'invalid_number',
  'invalid_integer',
  'out_of_range',
  'invalid_email',
  'invalid_country',
  'invalid_currency',
  'invalid_boolean',
  // A row as a whole.
  'missing_identifier',
  'missing_file',
  'missing_product',
  'invalid_variant',
  // Several rows of one order.
  'inconsistent_order',
  'duplicate_item',
  'too_many_items',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * One problem found in a file.
 *
 * `row` is the spreadsheet row: the header is row 1 (or the first non-blank line), the first record
 * row 2, and a quoted cell spanning several lines still counts as one row — the number a user sees
 * in Excel. `row` 0 means the whole file.
 */
export interface RowError {
  row: number;
  /** The template column key (`productUid`), or `''` for problems with the record as a whole. */
  column: string;
  /** The cell as it appears in the file (cut to 500 characters). */
  value: string;
  code: ErrorCode | (string & {});
  /** For developers only; UIs translate `code`. */
  message?: string;
}

/** What a column parser returns for a cell it rejects. Instances are shared, so compare `code`. */
export class CellError {
  constructor(readonly code: ErrorCode | (string & {})) {}
}

const cellErrors = new Map<string, CellError>();

/** The shared `CellError` for `code` (parsers run per cell, so they should not allocate). */
export const cellError = (code: ErrorCode | (string & {})): CellError => {
  let error = cellErrors.get(code);
  if (!error) {
    error = new CellError(code);
    cellErrors.set(code, error);
  }
  return error;
};

const maxValueLength = 500;

/** Cuts a cell for an error record, so one huge cell cannot bloat the error list. */
export const errorValue = (value: string | undefined): string =>
  value === undefined ? '' : value.length > maxValueLength ? value.slice(0, maxValueLength) : value;
