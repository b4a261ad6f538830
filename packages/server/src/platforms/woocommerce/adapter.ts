import { z } from 'zod';
import { hmacSha256, signatureMatches, toBase64 } from '../../crypto/hmac.js';
import { DomainError } from '../../errors.js';
import { refused, sendWithRetry } from '../http.js';
import { readParsed, readPayload } from '../payload.js';
import { paragraphsHtml } from '../text.js';
import {
  type AdapterRuntime,
  type AuthorizeRequest,
  type CallbackParams,
  type Connection,
  type CredentialsInput,
  type OrderPoll,
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
import { readWooCommerceOrder } from './orders.js';
import { normalizeStoreUrl } from './store.js';

export interface WooCommerceOptions {
  /**
   * Hosts (`host[:port]`) reached over plain HTTP, such as a simulator on localhost. Real stores
   * need HTTPS: WooCommerce accepts Basic auth over TLS only.
   */
  allowInsecureHosts?: readonly string[];
  /** The name the owner sees on the store's "connect an app" page. */
  appName?: string;
  /** Products per page (WooCommerce allows up to 100). */
  productsPageSize?: number;
}

export interface WooCommerceCredentials {
  consumerKey: string;
  consumerSecret: string;
  /**
   * How the REST API is reached: `/wp-json/…` (pretty permalinks) or `/?rest_route=/…` (stores
   * with plain permalinks, where `/wp-json` is a 404).
   */
  api: 'wp-json' | 'rest_route';
}

export interface WooCommerceCursor {
  page: number;
}

/** The topics the server handles; WooCommerce sends no retries, so orders are polled as well. */
export const WOOCOMMERCE_WEBHOOK_TOPICS = [
  'order.created',
  'order.updated',
  'product.updated',
  'product.deleted',
] as const;

const PAGE_SIZE = 100;
/** Pages of orders read in one poll; the next poll carries on from the last order seen. */
const MAX_ORDER_PAGES = 20;
/**
 * `modified_after` is exclusive and has one-second precision: polls overlap by a second so an
 * order saved in the same second as the last one seen is not missed (delivery ids dedupe it).
 */
const POLL_OVERLAP_MS = 1000;
const FIRST_POLL_LOOKBACK_MS = 24 * 3600_000;

interface WooResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

interface WooError {
  code?: string;
  message?: string;
  data?: { status?: number; params?: Record<string, string>; resource_id?: number };
}

interface WooAttribute {
  id?: number;
  name: string;
  variation?: boolean;
  options?: string[];
}

interface WooProduct {
  id: number;
  name?: string;
  slug?: string;
  type?: string;
  status?: string;
  sku?: string;
  global_unique_id?: string;
  price?: string;
  regular_price?: string;
  date_modified_gmt?: string | null;
  categories?: { name?: string }[];
  images?: { src?: string }[];
  attributes?: WooAttribute[];
  variations?: number[];
}

const wooId = z.number().int().nonnegative();

/** What a product webhook carries that the server reads (the REST API's product). */
const WooWebhookProduct = z.object({
  id: wooId,
  name: z.string().optional(),
  slug: z.string().optional(),
  type: z.string().optional(),
  status: z.string().optional(),
  sku: z.string().optional(),
  global_unique_id: z.string().optional(),
  price: z.string().optional(),
  regular_price: z.string().optional(),
  date_modified_gmt: z.string().nullish(),
  categories: z.array(z.object({ name: z.string().optional() })).optional(),
  images: z.array(z.object({ src: z.string().optional() })).optional(),
  attributes: z
    .array(
      z.object({
        id: z.number().optional(),
        name: z.string(),
        variation: z.boolean().optional(),
        options: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  variations: z.array(wooId).optional(),
}) satisfies z.ZodType<WooProduct>;

// A polled order is read whole by intake later: only its id and time are read here.
const WooOrderList = z.array(
  z.looseObject({ id: wooId, date_modified_gmt: z.string().nullish() }),
) satisfies z.ZodType<WooOrder[]>;

/** A page of the product list: what the sync reads from each product. */
const WooProductList = z.array(WooWebhookProduct);

const WooVariationList = z.array(
  z.object({
    id: wooId,
    sku: z.string().optional(),
    global_unique_id: z.string().optional(),
    price: z.string().optional(),
    regular_price: z.string().optional(),
    attributes: z.array(z.object({ name: z.string(), option: z.string() })).optional(),
  }),
) satisfies z.ZodType<WooVariation[]>;

/**
 * A list the store answered, read against its schema. Anything else (an HTML error page, a
 * cut-off answer, another shape) is the store's trouble, never an empty list: an empty list would
 * end a sync as if the store had no products.
 */
function listed<T>(schema: z.ZodType<T[]>, response: WooResponse, what: string): T[] {
  const read = readParsed(schema, response.body, `The store's ${what}`);
  if (read.ok) return read.data;
  throw new PlatformError(
    'platform_unavailable',
    `${read.reason} The store may be failing or behind a page that is not WooCommerce's API.`,
    { transient: true },
  );
}

/** Deletions and orders name their resource by id (orders are read whole by intake). */
const WooResource = z.object({ id: wooId });

interface WooVariation {
  id: number;
  sku?: string;
  global_unique_id?: string;
  price?: string;
  regular_price?: string;
  attributes?: { name: string; option: string }[];
}

interface WooOrder {
  id: number;
  date_modified_gmt?: string | null;
}

interface WooWebhook {
  id: number;
  topic: string;
  delivery_url: string;
  status: string;
}

type Mode = 'connect' | 'session';

/**
 * WooCommerce: REST API v3 with the store's consumer key and secret (typed into a form, or
 * handed over by the store's `/wc-auth/v1/authorize` page), page-numbered listings with
 * `X-WP-TotalPages`, webhooks signed with a secret we choose per store, and order polling.
 */
export class WooCommerceAdapter
  implements PlatformAdapter<WooCommerceCredentials, WooCommerceCursor>
{
  readonly platform = 'woocommerce' as const;
  readonly connectsWith = ['credentials', 'key_handoff'] as const;
  readonly #options: Required<WooCommerceOptions>;
  readonly #runtime: AdapterRuntime;

  constructor(options: WooCommerceOptions, runtime: AdapterRuntime) {
    this.#options = {
      allowInsecureHosts: options.allowInsecureHosts ?? [],
      appName: options.appName ?? 'Vitrine',
      productsPageSize: Math.min(options.productsPageSize ?? PAGE_SIZE, PAGE_SIZE),
    };
    this.#runtime = runtime;
  }

  normalizeShop(input: string): string {
    return normalizeStoreUrl(input, this.#options.allowInsecureHosts);
  }

  /** The store's page asking the owner to approve new read/write keys for us. */
  authorizeUrl({ shop, state, redirectUri, keysUrl }: AuthorizeRequest): string {
    if (!shop) throw new DomainError('invalid_shop_domain', 'WooCommerce needs the store address.');
    if (!keysUrl) throw new Error('The WooCommerce key hand-off needs the URL keys are sent to.');
    const url = new URL(`${this.normalizeShop(shop)}/wc-auth/v1/authorize`);
    url.searchParams.set('app_name', this.#options.appName);
    url.searchParams.set('scope', 'read_write');
    // The attempt's state: WooCommerce sends it back with the keys and on the browser's return.
    url.searchParams.set('user_id', state);
    url.searchParams.set('return_url', redirectUri);
    url.searchParams.set('callback_url', keysUrl);
    return url.toString();
  }

  /**
   * The browser's return from the approval page. The keys came separately (server to server),
   * so there is no code; `user_id` is the state.
   */
  async verifyCallback(query: URLSearchParams): Promise<CallbackParams> {
    const state = query.get('user_id');
    if (!state) {
      throw new DomainError('oauth_state_invalid', 'The return from WooCommerce lacks user_id.');
    }
    if (query.get('success') !== '1') {
      throw new DomainError('oauth_denied', 'The store owner did not approve the connection.');
    }
    return { shop: null, state, code: null };
  }

  async complete(): Promise<never> {
    throw new Error('WooCommerce keys arrive by the key hand-off or the form, never by a code.');
  }

  async connectWithCredentials(
    input: CredentialsInput,
  ): Promise<Connection<WooCommerceCredentials>> {
    if (input.platform !== 'woocommerce') {
      throw new Error(`The WooCommerce adapter cannot connect ${input.platform} stores.`);
    }
    const shop = this.normalizeShop(input.url);
    const session: PlatformSession<WooCommerceCredentials> = {
      shop,
      credentials: {
        consumerKey: input.consumerKey.trim(),
        consumerSecret: input.consumerSecret.trim(),
        api: 'wp-json',
      },
      save: async () => {},
    };
    const index = await this.#discover(session);
    await this.#checkKeys(session, 'connect');
    const name = typeof index.name === 'string' ? index.name.trim() : '';
    return {
      shop,
      shopName: name || new URL(shop).hostname,
      scopes: ['read_write'],
      credentials: session.credentials,
    };
  }

  async verify(session: PlatformSession<WooCommerceCredentials>): Promise<void> {
    await this.#checkKeys(session, 'session');
  }

  /** Keys do not expire; a revoked key is a 401, which needs the owner. */
  async refresh(): Promise<void> {}

  /** Variations are only counted product by product: too dear for a progress total. */
  async countVariants(): Promise<number | null> {
    return null;
  }

  async listProducts(
    session: PlatformSession<WooCommerceCredentials>,
    cursor: WooCommerceCursor | null,
  ): Promise<ProductPage<WooCommerceCursor>> {
    const page = cursor?.page ?? 1;
    const answer = await this.#call(session, 'GET', '/products', {
      query: {
        per_page: String(this.#options.productsPageSize),
        page: String(page),
        orderby: 'id',
        order: 'asc',
      },
    });
    // Products deleted since the last page was read can leave fewer pages than there were.
    if (answer.status === 400 && errorOf(answer).code === 'rest_post_invalid_page_number') {
      return { products: [], next: null };
    }
    const response = this.#ok(answer, 'session');
    const products: PlatformProduct[] = [];
    for (const product of listed(WooProductList, response, 'product list')) {
      if (product.type === 'variable') {
        const variations = await this.#variations(session, product.id);
        if (variations) products.push(fromWooProduct(product, variations));
      } else if (sellable(product)) {
        products.push(fromWooProduct(product, null));
      }
    }
    const totalPages = Number(response.headers.get('x-wp-totalpages') ?? '1');
    return { products, next: page < totalPages ? { page: page + 1 } : null };
  }

  /** Every variation of a product, page by page; null when the product has gone meanwhile. */
  async #variations(
    session: PlatformSession<WooCommerceCredentials>,
    productId: number,
  ): Promise<WooVariation[] | null> {
    const all: WooVariation[] = [];
    for (let page = 1; ; page++) {
      const response = await this.#call(session, 'GET', `/products/${productId}/variations`, {
        query: {
          per_page: String(PAGE_SIZE),
          page: String(page),
          orderby: 'menu_order',
          order: 'asc',
        },
      });
      if (response.status === 404 && errorOf(response).code !== 'rest_no_route') return null;
      this.#ok(response, 'session');
      all.push(...listed(WooVariationList, response, 'list of variations'));
      if (page >= Number(response.headers.get('x-wp-totalpages') ?? '1')) return all;
    }
  }

  /**
   * A simple product holding `draft.sku`: the one the store already has (a retry after a crash),
   * else a new one (`publish` or `draft`, with its regular price and description as HTML). A SKU
   * WooCommerce says is taken is looked up and answered, if a product holds it.
   */
  async publishProduct(
    session: PlatformSession<WooCommerceCredentials>,
    draft: ProductDraft,
  ): Promise<PlatformProduct> {
    const existing = await this.#productWithSku(session, draft.sku);
    if (existing) return existing;
    const created = await this.#call(session, 'POST', '/products', {
      idempotent: false,
      body: {
        name: draft.title,
        type: 'simple',
        status: draft.status === 'active' ? 'publish' : 'draft',
        sku: draft.sku,
        // Without a price a WooCommerce product shows but cannot be bought.
        ...(draft.price ? { regular_price: draft.price } : {}),
        description: paragraphsHtml(draft.description),
      },
    });
    if (created.status === 201 || created.status === 200) {
      return fromWooProduct(created.body as WooProduct, null);
    }
    const error = errorOf(created);
    if (created.status === 400 && error.code === 'product_invalid_sku') {
      const holder = await this.#productWithSku(session, draft.sku);
      if (holder) return holder;
      throw refused(
        `WooCommerce refused the product: ${error.message ?? 'the SKU is taken'} (${draft.sku} belongs to a variation or a trashed product of the store).`,
      );
    }
    if (created.status === 400) {
      const details = Object.values(error.data?.params ?? {}).join(' ');
      throw refused(
        `WooCommerce refused the product: ${error.message ?? 'it answered 400'}${details ? ` (${details})` : ''}`,
      );
    }
    this.#ok(created, 'session');
    throw refused(`WooCommerce answered ${created.status} to the new product.`);
  }

  /** The product whose own SKU is `sku` (in any status but the trash), with its variations. */
  async #productWithSku(
    session: PlatformSession<WooCommerceCredentials>,
    sku: string,
  ): Promise<PlatformProduct | null> {
    const response = this.#ok(
      await this.#call(session, 'GET', '/products', { query: { sku, status: 'any' } }),
      'session',
    );
    const product = asArray<WooProduct>(response.body).find((p) => p.sku === sku);
    if (!product) return null;
    if (product.type !== 'variable') return fromWooProduct(product, null);
    return fromWooProduct(product, (await this.#variations(session, product.id)) ?? []);
  }

  /**
   * One webhook per topic to our address, with the store's secret: existing ones are updated
   * (an owner may have changed or paused them), duplicates removed, missing ones created.
   */
  async subscribeWebhooks(
    session: PlatformSession<WooCommerceCredentials>,
    callbackUrl: string,
    secret: string | null,
  ): Promise<void> {
    if (!secret) throw new Error('WooCommerce webhooks need the store’s signing secret.');
    const existing: WooWebhook[] = [];
    for (let page = 1; ; page++) {
      const response = this.#ok(
        await this.#call(session, 'GET', '/webhooks', {
          query: { per_page: String(PAGE_SIZE), page: String(page) },
        }),
        'session',
      );
      existing.push(...asArray<WooWebhook>(response.body));
      if (page >= Number(response.headers.get('x-wp-totalpages') ?? '1')) break;
    }
    for (const topic of WOOCOMMERCE_WEBHOOK_TOPICS) {
      const [current, ...extra] = existing.filter(
        (w) => w.topic === topic && w.delivery_url === callbackUrl,
      );
      for (const duplicate of extra) {
        this.#ok(
          await this.#call(session, 'DELETE', `/webhooks/${duplicate.id}`, {
            query: { force: 'true' },
          }),
          'session',
        );
      }
      const body = { status: 'active', secret };
      this.#ok(
        current
          ? await this.#call(session, 'PUT', `/webhooks/${current.id}`, { body })
          : await this.#call(session, 'POST', '/webhooks', {
              body: {
                ...body,
                name: `${this.#options.appName} ${topic}`,
                topic,
                delivery_url: callbackUrl,
              },
            }),
        'session',
      );
    }
  }

  /**
   * `X-WC-Webhook-Signature`: base64 HMAC-SHA256 of the raw body with the store's secret. The
   * ping WooCommerce sends when a webhook is saved carries no signature and nothing to act on;
   * it is let through so that the webhook is not counted as failing.
   */
  async verifyWebhook(headers: Headers, body: Uint8Array, secret: string | null): Promise<boolean> {
    const received = headers.get('x-wc-webhook-signature');
    if (!received) return isPing(headers, body);
    if (!secret) return false;
    return signatureMatches(received, toBase64(await hmacSha256(secret, body)));
  }

  parseWebhook(headers: Headers, body: Uint8Array): WebhookDelivery {
    if (isPing(headers, body)) {
      // One id for every ping: acknowledged, recorded once per store, never acted on.
      return {
        id: 'ping',
        topic: 'ping',
        shop: null,
        triggeredAt: null,
        event: { kind: 'ignored' },
      };
    }
    const id = headers.get('x-wc-webhook-delivery-id');
    const topic = headers.get('x-wc-webhook-topic');
    if (!id || !topic) {
      throw new DomainError('validation_failed', 'The webhook lacks its delivery id or topic.');
    }
    const source = headers.get('x-wc-webhook-source');
    const changed = readPayload(z.object({ date_modified_gmt: z.string().nullish() }), body);
    return {
      id,
      topic,
      shop: source ? this.#sourceShop(source) : null,
      triggeredAt: changed.ok ? gmt(changed.data.date_modified_gmt) : null,
      event: eventOf(topic, body),
    };
  }

  /** `X-WC-Webhook-Source` (`home_url('/')`) in the same form as the store's address. */
  #sourceShop(source: string): string {
    try {
      return this.normalizeShop(source);
    } catch {
      // Kept as sent: it matches no store, so the delivery is refused.
      return source;
    }
  }

  /**
   * WooCommerce has no tracking field of its own: the tracking goes as a note to the customer
   * (which WooCommerce emails them), then the order is marked completed (which sends the
   * "Completed order" email). A note already holding the tracking code, or an order already
   * completed, is not written again. An order cancelled, refunded or failed in the store is not
   * completed: that is the store's decision to undo, not ours.
   */
  async pushFulfillment(
    session: PlatformSession<WooCommerceCredentials>,
    fulfillment: PlatformFulfillment,
  ): Promise<void> {
    const path = `/orders/${encodeURIComponent(fulfillment.orderId)}`;
    const found = await this.#call(session, 'GET', path);
    if (found.status === 404) {
      throw refused(`WooCommerce has no order ${fulfillment.orderId} any more.`);
    }
    const order = this.#ok(found, 'session').body as { number?: string; status?: string };
    const reference = `#${order.number ?? fulfillment.orderId}`;
    if (order.status && CLOSED_ORDER_STATUSES.includes(order.status)) {
      throw refused(
        `WooCommerce shows order ${reference} as ${order.status}, so it is not marked completed.`,
      );
    }
    const { tracking } = fulfillment;
    if (tracking) {
      const notes = asArray<{ note?: string }>(
        this.#ok(
          await this.#call(session, 'GET', `${path}/notes`, { query: { type: 'customer' } }),
          'session',
        ).body,
      );
      if (!notes.some((n) => n.note?.includes(tracking.code))) {
        const added = await this.#call(session, 'POST', `${path}/notes`, {
          idempotent: false,
          body: { note: trackingNote(tracking, fulfillment.carrier), customer_note: true },
        });
        if (added.status === 400) {
          throw refused(
            `WooCommerce refused the tracking note: ${errorOf(added).message ?? '400'}`,
          );
        }
        this.#ok(added, 'session');
      }
    }
    if (order.status === 'completed') return;
    const completed = await this.#call(session, 'PUT', path, { body: { status: 'completed' } });
    if (completed.status === 400) {
      throw refused(
        `WooCommerce refused to complete order ${reference}: ${errorOf(completed).message ?? '400'}`,
      );
    }
    this.#ok(completed, 'session');
  }

  /** Webhook bodies and polled orders alike are the whole order, as the REST API answers it. */
  async readOrder(delivery: { payload: unknown }): Promise<PlatformOrder> {
    return readWooCommerceOrder(delivery.payload);
  }

  /**
   * Orders changed since the last poll (oldest change first), each an `order_created` delivery
   * keyed by the order and its modification time: a poll that sees an order again records
   * nothing new, a changed order is recorded again. The first poll looks back a day; `since`
   * then moves to the latest change seen.
   */
  async pollOrders(
    session: PlatformSession<WooCommerceCredentials>,
    since: string | null,
  ): Promise<OrderPoll> {
    const from = since
      ? Date.parse(since)
      : this.#runtime.clock.now().getTime() - FIRST_POLL_LOOKBACK_MS;
    const after = new Date(from - POLL_OVERLAP_MS).toISOString().replace(/\.\d+Z$/, '');
    let latest = from;
    const deliveries: WebhookDelivery[] = [];
    for (let page = 1; page <= MAX_ORDER_PAGES; page++) {
      const response = this.#ok(
        await this.#call(session, 'GET', '/orders', {
          query: {
            modified_after: after,
            dates_are_gmt: 'true',
            orderby: 'modified',
            order: 'asc',
            per_page: String(PAGE_SIZE),
            page: String(page),
          },
        }),
        'session',
      );
      for (const order of listed(WooOrderList, response, 'order list')) {
        const modified = gmt(order.date_modified_gmt);
        if (modified) latest = Math.max(latest, Date.parse(modified));
        deliveries.push({
          id: `order:${order.id}:${order.date_modified_gmt ?? ''}`,
          topic: 'order.polled',
          shop: session.shop,
          triggeredAt: modified,
          event: { kind: 'order_created', externalId: String(order.id), payload: order },
        });
      }
      if (page >= Number(response.headers.get('x-wp-totalpages') ?? '1')) break;
    }
    return { deliveries, since: new Date(latest).toISOString() };
  }

  /**
   * Finds the REST API: `/wp-json/`, or `/?rest_route=/` where permalinks are plain. Answers the
   * site index (name, namespaces) and records the way in on the session.
   */
  async #discover(session: PlatformSession<WooCommerceCredentials>): Promise<{ name?: unknown }> {
    for (const api of ['wp-json', 'rest_route'] as const) {
      session.credentials = { ...session.credentials, api };
      const response = await this.#call(session, 'GET', '', { root: true, anonymous: true });
      const index = response.body as { name?: unknown; namespaces?: unknown } | null;
      if (response.status === 401 || response.status === 403) {
        // The index is closed to anonymous callers (a security plugin): the keys decide.
        return {};
      }
      if (response.status === 404 || !index || !Array.isArray(index.namespaces)) continue;
      if (!index.namespaces.includes('wc/v3')) {
        throw new PlatformError(
          'invalid_shop_domain',
          'WordPress answers at this address, but WooCommerce (REST API v3) is not active there.',
        );
      }
      return index;
    }
    throw new PlatformError(
      'invalid_shop_domain',
      `No WooCommerce REST API answers at ${session.shop}: check the address and that WooCommerce is active.`,
    );
  }

  /**
   * Reads one product (the keys can read) and sends an empty batch of webhook changes (they can
   * write: order status is written back later). A key without write access is refused with a
   * 401 on the write only.
   */
  async #checkKeys(session: PlatformSession<WooCommerceCredentials>, mode: Mode): Promise<void> {
    this.#ok(await this.#call(session, 'GET', '/products', { query: { per_page: '1' } }), mode);
    const write = await this.#call(session, 'POST', '/webhooks/batch', { body: {} });
    if (write.status === 401) {
      throw new PlatformError(
        'permissions_not_granted',
        'The API key can read but not write: create a key with Read/Write permissions.',
        { reason: 'read_only_key' },
      );
    }
    this.#ok(write, mode);
  }

  /** A failed answer as the contract's error: what the owner must do about it. */
  #ok(response: WooResponse, mode: Mode): WooResponse {
    const { status } = response;
    if (status >= 200 && status < 300) return response;
    const error = errorOf(response);
    const detail = error.message ? ` (${error.message})` : '';
    if (status === 401 && /permission/i.test(error.message ?? '')) {
      throw new PlatformError(
        'permissions_not_granted',
        `The API key lacks a needed permission${detail}; create a key with Read/Write permissions.`,
        { reason: 'read_only_key' },
      );
    }
    if (status === 401) {
      throw mode === 'connect'
        ? new PlatformError('credentials_invalid', `WooCommerce refused the API key${detail}.`)
        : new PlatformError(
            'store_needs_reauth',
            `WooCommerce no longer accepts the API key${detail}.`,
            { reason: 'keys_revoked' },
          );
    }
    if (status === 403) {
      throw new PlatformError(
        'permissions_not_granted',
        `The API key's user may not manage WooCommerce${detail}.`,
      );
    }
    if (status === 404 && error.code === 'rest_no_route') {
      throw mode === 'connect'
        ? new PlatformError(
            'invalid_shop_domain',
            `WooCommerce's REST API is not active here${detail}.`,
          )
        : new PlatformError('store_needs_reauth', `WooCommerce's REST API is gone${detail}.`, {
            reason: 'rest_api_unavailable',
          });
    }
    throw new PlatformError('platform_unavailable', `WooCommerce answered ${status}${detail}.`, {
      transient: false,
    });
  }

  /**
   * One REST call: 429 waits `Retry-After` (up to 6 times), 5xx and network failures are
   * retried 3 times with backoff; any other answer is returned for the caller to judge.
   */
  async #call(
    session: PlatformSession<WooCommerceCredentials>,
    method: string,
    path: string,
    options: {
      query?: Record<string, string>;
      body?: unknown;
      /** The site index rather than a `wc/v3` route. */
      root?: boolean;
      anonymous?: boolean;
      /** False for a request that creates something (see `sendWithRetry`). */
      idempotent?: boolean;
    } = {},
  ): Promise<WooResponse> {
    const { shop, credentials } = session;
    const route = options.root ? '/' : `/wc/v3${path}`;
    const url =
      credentials.api === 'rest_route'
        ? new URL(`${shop}/`)
        : new URL(`${shop}/wp-json${options.root ? '/' : route}`);
    if (credentials.api === 'rest_route') url.searchParams.set('rest_route', route);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      url.searchParams.set(key, value);
    }
    const headers: Record<string, string> = { accept: 'application/json' };
    if (!options.anonymous) {
      headers.authorization = `Basic ${btoa(`${credentials.consumerKey}:${credentials.consumerSecret}`)}`;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await sendWithRetry(
      this.#runtime,
      () =>
        new Request(url, {
          method,
          headers,
          ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
        }),
      { who: 'The store', ...(options.idempotent === false ? { idempotent: false } : {}) },
    );
    const { status } = response;
    const text = await response.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON at all (an HTML error page, a cut-off answer): told apart from an empty body.
      body = undefined;
    }
    return { status, headers: response.headers, body };
  }
}

