export { type AccessState, accessState } from './accessState.js';
export {
  createVitrine,
  type Vitrine,
  type VitrineFetch,
  type VitrineHooks,
  type VitrineOptions,
} from './client.js';
export * from './contract.js';
export type { SessionToken, VitrineAuth } from './credentials.js';
export * from './errors/index.js';
export type {
  AfterResponseHook,
  BeforeRequestHook,
  HookOptions,
  RetryOptions,
  ShouldRetryState,
} from './http.js';
export type { AccessResource } from './resources/access.js';
export type { CatalogFacetsQuery, CatalogResource } from './resources/catalog.js';
export type { ClientsResource } from './resources/clients.js';
export type { InvitationsResource } from './resources/invitations.js';
export type { JobsResource, WaitForJobOptions } from './resources/jobs.js';
export type { KeysResource } from './resources/keys.js';
export type { OrdersResource } from './resources/orders.js';
export type { PostbacksResource } from './resources/postbacks.js';
export type { ProductsResource } from './resources/products.js';
export type { SessionsResource } from './resources/sessions.js';
export type { StoresResource } from './resources/stores.js';
export type { UsersResource } from './resources/users.js';
export * from './schemas/index.js';
export {
  isStoreConnectionMessage,
  readStoreConnectionReturn,
  type StoreConnectionOutcome,
  type StoreConnectionReturn,
  storeConnectionMessage,
  storeConnectionReturnParamNames,
  storeConnectionReturnParams,
  withoutStoreConnectionReturn,
} from './storeConnection.js';
export type {
  CallOptions,
  EndpointBody,
  EndpointQuery,
  EndpointResponse,
  PostOptions,
  RequestOptions,
  UploadOptions,
  UploadProgress,
  VitrineRequest,
} from './types.js';
