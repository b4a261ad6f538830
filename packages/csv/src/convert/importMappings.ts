import { type CsvImporter, mainThreadImporter } from '../import/csvImporter.js';
import type { ParseOptions } from '../import/parseCsv.js';
import type { BulkMappingRow } from '../sdkShapes.js';
import { type ProductMappingValues, productMappingTemplate } from '../templates/productMapping.js';
import type { CsvSource, ImportResult } from '../types.js';
import { toBulkMappingRow } from './toBulkMappingRow.js';

export interface ImportMappingsOptions
  extends Omit<ParseOptions<ProductMappingValues>, 'template'> {
  /** Where to parse (default the main thread; pass `createWorkerImporter(worker)` for a worker). */
  importer?: CsvImporter;
}

export interface MappingsImportResult extends ImportResult<ProductMappingValues> {
  /** The valid rows as `BulkMappingRow`s, ready for `mappings:bulk`. */
  mappings: BulkMappingRow[];
}

/**
 * Imports a product mapping CSV — our template in any of the six languages, or a Shopify,
 * WooCommerce or Etsy product export — into `BulkMappingRow`s.
 */
export async function importMappings(
  source: CsvSource,
  options: ImportMappingsOptions = {},
): Promise<MappingsImportResult> {
  const { importer = mainThreadImporter, ...rest } = options;
  const result = await importer.parse(source, { ...rest, template: productMappingTemplate });
  const mappings = result.rows
    .filter((r) => r.errors.length === 0)
    .map((r) => toBulkMappingRow(r.values, r.row));
  return { ...result, mappings };
}
