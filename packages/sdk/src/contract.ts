import * as z from 'zod';
import * as s from './schemas/index.js';

/**
 * The v1 HTTP contract as data: one entry per endpoint with its method, path, and the schemas of
 * its query, body and success response. The server registers its routes from these entries and
 * generates `/openapi.json` from them; the client calls them by name. Neither side can drift.
 * The prose of the API description (summaries, tags, pages) lives with the server, keyed by
 * endpoint name, so it never ships to browsers.
 */
export interface Endpoint<
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | null = z.ZodType | null,
> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Hono-style path: `/v1/clients/:clientId`. */
  path: string;
  query?: Q;
  body?: B;
  /** `null` for responses that are not JSON (CSV downloads, redirects). */
  response: R;
  status: 200 | 201 | 202 | 302;
  /** Who may call it at all; finer capability checks live in the server's permission table. */
  auth: 'public' | 'secret_key' | 'any' | 'webhook';
  /** Content type of a non-JSON response. */
  produces?: string;
  /** Content types of a raw (non-JSON) request body, for uploads. */
  consumes?: readonly string[];
  /** The query string belongs to someone else (a platform's redirect or webhook): not checked. */
  foreignQuery?: true;
}

const e = <const D extends Endpoint>(def: D) => def;

const Empty = z.object({});

