import { paginate } from '../pagination.js';
import type {
  ApplyMappingBody,
  ApplyMappingResult,
  BulkMappingBody,
  BulkResult,
  CreateStoreProductBody,
  DesignFile,
  ListStoreProductsQuery,
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
    /** Variants and their mappings as CSV text. */
    exportCsv: (storeId: string, options?: CallOptions): Promise<string> =>
      request('exportMappings', { ...options, params: { storeId } }),
    /** Applies many mappings; `dryRun: true` only validates and reports. */
    importMappings: (
      storeId: string,
      body: BulkMappingBody,
      options?: PostOptions,
    ): Promise<BulkResult> => request('importMappings', { ...options, params: { storeId }, body }),
  };
}

export type ProductsResource = ReturnType<typeof createProductsResource>;
