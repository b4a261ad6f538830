import type { CsvSource, ImportEvent, ImportResult, ImportSummary } from '../types.js';
import { type ImportOptions, importCsv } from './importCsv.js';
import { type ParseOptions, parseCsv } from './parseCsv.js';

/**
 * The import API, on the main thread (`mainThreadImporter`) or in a Web Worker
 * (`createWorkerImporter`): code written against it runs either way.
 */
export interface CsvImporter {
  /** Same contract as `importCsv`. */
  import<T>(
    source: CsvSource,
    options: ImportOptions<T>,
  ): AsyncGenerator<ImportEvent<T>, ImportSummary, undefined>;
  /** Same contract as `parseCsv`. */
  parse<T>(source: CsvSource, options: ParseOptions<T>): Promise<ImportResult<T>>;
}

export const mainThreadImporter: CsvImporter = { import: importCsv, parse: parseCsv };
