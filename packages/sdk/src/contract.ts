import { z } from 'zod';
import * as s from './schemas/index.js';

/**
 * The v1 HTTP contract as data: one entry per endpoint with its method, path, and the schemas of
 * its query, body and success response. The server registers its routes from these entries and
 * generates `/openapi.json` from them; the client calls them by name. Neither side can drift.
 */
export interface Endpoint<
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | null = z.ZodType | null,
> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Hono-style path: `/v1/clients/:clientId`. */
  path: string;
  summary: string;
  tag: string;
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
}

const e = <const D extends Endpoint>(def: D) => def;

const Empty = z.object({});

export const endpoints = {
  // sessions
  createSession: e({
    method: 'POST',
    path: '/v1/sessions',
    tag: 'sessions',
    summary: 'Mint a short-lived session token',
    body: s.CreateSessionBody,
    response: s.Session,
    status: 201,
    auth: 'secret_key',
  }),
  currentSession: e({
    method: 'GET',
    path: '/v1/sessions/current',
    tag: 'sessions',
    summary: 'Who the caller is and what it may do',
    response: s.CurrentSession,
    status: 200,
    auth: 'any',
  }),

  // clients
  listClients: e({
    method: 'GET',
    path: '/v1/clients',
    tag: 'clients',
    summary: 'List clients',
    query: s.ListClientsQuery,
    response: s.page(s.Client),
    status: 200,
    auth: 'any',
  }),
  createClient: e({
    method: 'POST',
    path: '/v1/clients',
    tag: 'clients',
    summary: 'Create a client',
    body: s.CreateClientBody,
    response: s.Client,
    status: 201,
    auth: 'any',
  }),
  getClient: e({
    method: 'GET',
    path: '/v1/clients/:clientId',
    tag: 'clients',
    summary: 'Get a client',
    response: s.Client,
    status: 200,
    auth: 'any',
  }),
  updateClient: e({
    method: 'PATCH',
    path: '/v1/clients/:clientId',
    tag: 'clients',
    summary: 'Update a client',
    body: s.UpdateClientBody,
    response: s.Client,
    status: 200,
    auth: 'any',
  }),
  archiveClient: e({
    method: 'DELETE',
    path: '/v1/clients/:clientId',
    tag: 'clients',
    summary: 'Archive a client (it is kept, not deleted)',
    response: s.Client,
    status: 200,
    auth: 'any',
  }),

  // access
  getAccess: e({
    method: 'GET',
    path: '/v1/clients/:clientId/access',
    tag: 'access',
    summary: "A client's Storefronts access, admin and history",
    response: s.Access,
    status: 200,
    auth: 'any',
  }),
  enableAccess: e({
    method: 'PUT',
    path: '/v1/clients/:clientId/access',
    tag: 'access',
    summary: 'Enable access and invite the admin',
    body: s.EnableAccessBody,
    response: s.Access,
    status: 200,
    auth: 'any',
  }),
  disableAccess: e({
    method: 'DELETE',
    path: '/v1/clients/:clientId/access',
    tag: 'access',
    summary: 'Disable access',
    response: s.Access,
    status: 200,
    auth: 'any',
  }),
  resendAccessInvite: e({
    method: 'POST',
    path: '/v1/clients/:clientId/access/resend-invite',
    tag: 'access',
    summary: "Send the admin's invitation again",
    body: Empty.optional(),
    response: s.Access,
    status: 200,
    auth: 'any',
  }),

  // invitations (the token is the credential)
  getInvitation: e({
    method: 'GET',
    path: '/v1/invitations/:token',
    tag: 'invitations',
    summary: 'Read an invitation by its token',
    response: s.Invitation,
    status: 200,
    auth: 'public',
  }),
  acceptInvitation: e({
    method: 'POST',
    path: '/v1/invitations/:token/accept',
    tag: 'invitations',
    summary: 'Accept an invitation',
    body: s.AcceptInvitationBody.optional(),
    response: s.AcceptedInvitation,
    status: 200,
    auth: 'public',
  }),

  // users
  listUsers: e({
    method: 'GET',
    path: '/v1/clients/:clientId/users',
    tag: 'users',
    summary: "List a client's users",
    query: s.ListUsersQuery,
    response: s.page(s.User),
    status: 200,
    auth: 'any',
  }),
  inviteUser: e({
    method: 'POST',
    path: '/v1/clients/:clientId/users',
    tag: 'users',
    summary: 'Invite a user',
    body: s.InviteUserBody,
    response: s.User,
    status: 201,
    auth: 'any',
  }),
  updateUser: e({
    method: 'PATCH',
    path: '/v1/clients/:clientId/users/:userId',
    tag: 'users',
    summary: "Change a user's role or stores",
    body: s.UpdateUserBody,
    response: s.User,
    status: 200,
    auth: 'any',
  }),
  removeUser: e({
    method: 'DELETE',
    path: '/v1/clients/:clientId/users/:userId',
    tag: 'users',
    summary: 'Remove a user or revoke a pending invite',
    response: s.Deleted,
    status: 200,
    auth: 'any',
  }),
  resendUserInvite: e({
    method: 'POST',
    path: '/v1/clients/:clientId/users/:userId/resend-invite',
    tag: 'users',
    summary: "Send a user's invitation again",
    body: Empty.optional(),
    response: s.User,
    status: 200,
    auth: 'any',
  }),

  // stores
  listStores: e({
    method: 'GET',
    path: '/v1/clients/:clientId/stores',
    tag: 'stores',
    summary: "List a client's stores",
    query: s.ListStoresQuery,
    response: s.page(s.Store),
    status: 200,
    auth: 'any',
  }),
  createStore: e({
    method: 'POST',
    path: '/v1/clients/:clientId/stores',
    tag: 'stores',
    summary: 'Connect a store with credentials, or add a manual store',
    body: s.CreateStoreBody,
    response: s.StoreWithWebhookSecret,
    status: 201,
    auth: 'any',
  }),
  authorizeStore: e({
    method: 'POST',
    path: '/v1/clients/:clientId/stores/authorize',
    tag: 'stores',
    summary: 'Start an OAuth connection',
    body: s.AuthorizeStoreBody,
    response: s.AuthorizeStoreResult,
    status: 201,
    auth: 'any',
  }),
  oauthCallback: e({
    method: 'GET',
    path: '/v1/oauth/:platform/callback',
    tag: 'stores',
    summary: 'OAuth redirect target (platforms call it)',
    response: null,
    status: 302,
    auth: 'public',
    produces: 'text/html',
  }),
  oauthKeys: e({
    method: 'POST',
    path: '/v1/oauth/:platform/keys',
    tag: 'stores',
    summary: 'Key hand-off target (WooCommerce posts the new API keys here)',
    body: s.WooCommerceKeysBody,
    response: null,
    status: 200,
    auth: 'public',
  }),
  getStore: e({
    method: 'GET',
    path: '/v1/stores/:storeId',
    tag: 'stores',
    summary: 'Get a store',
    response: s.Store,
    status: 200,
    auth: 'any',
  }),
  updateStore: e({
    method: 'PATCH',
    path: '/v1/stores/:storeId',
    tag: 'stores',
    summary: 'Rename a store',
    body: s.UpdateStoreBody,
    response: s.Store,
    status: 200,
    auth: 'any',
  }),
  disconnectStore: e({
    method: 'DELETE',
    path: '/v1/stores/:storeId',
    tag: 'stores',
    summary: 'Disconnect a store',
    response: s.Store,
    status: 200,
    auth: 'any',
  }),
  verifyStore: e({
    method: 'POST',
    path: '/v1/stores/:storeId/verify',
    tag: 'stores',
    summary: 'Check the connection with a live call to the platform',
    body: Empty.optional(),
    response: s.Store,
    status: 200,
    auth: 'any',
  }),
  rotateStoreWebhookSecret: e({
    method: 'POST',
    path: '/v1/stores/:storeId/webhook-secret',
    tag: 'stores',
    summary: "Replace the secret the store's platform signs webhooks with (shown once)",
    body: Empty.optional(),
    response: s.StoreWithWebhookSecret,
    status: 200,
    auth: 'any',
  }),
  syncStore: e({
    method: 'POST',
    path: '/v1/stores/:storeId/sync',
    tag: 'stores',
    summary: 'Start (or resume) a product sync',
    body: Empty.optional(),
    response: s.Job,
    status: 202,
    auth: 'any',
  }),
  getJob: e({
    method: 'GET',
    path: '/v1/jobs/:jobId',
    tag: 'jobs',
    summary: "A long job's progress",
    response: s.Job,
    status: 200,
    auth: 'any',
  }),

  // catalog
  listCatalogProducts: e({
    method: 'GET',
    path: '/v1/catalog/products',
    tag: 'catalog',
    summary: 'Search the print catalog',
    query: s.ListCatalogQuery,
    response: s.page(s.CatalogProduct),
    status: 200,
    auth: 'any',
  }),
  getCatalogProduct: e({
    method: 'GET',
    path: '/v1/catalog/products/:productUid',
    tag: 'catalog',
    summary: 'Get a catalog product',
    response: s.CatalogProduct,
    status: 200,
    auth: 'any',
  }),
  listCatalogAttributes: e({
    method: 'GET',
    path: '/v1/catalog/attributes',
    tag: 'catalog',
    summary: 'Catalog facets with counts',
    query: s.ListCatalogQuery.omit({ cursor: true, limit: true }),
    response: s.CatalogAttributes,
    status: 200,
    auth: 'any',
  }),

  // store products and mappings
  listStoreProducts: e({
    method: 'GET',
    path: '/v1/stores/:storeId/products',
    tag: 'products',
    summary: "List a store's products with their variants, mapping status and counts",
    query: s.ListStoreProductsQuery,
    response: s.StoreProductPage,
    status: 200,
    auth: 'any',
  }),
  getStoreProduct: e({
    method: 'GET',
    path: '/v1/stores/:storeId/products/:productId',
    tag: 'products',
    summary: 'Get a store product with its variants',
    response: s.StoreProduct,
    status: 200,
    auth: 'any',
  }),
  putMapping: e({
    method: 'PUT',
    path: '/v1/stores/:storeId/variants/:variantId/mapping',
    tag: 'products',
    summary: 'Connect a variant to a catalog product (or ignore it)',
    body: s.PutMappingBody,
    response: s.StoreVariant,
    status: 200,
    auth: 'any',
  }),
  deleteMapping: e({
    method: 'DELETE',
    path: '/v1/stores/:storeId/variants/:variantId/mapping',
    tag: 'products',
    summary: "Remove a variant's mapping",
    response: s.StoreVariant,
    status: 200,
    auth: 'any',
  }),
  applyMapping: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mappings:apply',
    tag: 'products',
    summary: 'Apply one mapping (or ignore) to whole products or chosen variants',
    body: s.ApplyMappingBody,
    response: s.ApplyMappingResult,
    status: 200,
    auth: 'any',
  }),
  uploadDesignFile: e({
    method: 'POST',
    path: '/v1/stores/:storeId/files',
    tag: 'products',
    summary: 'Upload a design file (PDF, PNG, JPEG or SVG; the raw bytes as the body)',
    query: s.UploadFileQuery,
    consumes: ['application/pdf', 'image/png', 'image/jpeg', 'image/svg+xml'],
    response: s.DesignFile,
    status: 201,
    auth: 'any',
  }),
  getDesignFile: e({
    method: 'GET',
    path: '/v1/files/:fileId/:fileToken/:filename',
    tag: 'products',
    summary: 'Download a design file by its unguessable address',
    response: null,
    status: 200,
    auth: 'public',
    produces: 'application/octet-stream',
  }),
  createStoreProduct: e({
    method: 'POST',
    path: '/v1/stores/:storeId/products',
    tag: 'products',
    summary: 'Create a product from the catalog and publish it',
    body: s.CreateStoreProductBody,
    response: s.StoreProduct,
    status: 201,
    auth: 'any',
  }),
  publishStoreProduct: e({
    method: 'POST',
    path: '/v1/stores/:storeId/products/:productId/publish',
    tag: 'products',
    summary: 'Publish again a product whose publishing failed',
    response: s.StoreProduct,
    status: 202,
    auth: 'any',
  }),
  exportMappings: e({
    method: 'GET',
    path: '/v1/stores/:storeId/mappings.csv',
    tag: 'products',
    summary: 'Export variants and mappings as CSV',
    response: null,
    status: 200,
    auth: 'any',
    produces: 'text/csv',
  }),
  importMappings: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mappings:bulk',
    tag: 'products',
    summary: 'Apply many mappings at once',
    body: s.BulkMappingBody,
    response: s.BulkResult,
    status: 200,
    auth: 'any',
  }),

  // orders
  listOrders: e({
    method: 'GET',
    path: '/v1/clients/:clientId/orders',
    tag: 'orders',
    summary: "List a client's orders",
    query: s.ListOrdersQuery,
    response: s.page(s.Order),
    status: 200,
    auth: 'any',
  }),
  createOrder: e({
    method: 'POST',
    path: '/v1/stores/:storeId/orders',
    tag: 'orders',
    summary: 'Place an order by hand',
    body: s.CreateOrderBody,
    response: s.Order,
    status: 201,
    auth: 'any',
  }),
  importOrders: e({
    method: 'POST',
    path: '/v1/stores/:storeId/orders:bulk',
    tag: 'orders',
    summary: 'Import orders (CSV rows grouped by order)',
    body: s.BulkOrdersBody,
    response: s.BulkOrdersResult,
    status: 200,
    auth: 'any',
  }),
  createTestOrder: e({
    method: 'POST',
    path: '/v1/stores/:storeId/test-order',
    tag: 'orders',
    summary: 'Place a test order',
    body: s.TestOrderBody.optional(),
    response: s.Order,
    status: 201,
    auth: 'any',
  }),
  getOrder: e({
    method: 'GET',
    path: '/v1/orders/:orderId',
    tag: 'orders',
    summary: 'Get an order with its history',
    response: s.Order,
    status: 200,
    auth: 'any',
  }),
  cancelOrder: e({
    method: 'POST',
    path: '/v1/orders/:orderId/cancel',
    tag: 'orders',
    summary: 'Cancel an order',
    body: Empty.optional(),
    response: s.Order,
    status: 200,
    auth: 'any',
  }),

  // inbound webhooks
  platformWebhook: e({
    method: 'POST',
    path: '/v1/hooks/:platform',
    tag: 'webhooks',
    summary: 'Inbound platform webhook',
    response: null,
    status: 200,
    auth: 'webhook',
  }),
  storeWebhook: e({
    method: 'POST',
    path: '/v1/hooks/:platform/:storeId',
    tag: 'webhooks',
    summary: 'Inbound platform webhook for one store',
    response: null,
    status: 200,
    auth: 'webhook',
  }),

  // postbacks
  listPostbacks: e({
    method: 'GET',
    path: '/v1/postbacks',
    tag: 'postbacks',
    summary: 'List postback endpoints',
    query: s.PageQuery,
    response: s.page(s.Postback),
    status: 200,
    auth: 'any',
  }),
  createPostback: e({
    method: 'POST',
    path: '/v1/postbacks',
    tag: 'postbacks',
    summary: 'Add a postback endpoint',
    body: s.CreatePostbackBody,
    response: s.Postback,
    status: 201,
    auth: 'any',
  }),
  deletePostback: e({
    method: 'DELETE',
    path: '/v1/postbacks/:postbackId',
    tag: 'postbacks',
    summary: 'Remove a postback endpoint',
    response: s.Deleted,
    status: 200,
    auth: 'any',
  }),
  listPostbackDeliveries: e({
    method: 'GET',
    path: '/v1/postbacks/:postbackId/deliveries',
    tag: 'postbacks',
    summary: "An endpoint's delivery log",
    query: s.PageQuery,
    response: s.page(s.PostbackDelivery),
    status: 200,
    auth: 'any',
  }),
  testPostback: e({
    method: 'POST',
    path: '/v1/postbacks/:postbackId/test',
    tag: 'postbacks',
    summary: 'Send a test delivery',
    body: Empty.optional(),
    response: s.PostbackDelivery,
    status: 201,
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
