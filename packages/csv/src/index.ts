export {
  type GroupedOrders,
  type GroupOrdersOptions,
  groupOrders,
  type RejectedOrder,
} from './convert/groupOrders.js';
export {
  type ImportMappingsOptions,
  importMappings,
  type MappingsImportResult,
} from './convert/importMappings.js';
export {
  type ImportOrdersOptions,
  importOrders,
  type OrdersImportResult,
} from './convert/importOrders.js';
export { toBulkMappingRow } from './convert/toBulkMappingRow.js';
export { detectDelimiter } from './csv/detectDelimiter.js';
export { type ReadEvent, type ReadOptions, type RecordIssue, readCsv } from './csv/readCsv.js';
export { CellError, cellError, type ErrorCode, errorCodes, type RowError } from './errorCodes.js';
export {
  type ErrorReportOptions,
  type ErrorReportSource,
  ErrorReportWriter,
  errorReportCsv,
} from './export/errorReport.js';
export { type ToCsvOptions, toCsv, toCsvString } from './export/toCsv.js';
export {
  errorsColumnNames,
  type HeaderMatch,
  type MatchOptions,
  matchHeaders,
} from './headers/matchHeaders.js';
export { normalizeHeader } from './headers/normalizeHeader.js';
export type { CollectOptions } from './import/collectImport.js';
export { type CsvImporter, mainThreadImporter } from './import/csvImporter.js';
export { type ImportOptions, importCsv } from './import/importCsv.js';
export { type ParseOptions, parseCsv } from './import/parseCsv.js';
export { type CsvPreview, type PreviewOptions, previewCsv } from './import/previewCsv.js';
export { detectPlatform } from './platforms/detectPlatform.js';
export { etsyListings } from './platforms/etsyListings.js';
export { shopifyLegacyProducts, shopifyProducts } from './platforms/shopifyProducts.js';
export { wooCommerceProducts } from './platforms/wooCommerceProducts.js';
export type {
  BulkMappingRow,
  CreateOrderBody,
  OrderItemBody,
  PrintFile,
  ShippingAddress,
} from './sdkShapes.js';
export {
  type CellContext,
  type ColumnDefinition,
  type ColumnParser,
  defineTemplate,
  type ExportReader,
  type RawRecord,
  type Recogniser,
  type RowIssues,
  type Template,
  TemplateDefinition,
  type TemplateInput,
} from './template/defineTemplate.js';
export { escapeFormula, unescapeFormula } from './template/formulaEscape.js';
export { parsers } from './template/parsers.js';
export { type FileKey, fileAreas, fileColumns } from './templates/fileColumns.js';
export {
  OrderLineValues,
  orderLevelKeys,
  ordersTemplate,
  requiredOrderKeys,
} from './templates/orders.js';
export { ProductMappingValues, productMappingTemplate } from './templates/productMapping.js';
export * from './types.js';
export {
  createWorkerImporter,
  parseInWorker,
  type WorkerImporter,
  type WorkerImporterOptions,
} from './worker/createWorkerImporter.js';
export { type ExposeImporterOptions, exposeImporter } from './worker/exposeImporter.js';
export type { WorkerPort } from './worker/protocol.js';
