import { Hono } from 'hono';
import { type Clock, systemClock } from '../clock.js';
import { postDelivery, randomHex, type SimulatorHostOptions } from '../common.js';
import { hmacSha256, timingSafeEqual, toBase64, toHex } from '../crypto.js';
import {
  generatedCatalogue,
  printShopCatalogue,
  type SimCatalogue,
  type SimProduct,
  type SimVariation,
  slugOf,
  wooTime,
} from './data.js';
import {
  OAUTH_PARAMETERS,
  OAUTH_WINDOW_MS,
  oauthHeaderParameters,
  oauthSignature,
  signatureBase,
  signatureMatches,
} from './oauth.js';
import { clickOnAuthorizePage, escapeHtml, hiddenInputs, page } from './pages.js';

/**
 * A stand-in for WooCommerce stores that speaks their wire protocol: the REST API v3 with
 * consumer keys (Basic auth or query parameters, or OAuth 1.0a signatures as plain-HTTP stores
 * want them; read/write/read_write permissions, WooCommerce's own error bodies), page-numbered
 * listings with `X-WP-Total`, `X-WP-TotalPages` and `Link`,
 * webhooks signed with their secret (a ping when one is saved), orders, products created with
 * `POST /products` (WooCommerce's defaults and validation, `product_invalid_sku` for a SKU in use),
 * the `/wc-auth/v1/authorize` key hand-off page, and a "REST API keys" admin page. Stores are path segments:
 * `{origin}{basePath}/{store}/wp-json/wc/v3/…` answers what `https://shop.example/wp-json/wc/v3/…`
 * would.
 *
 * Unlike a real store it also accepts Basic auth over plain HTTP (real stores then take OAuth 1.0a
 * signatures only), so that an adapter can use one scheme on localhost.
 */
export interface SimulatedStoreSeed {
  /** The path segment: `print-shop` lives at `{origin}{basePath}/print-shop`. */
  name: string;
  title: string;
  /** `print` for the demo print shop, or a generated store. */
  catalogue:
    | { kind: 'print' }
    | { kind: 'generated'; products: number; variableEvery?: number; variationsEach?: number };
  /** Plain permalinks: `/wp-json` is a 404 and the API answers at `/?rest_route=/…`. */
  plainPermalinks?: boolean;
  /** WordPress without WooCommerce: no `wc/v3` namespace. */
  withoutWooCommerce?: boolean;
}

export interface WooCommerceSimulatorOptions extends SimulatorHostOptions {
  /** Where stores' addresses start, e.g. `https://woocommerce.test` or `http://localhost:4000`. */
  origin: string;
  /** Sends webhook deliveries and the key hand-off POST; the global fetch by default. */
  fetch?: (request: Request) => Promise<Response>;
  stores?: readonly SimulatedStoreSeed[];
  /** Derives the keys the stores issue; keep it across restarts to keep keys valid. */
  keySecret?: string;
}

export type KeyPermissions = 'read' | 'write' | 'read_write';

export interface SimulatedKey {
  keyId: number;
  description: string;
  permissions: KeyPermissions;
  consumerKey: string;
  consumerSecret: string;
  createdAt: string;
}

export interface SimulatedWebhook {
  id: number;
  name: string;
  status: 'active' | 'paused' | 'disabled';
  topic: string;
  resource: string;
  event: string;
  delivery_url: string;
  secret: string;
  failures: number;
  date_created_gmt: string;
  date_modified_gmt: string;
}

export interface WooDelivery {
  id: string;
  webhookId: number;
  topic: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  /** The receiver's answer (0 when unreachable). */
  status: number;
}

export interface ApiRequest {
  method: string;
  route: string;
  status: number;
}

interface Store {
  seed: SimulatedStoreSeed;
  catalogue: SimCatalogue;
  keys: Map<string, SimulatedKey>;
  revoked: Set<string>;
  /** Permissions the owner changed on a key after issuing it (WooCommerce lets them). */
  permissions: Map<string, KeyPermissions>;
  /** After "revoke all keys", keys this run did not list (issued before a restart) stop too. */
  refuseUnlisted: boolean;
  webhooks: SimulatedWebhook[];
  /** OAuth nonces each key used within the last 15 minutes, with when they were used. */
  nonces: Map<string, Map<string, number>>;
  orders: Record<string, unknown>[];
  /** Order notes, by order id, oldest first. */
  notes: Map<number, WooOrderNote[]>;
  /** Emails the store sent customers about their orders (customer notes, completed orders). */
  customerEmails: WooCustomerEmail[];
  faults: { status: number; retryAfter: number | null }[];
  log: ApiRequest[];
}

/** An order note as `GET /orders/{id}/notes` answers it. */
export interface WooOrderNote {
  id: number;
  author: string;
  date_created: string;
  date_created_gmt: string;
  note: string;
  customer_note: boolean;
}

/** An email WooCommerce sent a customer about an order. */
export interface WooCustomerEmail {
  orderId: number;
  kind: 'customer_note' | 'completed_order';
  text: string;
}

/** The statuses `PUT /orders/{id}` takes (WooCommerce's order schema). */
const ORDER_STATUSES = [
  'pending',
  'processing',
  'on-hold',
  'completed',
  'cancelled',
  'refunded',
  'failed',
  'trash',
  'checkout-draft',
];

const PERMISSION_CODES: Record<KeyPermissions, string> = {
  read: '01',
  write: '02',
  read_write: '03',
};

const WWW_AUTHENTICATE =
  'Basic realm="WooCommerce API. Use a consumer key in the username field and a consumer secret in the password field"';

const LOG_LIMIT = 10_000;

const DEMO_KEYS = [
  [1, 'read_write'],
  [2, 'read'],
] as const;

export const demoStores: readonly SimulatedStoreSeed[] = [
  { name: 'print-shop', title: 'Paper & Ink Print Shop', catalogue: { kind: 'print' } },
  {
    name: 'bulk-prints',
    title: 'Bulk Prints',
    catalogue: { kind: 'generated', products: 230, variableEvery: 50, variationsEach: 120 },
  },
  {
    name: 'plain-permalinks',
    title: 'Plain Permalinks Press',
    catalogue: { kind: 'generated', products: 5, variableEvery: 2 },
    plainPermalinks: true,
  },
  {
    name: 'blog-only',
    title: 'Just a Blog',
    catalogue: { kind: 'generated', products: 0 },
    withoutWooCommerce: true,
  },
];

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers });

const restError = (code: string, message: string, status: number, headers = {}) =>
  json({ code, message, data: { status } }, status, headers);

const noRoute = () =>
  restError('rest_no_route', 'No route was found matching the URL and request method.', 404);

/** Hosts a key hand-off may POST to over plain HTTP (real WooCommerce insists on HTTPS). */
const localHost = (host: string) =>
  host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host.endsWith('.test');

export class WooCommerceSimulator {
  readonly origin: string;
  readonly basePath: string;
  readonly app: Hono;
  readonly #stores = new Map<string, Store>();
  readonly #clock: Clock;
  readonly #send: (request: Request) => Promise<Response>;
  readonly #keySecret: string;
  readonly #deliveries = new Map<string, WooDelivery>();
  #nextKeyId = 3;
  #nextWebhookId = 1;

  constructor(options: WooCommerceSimulatorOptions) {
    this.origin = options.origin.replace(/\/$/, '');
    this.basePath = (options.basePath ?? '').replace(/\/$/, '');
    this.#clock = options.clock ?? systemClock;
    this.#send = options.fetch ?? ((request) => fetch(request));
    this.#keySecret = options.keySecret ?? randomHex(32);
    for (const seed of options.stores ?? demoStores) this.addStore(seed);
    this.app = this.#routes();
  }

