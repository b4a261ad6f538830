import * as z from 'zod';
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
  /** Longer prose for the API description, when the summary is not enough. */
  description?: string;
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
  /** Every content type a non-JSON response may have, when it is the content's own (files). */
  producesOneOf?: readonly string[];
  /** Content types of a raw (non-JSON) request body, for uploads. */
  consumes?: readonly string[];
  /**
   * Answers in `produces` other than `status`, for addresses a browser lands on: status (or a
   * range such as `4XX`) → what the page says.
   */
  pages?: Readonly<Record<string, string>>;
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
    description:
      "The platform sends the shop owner's browser here after approval. With a `returnUrl` given when the connection started, the answer redirects there with the outcome in its query; otherwise it is a small page that posts a `StoreConnectionMessage` to the window that opened the popup and closes itself.",
    response: null,
    status: 302,
    auth: 'public',
    produces: 'text/html',
    pages: {
      '200': 'A page that posts the outcome to the window that opened it, then closes',
      '4XX': 'A page saying the store could not be connected (its script posts the error)',
      '5XX': 'A page saying the store could not be connected (its script posts the error)',
    },
    foreignQuery: true,
  }),
  oauthKeys: e({
    method: 'POST',
    path: '/v1/oauth/:platform/keys',
    tag: 'stores',
    summary: 'Key hand-off target (WooCommerce posts the new API keys here)',
    body: s.WooCommerceKeysBody,
    response: s.KeysReceived,
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
    producesOneOf: ['application/pdf', 'image/png', 'image/jpeg', 'image/svg+xml'],
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
    summary: 'Export every variant with its mapping as CSV, to fill in and import back',
    query: s.ExportMappingsQuery,
    response: null,
    status: 200,
    auth: 'any',
    produces: 'text/csv',
  }),
  importMappings: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mappings:bulk',
    tag: 'products',
    summary: 'Apply many mappings at once (up to 1,000 before answering; more as a job)',
    body: s.BulkMappingBody,
    response: s.MappingImport,
    status: 200,
    auth: 'any',
  }),
  createMappingImport: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mapping-imports',
    tag: 'products',
    summary: 'Start a bulk mapping import whose rows arrive in chunks',
    body: s.CreateMappingImportBody,
    response: s.MappingImport,
    status: 201,
    auth: 'any',
  }),
  listMappingImports: e({
    method: 'GET',
    path: '/v1/stores/:storeId/mapping-imports',
    tag: 'products',
    summary: "A store's bulk mapping imports, newest first",
    query: s.ListMappingImportsQuery,
    response: s.page(s.MappingImport),
    status: 200,
    auth: 'any',
  }),
  getMappingImport: e({
    method: 'GET',
    path: '/v1/stores/:storeId/mapping-imports/:importId',
    tag: 'products',
    summary: 'A bulk mapping import: status, progress, counts, first errors',
    response: s.MappingImport,
    status: 200,
    auth: 'any',
  }),
  putMappingImportChunk: e({
    method: 'PUT',
    path: '/v1/stores/:storeId/mapping-imports/:importId/chunks/:chunk',
    tag: 'products',
    summary: 'Send (or send again) one numbered chunk of rows',
    body: s.MappingImportChunkBody,
    response: s.MappingImport,
    status: 200,
    auth: 'any',
  }),
  startMappingImport: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mapping-imports/:importId/start',
    tag: 'products',
    summary: 'Validate and apply the rows received, as a job',
    response: s.MappingImport,
    status: 202,
    auth: 'any',
  }),
  cancelMappingImport: e({
    method: 'POST',
    path: '/v1/stores/:storeId/mapping-imports/:importId/cancel',
    tag: 'products',
    summary: 'Stop an import; chunks already applied stay applied',
    response: s.MappingImport,
    status: 200,
    auth: 'any',
  }),
  listMappingImportErrors: e({
    method: 'GET',
    path: '/v1/stores/:storeId/mapping-imports/:importId/errors',
    tag: 'products',
    summary: "Every error of an import's rows, by row",
    query: s.ListImportErrorsQuery,
    response: s.page(s.BulkRowError),
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
  releaseOrder: e({
    method: 'POST',
    path: '/v1/orders/:orderId/release',
    tag: 'orders',
    summary: 'Resolve a not-connected order again, after its variants were mapped',
    body: Empty.optional(),
    response: s.Order,
    status: 200,
    auth: 'any',
  }),
  cancelOrder: e({
    method: 'POST',
    path: '/v1/orders/:orderId/cancel',
    tag: 'orders',
    summary: 'Cancel an order not yet in production',
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
    description:
      "Platforms that send every shop's webhooks to one address. The platform's signature over the raw body is the credential; the body is the platform's own.",
    response: s.PlatformWebhookReceipt,
    foreignQuery: true,
    status: 200,
    auth: 'webhook',
  }),
  storeWebhook: e({
    method: 'POST',
    path: '/v1/hooks/:platform/:storeId',
    tag: 'webhooks',
    summary: 'Inbound platform webhook for one store',
    description:
      "The platform's signature over the raw body, made with the store's webhook secret, is the credential; the body is the platform's own.",
    response: s.WebhookReceipt,
    foreignQuery: true,
    status: 200,
    auth: 'webhook',
  }),

  // production
  getProduction: e({
    method: 'GET',
    path: '/v1/production',
    tag: 'production',
    summary: "Where the provider's orders are made",
    response: s.ProductionConnection,
    status: 200,
    auth: 'any',
  }),
  putProduction: e({
    method: 'PUT',
    path: '/v1/production',
    tag: 'production',
    summary: 'Set the production connection (GelatoConnect, or postbacks and the status API)',
    body: s.PutProductionBody,
    response: s.ProductionConnection,
    status: 200,
    auth: 'any',
  }),
  reportOrderEvent: e({
    method: 'POST',
    path: '/v1/orders/:orderId/events',
    tag: 'production',
    summary: 'Report production progress on an order (secret key)',
    body: s.ReportOrderEventBody,
    response: s.Order,
    status: 200,
    auth: 'secret_key',
  }),
  retryOrderFulfillment: e({
    method: 'POST',
    path: '/v1/orders/:orderId/fulfillment/retry',
    tag: 'orders',
    summary: 'Tell the store again that the order shipped, after it refused',
    body: Empty.optional(),
    response: s.Order,
    status: 200,
    auth: 'any',
  }),
  productionWebhook: e({
    method: 'POST',
    path: '/v1/hooks/production/:token',
    tag: 'production',
    summary: 'GelatoConnect status postbacks (the path token is the credential)',
    description:
      "The unguessable token in the path is the credential; the body is GelatoConnect's status event.",
    response: s.ProductionStatusReceipt,
    foreignQuery: true,
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
    summary: 'Add a postback endpoint (its signing secret is in this answer only)',
    body: s.CreatePostbackBody,
    response: s.Postback,
    status: 201,
    auth: 'any',
  }),
  getPostback: e({
    method: 'GET',
    path: '/v1/postbacks/:postbackId',
    tag: 'postbacks',
    summary: 'Get a postback endpoint',
    response: s.Postback,
    status: 200,
    auth: 'any',
  }),
  updatePostback: e({
    method: 'PATCH',
    path: '/v1/postbacks/:postbackId',
    tag: 'postbacks',
    summary: 'Change an endpoint: address, events, on or off',
    body: s.UpdatePostbackBody,
    response: s.Postback,
    status: 200,
    auth: 'any',
  }),
  deletePostback: e({
    method: 'DELETE',
    path: '/v1/postbacks/:postbackId',
    tag: 'postbacks',
    summary: 'Remove a postback endpoint (its pending deliveries are canceled)',
    response: s.Deleted,
    status: 200,
    auth: 'any',
  }),
  rotatePostbackSecret: e({
    method: 'POST',
    path: '/v1/postbacks/:postbackId/rotate-secret',
    tag: 'postbacks',
    summary: 'A new signing secret; the old one keeps signing for 24 hours',
    body: Empty.optional(),
    response: s.Postback,
    status: 200,
    auth: 'any',
  }),
  listPostbackDeliveries: e({
    method: 'GET',
    path: '/v1/postbacks/:postbackId/deliveries',
    tag: 'postbacks',
    summary: "An endpoint's deliveries with their attempts, newest first",
    query: s.ListPostbackDeliveriesQuery,
    response: s.page(s.PostbackDelivery),
    status: 200,
    auth: 'any',
  }),
  testPostback: e({
    method: 'POST',
    path: '/v1/postbacks/:postbackId/test',
    tag: 'postbacks',
    summary: 'Send a signed test event',
    body: Empty.optional(),
    response: s.PostbackDelivery,
    status: 201,
    auth: 'any',
  }),
  redeliverPostback: e({
    method: 'POST',
    path: '/v1/postbacks/:postbackId/deliveries/:deliveryId/redeliver',
    tag: 'postbacks',
    summary: 'Send a delivery again now (same message id)',
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
