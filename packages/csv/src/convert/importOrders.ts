import { type CsvImporter, mainThreadImporter } from '../import/csvImporter.js';
import type { ParseOptions } from '../import/parseCsv.js';
import type { CreateOrderBody } from '../sdkShapes.js';
import { type OrderLineValues, ordersTemplate } from '../templates/orders.js';
import type { CsvSource, ImportedRow, ImportResult } from '../types.js';
import { type GroupOrdersOptions, groupOrders, type RejectedOrder } from './groupOrders.js';

export interface ImportOrdersOptions
  extends Omit<ParseOptions<OrderLineValues>, 'template' | 'collect'>,
    GroupOrdersOptions {
  /** Where to parse (default the main thread; pass `createWorkerImporter(worker)` for a worker). */
  importer?: CsvImporter;
}

export interface OrdersImportResult extends ImportResult<OrderLineValues> {
  /** Valid orders, ready for `orders:bulk`. */
  orders: CreateOrderBody[];
  rejectedOrders: RejectedOrder[];
  /** Lines of rejected orders, for `errorReportCsv` (which then writes whole orders). */
  reportRows: ImportedRow<OrderLineValues>[];
}

/**
 * Imports an order CSV (one row per line item) and groups it into `CreateOrderBody`s.
 *
 * Orders are all or nothing: one invalid line rejects its order. With `invalidRows: 'block'` (the
 * default) the result is not `ok` while any order is rejected; `skip` and `include` both return the
 * valid orders (an invalid order cannot be included).
 */
export async function importOrders(
  source: CsvSource,
  options: ImportOrdersOptions = {},
): Promise<OrdersImportResult> {
  const { importer = mainThreadImporter, maxItems, ...rest } = options;
  const result = await importer.parse(source, { ...rest, template: ordersTemplate, collect: true });
  const lines = [...result.rows, ...result.rejected].sort((a, b) => a.row - b.row);
  const grouped = groupOrders(lines, { maxItems });
  const maxErrors = options.maxErrors ?? 10_000;
  const errors = [...result.errors, ...grouped.errors]
    .sort((a, b) => a.row - b.row)
    .slice(0, maxErrors);
  const policy = options.invalidRows ?? 'block';
  return {
    ...result,
    ok: result.ok && (policy !== 'block' || grouped.rejectedOrders.length === 0),
    errors,
    errorCount: result.errorCount + grouped.errors.length,
    orders: grouped.orders,
    rejectedOrders: grouped.rejectedOrders,
    reportRows: grouped.reportRows,
  };
}
