import { z } from 'zod';
import { DomainError } from '../../errors.js';
import {
  rateLimited,
  readAnswer,
  refused,
  renewalDue,
  sendWithRetry,
  tokenRevoked,
  unavailable,
} from '../http.js';
import { readParsed, readPayload } from '../payload.js';
import { paragraphsHtml } from '../text.js';
import {
  type AdapterRuntime,
  type AuthorizeRequest,
  type CallbackParams,
  type CompleteRequest,
  type Connection,
  type PlatformAdapter,
  PlatformError,
  type PlatformFulfillment,
  type PlatformOrder,
  type PlatformProduct,
  type PlatformSession,
  type PlatformVariant,
  type ProductDraft,
  type ProductPage,
  type WebhookDelivery,
  type WebhookEvent,
} from '../types.js';
import {
  FULFILLMENT_CREATE_MUTATION,
  FULFILLMENT_ORDERS_QUERY,
  type GqlFulfillmentOrder,
  type GqlProduct,
  type GqlPublication,
  type GqlResponse,
  type GqlUserError,
  type GqlVariant,
  PRODUCT_BY_SKU_QUERY,
  PRODUCT_SET_MUTATION,
  PRODUCT_VARIANTS_QUERY,
  PRODUCTS_QUERY,
  PUBLICATIONS_QUERY,
  PUBLISH_MUTATION,
  SHOP_QUERY,
  type ThrottleStatus,
  VARIANT_COUNT_QUERY,
  WEBHOOK_SUBSCRIBE_MUTATION,
  WEBHOOK_TOPICS,
} from './graphql.js';
import { queryHmacValid, webhookHmacValid } from './hmac.js';
import { readShopifyOrder } from './orders.js';
import { normalizeShopDomain } from './shop.js';

/** The GraphQL envelope: data, errors (a list, or one string) and the reported cost. */
const GqlEnvelope = z.looseObject({
  data: z.unknown().optional(),
  errors: z
    .union([
      z.string(),
      z.array(
        z.looseObject({
          message: z.string(),
          extensions: z.looseObject({ code: z.string().optional() }).optional(),
        }),
      ),
    ])
    .optional(),
  // A cost report we cannot read only loses the pacing hint, never the answer.
  extensions: z
    .looseObject({
      cost: z
        .object({
          requestedQueryCost: z.number(),
          actualQueryCost: z.number().nullable(),
          throttleStatus: z.object({
            maximumAvailable: z.number(),
            currentlyAvailable: z.number(),
            restoreRate: z.number(),
          }),
        })
        .optional()
        .catch(undefined),
    })
    .optional()
    .catch(undefined),
}) satisfies z.ZodType<GqlResponse<unknown>>;

const GqlPageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });

const GqlVariantSchema = z.object({
  id: z.string(),
  legacyResourceId: z.string(),
  title: z.string(),
  sku: z.string().nullable(),
  barcode: z.string().nullable(),
  price: z.string().nullable(),
  selectedOptions: z.array(z.object({ name: z.string(), value: z.string() })),
}) satisfies z.ZodType<GqlVariant>;

const GqlProductSchema = z.object({
  id: z.string(),
  legacyResourceId: z.string(),
  title: z.string(),
  handle: z.string().nullable(),
  status: z.string(),
  vendor: z.string().nullable(),
  productType: z.string().nullable(),
  updatedAt: z.string().nullable(),
  options: z.array(z.object({ name: z.string(), values: z.array(z.string()) })),
  featuredMedia: z
    .object({
      preview: z.object({ image: z.object({ url: z.string() }).nullable() }).nullable(),
    })
    .nullable(),
  variants: z.object({ pageInfo: GqlPageInfo, nodes: z.array(GqlVariantSchema) }),
}) satisfies z.ZodType<GqlProduct>;

const GqlProductsPage = z.object({
  products: z.object({ pageInfo: GqlPageInfo, nodes: z.array(GqlProductSchema) }),
});

const GqlMoreVariants = z.object({
  product: z
    .object({
      variants: z.object({ pageInfo: GqlPageInfo, nodes: z.array(GqlVariantSchema) }),
    })
    .nullable(),
});

export interface ShopifyOptions {
  /** The app's client id (`SHOPIFY_API_KEY`). */
  apiKey: string;
  /** The app's client secret (`SHOPIFY_API_SECRET`): signs callbacks and webhooks. */
  apiSecret: string;
  /** Secrets still accepted on webhooks while a rotation takes effect. */
  previousApiSecrets?: readonly string[];
  /** Access scopes to request; every one must be granted. */
  scopes?: readonly string[];
  /** Admin API version, `YYYY-MM`. */
  apiVersion?: string;
  /**
   * A shop's admin base URL, `{shop}` replaced by its hostname: `https://{shop}` for Shopify, or
   * a simulator's address such as `http://localhost:4000/sim/shopify/{shop}`.
   */
  adminUrl?: string;
  /** The domain shops live under: `myshopify.com`, or a simulator's. */
  shopDomain?: string;
  /** Ask for offline tokens that expire hourly and come with a refresh token. */
  expiringTokens?: boolean;
  /** Products per page, and variants fetched with each product (more come in extra pages). */
  productsPageSize?: number;
  variantsPageSize?: number;
  /**
   * The sales channel active products made here are published to, by its name (its catalog's
   * title): `Online Store`. Shopify has no fixed handle for it, so a shop whose channel is named
   * otherwise can be matched here.
   */
  onlineStoreName?: string;
  /** Whether Shopify emails the customer the shipment (with tracking) when an order is fulfilled. */
  notifyCustomer?: boolean;
}

