import type { EndpointName } from '@vitrine/sdk';

/**
 * What the API description says beyond the contract's types: prose for each operation and
 * parameter, and examples for request bodies and the main answers. Kept with the server, not in
 * the SDK's schemas, so none of it reaches the browser bundles that import the contract.
 */

/** Each operation's description, after its summary. */
export const operationDescriptions: Partial<Record<EndpointName, string>> = {
  createSession:
    "Called by the provider's backend with its secret key; the token goes to the browser, where widgets send it as a bearer token. `scope: provider` acts for the provider; `scope: client` acts as one user of one client, with that user's role. The token expires at `expiresAt`: mint a new one then (the SDK's `getSession` callback does).",
  listSecretKeys:
    "The provider's secret keys, newest last, each by its id and last four characters (the key itself is kept only as a hash), with when it was revoked. Rotate by creating a key, deploying it, then revoking the old one with the new one.",
  currentSession:
    'Answers who the credential acts for (the provider, or a client user with a role) and the capabilities it holds, so a user interface can hide what it may not do.',
  listClients:
    "The provider's clients, a page at a time. `search` matches the start of words in the name, or the reference ID; `status` lists active clients (the default), archived ones or all.",
  createClient:
    "A client is one of the provider's business customers. `referenceId`, the id the provider knows it by, is unique among the provider's clients.",
  getClient: 'A client user may read its own client only.',
  updateClient: 'Changes the fields given. An archived client cannot be changed.',
  archiveClient:
    'The client and its data are kept and still readable; it leaves the default list (`status=archived` lists it) and can no longer be changed.',
  getAccess:
    "Whether the client's users may sign in, who its admin is and where the admin's invitation stands (`invited` or `active`), with the history of changes.",
  enableAccess:
    'Turns access on and sends the admin an invitation email with a link that holds a single-use token. Answers 409 when access is already enabled.',
  disableAccess:
    "Turns access off and revokes the client's pending invitations (their links then answer 410). Enable it again to invite anew.",
  resendAccessInvite:
    'Sends the pending admin invitation again with a fresh token; the earlier link stops working. Answers 409 when the admin has already accepted.',
  getInvitation:
    'For the page an invitation link opens: whom the invitation is for, its role, the client and provider, and when it expires. The token in the path is the credential; an expired, used or revoked invitation answers 410.',
  acceptInvitation:
    'Activates the invited user, with the names given, and answers who they now are in which client. A token works once.',
  listUsers:
    'Everyone invited to the client or active in it, with their role and, for store managers, the stores assigned to them.',
  inviteUser:
    'Adds a user with a role and sends an invitation email. Store managers need at least one store.',
  updateUser:
    "Changes a user's role, or the stores a store manager may manage. A client keeps at least one active admin (`last_admin`).",
  removeUser:
    'Removes an active user, or revokes an invitation that was not accepted yet (its link then answers 410).',
  resendUserInvite:
    'Sends a pending invitation again with a fresh token; the earlier link stops working.',
  listStores:
    "The client's stores with their platform and connection status. Store managers see the stores assigned to them.",
  createStore:
    'Connects a store whose platform takes credentials (WooCommerce keys, a Pressero site), checked with a live call before the store is saved, or adds a manual store whose orders are placed by hand or by CSV. OAuth platforms start with `authorizeStore` instead.',
  authorizeStore:
    "Answers the platform's authorization address to open in a popup or a redirect, and a `connectionId` to follow the attempt. The platform then sends the browser to the OAuth callback, which finishes the connection.",
  oauthKeys:
    'WooCommerce posts the API keys it created here after the shop owner approved; the `state` in the callback address ties them to the connection attempt. Not for direct use.',
  getStore:
    'A store with its connection status, the reason when it needs attention, its last sync and counts.',
  updateStore: "Changes the store's display name only; the platform is not called.",
  disconnectStore:
    'Forgets the platform credentials and stops syncing and order intake. Products, mappings and orders stay; the store can be connected again or removed from the list.',
  removeStore:
    'Takes a disconnected store off the store list. Its orders stay readable; a connected store must be disconnected first (409).',
  verifyStore:
    "Calls the platform with the stored credentials and answers the store: `connected`, or `needs_reauth` with the platform's reason.",
  rotateStoreWebhookSecret:
    'For stores whose platform signs webhooks with a secret this server gave the store (Pressero). The new secret is in this answer only; the old one stops working at once.',
  syncStore:
    "Reads the store's products and variants from the platform as a job (202 with the job; follow it with `getJob`). After a failure, a new sync resumes where the failed one stopped.",
  getJob:
    'Progress, result or error of a long piece of work (product sync, bulk mapping, publishing…). Poll it until `status` is `succeeded`, `failed` or `canceled`.',
  listCatalogProducts:
    "The provider's print catalog, a page at a time. Filter by a search text, a category and attribute values (`attributes[PaperFormat]=A4`).",
  getCatalogProduct: 'One catalog product with its attributes and what its print files must be.',
  listCatalogAttributes:
    "The catalog's categories and attribute values, each with how many products have it, for filter menus.",
  listStoreProducts:
    "Products synced from the store (or created on it), with their variants and each variant's mapping, and counts of mapped, unmapped and ignored variants. Filter by mapping status, product status or a search text.",
  getStoreProduct: 'A store product with every variant and its mapping.',
  putMapping:
    "Maps a store variant to a catalog product (`productUid`, with design files per print area), or marks it as not printed by this provider (`ignored: true`). Replaces the variant's mapping; orders that waited only for it can then be released.",
  deleteMapping: 'The variant goes back to unmapped; its orders then wait as `not_connected`.',
  applyMapping:
    'Sets one mapping, or ignore, on every variant of the products given and on the variants given, in one transaction.',
  uploadDesignFile:
    'The body is the file itself, with its content type. Answers the stored file with an unguessable download address to use in mappings and orders; checked for type and size (50 MiB).',
  getDesignFile:
    'Anyone with the address may download the file: the token in the path is the credential, so print production can fetch it. Answers the file with its own content type.',
  createStoreProduct:
    'Creates a product from a catalog product, with its title, price and design files, and its one variant, already mapped. On a manual store it exists at once; on Shopify, WooCommerce and Etsy it is `publishing` while a job creates it on the platform (`publish: false` keeps a draft).',
  publishStoreProduct:
    'Tries again, as a job, to create on the platform a product whose publishing failed (202).',
  exportMappings:
    'A CSV with a row per variant and its current mapping, in the columns the bulk import reads back.',
  importMappings:
    'Applies rows of mappings in one request: up to 1,000 rows before answering, more as a job. `dryRun` checks the rows and reports their errors without changing anything.',
  createMappingImport:
    'Starts an import whose rows arrive in numbered chunks (`putMappingImportChunk`), for files too large for one request. Nothing is applied until `startMappingImport`.',
  listMappingImports:
    "The store's bulk mapping imports with their status and counts, newest first.",
  getMappingImport:
    "An import's status, the chunks received, progress, counts and its first errors.",
  putMappingImportChunk:
    'Up to 2,000 rows under a chunk number; sending the same number again replaces that chunk, so an interrupted upload can resume.',
  startMappingImport:
    'Checks and applies every row received, as a job (202). Rows with errors are skipped and reported; the others are applied.',
  cancelMappingImport: 'Stops an import at the next step; what was applied stays.',
  listMappingImportErrors:
    'Every row that failed, with the column and the reason, a page at a time, to build an error report.',
  listOrders:
    "The client's orders from every store, newest first, a page at a time. Filter by store, status, source or a search text.",
  createOrder:
    "An order placed by hand on a store: its items refer to the store's variants, and it follows the same path as a platform order (resolved against the mappings, then sent to production).",
  importOrders:
    'Up to 1,000 orders in one call (the CSV importer sends one per order number). Each order is created or refused on its own; the answer counts them and gives the reason for each refused one. `dryRun` checks without creating.',
  createTestOrder:
    "A test order from one of the store's mapped variants (the one given, else the first), marked as a test all the way to production.",
  getOrder:
    'An order with its items, the catalog products they resolved to, the shipping address, production progress, tracking and history.',
  releaseOrder:
    "Resolves a `not_connected` order's items against the current mappings; when every item is mapped the order goes on to production.",
  cancelOrder:
    'Cancels an order that has not reached production, with its items; once in production it is refused.',
  getProduction:
    "How the provider's orders reach production: a GelatoConnect connection, or postbacks and status reports through `reportOrderEvent`. Secrets are never returned.",
  putProduction:
    'Sets the production connection. GelatoConnect reports progress to a status address whose token is the credential.',
  reportOrderEvent:
    "For providers whose own production system reports progress: the whole order's status, some items' statuses, tracking or a note. The store is told when the order ships.",
  retryOrderFulfillment:
    "When the store refused the shipment notice, sends it again; the order keeps the platform's words until it succeeds.",
  listPostbacks:
    "The provider's postback endpoints: addresses that receive signed order and store events.",
  createPostback:
    'Adds an address that receives the events chosen, signed the Standard Webhooks way. The signing secret is in this answer only.',
  getPostback: 'An endpoint with its address, events and state; never its secret.',
  updatePostback: 'Changes the address, the events or whether deliveries are sent.',
  deletePostback: 'Removes the endpoint; deliveries still pending to it are canceled.',
  rotatePostbackSecret:
    'Answers a new signing secret (in this answer only). For 24 hours deliveries carry signatures with both secrets, so the receiver can switch without losing events.',
  listPostbackDeliveries:
    'Deliveries to an endpoint with every attempt, its status and answer, newest first, a page at a time.',
  testPostback:
    'Sends a `postback.test` event to the endpoint now and answers the delivery, to check that the receiver verifies signatures.',
  redeliverPostback:
    'Sends a delivery again now with the same message id, so a receiver that deduplicates keeps it once.',
};

