import type { CsvFormat, HeaderInfo, RowError } from '@vitrine/csv';
import type { BulkCsvTranslate } from '../../i18n/bulkCsv.js';
import type { BulkCsvMessageKey } from '../../i18n/messages/bulkCsv/en.js';

/**
 * Row error codes with a sentence of their own: those `@vitrine/csv` reports for a mapping file,
 * and the server's. (Codes of order files come with the orders import.)
 */
const codes = new Set([
  // @vitrine/csv, for mapping files
  'file_too_large',
  'empty_file',
  'too_many_rows',
  'row_too_large',
  'missing_column',
  'missing_quotes',
  'invalid_quotes',
  'too_many_fields',
  'required',
  'too_long',
  'invalid_value',
  'invalid_url',
  'invalid_product_uid',
  'missing_identifier',
  'missing_file',
  // the server's bulk mapping rows
  'variant_not_found',
  'sku_ambiguous',
  'duplicate_variant',
  'product_uid_unknown',
  'product_uid_required',
  'print_area_invalid',
  'print_area_required',
]);

/** Every code the widget translates (the catalogs test holds them to it). */
export const rowErrorCodes: readonly string[] = [...codes];

/**
 * A row problem in the user's words. The server's message is English for developers; the two
 * details worth showing (the candidates of an ambiguous SKU, the row that named a variant first)
 * are read from it.
 */
export function rowErrorText(error: RowError, t: BulkCsvTranslate): string {
  if (!codes.has(error.code)) return t('bulkCsv.error.other', { code: error.code });
  if (error.code === 'sku_ambiguous') {
    const candidates = error.message?.match(/share this SKU: (.+)\. Give/)?.[1];
    if (candidates) return t('bulkCsv.error.sku_ambiguous.candidates', { candidates });
  }
  if (error.code === 'duplicate_variant') {
    const row = error.message?.match(/^Row (\d+) /)?.[1];
    if (row) return t('bulkCsv.error.duplicate_variant.row', { row });
  }
  return t(`bulkCsv.error.${error.code}` as BulkCsvMessageKey);
}

/** The name of a template column: its header in the file when it has one, else ours. */
export function columnName(key: string, header: HeaderInfo | null, t: BulkCsvTranslate): string {
  const fromFile = header?.columns.find((c) => c.key === key)?.header;
  if (fromFile) return fromFile;
  const ours = `bulkCsv.column.${key}`;
  const text = t(ours as BulkCsvMessageKey);
  return text === ours ? key : text;
}

/** "Encoding", "Separator" and "Source" of a detected format, in words. */
export function formatText(format: CsvFormat, platform: string | null, t: BulkCsvTranslate) {
  const encoding = format.encoding?.startsWith('utf-16')
    ? t('bulkCsv.format.encoding.utf-16')
    : format.encoding === 'windows-1252'
      ? t('bulkCsv.format.encoding.windows-1252')
      : t('bulkCsv.format.encoding.utf-8');
  const separators = {
    ',': 'bulkCsv.format.separator.comma',
    ';': 'bulkCsv.format.separator.semicolon',
    '\t': 'bulkCsv.format.separator.tab',
    '|': 'bulkCsv.format.separator.pipe',
  } as const;
  const platforms = ['shopify', 'shopify-legacy', 'woocommerce', 'etsy'];
  return {
    encoding: format.bom ? t('bulkCsv.format.bom', { encoding }) : encoding,
    separator: t(separators[format.delimiter]),
    source:
      platform && platforms.includes(platform)
        ? t(`bulkCsv.format.platform.${platform}` as BulkCsvMessageKey)
        : t('bulkCsv.format.platform.none'),
  };
}

/** Spreadsheet letters of a column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Why the flow stopped, in the user's words: the file's own problems, else the SDK error's. */
export function failureText(
  error: unknown,
  t: BulkCsvTranslate,
  errorMessage: (e: unknown) => string,
) {
  if (error instanceof Error && error.name === 'FileChangedError')
    return t('bulkCsv.failed.changed');
  // Browsers refuse to read a file that changed or moved on disk since it was chosen.
  if (
    typeof DOMException !== 'undefined' &&
    error instanceof DOMException &&
    (error.name === 'NotReadableError' || error.name === 'NotFoundError')
  ) {
    return t('bulkCsv.failed.read');
  }
  return errorMessage(error);
}

/**
 * The translator with `{n}` filled from `count` in the locale's digits (10,000 or 10.000): plural
 * messages of the importer show `{n}`, since `count` itself is written as it is.
 */
export function withCounts(
  t: BulkCsvTranslate,
  number: (value: number) => string,
): BulkCsvTranslate {
  return (key, values) =>
    values && typeof values.count === 'number' && values.n === undefined
      ? t(key, { ...values, n: number(values.count) })
      : t(key, values);
}