export interface ShopifyCredentials {
  accessToken: string;
  scopes: string[];
  /** ISO time the access token expires, or null for a non-expiring token. */
  expiresAt: string | null;
  refreshToken: string | null;
  refreshTokenExpiresAt: string | null;
}

export interface ShopifyCursor {
  after: string | null;
}

interface TokenResponse {
  access_token?: string;
  scope?: string;
  expires_in?: number;
  refresh_token?: string;
  refresh_token_expires_in?: number;
}

const CALLBACK_WINDOW_SECONDS = 90;
const MAX_QUERY_COST = 1000;
const MAX_THROTTLES = 12;

export const defaultShopifyScopes = [
  'read_products',
  'write_products',
  'read_orders',
  'write_merchant_managed_fulfillment_orders',
  'write_publications',
] as const;

/** Base cost of a `productSet` with one variant (10 + 0.2 per variant, rounded up). */
const PRODUCT_SET_COST = 11;
/** Variants matching a SKU search read at once; the adapter keeps only exact matches. */
const SKU_MATCHES = 10;
/** An order's fulfillment orders read at once, and line items read with each. */
const FULFILLMENT_ORDERS = 10;
const FULFILLMENT_ORDER_LINES = 40;
/** Fulfillment orders that take fulfillments (Shopify's `CREATE_FULFILLMENT` action). */
const FULFILLABLE = new Set(['OPEN', 'IN_PROGRESS']);