/** Path parameters, by name. */
export const pathParameterDescriptions: Record<string, string> = {
  clientId: "The client's id (`cl_…`)",
  keyId: "The secret key's id (`key_…`), as `listSecretKeys` answers it",
  userId: "The user's id (`usr_…`)",
  storeId: "The store's id (`st_…`)",
  jobId: "The job's id (`job_…`), as an operation that started it answered",
  orderId: "The order's id (`ord_…`)",
  postbackId: "The postback endpoint's id (`pb_…`)",
  deliveryId: "The delivery's id, as listed by `listPostbackDeliveries`",
  productId: "The store product's id (`sp_…`)",
  variantId: "The store variant's id (`sv_…`)",
  productUid: "The catalog product's UID, as the catalog lists it",
  importId: "The mapping import's id, as `createMappingImport` answered",
  chunk: "The chunk's number, from 1; sending a number again replaces that chunk",
  token: 'The unguessable token from the link or address it was given in; it is the credential',
  platform:
    'The platform the request comes from or is for (`shopify`, `etsy`, `woocommerce`, `pressero`)',
  fileId: "The design file's id, part of its download address",
  fileToken: 'The unguessable part of the download address; it is the credential',
  filename: "The file's name, as uploaded",
};

/** Query parameters, by name; `operation.name` for one operation's own meaning. */
export const queryParameterDescriptions: Record<string, string> = {
  cursor: 'Where the next page starts: the `nextCursor` of the previous page',
  limit: 'How many items a page holds',
  search: 'Text to look for (case-insensitive)',
  'listClients.search': 'Matches the start of words in the name, or the reference ID',
  'listClients.status': 'Active clients (the default), archived ones, or all',
  category: 'Only catalog products of this category',
  attributes: 'Attribute values the products must have: `attributes[PaperFormat]=A4`',
  'listUsers.status': 'Only users in this status',
  role: 'Only users with this role',
  platform: 'Only stores on this platform',
  'listStores.status': 'Only stores in this connection status',
  'listStoreProducts.search': 'Matches product titles, variant titles, SKUs and option values',
  mapping: 'Only products with a variant in this mapping status (and only those variants)',
  'listStoreProducts.status':
    'Only products in this status; `removed` lists those the platform no longer has',
  counts: '`false` leaves out `counts` (`null`): later pages of the same list need not count again',
  filename: "The file's name, kept for the download address",
  locale: 'The language of the column headers',
  delimiter:
    'The column separator (a comma by default; a semicolon suits spreadsheets set to a comma decimal)',
  bom: '`true` starts the file with a byte order mark, which some spreadsheets need to read UTF-8',
  active: 'Only imports still receiving rows or being applied',
  storeId: 'Only orders from this store',
  'listOrders.status': 'Only orders in this fulfillment status',
  source: 'Only orders that came this way',
  'listOrders.search': "Matches the order reference, the recipient's name and email",
  'listPostbackDeliveries.status': 'Only deliveries in this status',
  event: 'Only deliveries of this event',
  orderId: 'Only deliveries about this order',
};

