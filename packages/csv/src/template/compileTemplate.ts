import { CellError, errorValue, type RowError } from '../errorCodes.js';
import type { ImportedRow } from '../types.js';
import type { CellContext, RawRecord, RowIssues, Template } from './defineTemplate.js';
import { unescapeFormula } from './formulaEscape.js';

export interface RowProcessor<T> {
  /** Validates a record read by header matching; `extra` are structural errors already found. */
  fromCells(cells: string[], row: number, extra: RowError[] | null): ImportedRow<T>;
  /** Validates a record produced by a platform recogniser from the export row `cells`. */
  fromRecord(
    record: RawRecord,
    cells: string[],
    row: number,
    extra: RowError[] | null,
  ): ImportedRow<T>;
}

const noErrors: readonly RowError[] = Object.freeze([]);
const apostrophe = 39;

/**
 * Prepares a template for one file: column lookups become flat arrays, and per-row work is one loop
 * allocating only the values and row objects (and errors, when there are some).
 *
 * `columnMap` says which columns are present (key → file column index, `-1` for values a platform
 * recogniser derives); only present columns are read, and `required` cells are only demanded from
 * them (missing columns are reported once, on the header).
 */
export function compileTemplate<T>(
  template: Template<T>,
  columnMap: Readonly<Record<string, number>>,
  context: CellContext,
): RowProcessor<T> {
  const columns = template.columns;
  const n = columns.length;
  const keys = columns.map((c) => c.key as string);
  const parse = columns.map((c) => c.parser);
  const trim = columns.map((c) => c.trim !== false);
  const mustFill = columns.map((c) => c.required === true && c.allowBlank !== true);
  const index = Int32Array.from(keys, (key) => columnMap[key] ?? -1);
  // Recognised platform exports list derived keys too (index -1: no single source column).
  const present = keys.map((key) => columnMap[key] !== undefined);
  // Every row's values start as a copy of this shape, so setting a value writes an existing field
  // instead of adding a property (much faster across 100k rows; blank cells stay `undefined`).
  const shape: Record<string, undefined> = Object.fromEntries(
    keys.filter((_, c) => present[c]).map((key) => [key, undefined]),
  );

  // Row state shared with `issues` while `validateRow` runs.
  let rowNumber = 0;
  let rowErrors: RowError[] | null = null;
  let rowCells: string[] = [];
  let rowRecord: RawRecord | null = null;
  const rawOf = (key: string): string | undefined => {
    if (rowRecord) return rowRecord[key];
    const i = columnMap[key];
    return i === undefined ? undefined : rowCells[i];
  };
  const report = (column: string, value: string | undefined, code: RowError['code']) => {
    const error: RowError = { row: rowNumber, column, value: errorValue(value), code };
    if (rowErrors) rowErrors.push(error);
    else rowErrors = [error];
  };
  const issues: RowIssues = {
    add(key, code) {
      report(key, rawOf(key), code);
    },
    filled(key) {
      const raw = rawOf(key);
      return raw !== undefined && raw.trim() !== '';
    },
  };

  const readCell = (values: Record<string, unknown>, c: number, raw: string | undefined) => {
    let text = raw === undefined ? '' : trim[c] ? raw.trim() : raw;
    if (text === '') {
      if (mustFill[c]) report(keys[c]!, '', 'required');
      return;
    }
    if (text.charCodeAt(0) === apostrophe) text = unescapeFormula(text);
    const value = parse[c]!(text, context);
    if (value instanceof CellError) report(keys[c]!, raw, value.code);
    else values[keys[c]!] = value;
  };

  const finish = (values: Record<string, unknown>, cells: string[]): ImportedRow<T> => {
    if (template.validateRow) template.validateRow(values as Partial<T>, issues);
    const row: ImportedRow<T> = {
      row: rowNumber,
      values: values as T,
      cells,
      errors: rowErrors ?? noErrors,
    };
    rowErrors = null;
    rowRecord = null;
    return row;
  };

  return {
    fromCells(cells, row, extra) {
      rowNumber = row;
      rowErrors = extra;
      rowCells = cells;
      const values: Record<string, unknown> = { ...shape };
      for (let c = 0; c < n; c++) {
        const i = index[c]!;
        if (i >= 0) readCell(values, c, cells[i]);
      }
      return finish(values, cells);
    },
    fromRecord(record, cells, row, extra) {
      rowNumber = row;
      rowErrors = extra;
      rowCells = cells;
      rowRecord = record;
      const values: Record<string, unknown> = { ...shape };
      for (let c = 0; c < n; c++) {
        if (present[c]) readCell(values, c, record[keys[c]!]);
      }
      return finish(values, cells);
    },
  };
}
