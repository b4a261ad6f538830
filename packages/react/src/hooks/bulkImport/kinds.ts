import type { ImportedRow, Template } from '@vitrine/csv';
import {
  type BulkRowError,
  type CallOptions,
  MAPPING_IMPORT_CHUNK,
  type MappingImport,
  type PostOptions,
  type Vitrine,
} from '@vitrine/sdk';
import type { CsvModule } from './engine.js';

/**
 * The files the product takes in bulk. Only product mappings are served today; order CSVs for
 * manual stores (`@vitrine/csv`'s orders template) join as `'orders'` once the API accepts order
 * imports: a second entry in `importKinds`, nothing else in the flow changes.
 */
export type BulkImportKind = 'mappings';

/** The chunked import endpoints of one kind of file. */
export interface ChunkedImportApi {
  create(
    storeId: string,
    body: { totalRows: number; dryRun: boolean; filename?: string },
    options?: PostOptions,
  ): Promise<MappingImport>;
  putChunk(
    storeId: string,
    importId: string,
    chunk: number,
    rows: unknown[],
    options?: CallOptions,
  ): Promise<MappingImport>;
  /** The same, with the body already serialised (`{"rows":[…]}` as UTF-8). */
  putChunkBody?(
    storeId: string,
    importId: string,
    chunk: number,
    body: Uint8Array,
    options?: CallOptions,
  ): Promise<MappingImport>;
  start(storeId: string, importId: string, options?: PostOptions): Promise<MappingImport>;
  get(storeId: string, importId: string, options?: CallOptions): Promise<MappingImport>;
  cancel(storeId: string, importId: string, options?: PostOptions): Promise<MappingImport>;
  /** The newest import still receiving rows or being applied, if any. */
  active(storeId: string, options?: CallOptions): Promise<MappingImport | null>;
  /** One page of an import's row errors. */
  errors(
    storeId: string,
    importId: string,
    cursor: string | undefined,
    options?: CallOptions,
  ): Promise<{ data: BulkRowError[]; nextCursor: string | null }>;
  /** The store's current data as CSV to fill in (the server's export). */
  exportCsv(
    storeId: string,
    query: { locale: string; excel: boolean },
    options?: CallOptions,
  ): Promise<string>;
}

/** A template column the user may match by hand; `primary` ones always show. */
export interface MatchableColumn {
  key: string;
  primary: boolean;
}

/** Everything the flow needs to know about one kind of file. */
export interface ImportKindSpec {
  /** The `@vitrine/csv` template the file is read with (by id in the worker). */
  template(csv: CsvModule): Template<unknown>;
  /** Columns offered in the matching table, in order. */
  columns: readonly MatchableColumn[];
  /** Columns of the blank template. */
  blankColumns: readonly string[];
  /** The API's row for a valid file row. */
  toRow(csv: CsvModule, row: ImportedRow<unknown>): unknown;
  /**
   * How the CSV worker can make the API's rows itself (`@vitrine/csv`'s `serialize`): the page
   * then sends bodies it never parses or builds (with `api.putChunkBody`).
   */
  serialize?: 'bulkMappingRow';
  /** Rows per chunk, as the API takes them. */
  chunkSize: number;
  api(client: Vitrine): ChunkedImportApi;
  /** The template column a server error names (`file:back` → `backFileUrl`). */
  errorColumn(csv: CsvModule, column: string): string;
  /** File names of the downloads, without extension. */
  names: { export: string; template: string };
}

const locales = ['en', 'pt-BR', 'es', 'fr', 'it', 'de'] as const;
const exportLocale = (locale: string) =>
  locales.find((l) => l === locale) ?? locales.find((l) => l === locale.split('-')[0]) ?? 'en';

const mappings: ImportKindSpec = {
  template: (csv) => csv.productMappingTemplate as Template<unknown>,
  columns: [
    { key: 'variantId', primary: true },
    { key: 'sku', primary: true },
    { key: 'productUid', primary: true },
    { key: 'designFileUrl', primary: true },
    { key: 'frontFileUrl', primary: false },
    { key: 'backFileUrl', primary: false },
    { key: 'insideFileUrl', primary: false },
    { key: 'neckInnerFileUrl', primary: false },
    { key: 'neckOuterFileUrl', primary: false },
    { key: 'sleeveLeftFileUrl', primary: false },
    { key: 'sleeveRightFileUrl', primary: false },
  ],
  blankColumns: ['variantId', 'sku', 'productUid', 'designFileUrl', 'backFileUrl'],
  toRow: (csv, row) =>
    csv.toBulkMappingRow(row.values as Parameters<CsvModule['toBulkMappingRow']>[0], row.row),
  chunkSize: MAPPING_IMPORT_CHUNK,
  serialize: 'bulkMappingRow',
  api: (client) => {
    const imports = client.products.imports;
    return {
      create: (storeId, body, options) => imports.create(storeId, body, options),
      putChunk: (storeId, importId, chunk, rows, options) =>
        imports.putChunk(
          storeId,
          importId,
          chunk,
          { rows: rows as Parameters<typeof imports.putChunk>[3]['rows'] },
          options,
        ),
      putChunkBody: (storeId, importId, chunk, body, options) =>
        client.request('putMappingImportChunk', {
          ...options,
          params: { storeId, importId, chunk: String(chunk) },
          upload: { data: body, contentType: 'application/json' },
        }),
      start: imports.start,
      get: imports.get,
      cancel: imports.cancel,
      active: async (storeId, options) =>
        (await imports.list(storeId, { active: 'true', limit: 1 }, options)).data[0] ?? null,
      errors: (storeId, importId, cursor, options) =>
        imports.errors(storeId, importId, { limit: 1000, ...(cursor ? { cursor } : {}) }, options),
      exportCsv: (storeId, query, options) =>
        client.products.exportCsv(
          storeId,
          {
            locale: exportLocale(query.locale),
            ...(query.excel ? { delimiter: ';', bom: 'true' } : {}),
          },
          options,
        ),
    };
  },
  errorColumn: (csv, column) => {
    if (!column.startsWith('file:')) return column;
    const area = column.slice('file:'.length);
    const entry = Object.entries(csv.fileAreas).find(([, a]) => a === area);
    return entry ? entry[0] : column;
  },
  names: { export: 'mappings', template: 'mappings-template' },
};

export const importKinds: Record<BulkImportKind, ImportKindSpec> = { mappings };

export function importKind(kind: BulkImportKind): ImportKindSpec {
  const spec = importKinds[kind];
  if (!spec) {
    throw new Error(
      `Vitrine: bulk imports of "${String(kind)}" are not available; use "mappings".`,
    );
  }
  return spec;
}
