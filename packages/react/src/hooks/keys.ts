import type {
  ListCatalogQuery,
  ListClientsQuery,
  ListPostbackDeliveriesQuery,
  ListStoreProductsQuery,
  ListStoresQuery,
  ListUsersQuery,
} from '@vitrine/sdk';

/** Query keys, one factory for every Vitrine query, so invalidation stays precise. */
export const vitrineKeys = {
  all: ['vitrine'] as const,
  session: () => [...vitrineKeys.all, 'session'] as const,
  clients: () => [...vitrineKeys.all, 'clients'] as const,
  clientList: (query: ListClientsQuery = {}) => [...vitrineKeys.clients(), 'list', query] as const,
  client: (clientId: string) => [...vitrineKeys.clients(), 'detail', clientId] as const,
  access: (clientId: string) => [...vitrineKeys.all, 'access', clientId] as const,
  invitation: (token: string) => [...vitrineKeys.all, 'invitation', token] as const,
  users: (clientId: string) => [...vitrineKeys.all, 'users', clientId] as const,
  userList: (clientId: string, query: ListUsersQuery = {}) =>
    [...vitrineKeys.users(clientId), 'list', query] as const,
  stores: (clientId: string) => [...vitrineKeys.all, 'stores', clientId] as const,
  storeList: (clientId: string, query: ListStoresQuery = {}) =>
    [...vitrineKeys.stores(clientId), 'list', query] as const,
  store: (storeId: string) => [...vitrineKeys.all, 'store', storeId] as const,
  job: (jobId: string) => [...vitrineKeys.all, 'job', jobId] as const,
  /** Everything about one store's products: lists, counts, single products, check polls. */
  products: (storeId: string) => [...vitrineKeys.all, 'products', storeId] as const,
  productList: (storeId: string, query: Omit<ListStoreProductsQuery, 'cursor'> = {}) =>
    [...vitrineKeys.products(storeId), 'list', query] as const,
  productCounts: (storeId: string, search = '') =>
    [...vitrineKeys.products(storeId), 'counts', search] as const,
  product: (storeId: string, productId: string) =>
    [...vitrineKeys.products(storeId), 'detail', productId] as const,
  catalog: () => [...vitrineKeys.all, 'catalog'] as const,
  catalogList: (query: Omit<ListCatalogQuery, 'cursor'> = {}) =>
    [...vitrineKeys.catalog(), 'list', query] as const,
  catalogFacets: (query: Omit<ListCatalogQuery, 'cursor' | 'limit'> = {}) =>
    [...vitrineKeys.catalog(), 'facets', query] as const,
  catalogProduct: (productUid: string) =>
    [...vitrineKeys.catalog(), 'product', productUid] as const,
  /** The provider's postback endpoints and everything about their deliveries. */
  postbacks: () => [...vitrineKeys.all, 'postbacks'] as const,
  postbackList: () => [...vitrineKeys.postbacks(), 'list'] as const,
  postbackDeliveries: (postbackId: string) =>
    [...vitrineKeys.postbacks(), 'deliveries', postbackId] as const,
  postbackDeliveryList: (
    postbackId: string,
    query: Omit<ListPostbackDeliveriesQuery, 'cursor'> = {},
  ) => [...vitrineKeys.postbackDeliveries(postbackId), query] as const,
  production: () => [...vitrineKeys.all, 'production'] as const,
};
