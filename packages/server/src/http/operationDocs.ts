import type { EndpointName } from '@vitrine/sdk';

/**
 * How the API description presents each operation of the contract: its group, one-line summary
 * and, where the types do not say it, the content it answers with. Kept with the server, keyed by
 * endpoint name (every endpoint must have one), so none of it reaches browser bundles.
 */
export interface OperationDoc {
  tag: string;
  summary: string;
  /** Longer prose, when the summary is not enough (otherwise `operationDescriptions`). */
  description?: string;
  /** Every content type a non-JSON response may have, when it is the content's own (files). */
  producesOneOf?: readonly string[];
  /**
   * Answers in the endpoint's `produces` other than its status, for addresses a browser lands
   * on: status (or a range such as `4XX`) → what the page says.
   */
  pages?: Readonly<Record<string, string>>;
}

export const operationDocs: Record<EndpointName, OperationDoc> = {
  createSession: {
    tag: 'sessions',
    summary: 'Mint a short-lived session token',
  },
  currentSession: {
    tag: 'sessions',
    summary: 'Who the caller is and what it may do',
  },
  listSecretKeys: {
    tag: 'keys',
    summary: "List the provider's secret keys (last four characters only)",
  },
  createSecretKey: {
    tag: 'keys',
    summary: 'Create a secret key, shown once',
    description:
      'The answer is the only time the key is shown; it is not kept for replay, so a retry with the same `Idempotency-Key` answers 409 instead of showing it again.',
  },
  revokeSecretKey: {
    tag: 'keys',
    summary: 'Revoke a secret key: it and every session it minted stop working at once',
    description:
      'A key cannot revoke itself: create a new key, switch to it, then revoke the old one.',
  },
  listClients: {
    tag: 'clients',
    summary: 'List clients',
  },
  createClient: {
    tag: 'clients',
    summary: 'Create a client',
  },
  getClient: {
    tag: 'clients',
    summary: 'Get a client',
  },
  updateClient: {
    tag: 'clients',
    summary: 'Update a client',
  },
  archiveClient: {
    tag: 'clients',
    summary: 'Archive a client (it is kept, not deleted)',
  },
  getAccess: {
    tag: 'access',
    summary: "A client's Storefronts access, admin and history",
  },
  enableAccess: {
    tag: 'access',
    summary: 'Enable access and invite the admin',
  },
  disableAccess: {
    tag: 'access',
    summary: 'Disable access',
  },
  resendAccessInvite: {
    tag: 'access',
    summary: "Send the admin's invitation again",
  },
  getInvitation: {
    tag: 'invitations',
    summary: 'Read an invitation by its token',
  },
  acceptInvitation: {
    tag: 'invitations',
    summary: 'Accept an invitation',
  },
  listUsers: {
    tag: 'users',
    summary: "List a client's users",
  },
  inviteUser: {
    tag: 'users',
    summary: 'Invite a user',
  },
  updateUser: {
    tag: 'users',
    summary: "Change a user's role or stores",
  },
  removeUser: {
    tag: 'users',
    summary: 'Remove a user or revoke a pending invite',
  },
  resendUserInvite: {
    tag: 'users',
    summary: "Send a user's invitation again",
  },
  listStores: {
    tag: 'stores',
    summary: "List a client's stores",
  },
  createStore: {
    tag: 'stores',
    summary: 'Connect a store with credentials, or add a manual store',
  },
  authorizeStore: {
    tag: 'stores',
    summary: 'Start an OAuth connection',
  },
  oauthCallback: {
    tag: 'stores',
    summary: 'OAuth redirect target (platforms call it)',
    description:
      "The platform sends the shop owner's browser here after approval. With a `returnUrl` given when the connection started, the answer redirects there with the outcome in its query; otherwise it is a small page that posts a `StoreConnectionMessage` to the window that opened the popup and closes itself.",
    pages: {
      '200': 'A page that posts the outcome to the window that opened it, then closes',
      '4XX': 'A page saying the store could not be connected (its script posts the error)',
      '5XX': 'A page saying the store could not be connected (its script posts the error)',
    },
  },
  oauthKeys: {
    tag: 'stores',
    summary: 'Key hand-off target (WooCommerce posts the new API keys here)',
  },
  getStore: {
    tag: 'stores',
    summary: 'Get a store',
  },
  updateStore: {
    tag: 'stores',
    summary: 'Rename a store',
  },
  disconnectStore: {
    tag: 'stores',
    summary: 'Disconnect a store',
  },
  removeStore: {
    tag: 'stores',
    summary: 'Remove a disconnected store from the list (its orders stay)',
  },
  verifyStore: {
    tag: 'stores',
    summary: 'Check the connection with a live call to the platform',
  },
  rotateStoreWebhookSecret: {
    tag: 'stores',
    summary: "Replace the secret the store's platform signs webhooks with (shown once)",
  },
  syncStore: {
    tag: 'stores',
    summary: 'Start (or resume) a product sync',
  },
  getJob: {
    tag: 'jobs',
    summary: "A long job's progress",
  },
  listCatalogProducts: {
    tag: 'catalog',
    summary: 'Search the print catalog',
  },
  getCatalogProduct: {
    tag: 'catalog',
    summary: 'Get a catalog product',
  },
  listCatalogAttributes: {
    tag: 'catalog',
    summary: 'Catalog facets with counts',
  },
  listStoreProducts: {
    tag: 'products',
    summary: "List a store's products with their variants, mapping status and counts",
  },
  getStoreProduct: {
    tag: 'products',
    summary: 'Get a store product with its variants',
  },
  putMapping: {
    tag: 'products',
    summary: 'Connect a variant to a catalog product (or ignore it)',
  },
  deleteMapping: {
    tag: 'products',
    summary: "Remove a variant's mapping",
  },
  applyMapping: {
    tag: 'products',
    summary: 'Apply one mapping (or ignore) to whole products or chosen variants',
  },
  uploadDesignFile: {
    tag: 'products',
    summary: 'Upload a design file (PDF, PNG, JPEG or SVG; the raw bytes as the body)',
  },
  getDesignFile: {
    tag: 'products',
    summary: 'Download a design file by its unguessable address',
    producesOneOf: ['application/pdf', 'image/png', 'image/jpeg', 'image/svg+xml'],
  },
  createStoreProduct: {
    tag: 'products',
    summary: 'Create a product from the catalog and publish it',
  },
  publishStoreProduct: {
    tag: 'products',
    summary: 'Publish again a product whose publishing failed',
  },
  exportMappings: {
    tag: 'products',
    summary: 'Export every variant with its mapping as CSV, to fill in and import back',
  },
  importMappings: {
    tag: 'products',
    summary: 'Apply many mappings at once (up to 1,000 before answering; more as a job)',
  },
  createMappingImport: {
    tag: 'products',
    summary: 'Start a bulk mapping import whose rows arrive in chunks',
  },
  listMappingImports: {
    tag: 'products',
    summary: "A store's bulk mapping imports, newest first",
  },
  getMappingImport: {
    tag: 'products',
    summary: 'A bulk mapping import: status, progress, counts, first errors',
  },
  putMappingImportChunk: {
    tag: 'products',
    summary: 'Send (or send again) one numbered chunk of rows',
  },
  startMappingImport: {
    tag: 'products',
    summary: 'Validate and apply the rows received, as a job',
  },
  cancelMappingImport: {
    tag: 'products',
    summary: 'Stop an import; chunks already applied stay applied',
  },
  listMappingImportErrors: {
    tag: 'products',
    summary: "Every error of an import's rows, by row",
  },
  listOrders: {
    tag: 'orders',
    summary: "List a client's orders",
  },
  createOrder: {
    tag: 'orders',
    summary: 'Place an order by hand',
  },
  importOrders: {
    tag: 'orders',
    summary: 'Import orders (CSV rows grouped by order)',
  },
  createTestOrder: {
    tag: 'orders',
    summary: 'Place a test order',
  },
  getOrder: {
    tag: 'orders',
    summary: 'Get an order with its history',
  },
  releaseOrder: {
    tag: 'orders',
    summary: 'Resolve a not-connected order again, after its variants were mapped',
  },
  cancelOrder: {
    tag: 'orders',
    summary: 'Cancel an order not yet in production',
  },
  platformWebhook: {
    tag: 'webhooks',
    summary: 'Inbound platform webhook',
    description:
      "Platforms that send every shop's webhooks to one address. The platform's signature over the raw body is the credential; the body is the platform's own.",
  },
  storeWebhook: {
    tag: 'webhooks',
    summary: 'Inbound platform webhook for one store',
    description:
      "The platform's signature over the raw body, made with the store's webhook secret, is the credential; the body is the platform's own.",
  },
  getProduction: {
    tag: 'production',
    summary: "Where the provider's orders are made",
  },
  putProduction: {
    tag: 'production',
    summary: 'Set the production connection (GelatoConnect, or postbacks and the status API)',
  },
  reportOrderEvent: {
    tag: 'production',
    summary: 'Report production progress on an order (secret key)',
  },
  retryOrderFulfillment: {
    tag: 'orders',
    summary: 'Tell the store again that the order shipped, after it refused',
  },
  productionWebhook: {
    tag: 'production',
    summary: 'GelatoConnect status postbacks (the path token is the credential)',
    description:
      "The unguessable token in the path is the credential; the body is GelatoConnect's status event.",
  },
  listPostbacks: {
    tag: 'postbacks',
    summary: 'List postback endpoints',
  },
  createPostback: {
    tag: 'postbacks',
    summary: 'Add a postback endpoint (its signing secret is in this answer only)',
  },
  getPostback: {
    tag: 'postbacks',
    summary: 'Get a postback endpoint',
  },
  updatePostback: {
    tag: 'postbacks',
    summary: 'Change an endpoint: address, events, on or off',
  },
  deletePostback: {
    tag: 'postbacks',
    summary: 'Remove a postback endpoint (its pending deliveries are canceled)',
  },
  rotatePostbackSecret: {
    tag: 'postbacks',
    summary: 'A new signing secret; the old one keeps signing for 24 hours',
  },
  listPostbackDeliveries: {
    tag: 'postbacks',
    summary: "An endpoint's deliveries with their attempts, newest first",
  },
  testPostback: {
    tag: 'postbacks',
    summary: 'Send a signed test event',
  },
  redeliverPostback: {
    tag: 'postbacks',
    summary: 'Send a delivery again now (same message id)',
  },
};