  /** A Web-standard handler, like any WordPress host. */
  fetch = (request: Request): Promise<Response> => Promise.resolve(this.app.fetch(request));

  addStore(seed: SimulatedStoreSeed): string {
    const catalogue =
      seed.catalogue.kind === 'print'
        ? printShopCatalogue(seed.name)
        : generatedCatalogue(seed.name, seed.catalogue.products, seed.catalogue);
    this.#stores.set(seed.name, {
      seed,
      catalogue,
      keys: new Map(),
      revoked: new Set(),
      permissions: new Map(),
      refuseUnlisted: false,
      webhooks: [],
      nonces: new Map(),
      orders: [],
      notes: new Map(),
      customerEmails: [],
      faults: [],
      log: [],
    });
    return this.urlOf(seed.name);
  }

  /** The store's address (its `home_url`, without the trailing slash). */
  urlOf(name: string): string {
    return `${this.origin}${this.basePath}/${name}`;
  }

  #store(name: string): Store {
    const store = this.#stores.get(name);
    if (!store) throw new Error(`No simulated store ${name}`);
    return store;
  }

  #now(): number {
    return this.#clock.now().getTime();
  }

  // Keys ------------------------------------------------------------------------------------

  /**
   * Keys are signed, self-describing values (permissions, id, nonce, signature), so keys a
   * development server connected with stay valid across restarts of the simulator.
   */
  async #makeKey(
    store: string,
    permissions: KeyPermissions,
    keyId: number,
    nonce: string,
  ): Promise<{ consumerKey: string; consumerSecret: string }> {
    const head = `${PERMISSION_CODES[permissions]}${keyId.toString(16).padStart(6, '0')}${nonce}`;
    const mac = toHex(await hmacSha256(this.#keySecret, `${store}|${head}`)).slice(0, 24);
    const consumerKey = `ck_${head}${mac}`;
    const consumerSecret = `cs_${toHex(await hmacSha256(this.#keySecret, `cs|${consumerKey}`)).slice(0, 40)}`;
    return { consumerKey, consumerSecret };
  }

  /** Creates API keys, as the "Add key" admin page or an approved hand-off does. */
  async createKey(
    storeName: string,
    permissions: KeyPermissions,
    description = 'Simulator key',
  ): Promise<SimulatedKey> {
    const store = this.#store(storeName);
    const keyId = this.#nextKeyId++;
    const pair = await this.#makeKey(storeName, permissions, keyId, randomHex(4));
    const key: SimulatedKey = {
      keyId,
      description,
      permissions,
      ...pair,
      createdAt: wooTime(this.#now()),
    };
    store.keys.set(key.consumerKey, key);
    return key;
  }

  /**
   * The store's keys: two demo keys (read/write and read only, the same on every run with the
   * same key secret) and those created since the simulator started.
   */
  async keys(storeName: string): Promise<SimulatedKey[]> {
    const store = this.#store(storeName);
    // After "revoke all keys" the demo keys are gone too.
    const demo = store.refuseUnlisted ? [] : DEMO_KEYS;
    for (const [keyId, permissions] of demo) {
      const nonce = toHex(await hmacSha256(this.#keySecret, `demo|${storeName}|${keyId}`)).slice(
        0,
        8,
      );
      const pair = await this.#makeKey(storeName, permissions, keyId, nonce);
      if (store.keys.has(pair.consumerKey) || store.revoked.has(pair.consumerKey)) continue;
      store.keys.set(pair.consumerKey, {
        keyId,
        description: permissions === 'read' ? 'Demo (read only)' : 'Demo',
        permissions,
        ...pair,
        createdAt: '2026-01-15T10:00:00',
      });
    }
    return [...store.keys.values()]
      .map((key) => ({
        ...key,
        permissions: store.permissions.get(key.consumerKey) ?? key.permissions,
      }))
      .sort((a, b) => a.keyId - b.keyId);
  }

  /**
   * The owner edits a key's permissions (WooCommerce › Settings › Advanced › REST API): calls
   * with it are judged by the new permissions from then on.
   */
  setKeyPermissions(storeName: string, consumerKey: string, permissions: KeyPermissions): void {
    this.#store(storeName).permissions.set(consumerKey, permissions);
  }

  /** Deletes one key (the owner's "Revoke" link). */
  revokeKey(storeName: string, consumerKey: string): void {
    const store = this.#store(storeName);
    store.keys.delete(consumerKey);
    store.revoked.add(consumerKey);
  }

  /** Deletes every key the store issued: API calls with them answer 401 from now on. */
  revokeKeys(storeName: string): void {
    const store = this.#store(storeName);
    for (const key of store.keys.keys()) store.revoked.add(key);
    store.keys.clear();
    store.refuseUnlisted = true;
  }

  /** The key's secret and current permissions, or null when the store does not know the key. */
  async #keyOf(
    store: Store,
    storeName: string,
    consumerKey: string,
  ): Promise<{ consumerSecret: string; permissions: KeyPermissions } | null> {
    const match = consumerKey.match(/^ck_([0-9a-f]{2})([0-9a-f]{6})([0-9a-f]{8})[0-9a-f]{24}$/);
    const permissions = (Object.keys(PERMISSION_CODES) as KeyPermissions[]).find(
      (p) => PERMISSION_CODES[p] === match?.[1],
    );
    if (!match || !permissions) return null;
    const expected = await this.#makeKey(
      storeName,
      permissions,
      Number.parseInt(match[2]!, 16),
      match[3]!,
    );
    if (
      !timingSafeEqual(expected.consumerKey, consumerKey) ||
      store.revoked.has(consumerKey) ||
      (store.refuseUnlisted && !store.keys.has(consumerKey))
    ) {
      return null;
    }
    return {
      consumerSecret: expected.consumerSecret,
      permissions: store.permissions.get(consumerKey) ?? permissions,
    };
  }

  /**
   * A key and its secret, sent in the clear (Basic auth or `consumer_key`/`consumer_secret`):
   * null for a key the store does not know (WooCommerce then tries OAuth), a 401 for a wrong
   * secret.
   */
  async #authenticate(
    store: Store,
    storeName: string,
    consumerKey: string,
    consumerSecret: string,
  ): Promise<KeyPermissions | Response | null> {
    const key = await this.#keyOf(store, storeName, consumerKey);
    if (!key) return null;
    if (!timingSafeEqual(key.consumerSecret, consumerSecret)) {
      return restError(
        'woocommerce_rest_authentication_error',
        'Consumer secret is invalid.',
        401,
        {
          'www-authenticate': WWW_AUTHENTICATE,
        },
      );
    }
    return key.permissions;
  }

  /**
   * One-legged OAuth 1.0a as `WC_REST_Authentication` checks it: the key, then the signature over
   * the request as the store addresses it (its home URL, the request's scheme), then the
   * timestamp (±15 minutes) and the nonce (once per key within 15 minutes). Errors carry no
   * `WWW-Authenticate`, since they are not Basic auth's.
   */
  async #oauth(
    store: Store,
    storeName: string,
    method: string,
    url: URL,
    params: Record<string, string>,
  ): Promise<KeyPermissions | Response> {
    const refuse = (message: string, code = 'woocommerce_rest_authentication_error') =>
      restError(code, message, 401);
    const missing = OAUTH_PARAMETERS.filter((name) => !params[name]);
    if (missing.length) {
      return refuse(
        `Missing OAuth parameter${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
        'woocommerce_rest_authentication_missing_parameter',
      );
    }
    const consumerKey = params.oauth_consumer_key!;
    const key = await this.#keyOf(store, storeName, consumerKey);
    if (!key) return refuse('Consumer key is invalid.');
    const signatureMethod = params.oauth_signature_method;
    if (signatureMethod !== 'HMAC-SHA1' && signatureMethod !== 'HMAC-SHA256') {
      return refuse('Invalid signature - signature method is invalid.');
    }
    // WordPress signs against its home URL: `get_home_url(null, $path, $scheme)`, where $path is
    // the request path after the home path (none for the home page itself).
    const home = new URL(this.urlOf(storeName));
    const homePath = `${home.pathname.replace(/\/$/, '')}/`;
    const relative = url.pathname.startsWith(homePath)
      ? url.pathname.slice(homePath.length)
      : url.pathname.replace(/^\//, '');
    const baseUri = `${url.protocol}//${home.host}${home.pathname.replace(/\/$/, '')}${relative ? `/${relative}` : ''}`;
    const expected = await oauthSignature(
      signatureMethod,
      key.consumerSecret,
      signatureBase(method, baseUri, params),
    );
    if (!signatureMatches(expected, params.oauth_signature!)) {
      return refuse('Invalid signature - provided signature does not match.');
    }
    const now = this.#now();
    const timestamp = Number(params.oauth_timestamp) * 1000;
    if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > OAUTH_WINDOW_MS) {
      return refuse('Invalid timestamp.');
    }
    const used = store.nonces.get(consumerKey) ?? new Map<string, number>();
    for (const [nonce, at] of used) if (at < now - OAUTH_WINDOW_MS) used.delete(nonce);
    if (used.has(params.oauth_nonce!)) {
      return refuse('Invalid nonce - nonce has already been used.');
    }
    used.set(params.oauth_nonce!, now);
    store.nonces.set(consumerKey, used);
    return key.permissions;
  }

  // Controls --------------------------------------------------------------------------------

  /** The next `count` REST requests answer `status` (429 or 503, with `Retry-After`). */
  failNext(storeName: string, count: number, status = 503, retryAfter: number | null = 1): void {
    this.#store(storeName).faults.push(
      ...Array.from({ length: count }, () => ({ status, retryAfter })),
    );
  }

  /** Every REST request the store answered, oldest first (the last 10,000). */
  requests(storeName: string): readonly ApiRequest[] {
    return this.#store(storeName).log;
  }

  webhooks(storeName: string): readonly SimulatedWebhook[] {
    return this.#store(storeName).webhooks;
  }

  products(storeName: string): readonly SimProduct[] {
    return this.#store(storeName).catalogue.products;
  }

  variations(storeName: string, productId: number): readonly SimVariation[] {
    return this.#store(storeName).catalogue.variations.get(productId) ?? [];
  }

  orders(storeName: string): readonly Record<string, unknown>[] {
    return this.#store(storeName).orders;
  }

  /** Changes a product (name, price) and sends `product.updated`. */
  async updateProduct(
    storeName: string,
    productId: number,
    change: { name?: string; price?: string } = {},
  ): Promise<WooDelivery[]> {
    const store = this.#store(storeName);
    const product = store.catalogue.products.find((p) => p.id === productId);
    if (!product) throw new Error(`No product ${productId} in ${storeName}`);
    const modified = Math.max(this.#now(), Date.parse(`${product.date_modified_gmt}Z`) + 1000);
    if (change.name) product.name = change.name;
    if (change.price) {
      if (product.type === 'simple') {
        product.price = change.price;
        product.regular_price = change.price;
      }
      for (const v of store.catalogue.variations.get(productId) ?? []) {
        v.price = change.price;
        v.regular_price = change.price;
      }
    }
    product.date_modified_gmt = wooTime(modified);
    return this.#deliver(store, 'product.updated', product);
  }

  /** Deletes a product (permanently) and sends `product.deleted` with its id. */
  async deleteProduct(storeName: string, productId: number): Promise<WooDelivery[]> {
    const store = this.#store(storeName);
    const index = store.catalogue.products.findIndex((p) => p.id === productId);
    if (index < 0) throw new Error(`No product ${productId} in ${storeName}`);
    store.catalogue.products.splice(index, 1);
    store.catalogue.variations.delete(productId);
    return this.#deliver(store, 'product.deleted', { id: productId });
  }

  /**
   * A shopper's order (status `processing`), sent as `order.created`: one line for a product (its
   * first variation, or `variationId`, for a variable product), or each of `lines`. A line holds
   * what WooCommerce records: `product_id`, `variation_id` (0 for a simple product), the SKU, and
   * the variation's attributes as meta data. `shipping: false` leaves the shipping address empty,
   * as for orders that ship nothing (the billing address is still there).
   */
  async createOrder(
    storeName: string,
    productId?: number,
    quantity = 1,
    options: {
      variationId?: number;
      lines?: readonly { productId: number; variationId?: number; quantity?: number }[];
      shipping?: boolean;
    } = {},
  ): Promise<{ order: Record<string, unknown>; deliveries: WooDelivery[] }> {
    const store = this.#store(storeName);
    const id = 5001 + store.orders.length;
    const now = wooTime(this.#now());
    const wanted = options.lines ?? [
      {
        productId: productId ?? 0,
        quantity,
        ...(options.variationId ? { variationId: options.variationId } : {}),
      },
    ];
    const lineItems = wanted.map((line, n) => {
      const product = line.productId
        ? store.catalogue.products.find((p) => p.id === line.productId)
        : store.catalogue.products.find((p) => p.status === 'publish');
      if (!product) throw new Error(`No product ${line.productId || ''} in ${storeName}`);
      const variations = store.catalogue.variations.get(product.id) ?? [];
      const variation = line.variationId
        ? variations.find((v) => v.id === line.variationId)
        : (variations[0] ?? null);
      if (variation === undefined) {
        throw new Error(
          `No variation ${line.variationId} of product ${product.id} in ${storeName}`,
        );
      }
      const price = variation?.price ?? product.price;
      const count = line.quantity ?? 1;
      return {
        id: id * 10 + n + 1,
        name: variation
          ? `${product.name} - ${variation.attributes.map((a) => a.option).join(', ')}`
          : product.name,
        product_id: product.id,
        variation_id: variation?.id ?? 0,
        quantity: count,
        tax_class: '',
        subtotal: (Number(price) * count).toFixed(2),
        total: (Number(price) * count).toFixed(2),
        sku: variation?.sku ?? product.sku,
        price: Number(price),
        meta_data: (variation?.attributes ?? []).map((a, i) => ({
          id: i + 1,
          key: a.name.toLowerCase(),
          value: a.option,
          display_key: a.name,
          display_value: a.option,
        })),
      };
    });
    const total = lineItems.reduce((sum, l) => sum + Number(l.total), 0).toFixed(2);
    const address = {
      first_name: 'Maria',
      last_name: 'Jensen',
      company: 'Jensen Bakery',
      address_1: '12 Harbour Street',
      address_2: '',
      city: 'Bristol',
      state: '',
      postcode: 'BS1 4RN',
      country: 'GB',
      phone: '+441179460000',
    };
    const empty = Object.fromEntries(Object.keys(address).map((key) => [key, '']));
    const order: Record<string, unknown> = {
      id,
      parent_id: 0,
      number: String(id),
      status: 'processing',
      currency: 'GBP',
      date_created_gmt: now,
      date_modified_gmt: now,
      total,
      billing: { ...address, email: 'maria@example.com' },
      shipping: options.shipping === false ? empty : address,
      line_items: lineItems,
      meta_data: [],
    };
    store.orders.push(order);
    return { order, deliveries: await this.#deliver(store, 'order.created', order) };
  }

  /**
   * The owner changes an order's status (in wp-admin, or through `PUT /orders/{id}`): its
   * modification time moves on and `order.updated` goes out with the whole order.
   */
  async updateOrder(
    storeName: string,
    orderId: number,
    status: string,
  ): Promise<{ order: Record<string, unknown>; deliveries: WooDelivery[] }> {
    const store = this.#store(storeName);
    const order = store.orders.find((o) => o.id === orderId);
    if (!order) throw new Error(`No order ${orderId} in ${storeName}`);
    // Marking an order complete emails the customer WooCommerce's "Completed order" message.
    if (status === 'completed' && order.status !== 'completed') {
      store.customerEmails.push({
        orderId,
        kind: 'completed_order',
        text: `Your order #${order.number as string} is complete.`,
      });
    }
    order.status = status;
    const previous = Date.parse(`${order.date_modified_gmt as string}Z`);
    order.date_modified_gmt = wooTime(Math.max(this.#now(), previous + 1000));
    return { order, deliveries: await this.#deliver(store, 'order.updated', order) };
  }

  /** An order as the store holds it now, or null. */
  order(storeName: string, orderId: number): Record<string, unknown> | null {
    return this.#store(storeName).orders.find((o) => o.id === orderId) ?? null;
  }

  /** An order's notes, oldest first. */
  orderNotes(storeName: string, orderId: number): readonly WooOrderNote[] {
    return this.#store(storeName).notes.get(orderId) ?? [];
  }

  /** Emails the store sent customers about an order, oldest first. */
  customerEmails(storeName: string, orderId: number): readonly WooCustomerEmail[] {
    return this.#store(storeName).customerEmails.filter((e) => e.orderId === orderId);
  }

  /** The owner deletes an order for good (not to the trash): the API no longer knows it. */
  deleteOrder(storeName: string, orderId: number): void {
    const store = this.#store(storeName);
    store.orders = store.orders.filter((o) => o.id !== orderId);
    store.notes.delete(orderId);
  }

  /** Sends a delivery again, byte for byte, with the same delivery id. */
  async redeliver(deliveryId: string): Promise<WooDelivery> {
    const delivery = this.#deliveries.get(deliveryId);
    if (!delivery) throw new Error(`No delivery ${deliveryId}`);
    const again = {
      ...delivery,
      status: await this.#post(delivery.url, delivery.headers, delivery.body),
    };
    this.#deliveries.set(deliveryId, again);
    return again;
  }

  /** Presses "Approve" on a `/wc-auth/v1/authorize` page; returns where the browser goes next. */
  approve(authorizeUrl: string): Promise<string> {
    return clickOnAuthorizePage(this.fetch, authorizeUrl, 'Approve');
  }

  /** Presses "Deny" on a `/wc-auth/v1/authorize` page. */
  deny(authorizeUrl: string): Promise<string> {
    return clickOnAuthorizePage(this.fetch, authorizeUrl, 'Deny');
  }

  // Webhooks --------------------------------------------------------------------------------

  async #deliver(store: Store, topic: string, payload: unknown): Promise<WooDelivery[]> {
    const body = JSON.stringify(payload);
    const sent: WooDelivery[] = [];
    const [resource, event] = topic.split('.') as [string, string];
    for (const hook of store.webhooks.filter((w) => w.topic === topic && w.status === 'active')) {
      const id = randomHex(16);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'user-agent': 'WooCommerce/9.8.5 Hookshot (WordPress/6.8.1)',
        'x-wc-webhook-source': `${this.urlOf(store.seed.name)}/`,
        'x-wc-webhook-topic': topic,
        'x-wc-webhook-resource': resource,
        'x-wc-webhook-event': event,
        'x-wc-webhook-signature': toBase64(await hmacSha256(hook.secret, body)),
        'x-wc-webhook-id': String(hook.id),
        'x-wc-webhook-delivery-id': id,
      };
      const status = await this.#post(hook.delivery_url, headers, body);
      // No retries; five failures in a row disable the webhook.
      hook.failures = status >= 200 && status < 303 ? 0 : hook.failures + 1;
      if (hook.failures > 5) hook.status = 'disabled';
      const delivery = {
        id,
        webhookId: hook.id,
        topic,
        url: hook.delivery_url,
        body,
        headers,
        status,
      };
      this.#deliveries.set(id, delivery);
      sent.push(delivery);
    }
    return sent;
  }

  /** The ping sent when a webhook is saved: a form body, no signature. */
  async #ping(hook: SimulatedWebhook): Promise<number> {
    return this.#post(
      hook.delivery_url,
      {
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': 'WooCommerce/9.8.5 Hookshot (WordPress/6.8.1)',
      },
      `webhook_id=${hook.id}`,
    );
  }

  #post(url: string, headers: Record<string, string>, body: string): Promise<number> {
    return postDelivery(this.#send, url, headers, body);
  }

  // HTTP ------------------------------------------------------------------------------------

  #routes(): Hono {
    const app = new Hono({ strict: false }).basePath(this.basePath || '/');

    app.get('/', () => {
      const rows = [...this.#stores.values()]
        .map((s) => {
          const url = this.urlOf(s.seed.name);
          return `<tr><td><a href="${escapeHtml(`${url}/wp-admin`)}">${escapeHtml(s.seed.title)}</a></td><td><code>${escapeHtml(url)}</code></td><td>${s.catalogue.products.length}</td></tr>`;
        })
        .join('');
      return page(
        'Simulated WooCommerce stores',
        `<h1>Simulated WooCommerce stores</h1>
         <p>Connect one with its address, either through the key hand-off or with a key pair from
         its admin page.</p>
         <table><tr><th>Store</th><th>Address</th><th>Products</th></tr>${rows}</table>`,
      );
    });

    app.get('/:store/wp-admin', (c) => this.#adminPage(c.req.param('store')));
    app.post('/:store/wp-admin', async (c) => {
      const name = c.req.param('store');
      const store = this.#stores.get(name);
      if (!store) return page('Not found', '<h1>Page not found</h1>', 404);
      const form = new URLSearchParams(await c.req.text());
      const action = form.get('action');
      if (action === 'create-key') {
        const permissions = form.get('permissions') as KeyPermissions;
        if (!(permissions in PERMISSION_CODES))
          return page('Error', '<h1>Bad permissions</h1>', 400);
        await this.createKey(name, permissions, form.get('description') || 'Added in admin');
      } else if (action === 'revoke-key') {
        this.revokeKey(name, form.get('consumer_key') ?? '');
      } else if (action === 'key-permissions') {
        const permissions = form.get('permissions') as KeyPermissions;
        if (!(permissions in PERMISSION_CODES))
          return page('Error', '<h1>Bad permissions</h1>', 400);
        this.setKeyPermissions(name, form.get('consumer_key') ?? '', permissions);
      } else if (action === 'revoke-all') {
        this.revokeKeys(name);
      } else if (action === 'order') {
        await this.createOrder(name);
      } else if (action === 'update-product') {
        const first = store.catalogue.products[0];
        if (first) await this.updateProduct(name, first.id, { name: `${first.name} (updated)` });
      }
      return new Response(null, {
        status: 303,
        headers: { location: `${this.basePath}/${name}/wp-admin` },
      });
    });

    app.get('/:store/wc-auth/v1/authorize', (c) => {
      const store = this.#stores.get(c.req.param('store'));
      if (!store) return page('Not found', '<h1>Page not found</h1>', 404);
      const q = new URL(c.req.url).searchParams;
      const problem = authorizeProblem(q);
      if (problem)
        return page('Error', `<div class="error"><p>${escapeHtml(problem)}</p></div>`, 400);
      const fields = Object.fromEntries(
        ['app_name', 'scope', 'user_id', 'return_url', 'callback_url'].map((k) => [k, q.get(k)!]),
      );
      const base = `${this.basePath}/${store.seed.name}/wc-auth/v1`;
      const abilities: Record<string, string> = {
        read: 'View products and orders',
        write: 'Create webhooks, products and orders',
        read_write: 'View and manage products, orders, customers and webhooks',
      };
      return page(
        `${fields.app_name} would like to connect to your store`,
        `<h1>${escapeHtml(fields.app_name!)} would like to connect to ${escapeHtml(store.seed.title)}</h1>
         <p>This will give "${escapeHtml(fields.app_name!)}" <strong>${escapeHtml(fields.scope!.replace('_', '/'))}</strong> access which will allow it to:</p>
         <ul><li>${escapeHtml(abilities[fields.scope!]!)}</li></ul>
         <p>Logged in as <strong>admin</strong>.</p>
         <form method="post" action="${escapeHtml(`${base}/access_granted`)}">${hiddenInputs(fields)}<button type="submit">Approve</button></form>
         <form method="post" action="${escapeHtml(`${base}/access_denied`)}">${hiddenInputs(fields)}<button type="submit" class="secondary">Deny</button></form>`,
      );
    });

    app.post('/:store/wc-auth/v1/access_granted', async (c) => {
      const name = c.req.param('store');
      const store = this.#stores.get(name);
      if (!store) return page('Not found', '<h1>Page not found</h1>', 404);
      const q = new URLSearchParams(await c.req.text());
      const problem = authorizeProblem(q);
      if (problem)
        return page('Error', `<div class="error"><p>${escapeHtml(problem)}</p></div>`, 400);
      const date = new Date(this.#now()).toISOString().slice(0, 10);
      const key = await this.createKey(
        name,
        q.get('scope') as KeyPermissions,
        `${q.get('app_name')} - API (${date})`,
      );
      const status = await this.#post(
        q.get('callback_url')!,
        { 'content-type': 'application/json;charset=UTF-8' },
        JSON.stringify({
          key_id: key.keyId,
          user_id: q.get('user_id'),
          consumer_key: key.consumerKey,
          consumer_secret: key.consumerSecret,
          key_permissions: key.permissions,
        }),
      );
      if (status !== 200) {
        // The app did not take the keys: they are deleted again.
        store.keys.delete(key.consumerKey);
        store.revoked.add(key.consumerKey);
        return page(
          'Error',
          `<div class="error"><p>An error occurred in the request and at the time were unable to send the consumer data.</p></div>`,
          400,
        );
      }
      return redirectTo(q.get('return_url')!, { success: '1', user_id: q.get('user_id')! });
    });

    app.post('/:store/wc-auth/v1/access_denied', async (c) => {
      if (!this.#stores.has(c.req.param('store'))) {
        return page('Not found', '<h1>Page not found</h1>', 404);
      }
      const q = new URLSearchParams(await c.req.text());
      const problem = authorizeProblem(q);
      if (problem)
        return page('Error', `<div class="error"><p>${escapeHtml(problem)}</p></div>`, 400);
      return redirectTo(q.get('return_url')!, { success: '0', user_id: q.get('user_id')! });
    });

    // `/?rest_route=/…` works on every store; `/wp-json/…` only with pretty permalinks.
    app.all('/:store', (c) => {
      const route = new URL(c.req.url).searchParams.get('rest_route');
      if (route === null) return this.#homePage(c.req.param('store'));
      return this.#rest(c.req.param('store'), route, c.req.raw);
    });
    app.all('/:store/wp-json/*', (c) => {
      const name = c.req.param('store');
      const store = this.#stores.get(name);
      if (store?.seed.plainPermalinks)
        return page('Page not found', '<h1>Page not found</h1>', 404);
      const prefix = `${this.basePath}/${name}/wp-json`;
      const path = new URL(c.req.url).pathname.slice(prefix.length) || '/';
      return this.#rest(name, path, c.req.raw);
    });
    return app;
  }

  #homePage(name: string): Response {
    const store = this.#stores.get(name);
    if (!store) return page('Not found', '<h1>Page not found</h1>', 404);
    return page(
      store.seed.title,
      `<h1>${escapeHtml(store.seed.title)}</h1><p>Just another WooCommerce store.</p>`,
    );
  }

  async #adminPage(name: string): Promise<Response> {
    const store = this.#stores.get(name);
    if (!store) return page('Not found', '<h1>Page not found</h1>', 404);
    const base = `${this.basePath}/${name}/wp-admin`;
    const keyRows = (await this.keys(name))
      .map(
        (
          k,
        ) => `<tr><td>${escapeHtml(k.description)}</td><td><form class="inline" method="post" action="${escapeHtml(base)}">${hiddenInputs({ action: 'key-permissions', consumer_key: k.consumerKey })}<select name="permissions" aria-label="Permissions of ${escapeHtml(k.description)}">${(['read', 'write', 'read_write'] as const).map((p) => `<option value="${p}"${p === k.permissions ? ' selected' : ''}>${p === 'read_write' ? 'Read/Write' : p === 'read' ? 'Read' : 'Write'}</option>`).join('')}</select> <button type="submit" class="secondary">Save</button></form></td>
          <td><code>${escapeHtml(k.consumerKey)}</code><br><code>${escapeHtml(k.consumerSecret)}</code></td>
          <td><form class="inline" method="post" action="${escapeHtml(base)}">${hiddenInputs({ action: 'revoke-key', consumer_key: k.consumerKey })}<button type="submit" class="secondary">Revoke</button></form></td></tr>`,
      )
      .join('');
    const hookRows = store.webhooks
      .map(
        (w) =>
          `<tr><td>${escapeHtml(w.name)}</td><td>${escapeHtml(w.topic)}</td><td>${w.status}</td><td><code>${escapeHtml(w.delivery_url)}</code></td></tr>`,
      )
      .join('');
    const action = (value: string, label: string) =>
      `<form class="inline" method="post" action="${escapeHtml(base)}">${hiddenInputs({ action: value })}<button type="submit" class="secondary">${label}</button></form>`;
    const latest = [...store.catalogue.products]
      .sort((a, b) => b.id - a.id)
      .slice(0, 8)
      .map(
        (p) =>
          `<tr><td>${p.id}</td><td>${escapeHtml(p.name)}</td><td>${p.status}</td><td><code>${escapeHtml(p.sku)}</code></td><td>${escapeHtml(p.regular_price || p.price)}</td></tr>`,
      )
      .join('');
    const orderRows = [...store.orders]
      .reverse()
      .slice(0, 20)
      .map((o) => {
        const notes = (store.notes.get(o.id as number) ?? [])
          .filter((n) => n.customer_note)
          .map((n) => escapeHtml(n.note))
          .join('<br>');
        return `<tr><td>#${escapeHtml(String(o.number))}</td><td>${escapeHtml(String(o.status))}</td><td>${notes || '—'}</td></tr>`;
      })
      .join('');
    return page(
      `${store.seed.title} ‹ WooCommerce`,
      `<h1>${escapeHtml(store.seed.title)}</h1>
       <p>Store address: <code>${escapeHtml(this.urlOf(name))}</code></p>
       <h2>REST API keys</h2>
       <p>Development only: a real store shows a key's secret once, when it is created.</p>
       <table><tr><th>Description</th><th>Permissions</th><th>Consumer key / secret</th><th></th></tr>${keyRows}</table>
       <form method="post" action="${escapeHtml(base)}">${hiddenInputs({ action: 'create-key' })}
         <input name="description" placeholder="Description" aria-label="Description">
         <select name="permissions" aria-label="Permissions"><option value="read_write">Read/Write</option><option value="read">Read</option><option value="write">Write</option></select>
         <button type="submit">Generate API key</button></form>
       <p>${action('revoke-all', 'Revoke all keys')}</p>
       <h2>Webhooks</h2>
       <table><tr><th>Name</th><th>Topic</th><th>Status</th><th>Delivery URL</th></tr>${hookRows}</table>
       <h2>Products</h2>
       <p>${store.catalogue.products.length} products; the latest:</p>
       <table><tr><th>ID</th><th>Name</th><th>Status</th><th>SKU</th><th>Price</th></tr>${latest}</table>
       ${orderRows ? `<h2>Orders</h2><table><tr><th>Order</th><th>Status</th><th>Notes to the customer</th></tr>${orderRows}</table>` : ''}
       <h2>Store activity</h2>
       <p>${action('order', 'Place a test order')} ${action('update-product', 'Change the first product')}</p>`,
    );
  }

  /** One REST request, `route` being the part after `/wp-json` (e.g. `/wc/v3/products`). */
  async #rest(name: string, route: string, request: Request): Promise<Response> {
    const store = this.#stores.get(name);
    if (!store) return page('Page not found', '<h1>Page not found</h1>', 404);
    const method = request.method.toUpperCase();
    const respond = (response: Response) => {
      store.log.push({ method, route, status: response.status });
      if (store.log.length > LOG_LIMIT) store.log.splice(0, store.log.length - LOG_LIMIT);
      return response;
    };
    const fault = store.faults.shift();
    if (fault) {
      return respond(
        restError(
          fault.status === 429 ? 'too_many_requests' : 'service_unavailable',
          fault.status === 429 ? 'Too many requests.' : 'The service is temporarily unavailable.',
          fault.status,
          fault.retryAfter === null ? {} : { 'retry-after': String(fault.retryAfter) },
        ),
      );
    }
    if (route === '/' || route === '') {
      return respond(
        json({
          name: store.seed.title,
          description: 'Just another WooCommerce store',
          url: this.urlOf(name),
          home: this.urlOf(name),
          namespaces: store.seed.withoutWooCommerce
            ? ['oembed/1.0', 'wp/v2']
            : ['oembed/1.0', 'wc/store/v1', 'wc/v3', 'wc-analytics', 'wp/v2'],
        }),
      );
    }
    const match = route.match(/^\/wc\/v3(\/.*)$/);
    if (!match || store.seed.withoutWooCommerce) return respond(noRoute());

    const url = new URL(request.url);
    const reading = method === 'GET' || method === 'HEAD';
    const text = reading ? '' : await request.text();
    const form = /^application\/x-www-form-urlencoded/i.test(
      request.headers.get('content-type') ?? '',
    )
      ? Object.fromEntries(new URLSearchParams(text))
      : {};
    // The key and secret in the clear: query parameters first, then Basic auth.
    let consumerKey = url.searchParams.get('consumer_key');
    let consumerSecret = url.searchParams.get('consumer_secret');
    if (!consumerKey || !consumerSecret) {
      consumerKey = null;
      consumerSecret = null;
      const basic = request.headers.get('authorization')?.match(/^Basic\s+(.+)$/i)?.[1];
      if (basic) {
        let decoded = '';
        try {
          decoded = atob(basic);
        } catch {}
        const colon = decoded.indexOf(':');
        if (colon > 0) {
          consumerKey = decoded.slice(0, colon);
          consumerSecret = decoded.slice(colon + 1);
        }
      }
    }
    // Otherwise OAuth 1.0a: parameters from the query, a form body and an `OAuth` header.
    const oauth = {
      ...Object.fromEntries(url.searchParams),
      ...form,
      ...oauthHeaderParameters(request.headers.get('authorization')),
    };
    // A key the store does not know, sent in the clear, is no login at all: WooCommerce goes on
    // to OAuth, and without that the request is anonymous.
    let permissions: KeyPermissions | Response | null = null;
    if (consumerKey) {
      permissions = await this.#authenticate(store, name, consumerKey, consumerSecret ?? '');
    }
    if (permissions === null && OAUTH_PARAMETERS.some((param) => oauth[param])) {
      permissions = await this.#oauth(store, name, method, url, oauth);
    }
    if (permissions === null) return respond(anonymousRefusal(method, match[1]!));
    if (permissions instanceof Response) return respond(permissions);
    if (reading ? permissions === 'write' : permissions === 'read') {
      return respond(
        restError(
          'woocommerce_rest_authentication_error',
          `The API key provided does not have ${reading ? 'read' : 'write'} permissions.`,
          401,
          { 'www-authenticate': WWW_AUTHENTICATE },
        ),
      );
    }
    let body: Record<string, unknown> = form;
    if (!reading && method !== 'DELETE' && !Object.keys(form).length) {
      try {
        body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      } catch {
        return respond(restError('rest_invalid_json', 'Invalid JSON body passed.', 400));
      }
    }
    return respond(await this.#resource(store, method, match[1]!, url, body));
  }

  async #resource(
    store: Store,
    method: string,
    path: string,
    url: URL,
    body: Record<string, unknown>,
  ): Promise<Response> {
    const { catalogue } = store;
    const q = url.searchParams;
    const idIn = (pattern: RegExp) => {
      const found = path.match(pattern)?.[1];
      return found ? Number(found) : null;
    };
    const productId = idIn(/^\/products\/(\d+)$/);
    const variationsOf = idIn(/^\/products\/(\d+)\/variations$/);
    const orderId = idIn(/^\/orders\/(\d+)$/);
    const notesOf = idIn(/^\/orders\/(\d+)\/notes$/);
    const webhookId = idIn(/^\/webhooks\/(\d+)$/);
    if (method === 'GET' && path === '/products') {
      const status = q.get('status') ?? 'any';
      if (!['any', ...PRODUCT_STATUSES].includes(status)) {
        return invalidParam(
          'status',
          `status is not one of ${wpList(['any', ...PRODUCT_STATUSES])}.`,
        );
      }
      // `sku`: exact SKUs, comma-separated; like WooCommerce, products only (not variations).
      const skus = q
        .get('sku')
        ?.split(',')
        .map((sku) => sku.trim())
        .filter(Boolean);
      const products = catalogue.products.filter(
        (p) =>
          (status === 'any' ? p.status !== 'trash' : p.status === status) &&
          (!skus || skus.includes(p.sku)),
      );
      if (q.get('order') === 'desc') products.reverse();
      return paged(products, url);
    }
    if (method === 'POST' && path === '/products') return this.#createProduct(store, body);
    if (productId !== null && method === 'GET') {
      const product = catalogue.products.find((p) => p.id === productId);
      return product ? json(product) : invalidId('product');
    }
    if (variationsOf !== null && method === 'GET') {
      const product = catalogue.products.find((p) => p.id === variationsOf);
      if (!product) return invalidId('product');
      return paged(catalogue.variations.get(product.id) ?? [], url);
    }
    if (method === 'GET' && path === '/orders') {
      const after = q.get('modified_after');
      const since = after
        ? Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(after) ? after : `${after}Z`)
        : null;
      const orders = store.orders
        .filter((o) => since === null || Date.parse(`${o.date_modified_gmt as string}Z`) > since)
        .sort((a, b) =>
          q.get('orderby') === 'modified'
            ? String(a.date_modified_gmt).localeCompare(String(b.date_modified_gmt))
            : Number(b.id) - Number(a.id),
        );
      return paged(orders, url);
    }
    if (orderId !== null) {
      const order = store.orders.find((o) => o.id === orderId);
      if (!order) return invalidId('order');
      if (method === 'GET') return json(order);
      if (method === 'PUT' || method === 'POST' || method === 'PATCH') {
        if (body.status !== undefined && !ORDER_STATUSES.includes(body.status as string)) {
          return invalidParam('status', `status is not one of ${wpList(ORDER_STATUSES)}.`);
        }
        if (typeof body.status === 'string' && body.status !== order.status) {
          await this.updateOrder(store.seed.name, order.id as number, body.status);
        }
        return json(order);
      }
    }
    if (notesOf !== null) {
      const order = store.orders.find((o) => o.id === notesOf);
      if (!order) return invalidId('order');
      const notes = store.notes.get(notesOf) ?? [];
      if (method === 'GET') {
        // Newest first, as WordPress lists comments; `type` filters customer or internal notes.
        const type = q.get('type') ?? 'any';
        return json(
          [...notes]
            .reverse()
            .filter((n) => type === 'any' || (type === 'customer') === n.customer_note),
        );
      }
      if (method === 'POST') {
        if (typeof body.note !== 'string' || !body.note.trim()) {
          return json(
            {
              code: 'rest_missing_callback_param',
              message: 'Missing parameter(s): note',
              data: { status: 400, params: ['note'] },
            },
            400,
          );
        }
        const time = wooTime(this.#now());
        const note: WooOrderNote = {
          id: 9000 + [...store.notes.values()].reduce((sum, list) => sum + list.length, 0) + 1,
          author: body.added_by_user === true ? 'shop manager' : 'WooCommerce',
          date_created: time,
          date_created_gmt: time,
          note: body.note,
          customer_note: body.customer_note === true,
        };
        store.notes.set(notesOf, [...notes, note]);
        // A note to the customer is emailed to them.
        if (note.customer_note) {
          store.customerEmails.push({ orderId: notesOf, kind: 'customer_note', text: note.note });
        }
        return json(note, 201);
      }
    }
    if (method === 'GET' && path === '/system_status') {
      return json({
        environment: {
          home_url: this.urlOf(store.seed.name),
          site_url: this.urlOf(store.seed.name),
          version: '9.8.5',
          wp_version: '6.8.1',
        },
        settings: { currency: 'GBP', currency_symbol: '£' },
      });
    }
    if (path === '/webhooks' && method === 'GET')
      return paged(
        store.webhooks.map((hook) => this.#publicWebhook(store, hook)),
        url,
      );
    if (path === '/webhooks' && method === 'POST') return this.#createWebhook(store, body);
    if (path === '/webhooks/batch' && method === 'POST') return json({});
    if (webhookId !== null) {
      const hook = store.webhooks.find((w) => w.id === webhookId);
      const shown = (h: SimulatedWebhook, status = 200, headers = {}) =>
        json(this.#publicWebhook(store, h), status, headers);
      if (method === 'DELETE') {
        // Webhooks cannot be trashed: WooCommerce wants `force=true` before it looks them up.
        if (!['true', '1', 'yes'].includes(q.get('force') ?? '')) {
          return restError(
            'woocommerce_rest_trash_not_supported',
            'Webhooks do not support trashing.',
            501,
          );
        }
        if (!hook) return restError('woocommerce_rest_webhook_invalid_id', 'Invalid ID.', 404);
        store.webhooks = store.webhooks.filter((w) => w !== hook);
        return shown(hook);
      }
      if (!hook) return restError('woocommerce_rest_webhook_invalid_id', 'ID is invalid.', 400);
      if (method === 'GET') return shown(hook);
      if (method === 'PUT' || method === 'POST' || method === 'PATCH') {
        const problem = this.#applyWebhook(hook, body, false);
        if (problem) return problem;
        hook.date_modified_gmt = wooTime(this.#now());
        if (hook.status === 'active') hook.failures = 0;
        return shown(hook);
      }
    }
    return noRoute();
  }

  /**
   * `POST /products`: WordPress checks the fields' types and enums first (`rest_invalid_param`),
   * then WooCommerce the SKU (`product_invalid_sku`, unique across products and variations).
   * Defaults: a simple product, published, in the Uncategorized category.
   */
  async #createProduct(store: Store, body: Record<string, unknown>): Promise<Response> {
    const problems: Record<string, string> = {};
    for (const key of ['name', 'sku', 'regular_price', 'description', 'short_description']) {
      if (body[key] !== undefined && typeof body[key] !== 'string') {
        problems[key] = `${key} is not of type string.`;
      }
    }
    if (body.type !== undefined && !PRODUCT_TYPES.includes(body.type as string)) {
      problems.type = `type is not one of ${wpList(PRODUCT_TYPES)}.`;
    }
    if (body.status !== undefined && !PRODUCT_STATUSES.includes(body.status as string)) {
      problems.status = `status is not one of ${wpList(PRODUCT_STATUSES)}.`;
    }
    const names = Object.keys(problems);
    if (names.length) {
      return json(
        {
          code: 'rest_invalid_param',
          message: `Invalid parameter(s): ${names.join(', ')}`,
          data: { status: 400, params: problems },
        },
        400,
      );
    }
    const type = (body.type as string | undefined) ?? 'simple';
    if (type === 'grouped' || type === 'external') {
      return restError(
        'woocommerce_rest_invalid_product_type',
        'The simulator creates simple and variable products only.',
        400,
      );
    }
    const sku = ((body.sku as string | undefined) ?? '').trim();
    const { catalogue } = store;
    if (sku) {
      const owner =
        catalogue.products.find((p) => p.sku === sku && p.status !== 'trash') ??
        [...catalogue.variations.values()].flat().find((v) => v.sku === sku);
      if (owner) {
        return json(
          {
            code: 'product_invalid_sku',
            message: 'Invalid or duplicated SKU.',
            data: { status: 400, resource_id: owner.id, unique_sku: `${sku}-1` },
          },
          400,
        );
      }
    }
    const regular = ((body.regular_price as string | undefined) ?? '').trim();
    if (regular && !/^\d+(\.\d+)?$/.test(regular)) {
      // WooCommerce stores what it cannot read as a price as no price at all.
      body.regular_price = '';
    }
    const now = wooTime(this.#now());
    const name = ((body.name as string | undefined) ?? '').trim();
    const taken = new Set(catalogue.products.map((p) => p.slug));
    const base = slugOf(name) || 'product';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const id = catalogue.nextId++;
    const price = ((body.regular_price as string | undefined) ?? '').trim();
    const product: SimProduct = {
      id,
      name,
      slug,
      type: type as SimProduct['type'],
      status: (body.status as SimProduct['status'] | undefined) ?? 'publish',
      description: (body.description as string | undefined) ?? '',
      sku,
      global_unique_id: '',
      price,
      regular_price: price,
      stock_quantity: null,
      categories: [{ id: 15, name: 'Uncategorized', slug: 'uncategorized' }],
      images: [],
      attributes: [],
      variations: [],
      date_created_gmt: now,
      date_modified_gmt: now,
    };
    catalogue.products.push(product);
    if (type === 'variable') catalogue.variations.set(id, []);
    await this.#deliver(store, 'product.created', product);
    return json({ ...product, permalink: `${this.urlOf(store.seed.name)}/product/${slug}/` }, 201);
  }

  /**
   * What the API shows of a webhook (`wc/v3`): dates in the site's time zone (UTC here) and in
   * GMT, and `_links`; never its secret.
   */
  #publicWebhook(store: Store, hook: SimulatedWebhook) {
    // `rest_url()`: `/wp-json/…`, or `/?rest_route=/…` with plain permalinks.
    const home = this.urlOf(store.seed.name);
    const rest = (route: string) =>
      store.seed.plainPermalinks ? `${home}/?rest_route=${route}` : `${home}/wp-json${route}`;
    const collection = rest('/wc/v3/webhooks');
    return {
      id: hook.id,
      name: hook.name,
      status: hook.status,
      topic: hook.topic,
      resource: hook.resource,
      event: hook.event,
      hooks: [`woocommerce_${hook.resource}_${hook.event}`],
      delivery_url: hook.delivery_url,
      date_created: hook.date_created_gmt,
      date_created_gmt: hook.date_created_gmt,
      date_modified: hook.date_modified_gmt,
      date_modified_gmt: hook.date_modified_gmt,
      _links: {
        self: [{ href: rest(`/wc/v3/webhooks/${hook.id}`) }],
        collection: [{ href: collection }],
      },
    };
  }

  async #createWebhook(store: Store, body: Record<string, unknown>): Promise<Response> {
    const now = wooTime(this.#now());
    const hook: SimulatedWebhook = {
      id: this.#nextWebhookId++,
      name: '',
      status: 'active',
      topic: '',
      resource: '',
      event: '',
      delivery_url: '',
      // Without one, WooCommerce makes up a secret: `wp_generate_password(50, true, true)`.
      secret: randomPassword(50),
      failures: 0,
      date_created_gmt: now,
      date_modified_gmt: now,
    };
    const problem = this.#applyWebhook(hook, body, true);
    if (problem) return problem;
    store.webhooks.push(hook);
    if (hook.status === 'active') await this.#ping(hook);
    const shown = this.#publicWebhook(store, hook);
    return json(shown, 201, { location: shown._links.self[0]!.href });
  }

  /**
   * Sets what a create or update sends, checked in WooCommerce's order (topic, then delivery
   * URL); on create both are required.
   */
  #applyWebhook(
    hook: SimulatedWebhook,
    body: Record<string, unknown>,
    creating: boolean,
  ): Response | null {
    const topic = typeof body.topic === 'string' ? body.topic.toLowerCase() : '';
    if (topic || creating) {
      const [resource, event, ...rest] = topic.split('.');
      if (
        rest.length ||
        !['order', 'product', 'customer', 'coupon'].includes(resource ?? '') ||
        !['created', 'updated', 'deleted', 'restored'].includes(event ?? '')
      ) {
        return restError(
          'woocommerce_rest_webhook_invalid_topic',
          creating
            ? 'Webhook topic is required and must be valid.'
            : 'Webhook topic must be valid.',
          400,
        );
      }
      hook.topic = topic;
      hook.resource = resource!;
      hook.event = event!;
    }
    const deliveryUrl = typeof body.delivery_url === 'string' ? body.delivery_url : '';
    if (deliveryUrl || creating) {
      if (!/^https?:\/\/[^/\s]+/i.test(deliveryUrl) || !URL.canParse(deliveryUrl)) {
        return restError(
          'woocommerce_rest_webhook_invalid_delivery_url',
          'Webhook delivery URL must be a valid URL starting with http:// or https://.',
          400,
        );
      }
      hook.delivery_url = deliveryUrl;
    }
    if (typeof body.secret === 'string' && body.secret) hook.secret = body.secret;
    if (typeof body.name === 'string') hook.name = body.name;
    if (body.status === 'active' || body.status === 'paused' || body.status === 'disabled') {
      hook.status = body.status;
    }
    if (!hook.name) hook.name = `Webhook created on ${hook.date_created_gmt}`;
    return null;
  }
}