/** Shopify: OAuth authorization code grant, Admin GraphQL API, HMAC-signed webhooks. */
export class ShopifyAdapter implements PlatformAdapter<ShopifyCredentials, ShopifyCursor> {
  readonly platform = 'shopify' as const;
  readonly connectsWith = ['oauth'] as const;
  readonly #options: Required<Omit<ShopifyOptions, 'previousApiSecrets'>> & {
    previousApiSecrets: readonly string[];
  };
  readonly #runtime: AdapterRuntime;
  /** The last throttle status each shop reported, and when. */
  readonly #buckets = new Map<string, ThrottleStatus & { at: number }>();
  /** The cost Shopify asked for each operation (with this adapter's page sizes), as reported. */
  readonly #costs = new Map<string, number>();

  constructor(options: ShopifyOptions, runtime: AdapterRuntime) {
    if (!options.apiKey || !options.apiSecret) {
      throw new Error('Shopify needs an API key and secret (SHOPIFY_API_KEY, SHOPIFY_API_SECRET).');
    }
    this.#options = {
      apiKey: options.apiKey,
      apiSecret: options.apiSecret,
      previousApiSecrets: options.previousApiSecrets ?? [],
      scopes: options.scopes ?? defaultShopifyScopes,
      apiVersion: options.apiVersion ?? '2026-01',
      adminUrl: (options.adminUrl ?? 'https://{shop}').replace(/\/$/, ''),
      shopDomain: options.shopDomain ?? 'myshopify.com',
      expiringTokens: options.expiringTokens ?? true,
      productsPageSize: options.productsPageSize ?? 25,
      variantsPageSize: options.variantsPageSize ?? 30,
      onlineStoreName: options.onlineStoreName ?? 'Online Store',
      notifyCustomer: options.notifyCustomer ?? true,
    };
    this.#runtime = runtime;
  }

  get scopes(): readonly string[] {
    return this.#options.scopes;
  }

  normalizeShop(input: string): string {
    return normalizeShopDomain(input, this.#options.shopDomain);
  }

  #admin(shop: string): string {
    return this.#options.adminUrl.replace('{shop}', shop);
  }

  authorizeUrl({ shop, state, redirectUri }: AuthorizeRequest): string {
    if (!shop) throw new DomainError('invalid_shop_domain', 'Shopify needs the shop address.');
    const url = new URL(`${this.#admin(this.normalizeShop(shop))}/admin/oauth/authorize`);
    url.searchParams.set('client_id', this.#options.apiKey);
    url.searchParams.set('scope', this.#options.scopes.join(','));
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('state', state);
    // An empty grant option asks for an offline token: background work needs no staff member.
    url.searchParams.set('grant_options[]', '');
    return url.toString();
  }

  async verifyCallback(query: URLSearchParams): Promise<CallbackParams> {
    if (!(await queryHmacValid(this.#options.apiSecret, query))) {
      throw new DomainError('hmac_invalid', 'The callback signature does not match.');
    }
    const timestamp = Number(query.get('timestamp'));
    const now = this.#runtime.clock.now().getTime() / 1000;
    if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > CALLBACK_WINDOW_SECONDS) {
      throw new DomainError('hmac_invalid', 'The callback is too old (or from the future).');
    }
    const shop = query.get('shop') ?? '';
    if (this.#safeShop(shop) !== shop) {
      throw new DomainError('invalid_shop_domain', 'The callback names an invalid shop.');
    }
    const code = query.get('code');
    const state = query.get('state');
    if (!code || !state) {
      throw new DomainError('oauth_state_invalid', 'The callback lacks its code or state.');
    }
    return { shop, state, code };
  }

  #safeShop(shop: string): string | null {
    try {
      return this.normalizeShop(shop);
    } catch {
      return null;
    }
  }

  async complete(request: CompleteRequest): Promise<Connection<ShopifyCredentials>> {
    const shop = request.shop ?? request.startedShop;
    if (!shop || !request.code) {
      throw new DomainError('oauth_state_invalid', 'The callback lacks its shop or code.');
    }
    const callback = { shop, code: request.code };
    const token = await this.#tokenRequest(callback.shop, {
      client_id: this.#options.apiKey,
      client_secret: this.#options.apiSecret,
      code: callback.code,
      ...(this.#options.expiringTokens ? { expiring: 1 } : {}),
    });
    if (!token) {
      throw new PlatformError(
        'credentials_invalid',
        'Shopify refused the authorization code; start the connection again.',
      );
    }
    const credentials = this.#credentials(token);
    const missing = this.#options.scopes.filter((s) => !grants(credentials.scopes, s));
    if (missing.length) {
      throw new PlatformError(
        'permissions_not_granted',
        `The shop did not grant ${missing.join(', ')}.`,
      );
    }
    const session: PlatformSession<ShopifyCredentials> = {
      shop: callback.shop,
      credentials,
      save: async () => {},
    };
    const data = await this.#graphql<{ shop: { name: string } }>(
      session,
      'VitrineShop',
      SHOP_QUERY,
    );
    return {
      shop: callback.shop,
      shopName: data.shop.name,
      scopes: credentials.scopes,
      credentials: session.credentials,
    };
  }

  async refresh(
    session: PlatformSession<ShopifyCredentials>,
    options: { force?: boolean } = {},
  ): Promise<void> {
    const { credentials } = session;
    const now = this.#runtime.clock.now().getTime();
    if (!options.force) {
      if (!credentials.expiresAt) return;
      if (!renewalDue(credentials.expiresAt, now)) return;
    }
    if (!credentials.refreshToken) {
      throw tokenRevoked('Shopify no longer accepts the access token.');
    }
    if (credentials.refreshTokenExpiresAt && Date.parse(credentials.refreshTokenExpiresAt) <= now) {
      throw new PlatformError('store_needs_reauth', 'The refresh token has expired.', {
        reason: 'token_expired',
      });
    }
    const token = await this.#tokenRequest(session.shop, {
      client_id: this.#options.apiKey,
      client_secret: this.#options.apiSecret,
      grant_type: 'refresh_token',
      refresh_token: credentials.refreshToken,
    });
    if (!token) {
      throw tokenRevoked('Shopify refused to renew the access token.');
    }
    const next = this.#credentials(token);
    // Shopify replaces the refresh token on every use: persist before anything else happens.
    await session.save(next);
    session.credentials = next;
  }

  async countVariants(session: PlatformSession<ShopifyCredentials>): Promise<number | null> {
    const data = await this.#graphql<{ productVariantsCount: { count: number } | null }>(
      session,
      'VitrineVariantCount',
      VARIANT_COUNT_QUERY,
    );
    return data.productVariantsCount?.count ?? null;
  }

  async listProducts(
    session: PlatformSession<ShopifyCredentials>,
    cursor: ShopifyCursor | null,
  ): Promise<ProductPage<ShopifyCursor>> {
    const { productsPageSize, variantsPageSize } = this.#options;
    const data = await this.#graphql(
      session,
      'VitrineProducts',
      PRODUCTS_QUERY,
      { first: productsPageSize, after: cursor?.after ?? null, variantsFirst: variantsPageSize },
      2 + productsPageSize * (5 + variantsPageSize),
      { data: GqlProductsPage },
    );
    const products: PlatformProduct[] = [];
    for (const node of data.products.nodes) products.push(await this.#whole(session, node));
    const { hasNextPage, endCursor } = data.products.pageInfo;
    return { products, next: hasNextPage && endCursor ? { after: endCursor } : null };
  }

  /**
   * A product with more variants than fit in the page gets the rest before it is answered, so
   * every product is whole.
   */
  async #whole(
    session: PlatformSession<ShopifyCredentials>,
    node: GqlProduct,
  ): Promise<PlatformProduct> {
    const variants = [...node.variants.nodes];
    let info = node.variants.pageInfo;
    while (info.hasNextPage) {
      const more = await this.#graphql(
        session,
        'VitrineProductVariants',
        PRODUCT_VARIANTS_QUERY,
        { id: node.id, first: 250, after: info.endCursor },
        3 + 250,
        { data: GqlMoreVariants },
      );
      if (!more.product) break;
      variants.push(...more.product.variants.nodes);
      info = more.product.variants.pageInfo;
    }
    return fromGraphql(node, variants);
  }

  /**
   * The product holding `draft.sku` if there is one (a retry after a crash), else a new one made
   * with `productSet`: one variant (Shopify's `Title: Default Title`) with our SKU and price.
   * An active product is then published on the Online Store, since `ACTIVE` alone puts it on no
   * sales channel; publishing again is harmless, so a retry does it too.
   */
  async publishProduct(
    session: PlatformSession<ShopifyCredentials>,
    draft: ProductDraft,
  ): Promise<PlatformProduct> {
    const found = await this.#findBySku(session, draft.sku);
    const product = found ?? (await this.#createProduct(session, draft));
    if (draft.status === 'active') await this.#publishOnOnlineStore(session, product.gid);
    return product.product;
  }

  async #findBySku(
    session: PlatformSession<ShopifyCredentials>,
    sku: string,
  ): Promise<{ gid: string; product: PlatformProduct } | null> {
    const { variantsPageSize } = this.#options;
    const data = await this.#graphql<{
      productVariants: { nodes: { sku: string | null; product: GqlProduct | null }[] };
    }>(
      session,
      'VitrineProductBySku',
      PRODUCT_BY_SKU_QUERY,
      { query: `sku:${searchValue(sku)}`, first: SKU_MATCHES, variantsFirst: variantsPageSize },
      2 + SKU_MATCHES * (2 + 5 + variantsPageSize),
    );
    const match = data.productVariants.nodes.find((n) => n.sku === sku && n.product);
    if (!match?.product) return null;
    return { gid: match.product.id, product: await this.#whole(session, match.product) };
  }

  async #createProduct(
    session: PlatformSession<ShopifyCredentials>,
    draft: ProductDraft,
  ): Promise<{ gid: string; product: PlatformProduct }> {
    const data = await this.#graphql<{
      productSet: { product: GqlProduct | null; userErrors: GqlUserError[] };
    }>(
      session,
      'VitrineProductSet',
      PRODUCT_SET_MUTATION,
      {
        synchronous: true,
        variantsFirst: this.#options.variantsPageSize,
        input: {
          title: draft.title,
          descriptionHtml: paragraphsHtml(draft.description),
          productType: draft.productType,
          status: draft.status === 'active' ? 'ACTIVE' : 'DRAFT',
          productOptions: [{ name: 'Title', position: 1, values: [{ name: 'Default Title' }] }],
          variants: [
            {
              optionValues: [{ optionName: 'Title', name: 'Default Title' }],
              price: draft.price ?? '0.00',
              sku: draft.sku,
            },
          ],
        },
      },
      PRODUCT_SET_COST,
      { idempotent: false },
    );
    const { product, userErrors } = data.productSet;
    if (userErrors.length) {
      throw refused(`Shopify refused the product: ${userErrorText(userErrors)}`);
    }
    if (!product) throw unavailable('Shopify answered productSet without the product.');
    return { gid: product.id, product: await this.#whole(session, product) };
  }

  async #publishOnOnlineStore(
    session: PlatformSession<ShopifyCredentials>,
    productGid: string,
  ): Promise<void> {
    const data = await this.#graphql<{ publications: { nodes: GqlPublication[] } }>(
      session,
      'VitrinePublications',
      PUBLICATIONS_QUERY,
      { first: 50 },
      2 + 50 * 2,
    );
    const wanted = this.#options.onlineStoreName.toLowerCase();
    const nameOf = (p: GqlPublication) => (p.catalog?.title ?? p.name ?? '').toLowerCase();
    const publication =
      data.publications.nodes.find((p) => nameOf(p) === wanted) ??
      data.publications.nodes.find((p) => (p.name ?? '').toLowerCase() === wanted);
    // A shop without the Online Store (headless, or selling elsewhere only): the product stays
    // active for the channels the shop publishes new products to by itself.
    if (!publication) return;
    const published = await this.#graphql<{
      publishablePublish: { userErrors: GqlUserError[] };
    }>(session, 'VitrinePublish', PUBLISH_MUTATION, {
      id: productGid,
      input: [{ publicationId: publication.id }],
    });
    const { userErrors } = published.publishablePublish;
    if (userErrors.length) {
      throw refused(
        `Shopify refused to publish the product on the ${this.#options.onlineStoreName}: ${userErrorText(userErrors)}`,
      );
    }
  }

  /**
   * Fulfils the shipped lines through the order's fulfillment orders, with tracking, one
   * `fulfillmentCreate` per location (Shopify takes one location per fulfillment). What the
   * order already shows as fulfilled is not fulfilled again, so a retry after a lost answer, or a
   * second push, changes nothing. A line held back (on hold, cancelled, at no location the app
   * may fulfil from) refuses the whole shipment before anything is fulfilled: the customer gets
   * one notification, once the merchant has released it and the push is retried.
   */
  async pushFulfillment(
    session: PlatformSession<ShopifyCredentials>,
    fulfillment: PlatformFulfillment,
  ): Promise<void> {
    const orderGid = `gid://shopify/Order/${fulfillment.orderId}`;
    const data = await this.#graphql<{
      order: {
        id: string;
        name: string;
        fulfillmentOrders: { nodes: GqlFulfillmentOrder[] };
      } | null;
    }>(
      session,
      'VitrineFulfillmentOrders',
      FULFILLMENT_ORDERS_QUERY,
      { id: orderGid, first: FULFILLMENT_ORDERS, linesFirst: FULFILLMENT_ORDER_LINES },
      3 + FULFILLMENT_ORDERS * (5 + 2 * FULFILLMENT_ORDER_LINES),
    );
    const order = data.order;
    if (!order) throw refused(`Shopify has no order ${fulfillment.orderId} in this shop.`);
    const fulfillmentOrders = order.fulfillmentOrders.nodes;
    if (!fulfillmentOrders.length) {
      // Shopify lists only the fulfillment orders at locations the app's scopes cover: the
      // order ships from a fulfillment service's location, or has nothing to ship.
      throw refused(
        `Shopify shows no fulfillment orders the app may fulfil for ${order.name}: it ships from a location the shop does not manage itself, or has nothing to ship.`,
      );
    }
    const fulfillable = (fo: GqlFulfillmentOrder) =>
      FULFILLABLE.has(fo.status) &&
      (!fo.supportedActions.length ||
        fo.supportedActions.some((a) => a.action === 'CREATE_FULFILLMENT'));
    // What to take, by location, then fulfillment order.
    const byLocation = new Map<string, Map<string, { id: string; quantity: number }[]>>();
    const held: string[] = [];
    for (const wanted of fulfillment.lines) {
      const lineGid = `gid://shopify/LineItem/${wanted.lineId}`;
      const entries = fulfillmentOrders.flatMap((fo) =>
        fo.lineItems.nodes.filter((l) => l.lineItem?.id === lineGid).map((l) => ({ fo, l })),
      );
      const done = entries
        .filter(({ fo }) => fo.status !== 'CANCELLED')
        .reduce((sum, { l }) => sum + (l.totalQuantity - l.remainingQuantity), 0);
      let left = wanted.quantity - done;
      for (const { fo, l } of entries) {
        if (left <= 0) break;
        if (!fulfillable(fo) || l.remainingQuantity <= 0) continue;
        const quantity = Math.min(left, l.remainingQuantity);
        const location = fo.assignedLocation?.location?.id ?? '';
        const orders = byLocation.get(location) ?? new Map();
        byLocation.set(location, orders);
        orders.set(fo.id, [...(orders.get(fo.id) ?? []), { id: l.id, quantity }]);
        left -= quantity;
      }
      if (left > 0) {
        const statuses = [
          ...new Set(
            entries
              .filter(({ l }) => l.remainingQuantity > 0)
              .map(({ fo }) => fo.status.toLowerCase().replace('_', ' ')),
          ),
        ];
        const name = entries.find(({ l }) => l.sku)?.l.sku ?? `line ${wanted.lineId}`;
        held.push(
          statuses.length
            ? `${name} is ${statuses.join(', ')}`
            : `${name} is on no fulfillment order the app may fulfil`,
        );
      }
    }
    if (held.length) {
      throw refused(`Shopify cannot fulfil ${order.name}: ${held.join('; ')}.`);
    }
    const tracking = fulfillment.tracking
      ? {
          number: fulfillment.tracking.code,
          ...(fulfillment.tracking.url && shopifyTakesTrackingUrl(fulfillment.tracking.url)
            ? { url: fulfillment.tracking.url }
            : {}),
          ...(fulfillment.carrier ? { company: fulfillment.carrier } : {}),
        }
      : null;
    for (const orders of byLocation.values()) {
      const created = await this.#graphql<{
        fulfillmentCreate: { fulfillment: { id: string } | null; userErrors: GqlUserError[] };
      }>(
        session,
        'VitrineFulfillmentCreate',
        FULFILLMENT_CREATE_MUTATION,
        {
          fulfillment: {
            lineItemsByFulfillmentOrder: [...orders].map(([id, lines]) => ({
              fulfillmentOrderId: id,
              fulfillmentOrderLineItems: lines,
            })),
            notifyCustomer: this.#options.notifyCustomer,
            ...(tracking ? { trackingInfo: tracking } : {}),
          },
        },
        10,
        // A lost answer may follow a fulfillment Shopify made: the job reads the order again.
        { idempotent: false },
      );
      const { userErrors } = created.fulfillmentCreate;
      if (userErrors.length) {
        throw refused(`Shopify refused to fulfil ${order.name}: ${userErrorText(userErrors)}`);
      }
    }
  }

  async verify(session: PlatformSession<ShopifyCredentials>): Promise<void> {
    await this.#graphql<{ shop: { name: string } }>(session, 'VitrineShop', SHOP_QUERY);
  }

  async subscribeWebhooks(
    session: PlatformSession<ShopifyCredentials>,
    callbackUrl: string,
    _secret: string | null = null,
  ): Promise<void> {
    for (const topic of WEBHOOK_TOPICS) {
      const data = await this.#graphql<{
        webhookSubscriptionCreate: { userErrors: { field: string[]; message: string }[] };
      }>(session, 'VitrineWebhookSubscribe', WEBHOOK_SUBSCRIBE_MUTATION, {
        topic,
        uri: callbackUrl,
      });
      const errors = data.webhookSubscriptionCreate.userErrors.filter(
        // Subscribing twice is refused with this message: the subscription is there, as wanted.
        (e) => !/already been taken/i.test(e.message),
      );
      if (errors.length) {
        throw new PlatformError(
          'platform_unavailable',
          `Shopify refused the ${topic} webhook: ${errors.map((e) => e.message).join('; ')}`,
          { transient: false },
        );
      }
    }
  }

  /** Shopify signs with the app's secret; a store has none of its own. */
  async verifyWebhook(
    headers: Headers,
    body: Uint8Array,
    _secret?: string | null,
  ): Promise<boolean> {
    return webhookHmacValid(
      [this.#options.apiSecret, ...this.#options.previousApiSecrets],
      headers.get('x-shopify-hmac-sha256'),
      body,
    );
  }

  /** Shopify's order webhooks carry the whole order. */
  async readOrder(delivery: { payload: unknown }): Promise<PlatformOrder> {
    return readShopifyOrder(delivery.payload);
  }

  parseWebhook(headers: Headers, body: Uint8Array): WebhookDelivery {
    const id = headers.get('x-shopify-webhook-id');
    const topic = headers.get('x-shopify-topic');
    // Every Shopify webhook names its shop: without it a delivery could land on any store.
    const shop = headers.get('x-shopify-shop-domain');
    if (!id || !topic || !shop) {
      throw new DomainError(
        'validation_failed',
        'The webhook lacks its id, topic or shop domain header.',
      );
    }
    const json = readPayload(z.record(z.string(), z.unknown()), body);
    return {
      id,
      topic,
      shop,
      triggeredAt: headers.get('x-shopify-triggered-at'),
      event: eventOf(topic, body),
      eventId: headers.get('x-shopify-event-id'),
      contentKey: json.ok ? contentKey(topic, json.data) : null,
    };
  }

  /** The token endpoint: credentials on 200, null when Shopify refuses the grant. */
  async #tokenRequest(shop: string, body: Record<string, unknown>): Promise<TokenResponse | null> {
    const response = await sendWithRetry(
      this.#runtime,
      () =>
        new Request(`${this.#admin(shop)}/admin/oauth/access_token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(body),
        }),
      { who: 'Shopify' },
    );
    if (response.ok) {
      const token = (await response.json()) as TokenResponse;
      if (!token.access_token) throw unavailable('Shopify answered without an access token.');
      return token;
    }
    await response.body?.cancel();
    if (response.status === 402 || response.status === 423) throw noApiAccess();
    return null;
  }

  #credentials(token: TokenResponse): ShopifyCredentials {
    const now = this.#runtime.clock.now().getTime();
    const at = (seconds: number | undefined) =>
      typeof seconds === 'number' ? new Date(now + seconds * 1000).toISOString() : null;
    return {
      accessToken: token.access_token!,
      scopes: (token.scope ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      expiresAt: at(token.expires_in),
      refreshToken: token.refresh_token ?? null,
      refreshTokenExpiresAt: at(token.refresh_token_expires_in),
    };
  }

  /**
   * One Admin GraphQL call, paced by the calculated-cost bucket Shopify reports in
   * `extensions.cost.throttleStatus`: when the bucket cannot pay for the query, wait until it has
   * refilled enough; when throttled anyway (or answered 429), wait as told and try again.
   */
  async #graphql<T>(
    session: PlatformSession<ShopifyCredentials>,
    operation: string,
    query: string,
    variables: Record<string, unknown> = {},
    estimatedCost = 10,
    options: { idempotent?: boolean; data?: z.ZodType<T> } = {},
  ): Promise<T> {
    const url = `${this.#admin(session.shop)}/admin/api/${this.#options.apiVersion}/graphql.json`;
    const key = operation;
    const cost = Math.min(this.#costs.get(key) ?? estimatedCost, MAX_QUERY_COST);
    let throttles = 0;
    let renewed = false;
    for (;;) {
      const response = await sendWithRetry(
        this.#runtime,
        () =>
          new Request(url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/json',
              'x-shopify-access-token': session.credentials.accessToken,
            },
            body: JSON.stringify({ query, variables }),
          }),
        {
          who: 'Shopify',
          beforeAttempt: async () => {
            await this.refresh(session);
            await this.#awaitBudget(session.shop, cost);
          },
          ...(options.idempotent === false ? { idempotent: false } : {}),
        },
      );
      const { status } = response;
      if (status === 401) {
        await response.body?.cancel();
        if (renewed || !session.credentials.refreshToken) {
          throw tokenRevoked('Shopify no longer accepts the access token.');
        }
        renewed = true;
        await this.refresh(session, { force: true });
        continue;
      }
      if (status === 402 || status === 423) {
        await response.body?.cancel();
        throw noApiAccess();
      }
      if (status === 403) {
        await response.body?.cancel();
        throw new PlatformError('permissions_not_granted', 'The app lacks a needed access scope.');
      }
      if (status === 404) {
        await response.body?.cancel();
        throw new PlatformError('store_needs_reauth', 'Shopify does not know this shop any more.', {
          reason: 'shop_not_found',
        });
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new PlatformError(
          'platform_unavailable',
          `Shopify refused ${operation} (${status}).`,
          {
            transient: false,
          },
        );
      }
      const body = await readAnswer(response, GqlEnvelope, `Shopify's answer to ${operation}`);
      const reported = body.extensions?.cost;
      if (reported) {
        if (this.#buckets.size > 10_000) this.#buckets.clear();
        this.#buckets.set(session.shop, {
          ...reported.throttleStatus,
          at: this.#runtime.clock.now().getTime(),
        });
        this.#costs.set(key, reported.requestedQueryCost);
      }
      const errors = typeof body.errors === 'string' ? [{ message: body.errors }] : body.errors;
      if (errors?.length) {
        const codes = errors.map((e) => ('extensions' in e ? e.extensions?.code : undefined));
        if (codes.includes('THROTTLED')) {
          const wait = this.#waitFor(session.shop, reported?.requestedQueryCost ?? cost);
          if (++throttles > MAX_THROTTLES) throw slowDown(wait);
          await this.#runtime.sleep(Math.max(wait, 250));
          continue;
        }
        if (codes.includes('ACCESS_DENIED')) {
          // A store connected before the app asked for this scope: only a new authorisation,
          // which asks for every scope the app now needs, grants it.
          const missing = this.#options.scopes.filter(
            (scope) => !grants(session.credentials.scopes, scope),
          );
          throw new PlatformError(
            'permissions_not_granted',
            `Shopify refused ${operation}: ${errors.map((e) => e.message).join('; ')} ` +
              (missing.length
                ? `Reconnect the store to grant ${missing.join(', ')}.`
                : 'Reconnect the store to grant the access the app asks for.'),
          );
        }
        throw new PlatformError(
          'platform_unavailable',
          `Shopify refused ${operation}: ${errors.map((e) => e.message).join('; ')}`,
          { transient: false },
        );
      }
      if (!body.data) throw unavailable(`Shopify answered ${operation} without data.`);
      if (!options.data) return body.data as T;
      const read = readParsed(options.data, body.data, `Shopify's answer to ${operation}`);
      if (!read.ok) throw unavailable(read.reason);
      return read.data;
    }
  }

  /** Milliseconds until the shop's bucket holds `cost` points, from its last report. */
  #waitFor(shop: string, cost: number): number {
    const bucket = this.#buckets.get(shop);
    if (!bucket || bucket.restoreRate <= 0) return 0;
    const elapsed = (this.#runtime.clock.now().getTime() - bucket.at) / 1000;
    const available = Math.min(
      bucket.maximumAvailable,
      bucket.currentlyAvailable + elapsed * bucket.restoreRate,
    );
    const needed = Math.min(cost, bucket.maximumAvailable) - available;
    return needed > 0 ? Math.ceil((needed / bucket.restoreRate) * 1000) : 0;
  }

  async #awaitBudget(shop: string, cost: number): Promise<void> {
    const wait = this.#waitFor(shop, cost);
    if (wait > 0) await this.#runtime.sleep(wait);
  }
}

