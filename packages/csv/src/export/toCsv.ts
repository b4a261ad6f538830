import type { CellContext, ColumnDefinition, Template } from '../template/defineTemplate.js';
import type { Delimiter, Locale } from '../types.js';
import { csvCell } from './csvCell.js';

export interface ToCsvOptions<K extends string = string> {
  /** Default `,`. */
  delimiter?: Delimiter;
  /** Start with a UTF-8 byte order mark so Excel reads accents right (default `false`). */
  bom?: boolean;
  /** Default `\r\n` (RFC 4180, Excel). */
  newline?: '\r\n' | '\n';
  /** Write the header row (default `true`). */
  header?: boolean;
  /** Header language: the locale's first synonym, else the canonical header (default `en`). */
  locale?: Locale;
  /** Columns to write, in order (default: all template columns). */
  columns?: readonly K[];
  /** Default: `,` when the delimiter is `;`, else `.` — what the matching Excel expects. */
  decimalSeparator?: '.' | ',';
  /** Neutralise cells a spreadsheet would run as formulas (default `true`); see `escapeFormula`. */
  escapeFormulas?: boolean;
  /** Rows per yielded chunk (default 500). */
  batchSize?: number;
}

interface RowWriter<T> {
  header: string;
  row(values: Partial<T>): string;
}

function rowWriter<T>(
  template: Template<T>,
  options: ToCsvOptions<Extract<keyof T, string>>,
): RowWriter<T> {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\r\n';
  const escapeFormulas = options.escapeFormulas !== false;
  const context: CellContext = {
    decimalComma: (options.decimalSeparator ?? (delimiter === ';' ? ',' : '.')) === ',',
  };
  const byKey = new Map<string, ColumnDefinition>(template.columns.map((c) => [c.key, c]));
  const columns = (options.columns ?? template.columns.map((c) => c.key)).map((key) => {
    const column = byKey.get(key);
    if (!column) throw new Error(`Template "${template.id}" has no column "${key}"`);
    return column;
  });
  const locale = options.locale ?? 'en';
  const label = (c: ColumnDefinition) =>
    (locale === 'en' ? undefined : c.synonyms?.[locale]?.[0]) ?? c.header;
  const header =
    options.header === false
      ? ''
      : columns.map((c) => csvCell(label(c), false)).join(delimiter) + newline;
  const formatted = (c: ColumnDefinition, value: unknown): string => {
    if (value === undefined || value === null) return '';
    if (typeof value === 'string') return csvCell(value, escapeFormulas);
    const text = c.parser.format ? c.parser.format(value, context) : String(value);
    return csvCell(text, escapeFormulas);
  };
  return {
    header,
    row(values) {
      const record = values as Record<string, unknown>;
      let line = '';
      for (let i = 0; i < columns.length; i++) {
        const c = columns[i]!;
        if (i > 0) line += delimiter;
        line += formatted(c, record[c.key]);
      }
      return line + newline;
    },
  };
}

/**
 * Writes rows (template values by key) as CSV, streaming: yields text chunks of `batchSize` rows,
 * so a large export never sits in memory whole. Pipe them to a file, a `Response`, or a `Blob`.
 */
export async function* toCsv<T>(
  rows: Iterable<Partial<T>> | AsyncIterable<Partial<T>>,
  template: Template<T>,
  options: ToCsvOptions<Extract<keyof T, string>> = {},
): AsyncGenerator<string, void, undefined> {
  const writer = rowWriter(template, options);
  const batchSize = options.batchSize ?? 500;
  let chunk = (options.bom ? '\uFEFF' : '') + writer.header;
  let count = 0;
  for await (const values of rows) {
    chunk += writer.row(values);
    if (++count % batchSize === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** `toCsv` for rows at hand, as one string. */
export function toCsvString<T>(
  rows: Iterable<Partial<T>>,
  template: Template<T>,
  options: ToCsvOptions<Extract<keyof T, string>> = {},
): string {
  const writer = rowWriter(template, options);
  let text = (options.bom ? '\uFEFF' : '') + writer.header;
  for (const values of rows) text += writer.row(values);
  return text;
}
