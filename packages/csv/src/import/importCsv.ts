import { toBulkMappingRow } from '../convert/toBulkMappingRow.js';
import { type ReadOptions, type RecordIssue, readCsv } from '../csv/readCsv.js';
import type { RowError } from '../errorCodes.js';
import { matchHeaders } from '../headers/matchHeaders.js';
import { normalizeHeader } from '../headers/normalizeHeader.js';
import { compileTemplate, type RowProcessor } from '../template/compileTemplate.js';
import type { ExportReader, RawRecord, Template } from '../template/defineTemplate.js';
import type { ProductMappingValues } from '../templates/productMapping.js';
import type {
  ColumnMatch,
  ColumnOverrides,
  CsvFormat,
  CsvSource,
  FileColumn,
  HeaderInfo,
  ImportEvent,
  ImportedRow,
  ImportStats,
  ImportSummary,
  InvalidRowPolicy,
} from '../types.js';

export interface ImportOptions<T> extends ReadOptions {
  template: Template<T>;
  /** The user's corrections to header matching (see `HeaderInfo.columns`). */
  columnMap?: ColumnOverrides;
  /** Lowest similarity for fuzzy header matches (default 0.8; `1` turns them off). */
  fuzzyThreshold?: number;
  /** Default `block`. */
  invalidRows?: InvalidRowPolicy;
  /** Default `auto`: a decimal comma when the delimiter is `;` (Excel in most of Europe). */
  decimalSeparator?: 'auto' | '.' | ',';
  /** Read recognised platform exports with the template's recognisers (default `true`). */
  recognisePlatforms?: boolean;
  /** Defaults to the template's `maxRows`. */
  maxRows?: number;
  /**
   * Rows `rows` events carry, from the start of the file (default: all). The summary's stats
   * still count every row: a preview that reads a whole file only to count it asks for the few
   * it shows, and a Web Worker then posts counts instead of a hundred thousand rows.
   */
  keepRows?: number;
  /**
   * `false` leaves the `cells` of rows without errors empty (rows with errors keep theirs, for
   * the error report): half as much to copy out of a Web Worker when only values are sent on.
   */
  cells?: boolean;
  /**
   * `bulkMappingRow`: `rows` events carry their rows as the API's mapping rows
   * (`toBulkMappingRow`, with the row number), one JSON text each, in `json`, and `rows` is
   * empty. An upload from a Web Worker then receives request bodies ready to send: nothing to
   * convert, serialise or collect as garbage on the page's thread.
   */
  serialize?: 'bulkMappingRow';
  /**
   * With `serialize`: the rows also come as whole request bodies, `{"rows":[…]}` in UTF-8, of
   * `rows` rows each (the last one shorter), in `bodies`, and `json` is left out; the first
   * `skip` rows are counted but in no body (chunks the server holds already). From a Web Worker
   * the bodies are transferred, not copied: the page only sends them.
   */
  bodies?: { rows: number; skip?: number };
}

interface Setup<T> {
  header: HeaderInfo;
  processor: RowProcessor<T>;
  reader: ExportReader | null;
  /** Extra columns copied into recognised records: key → file column index. */
  passthrough: [string, number][];
}