/** One order, as a manual store's order form or a bulk upload sends it. */
const exampleOrder = {
  orderReferenceId: 'NW-2026-0042',
  currency: 'EUR',
  shippingAddress: {
    firstName: 'Camille',
    lastName: 'Dubois',
    addressLine1: '12 rue des Lilas',
    city: 'Lyon',
    postCode: '69003',
    country: 'FR',
    email: 'camille.dubois@example.com',
  },
  items: [
    {
      itemReferenceId: 'line-1',
      variantId: 'sv_ug6rqzfksz7ypluqmutn',
      quantity: 2,
    },
  ],
  metadata: [
    {
      key: 'channel',
      value: 'phone',
    },
  ],
};

/** Examples of the named schemas, by component name (an `…Input` twin gets them too). */
export const schemaExamples: Record<string, readonly unknown[]> = {
  CreateSessionBody: [
    {
      scope: 'client',
      clientId: 'cl_3yr44f111tock4gklae9',
      userId: 'usr_71xcu0u4itf28jwf9xer',
      ttlSeconds: 900,
    },
    {
      scope: 'provider',
    },
  ],
  CreateClientBody: [
    {
      name: 'Northwind Traders',
      referenceId: 'NW-1042',
      description: 'Wholesale stationery, Lyon',
    },
  ],
  UpdateClientBody: [
    {
      description: 'Wholesale stationery and office supplies, Lyon',
    },
  ],
  // The empty body many actions take, named after the first operation that does.
  CreateSecretKeyBody: [{}],
  EnableAccessBody: [
    {
      admin: {
        email: 'ana.silva@northwind.example',
        firstName: 'Ana',
        lastName: 'Silva',
        locale: 'fr',
      },
    },
  ],
  AcceptInvitationBody: [
    {
      firstName: 'Ana',
      lastName: 'Silva',
    },
  ],
  InviteUserBody: [
    {
      email: 'leo.martin@northwind.example',
      firstName: 'Léo',
      lastName: 'Martin',
      locale: 'fr',
      role: 'store_manager',
      storeIds: ['st_96bjuvdl80ejjeu6912g'],
    },
  ],
  UpdateUserBody: [
    {
      role: 'order_manager',
      storeIds: [],
    },
  ],
  CreateStoreBody: [
    {
      platform: 'manual',
      name: 'Counter sales',
    },
    {
      platform: 'woocommerce',
      name: 'Northwind shop',
      url: 'https://shop.northwind.example',
      consumerKey: 'ck_0123456789abcdef0123456789abcdef01234567',
      consumerSecret: 'cs_fedcba9876543210fedcba987654321076543210',
    },
    {
      platform: 'pressero',
      name: 'Northwind B2B',
      siteUrl: 'https://b2b.northwind.example',
      username: 'api@northwind.example',
      password: 'correct horse battery staple',
    },
  ],
  AuthorizeStoreBody: [
    {
      platform: 'shopify',
      shop: 'northwind-prints.myshopify.com',
      returnUrl: 'https://portal.printshop.example/clients/northwind/stores',
    },
  ],
  UpdateStoreBody: [
    {
      name: 'Northwind on Shopify',
    },
  ],
  CreateStoreProductBody: [
    {
      productUid: 'flat_product_pf_300x400-mm_pt_200-gsm-poster-paper-gloss_cl_4-0_hor',
      title: 'Botanical poster A3',
      description: 'Fern and ginkgo study, printed on gloss paper.',
      files: [
        {
          type: 'default',
          url: 'https://files.northwind.example/poster-front.pdf',
        },
      ],
      price: '24.90',
      publish: true,
    },
  ],
  PutMappingBody: [
    {
      productUid: 'flat_product_pf_300x400-mm_pt_200-gsm-poster-paper-gloss_cl_4-0_hor',
      files: [
        {
          type: 'default',
          url: 'https://files.northwind.example/poster-front.pdf',
        },
      ],
    },
    {
      ignored: true,
    },
  ],
  ApplyMappingBody: [
    {
      productIds: ['sp_7y3h5gkdlj76srnnkhyp'],
      mapping: {
        productUid: 'flat_product_pf_300x400-mm_pt_200-gsm-poster-paper-gloss_cl_4-0_hor',
        files: [
          {
            type: 'default',
            url: 'https://files.northwind.example/poster-front.pdf',
          },
        ],
      },
    },
  ],
  BulkMappingBody: [
    {
      rows: [
        {
          row: 2,
          sku: 'NW-POSTER-A3',
          productUid: 'flat_product_pf_300x400-mm_pt_200-gsm-poster-paper-gloss_cl_4-0_hor',
          files: [
            {
              type: 'default',
              url: 'https://files.northwind.example/poster-front.pdf',
            },
          ],
        },
        {
          row: 3,
          sku: 'NW-GIFT-CARD',
          productUid: 'IGNORE',
          files: [],
        },
      ],
      dryRun: true,
    },
  ],
  CreateMappingImportBody: [
    {
      totalRows: 12000,
      filename: 'northwind-mappings.csv',
    },
  ],
  MappingImportChunkBody: [
    {
      rows: [
        {
          row: 2,
          sku: 'NW-POSTER-A3',
          productUid: 'flat_product_pf_300x400-mm_pt_200-gsm-poster-paper-gloss_cl_4-0_hor',
          files: [
            {
              type: 'default',
              url: 'https://files.northwind.example/poster-front.pdf',
            },
          ],
        },
      ],
    },
  ],
  CreateOrderBody: [exampleOrder],
  BulkOrdersBody: [
    {
      orders: [exampleOrder],
      dryRun: false,
    },
  ],
  TestOrderBody: [
    {
      variantId: 'sv_ug6rqzfksz7ypluqmutn',
    },
  ],
  CreatePostbackBody: [
    {
      url: 'https://hooks.printshop.example/vitrine',
      events: ['order.shipped', 'order.delivered'],
      notifyEmail: 'ops@printshop.example',
    },
  ],
  UpdatePostbackBody: [
    {
      enabled: false,
    },
  ],
  PutProductionBody: [
    {
      kind: 'gelatoconnect',
      orderUrl: 'https://order.gelatoconnect.example/v4/orders',
      apiKey: 'gc_live_7f3a9c1e',
    },
    {
      kind: 'postbacks',
    },
  ],
  ReportOrderEventBody: [
    {
      status: 'shipped',
      tracking: {
        code: '1Z999AA10123456784',
        url: 'https://track.carrier.example/1Z999AA10123456784',
      },
    },
    {
      items: [
        {
          itemReferenceId: 'line-1',
          status: 'printed',
        },
      ],
      note: 'Printed on the second press',
    },
  ],
  WooCommerceKeysBody: [
    {
      key_id: 7,
      user_id: 'conn_5k2r8w1m0q4t6y9b3n7x',
      consumer_key: 'ck_0123456789abcdef0123456789abcdef01234567',
      consumer_secret: 'cs_fedcba9876543210fedcba987654321076543210',
      key_permissions: 'read_write',
    },
  ],
  Session: [
    {
      token:
        'vt_ses_eyJ2IjoxLCJzaWQiOiJzZXNfZXJmZXE2aW9oNjZndWoxcHU2aHUiLCJzY29wZSI6InByb3ZpZGVyIn0.TRP9Uq6nw8Laz7JEB35pBfRpn_ICYtPSNZ_ns-i--rE',
      expiresAt: '2026-03-02T09:15:00.000Z',
      scope: 'provider',
      providerId: 'prov_7l56g1uiwrxlhet99u93',
      clientId: null,
      userId: null,
      role: null,
    },
  ],
  CurrentSession: [
    {
      kind: 'secret_key',
      scope: 'provider',
      providerId: 'prov_7l56g1uiwrxlhet99u93',
      clientId: null,
      userId: null,
      role: null,
      expiresAt: null,
      capabilities: [
        'clients:list',
        'clients:create',
        'clients:update',
        'clients:archive',
        'access:manage',
        'postbacks:manage',
        'production:manage',
        'clients:read',
        'access:read',
        'session:read',
        'users:read',
        'users:manage',
        'catalog:read',
        'jobs:read',
        'stores:read',
        'stores:connect',
        'stores:manage',
        'products:read',
        'products:manage',
        'orders:read',
        'orders:manage',
      ],
    },
  ],
  Client: [
    {
      id: 'cl_3yr44f111tock4gklae9',
      name: 'Northwind Traders',
      referenceId: 'NW-1042',
      description: 'Wholesale stationery, Lyon',
      status: 'active',
      accessEnabled: false,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
      archivedAt: null,
    },
  ],
  Access: [
    {
      clientId: 'cl_3yr44f111tock4gklae9',
      enabled: true,
      enabledAt: '2026-03-02T09:00:00.000Z',
      disabledAt: null,
      admin: {
        userId: 'usr_71xcu0u4itf28jwf9xer',
        email: 'ana.silva@northwind.example',
        firstName: 'Ana',
        lastName: 'Silva',
        status: 'invited',
        invitedAt: '2026-03-02T09:00:00.000Z',
        lastInviteSentAt: '2026-03-02T09:00:00.000Z',
        inviteExpiresAt: '2026-03-09T09:00:00.000Z',
        activatedAt: null,
      },
      history: [
        {
          type: 'invite_sent',
          at: '2026-03-02T09:00:00.000Z',
          email: 'ana.silva@northwind.example',
        },
        {
          type: 'enabled',
          at: '2026-03-02T09:00:00.000Z',
          email: 'ana.silva@northwind.example',
        },
      ],
    },
  ],
  User: [
    {
      id: 'usr_h7mcvj5qgxlcqmahbivh',
      clientId: 'cl_3yr44f111tock4gklae9',
      email: 'leo.martin@northwind.example',
      firstName: 'Léo',
      lastName: 'Martin',
      role: 'store_manager',
      storeIds: ['st_96bjuvdl80ejjeu6912g'],
      status: 'invited',
      invitedAt: '2026-03-02T09:00:00.000Z',
      inviteExpiresAt: '2026-03-09T09:00:00.000Z',
      activatedAt: null,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    },
  ],
  Store: [
    {
      id: 'st_96bjuvdl80ejjeu6912g',
      clientId: 'cl_3yr44f111tock4gklae9',
      platform: 'manual',
      name: 'Counter sales',
      shopUrl: null,
      status: 'connected',
      statusReason: null,
      lastSyncAt: null,
      lastSyncJobId: null,
      productCount: 0,
      variantCount: 0,
      mappedVariantCount: 0,
      notConnectedOrderCount: 0,
      webhookUrl: null,
      integrationId: null,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    },
  ],
  CatalogProduct: [
    {
      productUid: 'flat_product_pf_300x400-mm_pt_200-gsm-poster-paper-gloss_cl_4-0_hor',
      title: 'Poster, 400×300 mm, 200 gsm gloss poster paper, landscape',
      category: 'posters',
      attributes: {
        ColorType: 'Full colour, front only',
        PaperType: '200 gsm gloss poster paper',
        Orientation: 'Landscape',
        PaperFormat: '300×400 mm',
      },
      printAreas: ['default'],
      dimensions: {
        width: 400,
        height: 300,
        unit: 'mm',
      },
    },
  ],
  DesignFile: [
    {
      id: 'file_23s3mdex3imxzzfkplpq',
      url: 'https://api.printshop.example/v1/files/file_23s3mdex3imxzzfkplpq/7Wy08IUbROknuHyTJ3lkvKQh3tRm4JsM/poster-front.png',
      filename: 'poster-front.png',
      contentType: 'image/png',
      bytes: 91,
      createdAt: '2026-03-02T09:00:00.000Z',
    },
  ],
  StoreProduct: [
    {
      id: 'sp_7y3h5gkdlj76srnnkhyp',
      storeId: 'st_96bjuvdl80ejjeu6912g',
      externalId: 'manual:sp_7y3h5gkdlj76srnnkhyp',
      title: 'Botanical poster A3',
      imageUrl: null,
      productType: 'Poster, 400×300 mm, 200 gsm gloss poster paper, landscape',
      status: 'active',
      orderable: true,
      notOrderableReason: null,
      publishJobId: null,
      publishError: null,
      variantCount: 1,
      mappedVariantCount: 1,
      ignoredVariantCount: 0,
      variants: [
        {
          id: 'sv_ug6rqzfksz7ypluqmutn',
          productId: 'sp_7y3h5gkdlj76srnnkhyp',
          externalId: 'manual:sv_ug6rqzfksz7ypluqmutn',
          title: 'Botanical poster A3',
          sku: 'VT-7Y3H5GKDLJ',
          options: {},
          price: '24.90',
          status: 'mapped',
          mapping: {
            productUid: 'flat_product_pf_300x400-mm_pt_200-gsm-poster-paper-gloss_cl_4-0_hor',
            catalogTitle: 'Poster, 400×300 mm, 200 gsm gloss poster paper, landscape',
            files: [
              {
                type: 'default',
                url: 'https://files.northwind.example/poster-front.pdf',
                check: {
                  status: 'pending',
                  reason: null,
                  contentType: null,
                  bytes: null,
                  pixels: null,
                  dpi: null,
                  checkedAt: null,
                },
              },
            ],
            printSpecs: {},
            updatedAt: '2026-03-02T09:00:00.000Z',
          },
          removedAt: null,
        },
      ],
      removedAt: null,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    },
  ],
  Order: [
    {
      id: 'ord_l3ceqtmotovlk1jx1feo',
      clientId: 'cl_3yr44f111tock4gklae9',
      storeId: 'st_96bjuvdl80ejjeu6912g',
      orderReferenceId: 'NW-2026-0042',
      platformOrderId: null,
      orderType: 'order',
      source: 'manual',
      isTest: false,
      currency: 'EUR',
      shipmentMethodUid: null,
      shippingAddress: {
        firstName: 'Camille',
        lastName: 'Dubois',
        companyName: null,
        addressLine1: '12 rue des Lilas',
        addressLine2: null,
        city: 'Lyon',
        postCode: '69003',
        state: null,
        country: 'FR',
        email: 'camille.dubois@example.com',
        phone: null,
      },
      items: [
        {
          id: 'oi_68rmd8pvk58g9a75h1dy',
          itemReferenceId: 'line-1',
          title: null,
          sku: null,
          productUid: 'flat_product_pf_300x400-mm_pt_200-gsm-poster-paper-gloss_cl_4-0_hor',
          productName: null,
          productVariant: null,
          variantId: 'sv_ug6rqzfksz7ypluqmutn',
          quantity: 2,
          files: [
            {
              type: 'default',
              url: 'https://files.northwind.example/poster-front.pdf',
            },
          ],
          printSpecs: {},
          fulfillmentStatus: 'received',
          problem: null,
        },
      ],
      metadata: [],
      fulfillmentStatus: 'received',
      statusReason: null,
      history: [
        {
          status: 'received',
          at: '2026-03-02T09:00:00.000Z',
          note: null,
          itemId: null,
        },
      ],
      tracking: [],
      storeFulfillment: null,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    },
  ],
  Postback: [
    {
      id: 'pb_wcu7gm0wyzq2rnuaqj2j',
      url: 'https://hooks.printshop.example/vitrine',
      events: ['order.shipped', 'order.delivered'],
      clientId: null,
      enabled: true,
      disabledReason: null,
      failingSince: null,
      notifyEmail: null,
      signingSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      previousSecretExpiresAt: null,
      createdAt: '2026-03-02T09:00:00.000Z',
      updatedAt: '2026-03-02T09:00:00.000Z',
    },
  ],
  ErrorBody: [
    {
      error: {
        type: 'invalid_request_error',
        code: 'validation_failed',
        message: 'Some fields are invalid.',
        fields: [
          {
            path: 'name',
            code: 'too_small',
            message: 'Too small: expected string to have >=1 characters',
          },
        ],
        requestId: 'req_1pumr2b6z0h71vlsktib',
      },
    },
  ],
  ProductionConnection: [
    {
      kind: 'gelatoconnect',
      isDefault: false,
      gelatoconnect: {
        orderUrl: 'https://order.gelatoconnect.example/v4/orders',
        apiKeyLast4: '9c1e',
        statusUrl: 'https://api.printshop.example/v1/hooks/production/pst_Yq3t7LmZ0aB4cD8eF2gH6jK1',
      },
      updatedAt: '2026-03-02T09:00:00.000Z',
    },
  ],
};