/** WordPress's `wp_generate_password($length, true, true)` alphabet. */
const PASSWORD_CHARACTERS =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|';

function randomPassword(length: number): string {
  const bytes = crypto.getRandomValues(new Uint32Array(length));
  return Array.from(bytes, (n) => PASSWORD_CHARACTERS[n % PASSWORD_CHARACTERS.length]).join('');
}

const PRODUCT_STATUSES = ['draft', 'pending', 'private', 'publish', 'future', 'trash'];
const PRODUCT_TYPES = ['simple', 'grouped', 'external', 'variable'];

/** WordPress's way of listing allowed values in a message: `a, b, and c`. */
const wpList = (values: readonly string[]) =>
  values.length > 2
    ? `${values.slice(0, -1).join(', ')}, and ${values.at(-1)}`
    : values.join(' and ');

const invalidParam = (param: string, problem: string) =>
  json(
    {
      code: 'rest_invalid_param',
      message: `Invalid parameter(s): ${param}`,
      data: { status: 400, params: { [param]: problem } },
    },
    400,
  );

/**
 * What WooCommerce's permission checks answer a request nobody logged in to: the code and
 * message of the action (list, view, create, edit, delete, batch), 401.
 */
function anonymousRefusal(method: string, path: string): Response {
  const refuse = (code: string, message: string) => restError(code, message, 401);
  if (/\/batch$/.test(path)) {
    return refuse(
      'woocommerce_rest_cannot_batch',
      'Sorry, you are not allowed to batch manipulate this resource.',
    );
  }
  const single = /\/\d+$/.test(path);
  switch (method) {
    case 'POST':
      if (!single) {
        return refuse(
          'woocommerce_rest_cannot_create',
          'Sorry, you are not allowed to create resources.',
        );
      }
      return refuse(
        'woocommerce_rest_cannot_edit',
        'Sorry, you are not allowed to edit this resource.',
      );
    case 'PUT':
    case 'PATCH':
      return refuse(
        'woocommerce_rest_cannot_edit',
        'Sorry, you are not allowed to edit this resource.',
      );
    case 'DELETE':
      return refuse(
        'woocommerce_rest_cannot_delete',
        'Sorry, you are not allowed to delete this resource.',
      );
    default:
      return single
        ? refuse('woocommerce_rest_cannot_view', 'Sorry, you cannot view this resource.')
        : refuse('woocommerce_rest_cannot_view', 'Sorry, you cannot list resources.');
  }
}

