import type { BulkMappingRow } from '../sdkShapes.js';
import { filesOf } from '../templates/fileColumns.js';
import type { ProductMappingValues } from '../templates/productMapping.js';

/**
 * A mapping row's values in the API's `BulkMappingRow` shape: `Design File URL` becomes the
 * `default` file, area columns their area; a blank `Product UID` becomes `''` (change nothing).
 * `rowNumber` is the spreadsheet row, which the server's errors then name.
 */
export function toBulkMappingRow(values: ProductMappingValues, rowNumber?: number): BulkMappingRow {
  const row: BulkMappingRow = { productUid: '', files: [] };
  if (rowNumber !== undefined) row.row = rowNumber;
  if (values.variantId) row.variantId = values.variantId;
  if (values.sku) row.sku = values.sku;
  row.productUid = values.productUid ?? '';
  row.files = filesOf(values);
  return row;
}
