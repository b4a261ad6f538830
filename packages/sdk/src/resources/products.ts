import { paginate } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type {
  ApplyMappingBody,
  ApplyMappingResult,
  BulkMappingBody,
  BulkRowError,
  CreateMappingImportBody,
  CreateStoreProductBody,
  DesignFile,
  ExportMappingsQuery,
  ListMappingImportsQuery,
  ListStoreProductsQuery,
  MappingImport,
  MappingImportChunkBody,
  PutMappingBody,
  StoreProduct,
  StoreProductPage,
  StoreVariant,
} from '../schemas/products.js';
import type { CallOptions, PostOptions, UploadOptions, VitrineRequest } from '../types.js';

/** What a design file upload needs: the bytes, their type and a name to serve them under. */
export interface DesignFileUpload {
  data: Blob | ArrayBuffer | Uint8Array;
  /** `application/pdf`, `image/png`, `image/jpeg` or `image/svg+xml`; a File's own type by default. */
  contentType?: string;
  /** A File's own name by default. */
  filename?: string;
}

export function createProductsResource(request: VitrineRequest) {
  const list = (
    storeId: string,
    query: ListStoreProductsQuery = {},
    options?: CallOptions,
  ): Promise<StoreProductPage> =>
    request('listStoreProducts', { ...options, params: { storeId }, query });
  return {
    /** A page of products with their variants (those matching the filters), and counts. */
    list,
    listAll: (
      storeId: string,
      query: ListStoreProductsQuery = {},
      options?: CallOptions,
    ): AsyncGenerator<StoreProduct> => paginate((q) => list(storeId, q, options), query),
    /** A store product with all its variants. */
    get: (storeId: string, productId: string, options?: CallOptions): Promise<StoreProduct> =>
      request('getStoreProduct', { ...options, params: { storeId, productId } }),
    /** Maps a variant to a catalog product with its print files, or marks it ignored. */
    putMapping: (
      storeId: string,
      variantId: string,
      body: PutMappingBody,
      options?: CallOptions,
    ): Promise<StoreVariant> =>
      request('putMapping', { ...options, params: { storeId, variantId }, body }),
    deleteMapping: (
      storeId: string,
      variantId: string,
      options?: CallOptions,
    ): Promise<StoreVariant> =>
      request('deleteMapping', { ...options, params: { storeId, variantId } }),
    /** One mapping (or ignore) for whole products and/or chosen variants, in one call. */
    applyMapping: (
      storeId: string,
      body: ApplyMappingBody,
      options?: PostOptions,
    ): Promise<ApplyMappingResult> =>
      request('applyMapping', { ...options, params: { storeId }, body }),
    /**
     * Stores a design file on the server; its `url` can then be given as a print file.
     * `onUploadProgress` follows the transfer.
     */
    uploadFile: (
      storeId: string,
      file: DesignFileUpload,
      options?: UploadOptions,
    ): Promise<DesignFile> => {
      const named = file.data as Partial<File>;
      const filename = file.filename ?? named.name ?? 'design';
      const contentType = file.contentType ?? named.type ?? 'application/octet-stream';
      return request('uploadDesignFile', {
        ...options,
        params: { storeId },
        query: { filename },
        upload: { data: file.data, contentType },
      });
    },
    /** Creates a product on the store from a catalog product and publishes it. */
    create: (
      storeId: string,
      body: CreateStoreProductBody,
      options?: PostOptions,
    ): Promise<StoreProduct> =>
      request('createStoreProduct', { ...options, params: { storeId }, body }),
    /** Publishes again a product whose publishing failed (`status: 'publishing_error'`). */
    publish: (storeId: string, productId: string, options?: PostOptions): Promise<StoreProduct> =>
      request('publishStoreProduct', { ...options, params: { storeId, productId } }),
    /** Every variant with its mapping, as CSV text to fill in and import back. */
    exportCsv: (storeId: string, query: ExportMappingsQuery = {}, options?: CallOptions) =>
      request('exportMappings', { ...options, params: { storeId }, query }),
    /** Applies many mappings at once; more than 1,000 rows run as a job (`status: 'queued'`). */
    importMappings: (
      storeId: string,
      body: BulkMappingBody,
      options?: PostOptions,
    ): Promise<MappingImport> =>
      request('importMappings', { ...options, params: { storeId }, body }),
    /** Bulk imports whose rows arrive in numbered chunks, then run as a job. */
    imports: {
      create: (
        storeId: string,
        body: CreateMappingImportBody,
        options?: PostOptions,
      ): Promise<MappingImport> =>
        request('createMappingImport', { ...options, params: { storeId }, body }),
      list: (
        storeId: string,
        query: ListMappingImportsQuery = {},
        options?: CallOptions,
      ): Promise<Page<MappingImport>> =>
        request('listMappingImports', { ...options, params: { storeId }, query }),
      get: (storeId: string, importId: string, options?: CallOptions): Promise<MappingImport> =>
        request('getMappingImport', { ...options, params: { storeId, importId } }),
      /** Chunk `chunk` (0, 1, …) holds rows `chunk × 2000` on; sending it again replaces it. */
      putChunk: (
        storeId: string,
        importId: string,
        chunk: number,
        body: MappingImportChunkBody,
        options?: CallOptions,
      ): Promise<MappingImport> =>
        request('putMappingImportChunk', {
          ...options,
          params: { storeId, importId, chunk: String(chunk) },
          body,
        }),
      start: (storeId: string, importId: string, options?: PostOptions): Promise<MappingImport> =>
        request('startMappingImport', { ...options, params: { storeId, importId } }),
      cancel: (storeId: string, importId: string, options?: PostOptions): Promise<MappingImport> =>
        request('cancelMappingImport', { ...options, params: { storeId, importId } }),
      errors: (
        storeId: string,
        importId: string,
        query: { cursor?: string; limit?: number } = {},
        options?: CallOptions,
      ): Promise<Page<BulkRowError>> =>
        request('listMappingImportErrors', { ...options, params: { storeId, importId }, query }),
    },
  };
}

export type ProductsResource = ReturnType<typeof createProductsResource>;