const isPing = (headers: Headers, body: Uint8Array) =>
  !headers.get('x-wc-webhook-topic') &&
  !headers.get('x-wc-webhook-signature') &&
  body.length < 64 &&
  /^webhook_id=\d+$/.test(new TextDecoder().decode(body));

/** Order statuses a shipment does not turn into `completed`. */
const CLOSED_ORDER_STATUSES = ['cancelled', 'refunded', 'failed', 'trash'];

/** The note the customer reads (and is emailed): the carrier, the tracking code, its link. */
function trackingNote(tracking: { code: string; url: string | null }, carrier: string | null) {
  return `Your order has shipped${carrier ? ` with ${carrier}` : ''}. Tracking number: ${tracking.code}${tracking.url ? ` (${tracking.url})` : ''}`;
}

const asArray = <T>(body: unknown): T[] => (Array.isArray(body) ? (body as T[]) : []);

const errorOf = (response: WooResponse): WooError =>
  response.body && typeof response.body === 'object' ? (response.body as WooError) : {};

/** WooCommerce's `*_gmt` times carry no zone: they are UTC. */
function gmt(value: string | null | undefined): string | null {
  if (!value) return null;
  const text = /[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`;
  return Number.isNaN(Date.parse(text)) ? null : new Date(text).toISOString();
}

/** Grouped products hold other products and external ones are sold elsewhere: no variants. */
const sellable = (product: WooProduct) =>
  product.type === undefined || product.type === 'simple' || product.type === 'variable';

const productStatus = (status: string | undefined): PlatformProduct['status'] =>
  status === 'publish' ? 'active' : status === 'trash' ? 'archived' : 'draft';

/**
 * A product in the neutral shape. A simple product is its own single variant (same id); a
 * variable one has its variations. `variations` null with a variable product (a webhook body,
 * which lists variation ids only) keeps the stored variants: `knownVariantIds` names those that
 * still exist.
 */
export function fromWooProduct(
  product: WooProduct,
  variations: readonly WooVariation[] | null,
): PlatformProduct {
  const variable = product.type === 'variable';
  const options = variable
    ? (product.attributes ?? [])
        .filter((a) => a.variation)
        .map((a) => ({ name: a.name, values: a.options ?? [] }))
    : [];
  const title = product.name ?? '';
  const variants: PlatformVariant[] = variable
    ? (variations ?? []).map((v) => {
        const attributes = v.attributes ?? [];
        return {
          externalId: String(v.id),
          title: attributes.map((a) => a.option).join(' / ') || title,
          sku: v.sku || null,
          barcode: v.global_unique_id || null,
          price: v.price || v.regular_price || null,
          options: Object.fromEntries(attributes.map((a) => [a.name, a.option])),
        };
      })
    : [
        {
          externalId: String(product.id),
          title,
          sku: product.sku || null,
          barcode: product.global_unique_id || null,
          price: product.price || product.regular_price || null,
          options: {},
        },
      ];
  return {
    externalId: String(product.id),
    title,
    handle: product.slug || null,
    vendor: null,
    productType: product.categories?.[0]?.name || null,
    status: productStatus(product.status),
    imageUrl: product.images?.[0]?.src || null,
    options,
    updatedAt: gmt(product.date_modified_gmt),
    variants,
    ...(variable && !variations ? { knownVariantIds: (product.variations ?? []).map(String) } : {}),
  };
}

function eventOf(topic: string, body: Uint8Array): WebhookEvent {
  switch (topic) {
    case 'product.created':
    case 'product.updated':
    case 'product.restored': {
      const read = readPayload(WooWebhookProduct, body);
      if (!read.ok) return { kind: 'invalid', reason: read.reason };
      if (!sellable(read.data)) return { kind: 'ignored' };
      return { kind: 'product_updated', product: fromWooProduct(read.data, null) };
    }
    case 'product.deleted': {
      const read = readPayload(WooResource, body);
      if (!read.ok) return { kind: 'invalid', reason: read.reason };
      return { kind: 'product_deleted', externalId: String(read.data.id) };
    }
    // An update carries the whole order too: read the same way, one order per order id.
    case 'order.created':
    case 'order.updated': {
      const read = readPayload(WooResource.loose(), body);
      if (!read.ok) return { kind: 'invalid', reason: read.reason };
      return { kind: 'order_created', externalId: String(read.data.id), payload: read.data };
    }
    default:
      return { kind: 'ignored' };
  }
}