function setUp<T>(
  headers: string[],
  row: number,
  format: CsvFormat,
  options: ImportOptions<T>,
): Setup<T> {
  const { template } = options;
  const decimalComma =
    options.decimalSeparator === ',' ||
    (options.decimalSeparator !== '.' && format.delimiter === ';');
  const normalized = headers.map(normalizeHeader);
  const recogniser =
    options.recognisePlatforms === false
      ? undefined
      : template.recognisers?.find((r) => r.detect(normalized));

  let columns: ColumnMatch[];
  let columnMap: Record<string, number>;
  let unknown: FileColumn[];
  let ignored: FileColumn[];
  let missing: string[] = [];
  let reader: ExportReader | null = null;
  let passthrough: [string, number][] = [];

  if (recogniser) {
    reader = recogniser.start(headers);
    // Owners often add `Product UID`/`Design File URL` columns to their export before uploading.
    const extra = matchHeaders(headers, template, {
      keys: template.platformColumns ?? [],
      fuzzyThreshold: 1,
      overrides: options.columnMap,
    });
    passthrough = Object.entries(extra.columnMap);
    columnMap = { ...reader.columns, ...extra.columnMap };
    columns = extra.columns.map((match) => {
      const index = reader!.columns[match.key];
      if (match.index >= 0 || index === undefined) return match;
      return {
        ...match,
        index,
        header: headers[index] ?? null,
        match: 'platform' as const,
        confidence: 1,
      };
    });
    const used = new Set(Object.values(columnMap));
    unknown = extra.unknown.filter((c) => !used.has(c.index));
    ignored = extra.ignored;
  } else {
    const match = matchHeaders(headers, template, {
      overrides: options.columnMap,
      fuzzyThreshold: options.fuzzyThreshold,
    });
    ({ columns, columnMap, unknown, ignored } = match);
    missing = [...match.missing];
    for (const group of template.requireOneOf ?? []) {
      const first = group[0];
      if (first && !group.some((key) => key in columnMap) && !missing.includes(first)) {
        missing.push(first);
      }
    }
  }
  const errors: RowError[] = missing.map((key) => ({
    row,
    column: key,
    value: '',
    code: 'missing_column',
    message: `No column for "${key}"`,
  }));
  const header: HeaderInfo = {
    row,
    headers,
    format,
    decimalComma,
    platform: recogniser?.id ?? null,
    columns,
    columnMap,
    unknown,
    ignored,
    missing,
    errors,
  };
  const processor = compileTemplate(template, columnMap, { decimalComma });
  return { header, processor, reader, passthrough };
}

/** The header description `importCsv` would report for these headers (used by `previewCsv`). */
export const describeHeader = <T>(
  headers: string[],
  row: number,
  format: CsvFormat,
  options: ImportOptions<T>,
): HeaderInfo => setUp(headers, row, format, options).header;

const issueErrors = (issues: RecordIssue[], rows: number[]): Map<number, RowError[]> => {
  const byIndex = new Map<number, RowError[]>();
  for (const { index, code } of issues) {
    let list = byIndex.get(index);
    if (!list) {
      list = [];
      byIndex.set(index, list);
    }
    list.push({ row: rows[index]!, column: '', value: '', code });
  }
  return byIndex;
};

/**
 * Imports a CSV against a template as a stream of events: the header (with the column matching a
 * UI can show and the user can override), then batches of validated rows with progress, then a
 * summary. Memory stays flat: nothing is kept between batches.
 *
 * ```ts
 * for await (const event of importCsv(file, { template: productMappingTemplate })) {
 *   if (event.type === 'rows') upload(event.rows.map((r) => toBulkMappingRow(r.values)));
 * }
 * ```
 *
 * File problems (limits, missing columns, empty file) end the stream with `summary.fatal`; nothing
 * is thrown for bad content. Aborting `signal` rejects with its reason.
 */