/** `write_x` implies `read_x`, as Shopify grants it. */
function grants(granted: readonly string[], scope: string): boolean {
  if (granted.includes(scope)) return true;
  const match = scope.match(/^read_(.+)$/);
  return Boolean(match && granted.includes(`write_${match[1]}`));
}

/** Shopify's search syntax: a quoted value, so hyphens and spaces are not read as operators. */
const searchValue = (value: string) => `"${value.replace(/["\\]/g, (c) => `\\${c}`)}"`;

const userErrorText = (errors: GqlUserError[]) =>
  errors
    .map((e) => e.message)
    .filter(Boolean)
    .join('; ');

const slowDown = (waitMs: number) => rateLimited('Shopify keeps asking us to slow down.', waitMs);

const noApiAccess = () =>
  new PlatformError(
    'plan_without_api_access',
    "The shop's plan does not allow API access (frozen, paused or locked).",
  );

const productStatus = (status: unknown): PlatformProduct['status'] => {
  const value = String(status ?? '').toLowerCase();
  return value === 'draft' ? 'draft' : value === 'archived' ? 'archived' : 'active';
};

function fromGraphql(node: GqlProduct, variants: GqlVariant[]): PlatformProduct {
  return {
    externalId: node.legacyResourceId,
    title: node.title,
    handle: node.handle,
    vendor: node.vendor || null,
    productType: node.productType || null,
    status: productStatus(node.status),
    imageUrl: node.featuredMedia?.preview?.image?.url ?? null,
    options: node.options.map((o) => ({ name: o.name, values: o.values })),
    updatedAt: node.updatedAt,
    variants: variants.map(
      (v): PlatformVariant => ({
        externalId: v.legacyResourceId,
        title: v.title,
        sku: v.sku || null,
        barcode: v.barcode || null,
        price: v.price,
        options: Object.fromEntries(v.selectedOptions.map((o) => [o.name, o.value])),
      }),
    ),
  };
}

