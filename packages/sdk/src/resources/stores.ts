import { paginate } from '../pagination.js';
import type { Page } from '../schemas/common.js';
import type { Job } from '../schemas/jobs.js';
import type {
  AuthorizeStoreBody,
  AuthorizeStoreResult,
  CreateStoreBody,
  ListStoresQuery,
  Store,
  StoreWithWebhookSecret,
  UpdateStoreBody,
} from '../schemas/stores.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

export function createStoresResource(request: VitrineRequest) {
  const list = (
    clientId: string,
    query: ListStoresQuery = {},
    options?: CallOptions,
  ): Promise<Page<Store>> => request('listStores', { ...options, params: { clientId }, query });
  return {
    list,
    listAll: (
      clientId: string,
      query: ListStoresQuery = {},
      options?: CallOptions,
    ): AsyncGenerator<Store> => paginate((q) => list(clientId, q, options), query),
    /** Connects a store with credentials (WooCommerce keys, a Pressero login), or a manual one. */
    create: (
      clientId: string,
      body: CreateStoreBody,
      options?: PostOptions,
    ): Promise<StoreWithWebhookSecret> =>
      request('createStore', { ...options, params: { clientId }, body }),
    /** Starts an OAuth connection; open `authorizeUrl` for the shop owner to approve it. */
    authorize: (
      clientId: string,
      body: AuthorizeStoreBody,
      options?: PostOptions,
    ): Promise<AuthorizeStoreResult> =>
      request('authorizeStore', { ...options, params: { clientId }, body }),
    get: (storeId: string, options?: CallOptions): Promise<Store> =>
      request('getStore', { ...options, params: { storeId } }),
    update: (storeId: string, body: UpdateStoreBody, options?: CallOptions): Promise<Store> =>
      request('updateStore', { ...options, params: { storeId }, body }),
    disconnect: (storeId: string, options?: CallOptions): Promise<Store> =>
      request('disconnectStore', { ...options, params: { storeId } }),
    /**
     * Takes a disconnected store off the client's list; its orders and their history stay.
     * Connecting the same shop again brings it back. Refused (`store_connected`) until it is
     * disconnected.
     */
    remove: (storeId: string, options?: PostOptions): Promise<Store> =>
      request('removeStore', { ...options, params: { storeId } }),
    /** Checks the connection with a live call to the platform; the answer has the new status. */
    verify: (storeId: string, options?: PostOptions): Promise<Store> =>
      request('verifyStore', { ...options, params: { storeId } }),
    /** Replaces the webhook signing secret (Pressero); the answer is the only place it shows. */
    rotateWebhookSecret: (
      storeId: string,
      options?: PostOptions,
    ): Promise<StoreWithWebhookSecret> =>
      request('rotateStoreWebhookSecret', { ...options, params: { storeId } }),
    /** Starts (or resumes) a product sync; follow it with `jobs.wait`. */
    sync: (storeId: string, options?: PostOptions): Promise<Job> =>
      request('syncStore', { ...options, params: { storeId } }),
  };
}

export type StoresResource = ReturnType<typeof createStoresResource>;
