import type { ColumnOverrides, ImportedRow, RowError } from '@vitrine/csv';
import type { CsvEngine } from './engine.js';
import type { ImportKindSpec } from './kinds.js';
import type { FileAnalysis, SampleRow } from './machine.js';

/** Rows of the file shown in the preview. */
export const SAMPLE_ROWS = 6;
/** Problems listed by the preview; all of them go to the error report. */
export const LISTED_ERRORS = 50;

/**
 * Reads the whole file once, streaming, and keeps only what the preview shows: the header and its
 * column matching, the format, the first rows and problems, and counts. Nothing else is held, so a
 * 100,000-row file costs what one batch costs.
 */
export async function analyseFile(options: {
  engine: CsvEngine;
  spec: ImportKindSpec;
  file: Blob;
  columns: ColumnOverrides;
  signal: AbortSignal;
  onProgress: (share: number) => void;
}): Promise<FileAnalysis> {
  const { engine, spec, columns } = options;
  const source = await engine.readable(options.file);
  return engine.run(async (importer, signal) => {
    const analysis: FileAnalysis = {
      header: null,
      format: null,
      fatal: null,
      rows: 0,
      validRows: 0,
      invalidRows: 0,
      sample: [],
      errors: [],
      errorCount: 0,
    };
    const note = (errors: readonly RowError[]) => {
      for (const error of errors) {
        analysis.errorCount++;
        if (analysis.errors.length < LISTED_ERRORS) analysis.errors.push(error);
      }
    };
    const sample = (rows: readonly ImportedRow<unknown>[]) => {
      for (const row of rows) {
        if (analysis.sample.length >= SAMPLE_ROWS) return;
        analysis.sample.push({ row: row.row, cells: row.cells, errors: row.errors } as SampleRow);
      }
    };
    for await (const event of importer.import(source, {
      template: spec.template(engine.csv),
      columnMap: columns,
      invalidRows: 'skip',
      // Valid rows are only counted (the summary does): the worker posts the sample alone.
      keepRows: SAMPLE_ROWS,
      signal,
    })) {
      if (event.type === 'header') {
        analysis.header = event.header;
        analysis.format = event.header.format;
        note(event.header.errors);
      } else if (event.type === 'rows') {
        if (analysis.sample.length < SAMPLE_ROWS) {
          sample([...event.rows, ...event.rejected].sort((a, b) => a.row - b.row));
        }
        for (const row of event.rejected) note(row.errors);
        const { bytes, totalBytes } = event.progress;
        if (totalBytes) options.onProgress(Math.min(1, bytes / totalBytes));
      } else {
        const { summary } = event;
        analysis.fatal = summary.fatal;
        analysis.format = summary.format ?? analysis.format;
        analysis.header = summary.header ?? analysis.header;
        analysis.validRows = summary.stats.validRows;
        analysis.invalidRows = summary.stats.invalidRows;
        analysis.rows = analysis.validRows + analysis.invalidRows;
        // Missing columns are already among the header's errors.
        if (summary.fatal && summary.fatal.code !== 'missing_column') note([summary.fatal]);
      }
    }
    return analysis;
  }, options.signal);
}
