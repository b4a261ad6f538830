import { paginate } from '../pagination.js';
import type { CatalogAttributes, CatalogProduct, ListCatalogQuery } from '../schemas/catalog.js';
import type { Page } from '../schemas/common.js';
import type { CallOptions, VitrineRequest } from '../types.js';

export type CatalogFacetsQuery = Omit<ListCatalogQuery, 'cursor' | 'limit'>;

export function createCatalogResource(request: VitrineRequest) {
  const list = (
    query: ListCatalogQuery = {},
    options?: CallOptions,
  ): Promise<Page<CatalogProduct>> => request('listCatalogProducts', { ...options, query });
  return {
    /** Searches the catalog; `attributes: { PaperFormat: 'A4' }` filters by attribute values. */
    list,
    listAll: (
      query: ListCatalogQuery = {},
      options?: CallOptions,
    ): AsyncGenerator<CatalogProduct> => paginate((q) => list(q, options), query),
    get: (productUid: string, options?: CallOptions): Promise<CatalogProduct> =>
      request('getCatalogProduct', { ...options, params: { productUid } }),
    /** Categories and attribute values with counts, for the products matching `query`. */
    attributes: (
      query: CatalogFacetsQuery = {},
      options?: CallOptions,
    ): Promise<CatalogAttributes> => request('listCatalogAttributes', { ...options, query }),
  };
}

export type CatalogResource = ReturnType<typeof createCatalogResource>;
