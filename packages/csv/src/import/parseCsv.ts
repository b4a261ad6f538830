import type { CsvSource, ImportResult } from '../types.js';
import { type CollectOptions, collectImport } from './collectImport.js';
import { type ImportOptions, importCsv } from './importCsv.js';

export interface ParseOptions<T> extends ImportOptions<T>, CollectOptions<T> {}

/**
 * Imports a CSV against a template and collects the outcome; callbacks see rows as they stream.
 *
 * ```ts
 * const result = await parseCsv(file, { template: productMappingTemplate, invalidRows: 'skip' });
 * if (result.fatal) showProblem(result.fatal.code);
 * ```
 */
export function parseCsv<T>(source: CsvSource, options: ParseOptions<T>): Promise<ImportResult<T>> {
  return collectImport(importCsv(source, options), options);
}
