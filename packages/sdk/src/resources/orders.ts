import { paginate } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type {
  BulkOrdersBody,
  CreateOrderBody,
  ListOrdersQuery,
  Order,
  TestOrderBody,
} from '../schemas/orders.js';
import type { CallOptions, EndpointResponse, PostOptions, VitrineRequest } from '../types.js';

type BulkOrdersResult = EndpointResponse<'importOrders'>;

export function createOrdersResource(request: VitrineRequest) {
  const list = (
    clientId: string,
    query: ListOrdersQuery = {},
    options?: CallOptions,
  ): Promise<Page<Order>> => request('listOrders', { ...options, params: { clientId }, query });
  return {
    list,
    listAll: (
      clientId: string,
      query: ListOrdersQuery = {},
      options?: CallOptions,
    ): AsyncGenerator<Order> => paginate((q) => list(clientId, q, options), query),
    /** Places an order by hand on a store. */
    create: (storeId: string, body: CreateOrderBody, options?: PostOptions): Promise<Order> =>
      request('createOrder', { ...options, params: { storeId }, body }),
    /** Imports many orders (CSV rows grouped by order); `dryRun: true` only validates. */
    importBulk: (
      storeId: string,
      body: BulkOrdersBody,
      options?: PostOptions,
    ): Promise<BulkOrdersResult> =>
      request('importOrders', { ...options, params: { storeId }, body }),
    createTest: (storeId: string, body?: TestOrderBody, options?: PostOptions): Promise<Order> =>
      request('createTestOrder', { ...options, params: { storeId }, body }),
    /** An order with its items and status history. */
    get: (orderId: string, options?: CallOptions): Promise<Order> =>
      request('getOrder', { ...options, params: { orderId } }),
    /** Resolves a `not_connected` order's items again, once their variants are mapped. */
    release: (orderId: string, options?: PostOptions): Promise<Order> =>
      request('releaseOrder', { ...options, params: { orderId } }),
    /** Tells the store again that the order shipped, after the platform refused. */
    retryFulfillment: (orderId: string, options?: PostOptions): Promise<Order> =>
      request('retryOrderFulfillment', { ...options, params: { orderId } }),
    /** Cancels an order that has not reached production yet. */
    cancel: (orderId: string, options?: PostOptions): Promise<Order> =>
      request('cancelOrder', { ...options, params: { orderId } }),
  };
}

export type OrdersResource = ReturnType<typeof createOrdersResource>;