const invalidId = (resource: string) =>
  restError(`woocommerce_rest_${resource}_invalid_id`, 'Invalid ID.', 404);

/**
 * WooCommerce paging (`WC_REST_CRUD_Controller::get_items`): `page` (1-based), `per_page`
 * (1–100), `X-WP-Total`, `X-WP-TotalPages` (0 for an empty list) and `Link`. Unlike WordPress
 * posts, a page past the last is an empty list, not `rest_post_invalid_page_number`.
 */
function paged(items: readonly unknown[], url: URL): Response {
  const perPage = Number(url.searchParams.get('per_page') ?? '10');
  const page = Number(url.searchParams.get('page') ?? '1');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
    return invalidParam('per_page', 'per_page must be between 1 (inclusive) and 100 (inclusive)');
  }
  if (!Number.isInteger(page) || page < 1) {
    return invalidParam('page', 'page must be greater than or equal to 1');
  }
  const totalPages = Math.ceil(items.length / perPage);
  const link = (n: number, rel: string) => {
    const target = new URL(url);
    target.searchParams.set('page', String(n));
    return `<${target}>; rel="${rel}"`;
  };
  const links = [
    // Past the end, "prev" points at the last page.
    ...(page > 1 ? [link(Math.min(page - 1, totalPages), 'prev')] : []),
    ...(page < totalPages ? [link(page + 1, 'next')] : []),
  ];
  return json(items.slice((page - 1) * perPage, page * perPage), 200, {
    'x-wp-total': String(items.length),
    'x-wp-totalpages': String(totalPages),
    ...(links.length ? { link: links.join(', ') } : {}),
  });
}

/** The five parameters `/wc-auth/v1/authorize` requires, checked as WooCommerce does. */
function authorizeProblem(q: URLSearchParams): string | null {
  for (const key of ['app_name', 'scope', 'user_id', 'return_url', 'callback_url']) {
    if (!q.get(key)) return `Missing parameter ${key}`;
  }
  if (!['read', 'write', 'read_write'].includes(q.get('scope')!)) return 'Invalid scope';
  for (const key of ['return_url', 'callback_url']) {
    let url: URL;
    try {
      url = new URL(q.get(key)!);
    } catch {
      return `The ${key} is not a valid URL`;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return `The ${key} is not a valid URL`;
    // WooCommerce requires an https callback; local and test hosts may use http here.
    if (key === 'callback_url' && url.protocol === 'http:' && !localHost(url.hostname)) {
      return 'The callback_url needs to be over SSL';
    }
  }
  return null;
}

function redirectTo(target: string, params: Record<string, string>): Response {
  const url = new URL(target);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return new Response(null, { status: 302, headers: { location: url.toString() } });
}