export const endpoints = {
  // sessions
  createSession: e({
    method: 'POST',
    path: '/v1/sessions',
    body: s.CreateSessionBody,
    response: s.Session,
    status: 201,
    auth: 'secret_key',
  }),
  currentSession: e({
    method: 'GET',
    path: '/v1/sessions/current',
    response: s.CurrentSession,
    status: 200,
    auth: 'any',
  }),

  // secret keys
  listSecretKeys: e({
    method: 'GET',
    path: '/v1/keys',
    response: s.SecretKeyList,
    status: 200,
    auth: 'secret_key',
  }),
  createSecretKey: e({
    method: 'POST',
    path: '/v1/keys',
    body: Empty.optional(),
    response: s.CreatedSecretKey,
    status: 201,
    auth: 'secret_key',
  }),
  revokeSecretKey: e({
    method: 'POST',
    path: '/v1/keys/:keyId/revoke',
    body: Empty.optional(),
    response: s.SecretKey,
    status: 200,
    auth: 'secret_key',
  }),

  // clients
  listClients: e({
    method: 'GET',
    path: '/v1/clients',
    query: s.ListClientsQuery,
    response: s.page(s.Client),
    status: 200,
    auth: 'any',
  }),
  createClient: e({
    method: 'POST',
    path: '/v1/clients',
    body: s.CreateClientBody,
    response: s.Client,
    status: 201,
    auth: 'any',
  }),
  getClient: e({
    method: 'GET',
    path: '/v1/clients/:clientId',
    response: s.Client,
    status: 200,
    auth: 'any',
  }),
  updateClient: e({
    method: 'PATCH',
    path: '/v1/clients/:clientId',
    body: s.UpdateClientBody,
    response: s.Client,
    status: 200,
    auth: 'any',
  }),
  archiveClient: e({
    method: 'DELETE',
    path: '/v1/clients/:clientId',
    response: s.Client,
    status: 200,
    auth: 'any',
  }),

  // access
  getAccess: e({
    method: 'GET',
    path: '/v1/clients/:clientId/access',
    response: s.Access,
    status: 200,
    auth: 'any',
  }),
  enableAccess: e({
    method: 'PUT',
    path: '/v1/clients/:clientId/access',
    body: s.EnableAccessBody,
    response: s.Access,
    status: 200,
    auth: 'any',
  }),
  disableAccess: e({
    method: 'DELETE',
    path: '/v1/clients/:clientId/access',
    response: s.Access,
    status: 200,
    auth: 'any',
  }),
  resendAccessInvite: e({
    method: 'POST',
    path: '/v1/clients/:clientId/access/resend-invite',
    body: Empty.optional(),
    response: s.Access,
    status: 200,
    auth: 'any',
  }),

  // invitations (the token is the credential)
  getInvitation: e({
    method: 'GET',
    path: '/v1/invitations/:token',
    response: s.Invitation,
    status: 200,
    auth: 'public',
  }),
  acceptInvitation: e({
    method: 'POST',
    path: '/v1/invitations/:token/accept',
    body: s.AcceptInvitationBody.optional(),
    response: s.AcceptedInvitation,
    status: 200,
    auth: 'public',
  }),

  // users
  listUsers: e({
    method: 'GET',
    path: '/v1/clients/:clientId/users',
    query: s.ListUsersQuery,
    response: s.page(s.User),
    status: 200,
    auth: 'any',
  }),
  inviteUser: e({
    method: 'POST',
    path: '/v1/clients/:clientId/users',
    body: s.InviteUserBody,
    response: s.User,
    status: 201,
    auth: 'any',
  }),
  updateUser: e({
    method: 'PATCH',
    path: '/v1/clients/:clientId/users/:userId',
    body: s.UpdateUserBody,
    response: s.User,
    status: 200,
    auth: 'any',
  }),
  removeUser: e({
    method: 'DELETE',
    path: '/v1/clients/:clientId/users/:userId',
    response: s.Deleted,
    status: 200,
    auth: 'any',
  }),
  resendUserInvite: e({
    method: 'POST',
    path: '/v1/clients/:clientId/users/:userId/resend-invite',
    body: Empty.optional(),
    response: s.User,
    status: 200,
    auth: 'any',
  }),

  // stores
  listStores: e({
    method: 'GET',
    path: '/v1/clients/:clientId/stores',
    query: s.ListStoresQuery,
    response: s.page(s.Store),
    status: 200,
    auth: 'any',
  }),
  createStore: e({
    method: 'POST',
    path: '/v1/clients/:clientId/stores',
    body: s.CreateStoreBody,
    response: s.StoreWithWebhookSecret,
    status: 201,
    auth: 'any',
  }),
  authorizeStore: e({
    method: 'POST',
    path: '/v1/clients/:clientId/stores/authorize',
    body: s.AuthorizeStoreBody,
    response: s.AuthorizeStoreResult,
    status: 201,
    auth: 'any',
  }),
  oauthCallback: e({
    method: 'GET',
    path: '/v1/oauth/:platform/callback',
    response: null,
    status: 302,
    auth: 'public',
    produces: 'text/html',
    foreignQuery: true,
  }),
  oauthKeys: e({
    method: 'POST',
    path: '/v1/oauth/:platform/keys',
    body: s.WooCommerceKeysBody,
    response: s.KeysReceived,
    status: 200,
    auth: 'public',
  }),
  getStore: e({
    method: 'GET',
    path: '/v1/stores/:storeId',
    response: s.Store,
    status: 200,
    auth: 'any',
  }),
  updateStore: e({
    method: 'PATCH',
    path: '/v1/stores/:storeId',
    body: s.UpdateStoreBody,
    response: s.Store,
    status: 200,
    auth: 'any',
  }),
  disconnectStore: e({
    method: 'DELETE',
    path: '/v1/stores/:storeId',
    response: s.Store,
    status: 200,
    auth: 'any',
  }),
  removeStore: e({
    method: 'POST',
    path: '/v1/stores/:storeId/remove',
    response: s.Store,
    status: 200,
    auth: 'any',
  }),
  verifyStore: e({
    method: 'POST',
    path: '/v1/stores/:storeId/verify',
    body: Empty.optional(),
    response: s.Store,
    status: 200,
    auth: 'any',
  }),
  rotateStoreWebhookSecret: e({
    method: 'POST',
    path: '/v1/stores/:storeId/webhook-secret',
    body: Empty.optional(),
    response: s.StoreWithWebhookSecret,
    status: 200,
    auth: 'any',
  }),
  syncStore: e({
    method: 'POST',
    path: '/v1/stores/:storeId/sync',
    body: Empty.optional(),
    response: s.Job,
    status: 202,
    auth: 'any',
  }),
  getJob: e({
    method: 'GET',
    path: '/v1/jobs/:jobId',
    response: s.Job,
    status: 200,
    auth: 'any',
  }),

  // catalog
  listCatalogProducts: e({
    method: 'GET',
    path: '/v1/catalog/products',
    query: s.ListCatalogQuery,
    response: s.page(s.CatalogProduct),
    status: 200,
    auth: 'any',
  }),
  getCatalogProduct: e({
    method: 'GET',
    path: '/v1/catalog/products/:productUid',
    response: s.CatalogProduct,
    status: 200,
    auth: 'any',
  }),
  listCatalogAttributes: e({
    method: 'GET',
    path: '/v1/catalog/attributes',
    query: s.ListCatalogQuery.omit({ cursor: true, limit: true }),
    response: s.CatalogAttributes,
    status: 200,
    auth: 'any',
  }),

  // store products and mappings
  listStoreProducts: e({
    method: 'GET',
    path: '/v1/stores/:storeId/products',
    query: s.ListStoreProductsQuery,
    response: s.StoreProductPage,
    status: 200,
    auth: 'any',
  }),
  getStoreProduct: e({
    method: 'GET',
    path: '/v1/stores/:storeId/products/:productId',
    response: s.StoreProduct,
    status: 200,
    auth: 'any',
  }),
  putMapping: e({
    method: 'PUT',
    path: '/v1/stores/:storeId/variants/:variantId/mapping',
    body: s.PutMappingBody,
    response: s.StoreVariant,
    status: 200,
    auth: 'any',
  }),
  deleteMapping: e({
    method: 'DELETE',
    path: '/v1/stores/:storeId/variants/:variantId/mapping',
    response: s.StoreVariant,
    status: 200,
    auth: 'any',
  }),
  applyMapping: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mappings:apply',
    body: s.ApplyMappingBody,
    response: s.ApplyMappingResult,
    status: 200,
    auth: 'any',
  }),
  uploadDesignFile: e({
    method: 'POST',
    path: '/v1/stores/:storeId/files',
    query: s.UploadFileQuery,
    consumes: ['application/pdf', 'image/png', 'image/jpeg', 'image/svg+xml'],
    response: s.DesignFile,
    status: 201,
    auth: 'any',
  }),
  getDesignFile: e({
    method: 'GET',
    path: '/v1/files/:fileId/:fileToken/:filename',
    response: null,
    status: 200,
    auth: 'public',
    produces: 'application/octet-stream',
  }),
  createStoreProduct: e({
    method: 'POST',
    path: '/v1/stores/:storeId/products',
    body: s.CreateStoreProductBody,
    response: s.StoreProduct,
    status: 201,
    auth: 'any',
  }),
  publishStoreProduct: e({
    method: 'POST',
    path: '/v1/stores/:storeId/products/:productId/publish',
    response: s.StoreProduct,
    status: 202,
    auth: 'any',
  }),
  exportMappings: e({
    method: 'GET',
    path: '/v1/stores/:storeId/mappings.csv',
    query: s.ExportMappingsQuery,
    response: null,
    status: 200,
    auth: 'any',
    produces: 'text/csv',
  }),
  importMappings: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mappings:bulk',
    body: s.BulkMappingBody,
    response: s.MappingImport,
    status: 200,
    auth: 'any',
  }),
  createMappingImport: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mapping-imports',
    body: s.CreateMappingImportBody,
    response: s.MappingImport,
    status: 201,
    auth: 'any',
  }),
  listMappingImports: e({
    method: 'GET',
    path: '/v1/stores/:storeId/mapping-imports',
    query: s.ListMappingImportsQuery,
    response: s.page(s.MappingImport),
    status: 200,
    auth: 'any',
  }),
  getMappingImport: e({
    method: 'GET',
    path: '/v1/stores/:storeId/mapping-imports/:importId',
    response: s.MappingImport,
    status: 200,
    auth: 'any',
  }),
  putMappingImportChunk: e({
    method: 'PUT',
    path: '/v1/stores/:storeId/mapping-imports/:importId/chunks/:chunk',
    body: s.MappingImportChunkBody,
    response: s.MappingImport,
    status: 200,
    auth: 'any',
  }),
  startMappingImport: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mapping-imports/:importId/start',
    response: s.MappingImport,
    status: 202,
    auth: 'any',
  }),
  cancelMappingImport: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mapping-imports/:importId/cancel',
    response: s.MappingImport,
    status: 200,
    auth: 'any',
  }),
  listMappingImportErrors: e({
    method: 'GET',
    path: '/v1/stores/:storeId/mapping-imports/:importId/errors',
    query: s.ListImportErrorsQuery,
    response: s.page(s.BulkRowError),
    status: 200,
    auth: 'any',
  }),

  // orders
  listOrders: e({
    method: 'GET',
    path: '/v1/clients/:clientId/orders',
    query: s.ListOrdersQuery,
    response: s.page(s.Order),
    status: 200,
    auth: 'any',
  }),
  createOrder: e({
    method: 'POST',
    path: '/v1/stores/:storeId/orders',
    body: s.CreateOrderBody,
    response: s.Order,
    status: 201,
    auth: 'any',
  }),
  importOrders: e({
    method: 'POST',
    path: '/v1/stores/:storeId/orders:bulk',
    body: s.BulkOrdersBody,
    response: s.BulkOrdersResult,
    status: 200,
    auth: 'any',
  }),
  createTestOrder: e({
    method: 'POST',
    path: '/v1/stores/:storeId/test-order',
    body: s.TestOrderBody.optional(),
    response: s.Order,
    status: 201,
    auth: 'any',
  }),
  getOrder: e({
    method: 'GET',
    path: '/v1/orders/:orderId',
    response: s.Order,
    status: 200,
    auth: 'any',
  }),
  releaseOrder: e({
    method: 'POST',
    path: '/v1/orders/:orderId/release',
    body: Empty.optional(),
    response: s.Order,
    status: 200,
    auth: 'any',
  }),
  cancelOrder: e({
    method: 'POST',
    path: '/v1/orders/:orderId/cancel',
    body: Empty.optional(),
    response: s.Order,
    status: 200,
    auth: 'any',
  }),

  // inbound webhooks
  platformWebhook: e({
    method: 'POST',
    path: '/v1/hooks/:platform',
    response: s.PlatformWebhookReceipt,
    foreignQuery: true,
    status: 200,
    auth: 'webhook',
  }),
  storeWebhook: e({
    method: 'POST',
    path: '/v1/hooks/:platform/:storeId',
    response: s.WebhookReceipt,
    foreignQuery: true,
    status: 200,
    auth: 'webhook',
  }),

  // production
  getProduction: e({
    method: 'GET',
    path: '/v1/production',
    response: s.ProductionConnection,
    status: 200,
    auth: 'any',
  }),
  putProduction: e({
    method: 'PUT',
    path: '/v1/production',
    body: s.PutProductionBody,
    response: s.ProductionConnection,
    status: 200,
    auth: 'any',
  }),
  reportOrderEvent: e({
    method: 'POST',
    path: '/v1/orders/:orderId/events',
    body: s.ReportOrderEventBody,
    response: s.Order,
    status: 200,
    auth: 'secret_key',
  }),
  retryOrderFulfillment: e({
    method: 'POST',
    path: '/v1/orders/:orderId/fulfillment/retry',
    body: Empty.optional(),
    response: s.Order,
    status: 200,
    auth: 'any',
  }),
  productionWebhook: e({
    method: 'POST',
    path: '/v1/hooks/production/:token',
    response: s.ProductionStatusReceipt,
    foreignQuery: true,
    status: 200,
    auth: 'webhook',
  }),

  // postbacks
  listPostbacks: e({
    method: 'GET',
    path: '/v1/postbacks',
    query: s.PageQuery,
    response: s.page(s.Postback),
    status: 200,
    auth: 'any',
  }),
  createPostback: e({
    method: 'POST',
    path: '/v1/postbacks',
    body: s.CreatePostbackBody,
    response: s.Postback,
    status: 201,
    auth: 'any',
  }),
  getPostback: e({
    method: 'GET',
    path: '/v1/postbacks/:postbackId',
    response: s.Postback,
    status: 200,
    auth: 'any',
  }),
  updatePostback: e({
    method: 'PATCH',
    path: '/v1/postbacks/:postbackId',
    body: s.UpdatePostbackBody,
    response: s.Postback,
    status: 200,
    auth: 'any',
  }),
  deletePostback: e({
    method: 'DELETE',
    path: '/v1/postbacks/:postbackId',
    response: s.Deleted,
    status: 200,
    auth: 'any',
  }),
  rotatePostbackSecret: e({
    method: 'POST',
    path: '/v1/postbacks/:postbackId/rotate-secret',
    body: Empty.optional(),
    response: s.Postback,
    status: 200,
    auth: 'any',
  }),
  listPostbackDeliveries: e({
    method: 'GET',
    path: '/v1/postbacks/:postbackId/deliveries',
    query: s.ListPostbackDeliveriesQuery,
    response: s.page(s.PostbackDelivery),
    status: 200,
    auth: 'any',
  }),
  testPostback: e({
    method: 'POST',
    path: '/v1/postbacks/:postbackId/test',
    body: Empty.optional(),
    response: s.PostbackDelivery,
    status: 201,
    auth: 'any',
  }),
  redeliverPostback: e({
    method: 'POST',
    path: '/v1/postbacks/:postbackId/deliveries/:deliveryId/redeliver',
    body: Empty.optional(),
    response: s.PostbackDelivery,
    status: 200,
    auth: 'any',
  }),
} satisfies Record<string, Endpoint>;

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;

/** The query schema of endpoint `N`, or `undefined` when it takes none. */
export type QuerySchemaOf<N extends EndpointName> = Endpoints[N] extends {
  query: infer Q extends z.ZodType;
}
  ? Q
  : undefined;

/** The body schema of endpoint `N`, or `undefined` when it takes none. */
export type BodySchemaOf<N extends EndpointName> = Endpoints[N] extends {
  body: infer B extends z.ZodType;
}
  ? B
  : undefined;