const restId = z.union([z.number().int(), z.string().min(1)]);
const text = z.string().nullish();

const RestVariant = z.object({
  id: restId,
  title: text,
  sku: text,
  barcode: text,
  price: text,
  option1: text,
  option2: text,
  option3: text,
});

/** What `products/create` and `products/update` carry that the server reads. */
const RestProduct = z.object({
  id: restId,
  title: text,
  handle: text,
  vendor: text,
  product_type: text,
  status: text,
  updated_at: text,
  options: z
    .array(
      z.object({
        name: z.string(),
        position: z.number().nullish(),
        values: z.array(z.string()).nullish(),
      }),
    )
    .nullish(),
  variants: z.array(RestVariant).nullish(),
  image: z.object({ src: text }).nullish(),
  images: z.array(z.object({ src: text })).nullish(),
});
type RestProduct = z.infer<typeof RestProduct>;

/** Every other topic's body names its resource by id (orders are read whole by intake). */
const RestResource = z.object({ id: restId });

/** A webhook's REST product (the payload of `products/update`) in the neutral shape. */
export function fromRestProduct(p: RestProduct): PlatformProduct {
  const options = (p.options ?? []).map((o) => ({ name: o.name, values: o.values ?? [] }));
  return {
    externalId: String(p.id),
    title: p.title ?? '',
    handle: p.handle ?? null,
    vendor: p.vendor || null,
    productType: p.product_type || null,
    status: productStatus(p.status),
    imageUrl: p.image?.src ?? p.images?.[0]?.src ?? null,
    options,
    updatedAt: p.updated_at ?? null,
    variants: (p.variants ?? []).map((v) => {
      const values = [v.option1, v.option2, v.option3];
      const selected: Record<string, string> = {};
      options.forEach((o, i) => {
        const value = values[i];
        if (value != null) selected[o.name] = value;
      });
      return {
        externalId: String(v.id),
        title: v.title ?? '',
        sku: v.sku || null,
        barcode: v.barcode || null,
        price: v.price ?? null,
        options: selected,
      };
    }),
  };
}

