import { paginate } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type {
  BulkMappingBody,
  BulkResult,
  CreateStoreProductBody,
  ListStoreProductsQuery,
  PutMappingBody,
  StoreProduct,
  StoreVariant,
} from '../schemas/products.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

export function createProductsResource(request: VitrineRequest) {
  const list = (
    storeId: string,
    query: ListStoreProductsQuery = {},
    options?: CallOptions,
  ): Promise<Page<StoreProduct>> =>
    request('listStoreProducts', { ...options, params: { storeId }, query });
  return {
    list,
    listAll: (
      storeId: string,
      query: ListStoreProductsQuery = {},
      options?: CallOptions,
    ): AsyncGenerator<StoreProduct> => paginate((q) => list(storeId, q, options), query),
    /** A store product with its variants. */
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
