export * from './schemas/index.js';
export * from './contract.js';
export * from './errors/index.js';
export {
  createVitrine,
  type Vitrine,
  type VitrineFetch,
  type VitrineHooks,
  type VitrineOptions,
} from './client.js';
export type { SessionToken, VitrineAuth } from './credentials.js';
export type {
  CallOptions,
  EndpointBody,
  EndpointQuery,
  EndpointResponse,
  PostOptions,
  RequestOptions,
  VitrineRequest,
} from './types.js';
export type { CatalogFacetsQuery } from './resources/catalog.js';
export type { WaitForJobOptions } from './resources/jobs.js';
export type { BulkOrdersResult } from './resources/orders.js';