export async function* importCsv<T>(
  source: CsvSource,
  options: ImportOptions<T>,
): AsyncGenerator<ImportEvent<T>, ImportSummary, undefined> {
  const policy = options.invalidRows ?? 'block';
  const stats: ImportStats = {
    rows: 0,
    validRows: 0,
    invalidRows: 0,
    blankRows: 0,
    bytes: 0,
    totalBytes: null,
  };
  let setup: Setup<T> | null = null;
  let fatal: RowError | null = null;
  let format: CsvFormat | null = null;
  const keep = options.keepRows ?? Number.POSITIVE_INFINITY;
  let kept = 0;
  // Request bodies being built (`bodies`): the rows' texts of the one not yet full.
  const bodyRows = options.serialize && options.bodies ? options.bodies : null;
  let skip = bodyRows?.skip ?? 0;
  let pending: string[] = [];
  const encoder = new TextEncoder();
  const body = () => {
    const bytes = encoder.encode(`{"rows":[${pending.join(',')}]}`);
    pending = [];
    return bytes;
  };

  const read = readCsv(source, {
    ...options,
    maxRows: options.maxRows ?? options.template.maxRows,
  });
  for await (const event of read) {
    if (event.type === 'header') {
      setup = setUp(event.headers, event.row, event.format, options);
      format = event.format;
      stats.bytes = event.progress.bytes;
      stats.totalBytes = event.progress.totalBytes;
      yield { type: 'header', header: setup.header };
      if (setup.header.missing.length > 0) {
        // Nothing can be imported without the columns; the user fixes the mapping and retries.
        fatal = setup.header.errors[0]!;
        break;
      }
    } else if (event.type === 'records') {
      const { processor, reader, passthrough } = setup!;
      const { records, rows: rowNumbers } = event;
      const extra = event.issues.length > 0 ? issueErrors(event.issues, rowNumbers) : null;
      const rows: ImportedRow<T>[] = [];
      const rejected: ImportedRow<T>[] = [];
      const take = (row: ImportedRow<T>) => {
        if (kept >= keep) return;
        kept++;
        rows.push(row);
      };
      const accept = (row: ImportedRow<T>) => {
        stats.rows++;
        if (row.errors.length === 0) {
          stats.validRows++;
          if (options.cells === false) row.cells = [];
          take(row);
        } else {
          stats.invalidRows++;
          if (policy === 'include') take(row);
          else rejected.push(row);
        }
      };
      for (let k = 0; k < records.length; k++) {
        const cells = records[k]!;
        const rowNumber = rowNumbers[k]!;
        const structural = extra?.get(k) ?? null;
        if (!reader) {
          accept(processor.fromCells(cells, rowNumber, structural));
          continue;
        }
        reader.push(cells, (record: RawRecord) => {
          for (const [key, index] of passthrough) record[key] ??= cells[index];
          accept(processor.fromRecord(record, cells, rowNumber, structural && [...structural]));
        });
      }
      stats.bytes = event.progress.bytes;
      stats.totalBytes = event.progress.totalBytes;
      if (options.serialize === 'bulkMappingRow') {
        if (bodyRows) {
          const bodies: Uint8Array[] = [];
          for (const r of rows) {
            if (skip > 0) {
              skip--;
              continue;
            }
            pending.push(JSON.stringify(toBulkMappingRow(r.values as ProductMappingValues, r.row)));
            if (pending.length === bodyRows.rows) bodies.push(body());
          }
          yield {
            type: 'rows',
            rows: [],
            count: rows.length,
            bodies,
            rejected,
            progress: event.progress,
          };
          continue;
        }
        const json = rows.map((r) =>
          JSON.stringify(toBulkMappingRow(r.values as ProductMappingValues, r.row)),
        );
        yield { type: 'rows', rows: [], json, rejected, progress: event.progress };
      } else {
        yield { type: 'rows', rows, rejected, progress: event.progress };
      }
    } else {
      fatal = event.fatal;
      format = event.format;
      stats.blankRows = event.blankRows;
      stats.bytes = event.progress.bytes;
      stats.totalBytes = event.progress.totalBytes;
    }
  }
  if (bodyRows && pending.length > 0) {
    yield {
      type: 'rows',
      rows: [],
      count: 0,
      bodies: [body()],
      rejected: [],
      progress: { bytes: stats.bytes, totalBytes: stats.totalBytes, rows: stats.rows },
    };
  }
  const summary: ImportSummary = {
    ok: fatal === null && (policy !== 'block' || stats.invalidRows === 0),
    header: setup?.header ?? null,
    fatal,
    format,
    stats,
  };
  yield { type: 'done', summary };
  return summary;
}