/** The resource a body is about and its last change: `orders/create gid://shopify/Order/1 …`. */
function contentKey(topic: string, payload: Record<string, unknown>): string | null {
  const resource = payload.admin_graphql_api_id ?? payload.id;
  if (typeof resource !== 'string' && typeof resource !== 'number') return null;
  const changed = typeof payload.updated_at === 'string' ? payload.updated_at : '';
  return `${topic} ${resource} ${changed}`;
}

function eventOf(topic: string, body: Uint8Array): WebhookEvent {
  switch (topic) {
    case 'products/create':
    case 'products/update': {
      const read = readPayload(RestProduct, body);
      if (!read.ok) return { kind: 'invalid', reason: read.reason };
      return { kind: 'product_updated', product: fromRestProduct(read.data) };
    }
    case 'products/delete': {
      const read = readPayload(RestResource, body);
      if (!read.ok) return { kind: 'invalid', reason: read.reason };
      return { kind: 'product_deleted', externalId: String(read.data.id) };
    }
    case 'orders/create':
    case 'orders/cancelled': {
      // Both carry the whole order; intake reads its state (a cancelled one has cancelled_at).
      const read = readPayload(RestResource.loose(), body);
      if (!read.ok) return { kind: 'invalid', reason: read.reason };
      return { kind: 'order_created', externalId: String(read.data.id), payload: read.data };
    }
    case 'app/uninstalled':
      return { kind: 'app_uninstalled' };
    default:
      return { kind: 'ignored' };
  }
}

/**
 * Shopify refuses the whole fulfillment for a tracking URL whose host has no dot (a development
 * server's `localhost`): such a link is left out, and the number alone still reaches the buyer.
 */
function shopifyTakesTrackingUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && hostname.includes('.');
  } catch {
    return false;
  }
}
