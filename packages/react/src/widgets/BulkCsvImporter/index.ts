export {
  BulkCsvImporter,
  type BulkCsvImporterPart,
  type BulkCsvImporterProps,
} from './BulkCsvImporter.js';
