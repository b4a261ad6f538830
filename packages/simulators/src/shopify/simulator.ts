import { Hono } from 'hono';
import { type Clock, systemClock } from '../clock.js';
import type { SimulatorHostOptions } from '../common.js';
import { postDelivery, randomHex, readGrant, signGrant } from '../common.js';
import { base64url } from '../crypto.js';
import {
  type Catalogue,
  generatedCatalogue,
  indexOfProduct,
  PRODUCT_ID_BASE,
  type SimProduct,
  type SimVariant,
} from './data.js';
import {
  FULFILLABLE,
  type FulfillmentInput,
  type FulfillmentOrderStatus,
  fulfillmentInputCoercion,
  gid,
  idOf,
  orderFulfillmentStatus,
  planFulfillment,
  restFulfillment,
  type SimFulfillment,
  type SimFulfillmentOrder,
  type SimLocation,
} from './fulfillment.js';
import { clickAuthorize, escapeHtml, hiddenInputs, page } from './pages.js';
import { signRedirectQuery, signWebhookBody } from './signing.js';

/**
 * A stand-in for Shopify that speaks its wire protocol: the OAuth install page and redirect with
 * an HMAC-signed query, the token endpoint (with expiring offline tokens and refresh), the Admin
 * GraphQL endpoint for the operations the adapter sends (cursor pagination, calculated query cost
 * with `extensions.cost.throttleStatus` and THROTTLED errors, the only limit Shopify puts on
 * GraphQL; API versions in the URL falling forward to the oldest supported one, named in
 * `X-Shopify-API-Version`), webhook subscriptions and deliveries signed with the app's secret. Shops are path
 * segments: `{basePath}/{shop}/admin/...` answers what `https://{shop}/admin/...` would.
 *
 * GraphQL is matched by operation name, not executed: the simulator answers the adapter's own
 * named operations (VitrineShop, VitrineVariantCount, VitrineProducts, VitrineProductVariants,
 * VitrineWebhookSubscribe, VitrineProductBySku, VitrineProductSet, VitrinePublications,
 * VitrinePublish, VitrineFulfillmentOrders, VitrineFulfillmentCreate) and refuses others. Products
 * created with `productSet` join the shop: listings, SKU searches, webhooks and the admin page see
 * them. Orders placed here get fulfillment orders, which `fulfillmentCreate` fulfils with tracking
 * (see `fulfillment.ts`); the order's admin page shows its fulfillments.
 */
export interface SimulatedApp {
  apiKey: string;
  apiSecret: string;
  title?: string;
  /** Allowed redirect URL prefixes, like the app's settings on Shopify; any when absent. */
  redirectUrls?: readonly string[];
}

export interface SimulatedShopSeed {
  /** The shop's handle: `vitrine-demo` lives at `vitrine-demo.{shopDomain}`. */
  name: string;
  title: string;
  products: number;
  /** Every n-th product has 120 variants (more than one page). */
  megaEvery?: number;
  /** Answers the Admin API with 402 (a frozen or unpaid shop). */
  frozen?: boolean;
  /** Scopes the owner grants whatever is asked (optional scopes declined). */
  grantedScopes?: readonly string[];
  limits?: Partial<ShopLimits>;
}

/** GraphQL Admin API limits: cost only, no request rate (that is the REST Admin API's). */
export interface ShopLimits {
  /** Calculated-cost bucket size and refill per second (Standard: 2000 and 100). */
  maximumAvailable: number;
  restoreRate: number;
}

export interface ShopifySimulatorOptions extends SimulatorHostOptions {
  apps: readonly SimulatedApp[];
  /** The domain shops live under. */
  shopDomain?: string;
  shops?: readonly SimulatedShopSeed[];
  /** Lifetime of expiring offline access tokens, in seconds (Shopify: 3600). */
  tokenTtlSeconds?: number;
  /** Signs the tokens it issues; keep it across restarts to keep tokens valid. Random if unset. */
  tokenSecret?: string;
  /**
   * The stable API versions served, oldest first. By default those Shopify supports on the
   * clock's date: the quarterly releases of the last twelve months.
   */
  apiVersions?: readonly string[];
}

export interface SimulatorRequest {
  operation: string | null;
  variables: Record<string, unknown>;
  status: number;
  outcome: 'ok' | 'throttled' | 'unauthorized' | 'fault' | 'error';
}

export interface ShopStats {
  graphqlRequests: number;
  throttled: number;
  faults: number;
  tokenRequests: number;
  deliveries: number;
}

export interface Delivery {
  id: string;
  shop: string;
  topic: string;
  uri: string;
  body: string;
  headers: Record<string, string>;
  /** The receiver's answer (0 when unreachable). */
  status: number;
}

interface Subscription {
  id: string;
  topic: string;
  uri: string;
  apiKey: string;
  /** The API version the subscription was made with: its deliveries are in that version. */
  apiVersion: string;
}

/** A sales channel of the shop, as `publications` lists it. */
export interface SimPublication {
  id: string;
  name: string;
  autoPublish: boolean;
}

interface Shop {
  seed: SimulatedShopSeed;
  domain: string;
  catalogue: Catalogue;
  /** Products created through the API, after the catalogue's (their index goes on from it). */
  created: SimProduct[];
  publications: SimPublication[];
  /** Publication ids each product (by id) is published on, for created products. */
  publishedOn: Map<number, Set<string>>;
  overrides: Map<number, SimProduct>;
  deleted: Set<number>;
  limits: ShopLimits;
  bucket: { available: number; at: number };
  faults: number[];
  subscriptions: Subscription[];
  stats: ShopStats;
  log: SimulatorRequest[];
  variantCount: number | null;
  nextOrder: number;
  /** Orders placed here, by id, in REST shape (as their webhooks carry them), kept up to date. */
  orders: Map<number, Record<string, unknown>>;
  /** The one merchant-managed location everything ships from. */
  location: SimLocation;
  fulfillmentOrders: SimFulfillmentOrder[];
  fulfillments: SimFulfillment[];
}

/**
 * What a token grants. Tokens are signed, self-describing values, so they outlive a restart of
 * the simulator (a development server keeps its connected shops); revocation bumps the shop's
 * generation, which lives in memory.
 */
interface Grant {
  kind: 'access' | 'refresh';
  shop: string;
  apiKey: string;
  scopes: string[];
  expiresAt: number | null;
  generation: number;
  nonce: string;
}

const MAX_QUERY_COST = 1000;
/** Every shop's sales channels: products made through the API are on none until published. */
const CHANNELS = ['Online Store', 'Point of Sale', 'Shop'] as const;
const PUBLICATION_ID_BASE = 110_000_000_001;
const LOCATION_ID_BASE = 71_000_000_001;
const FULFILLMENT_ORDER_ID_BASE = 6_100_000_000_000;
const FULFILLMENT_ORDER_LINE_ID_BASE = 12_700_000_000_000;
const FULFILLMENT_ID_BASE = 4_900_000_000_000;
/** Scopes that let an app see (read_…) or fulfil (write_…) merchant-managed fulfillment orders. */
const FULFILLMENT_ORDER_KINDS = ['assigned', 'merchant_managed', 'third_party', 'marketplace'];
/** Variant ids of products created through the API, apart from the generated ones. */
const CREATED_VARIANT_ID_BASE = 49_000_000_000;
/** Shopify's variant limit per product (2,048 for every shop since 2025-10). */
const MAX_PRODUCT_VARIANTS = 2048;
const PRODUCT_STATUSES = ['ACTIVE', 'ARCHIVED', 'DRAFT', 'UNLISTED'] as const;
const CODE_TTL_MS = 10 * 60_000;
const REFRESH_TTL_SECONDS = 90 * 24 * 3600;
const LOG_LIMIT = 10_000;

export const standardLimits: ShopLimits = {
  maximumAvailable: 2000,
  restoreRate: 100,
};

const QUARTER_MONTHS = [1, 4, 7, 10];

/**
 * The stable Admin API versions Shopify supports on a date, oldest first: one is released each
 * quarter (`YYYY-01`, `-04`, `-07`, `-10`) and supported for twelve months.
 */
export function supportedApiVersions(on: Date): string[] {
  const year = on.getUTCFullYear();
  const month = QUARTER_MONTHS.filter((m) => m <= on.getUTCMonth() + 1).at(-1)!;
  const versions: string[] = [];
  for (let back = 3; back >= 0; back--) {
    const index = year * 12 + (month - 1) - back * 3;
    versions.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return versions;
}

/** The version released a quarter after `version`: the release candidate of the newest. */
function nextQuarter(version: string): string {
  const [year, month] = version.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + 3;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The demo shops: a small one, one with over ten thousand variants, and two that refuse. */
export const demoShops: readonly SimulatedShopSeed[] = [
  { name: 'vitrine-demo', title: 'Vitrine Demo Prints', products: 12 },
  { name: 'vitrine-big', title: 'Vitrine Mega Merch', products: 820, megaEvery: 40 },
  { name: 'vitrine-frozen', title: 'Frozen Prints', products: 3, frozen: true },
  {
    name: 'vitrine-limited',
    title: 'Cautious Prints',
    products: 3,
    grantedScopes: ['read_products'],
  },
];

const topicEnum = (topic: string) => topic.toUpperCase().replace(/\//g, '_');

export class ShopifySimulator {
  readonly shopDomain: string;
  readonly basePath: string;
  readonly #apps: Map<string, SimulatedApp>;
  readonly #shops = new Map<string, Shop>();
  readonly #clock: Clock;
  readonly #send: (request: Request) => Promise<Response>;
  readonly #tokenTtl: number;
  readonly #codes = new Map<
    string,
    { shop: string; apiKey: string; scopes: string[]; expiresAt: number; used: boolean }
  >();
  readonly #tokenSecret: string;
  /** Revocations bump a shop's generation: older tokens stop working. */
  readonly #generations = new Map<string, number>();
  /** Refresh tokens already exchanged (each is good for one renewal). */
  readonly #spent = new Set<string>();
  readonly #deliveries = new Map<string, Delivery>();
  readonly #apiVersions: readonly string[] | null;
  readonly app: Hono;

  constructor(options: ShopifySimulatorOptions) {
    this.shopDomain = options.shopDomain ?? 'myshopify.test';
    this.basePath = (options.basePath ?? '').replace(/\/$/, '');
    this.#apps = new Map(options.apps.map((a) => [a.apiKey, a]));
    this.#clock = options.clock ?? systemClock;
    this.#send = options.fetch ?? ((request) => fetch(request));
    this.#tokenTtl = options.tokenTtlSeconds ?? 3600;
    this.#tokenSecret = options.tokenSecret ?? randomHex();
    this.#apiVersions = options.apiVersions?.length ? options.apiVersions : null;
    for (const seed of options.shops ?? demoShops) this.addShop(seed);
    this.app = this.#routes();
  }

  /** A Web-standard handler, like any Shopify host. */
  fetch = (request: Request): Promise<Response> => Promise.resolve(this.app.fetch(request));

  /** What a shop owner's browser does on "Authorize": returns the app callback it lands on. */
  approve(authorizeUrl: string): Promise<string> {
    return clickAuthorize(this.fetch, authorizeUrl);
  }

  addShop(seed: SimulatedShopSeed): string {
    const domain = `${seed.name}.${this.shopDomain}`;
    const limits = { ...standardLimits, ...seed.limits };
    const now = this.#now();
    this.#shops.set(domain, {
      seed,
      domain,
      catalogue: generatedCatalogue(domain, seed.products, { megaEvery: seed.megaEvery ?? 0 }),
      created: [],
      publications: CHANNELS.map((name, i) => ({
        id: `gid://shopify/Publication/${PUBLICATION_ID_BASE + i}`,
        name,
        autoPublish: false,
      })),
      publishedOn: new Map(),
      overrides: new Map(),
      deleted: new Set(),
      limits,
      bucket: { available: limits.maximumAvailable, at: now },
      faults: [],
      subscriptions: [],
      stats: {
        graphqlRequests: 0,
        throttled: 0,
        faults: 0,
        tokenRequests: 0,
        deliveries: 0,
      },
      log: [],
      variantCount: null,
      nextOrder: 1001,
      orders: new Map(),
      location: { id: LOCATION_ID_BASE + this.#shops.size, name: 'Shop location' },
      fulfillmentOrders: [],
      fulfillments: [],
    });
    return domain;
  }

  domainOf(name: string): string {
    return name.includes('.') ? name : `${name}.${this.shopDomain}`;
  }

  #shop(name: string): Shop {
    const shop = this.#shops.get(this.domainOf(name));
    if (!shop) throw new Error(`No simulated shop ${name}`);
    return shop;
  }

  #now() {
    return this.#clock.now().getTime();
  }

  /** Products the shop has held: its catalogue, then those created through the API. */
  #size(shop: Shop): number {
    return shop.catalogue.size + shop.created.length;
  }

  /** A product as the shop holds it now (null when deleted or unknown). */
  product(shopName: string, index: number): SimProduct | null {
    const shop = this.#shop(shopName);
    if (index < 0 || index >= this.#size(shop) || shop.deleted.has(index)) return null;
    return (
      shop.overrides.get(index) ??
      (index < shop.catalogue.size
        ? shop.catalogue.product(index)
        : shop.created[index - shop.catalogue.size]!)
    );
  }

  /** Products created through the API (`productSet`), oldest first, as the shop holds them. */
  createdProducts(shopName: string): { index: number; product: SimProduct; channels: string[] }[] {
    const shop = this.#shop(shopName);
    const found = [];
    for (let k = 0; k < shop.created.length; k++) {
      const index = shop.catalogue.size + k;
      const product = this.product(shopName, index);
      if (product) found.push({ index, product, channels: this.#channels(shop, product.id) });
    }
    return found;
  }

  /** The names of the sales channels a product is published on. */
  #channels(shop: Shop, productId: number): string[] {
    const ids = shop.publishedOn.get(productId) ?? new Set<string>();
    return shop.publications.filter((p) => ids.has(p.id)).map((p) => p.name);
  }

  /** Every variant (with its product's index) whose SKU is `sku`, ignoring case as search does. */
  #variantsWithSku(shop: Shop, sku: string): { index: number; variant: SimVariant }[] {
    const wanted = sku.toLowerCase();
    const found: { index: number; variant: SimVariant }[] = [];
    for (let i = 0; i < this.#size(shop); i++) {
      const product = this.product(shop.domain, i);
      for (const variant of product?.variants ?? []) {
        if (variant.sku && variant.sku.toLowerCase() === wanted) found.push({ index: i, variant });
      }
    }
    return found;
  }

  /** Products and variants the shop holds now. */
  counts(shopName: string): { products: number; variants: number } {
    const shop = this.#shop(shopName);
    let products = 0;
    let variants = 0;
    for (let i = 0; i < this.#size(shop); i++) {
      const p = this.product(shopName, i);
      if (!p) continue;
      products++;
      variants += p.variants.length;
    }
    shop.variantCount = variants;
    return { products, variants };
  }

  stats(shopName: string): ShopStats {
    return { ...this.#shop(shopName).stats };
  }

  /** Every GraphQL request the shop answered, oldest first (the last 10,000). */
  requests(shopName: string): readonly SimulatorRequest[] {
    return this.#shop(shopName).log;
  }

  subscriptions(shopName: string): readonly { topic: string; uri: string }[] {
    return this.#shop(shopName).subscriptions.map(({ topic, uri }) => ({ topic, uri }));
  }

  setLimits(shopName: string, limits: Partial<ShopLimits>): void {
    const shop = this.#shop(shopName);
    shop.limits = { ...shop.limits, ...limits };
    shop.bucket = { available: shop.limits.maximumAvailable, at: this.#now() };
  }

  /** Empties the cost bucket, as another client of the same app spending it would. */
  drain(shopName: string): void {
    this.#shop(shopName).bucket = { available: 0, at: this.#now() };
  }

  /** The next `count` Admin API requests answer `status` (an outage). */
  failNext(shopName: string, count: number, status = 503): void {
    this.#shop(shopName).faults.push(...Array.from({ length: count }, () => status));
  }

  /** Revokes every token the shop issued (the owner removed the app's access). */
  revokeTokens(shopName: string): void {
    const { domain } = this.#shop(shopName);
    this.#generations.set(domain, (this.#generations.get(domain) ?? 0) + 1);
  }

  /** The owner uninstalls the app: tokens revoked, `app/uninstalled` sent, subscriptions gone. */
  async uninstall(shopName: string): Promise<Delivery[]> {
    const shop = this.#shop(shopName);
    this.revokeTokens(shopName);
    const deliveries = await this.#deliver(shop, 'app/uninstalled', {
      id: 90_000_001,
      name: shop.seed.title,
      domain: shop.domain,
      myshopify_domain: shop.domain,
      plan_name: 'basic',
    });
    shop.subscriptions = [];
    return deliveries;
  }

  /** Changes a product (title, price of every variant…) and sends `products/update`. */
  async updateProduct(
    shopName: string,
    index: number,
    change: { title?: string; price?: string; status?: SimProduct['status'] } = {},
  ): Promise<Delivery[]> {
    const shop = this.#shop(shopName);
    const current = this.product(shopName, index);
    if (!current) throw new Error(`No product ${index} in ${shopName}`);
    const next: SimProduct = {
      ...current,
      title: change.title ?? current.title,
      status: change.status ?? current.status,
      updatedAt: new Date(
        Math.max(this.#now(), Date.parse(current.updatedAt) + 1000),
      ).toISOString(),
      variants: current.variants.map((v) => ({ ...v, price: change.price ?? v.price })),
    };
    shop.overrides.set(index, next);
    shop.variantCount = null;
    return this.#deliver(shop, 'products/update', restProduct(next));
  }

  /** Deletes a product; only apps subscribed to `products/delete` hear of it. */
  async deleteProduct(shopName: string, index: number): Promise<Delivery[]> {
    const shop = this.#shop(shopName);
    const product = this.product(shopName, index);
    if (!product) throw new Error(`No product ${index} in ${shopName}`);
    shop.deleted.add(index);
    shop.variantCount = null;
    return this.#deliver(shop, 'products/delete', { id: product.id });
  }

  /**
   * Places an order for the first variant of a product (or for each of `lines`) and sends
   * `orders/create`. Shopify makes the order's fulfillment orders at once: here one, at the shop's
   * location, holding every line. Orders are test orders (placed with Shopify's test gateway)
   * unless `test: false`.
   */
  async createOrder(
    shopName: string,
    index = 0,
    quantity = 1,
    options: {
      lines?: readonly { index: number; quantity?: number }[];
      test?: boolean;
    } = {},
  ): Promise<Delivery[]> {
    const shop = this.#shop(shopName);
    const wanted = options.lines ?? [{ index, quantity }];
    const number = shop.nextOrder++;
    const id = 5_500_000_000_000 + number;
    const now = new Date(this.#now()).toISOString();
    const lineItems = wanted.map((line, n) => {
      const product = this.product(shopName, line.index);
      const variant = product?.variants[0];
      if (!product || !variant) throw new Error(`No product ${line.index} in ${shopName}`);
      const count = line.quantity ?? 1;
      return {
        id: 13_000_000_000 + number * 100 + n,
        admin_graphql_api_id: gid('LineItem', 13_000_000_000 + number * 100 + n),
        product_id: product.id,
        variant_id: variant.id,
        title: product.title,
        variant_title: variant.title,
        sku: variant.sku,
        quantity: count,
        fulfillable_quantity: count,
        fulfillment_status: null,
        fulfillment_service: 'manual',
        requires_shipping: true,
        price: variant.price,
        properties: [],
      };
    });
    const order: Record<string, unknown> = {
      id,
      admin_graphql_api_id: gid('Order', id),
      name: `#${number}`,
      email: 'buyer@example.com',
      currency: 'USD',
      financial_status: 'paid',
      fulfillment_status: null,
      test: options.test ?? true,
      created_at: now,
      updated_at: now,
      line_items: lineItems,
      fulfillments: [],
      shipping_address: {
        first_name: 'Ann',
        last_name: 'Lee',
        address1: '1 Main St',
        address2: '',
        city: 'Austin',
        province_code: 'TX',
        zip: '78701',
        country_code: 'US',
        phone: '+15125550100',
      },
    };
    shop.orders.set(id, order);
    const lineBase = FULFILLMENT_ORDER_LINE_ID_BASE + shop.fulfillmentOrders.length * 100;
    shop.fulfillmentOrders.push({
      id: FULFILLMENT_ORDER_ID_BASE + shop.fulfillmentOrders.length + 1,
      orderId: id,
      status: 'OPEN',
      locationId: shop.location.id,
      updatedAt: now,
      lineItems: lineItems.map((line, n) => ({
        id: lineBase + n + 1,
        lineItemId: line.id,
        sku: line.sku,
        totalQuantity: line.quantity,
        remainingQuantity: line.quantity,
      })),
    });
    return this.#deliver(shop, 'orders/create', order);
  }

  /**
   * The merchant cancels an order: `orders/cancelled` carries it with `cancelled_at`, and its
   * fulfillment orders with something left to ship are cancelled (closed when partly fulfilled).
   */
  async cancelOrder(shopName: string, orderId: number, reason = 'customer'): Promise<Delivery[]> {
    const shop = this.#shop(shopName);
    const order = shop.orders.get(orderId);
    if (!order) throw new Error(`No order ${orderId} in ${shopName}`);
    const now = new Date(this.#now()).toISOString();
    for (const fo of shop.fulfillmentOrders.filter((f) => f.orderId === orderId)) {
      if (!FULFILLABLE.includes(fo.status) && fo.status !== 'ON_HOLD') continue;
      const started = fo.lineItems.some((l) => l.remainingQuantity < l.totalQuantity);
      fo.status = started ? 'CLOSED' : 'CANCELLED';
      fo.updatedAt = now;
    }
    const cancelled = {
      ...order,
      cancelled_at: now,
      cancel_reason: reason,
      financial_status: 'refunded',
      updated_at: now,
    };
    shop.orders.set(orderId, cancelled);
    return this.#deliver(shop, 'orders/cancelled', cancelled);
  }

  /** Orders placed in the shop, oldest first, in REST shape as they stand now. */
  orders(shopName: string): Record<string, unknown>[] {
    return [...this.#shop(shopName).orders.values()];
  }

  /** One order in REST shape (fulfillment status, fulfillments with tracking), or null. */
  order(shopName: string, orderId: number): Record<string, unknown> | null {
    return this.#shop(shopName).orders.get(orderId) ?? null;
  }

  /** An order's fulfillment orders, as the shop holds them. */
  fulfillmentOrders(shopName: string, orderId: number): readonly SimFulfillmentOrder[] {
    return this.#shop(shopName).fulfillmentOrders.filter((f) => f.orderId === orderId);
  }

  /** The fulfillments made for an order (by apps or the merchant), oldest first. */
  fulfillments(shopName: string, orderId: number): readonly SimFulfillment[] {
    return this.#shop(shopName).fulfillments.filter((f) => f.orderId === orderId);
  }

  /**
   * The merchant (or Shopify) moves a fulfillment order, e.g. puts it `ON_HOLD` or releases it
   * back to `OPEN`.
   */
  setFulfillmentOrderStatus(
    shopName: string,
    fulfillmentOrderId: number,
    status: FulfillmentOrderStatus,
  ): void {
    const fo = this.#shop(shopName).fulfillmentOrders.find((f) => f.id === fulfillmentOrderId);
    if (!fo) throw new Error(`No fulfillment order ${fulfillmentOrderId} in ${shopName}`);
    fo.status = status;
    fo.updatedAt = new Date(this.#now()).toISOString();
  }

  /**
   * Takes what a plan takes from fulfillment orders as one fulfillment, updates the order (its
   * fulfillment status, its lines' fulfillable quantities, its fulfillments) and sends
   * `fulfillments/create`, `orders/updated` and `orders/fulfilled` or `orders/partially_fulfilled`
   * to the apps subscribed to them.
   */
  async #fulfil(
    shop: Shop,
    taken: {
      fulfillmentOrder: SimFulfillmentOrder;
      line: { id: number; lineItemId: number; remainingQuantity: number };
      quantity: number;
    }[],
    details: Pick<SimFulfillment, 'trackingInfo' | 'notifyCustomer' | 'message'>,
  ): Promise<SimFulfillment> {
    const now = new Date(this.#now()).toISOString();
    const orderId = taken[0]!.fulfillmentOrder.orderId;
    for (const { fulfillmentOrder, line, quantity } of taken) {
      line.remainingQuantity -= quantity;
      fulfillmentOrder.updatedAt = now;
    }
    for (const fo of new Set(taken.map((t) => t.fulfillmentOrder))) {
      fo.status = fo.lineItems.every((l) => l.remainingQuantity === 0) ? 'CLOSED' : 'IN_PROGRESS';
    }
    const order = shop.orders.get(orderId)!;
    const sequence = shop.fulfillments.filter((f) => f.orderId === orderId).length + 1;
    const fulfillment: SimFulfillment = {
      id: FULFILLMENT_ID_BASE + shop.fulfillments.length + 1,
      orderId,
      name: `${order.name as string}.${sequence}`,
      status: 'SUCCESS',
      locationId: taken[0]!.fulfillmentOrder.locationId,
      createdAt: now,
      ...details,
      lineItems: taken.map(({ fulfillmentOrder, line, quantity }) => ({
        fulfillmentOrderId: fulfillmentOrder.id,
        lineItemId: line.lineItemId,
        quantity,
      })),
    };
    shop.fulfillments.push(fulfillment);
    const fulfillmentOrders = shop.fulfillmentOrders.filter((f) => f.orderId === orderId);
    const remaining = (lineItemId: number) =>
      fulfillmentOrders
        .flatMap((f) => f.lineItems)
        .filter((l) => l.lineItemId === lineItemId)
        .reduce((sum, l) => sum + l.remainingQuantity, 0);
    const lineItems = (order.line_items as Record<string, unknown>[]).map((line) => {
      const left = remaining(line.id as number);
      return {
        ...line,
        fulfillable_quantity: left,
        fulfillment_status:
          left === 0 ? 'fulfilled' : left < (line.quantity as number) ? 'partial' : null,
      };
    });
    const status = orderFulfillmentStatus(fulfillmentOrders);
    const rest = restFulfillment(fulfillment, lineItems);
    const updated = {
      ...order,
      updated_at: now,
      fulfillment_status: status.rest,
      line_items: lineItems,
      fulfillments: [...((order.fulfillments as unknown[]) ?? []), rest],
    };
    shop.orders.set(orderId, updated);
    await this.#deliver(shop, 'fulfillments/create', rest);
    await this.#deliver(shop, 'orders/updated', updated);
    await this.#deliver(
      shop,
      status.rest === 'fulfilled' ? 'orders/fulfilled' : 'orders/partially_fulfilled',
      updated,
    );
    return fulfillment;
  }

  /** Sends a delivery again, byte for byte and with the same webhook id (Shopify's retry). */
  async redeliver(deliveryId: string): Promise<Delivery> {
    const delivery = this.#deliveries.get(deliveryId);
    if (!delivery) throw new Error(`No delivery ${deliveryId}`);
    const again = { ...delivery, status: await this.#post(delivery) };
    this.#deliveries.set(deliveryId, again);
    return again;
  }

  async #deliver(shop: Shop, topic: string, payload: unknown): Promise<Delivery[]> {
    const body = JSON.stringify(payload);
    const sent: Delivery[] = [];
    // One event, one event id, however many subscriptions it is sent to.
    const eventId = crypto.randomUUID();
    for (const sub of shop.subscriptions.filter((s) => s.topic === topicEnum(topic))) {
      const app = this.#apps.get(sub.apiKey);
      if (!app) continue;
      const id = crypto.randomUUID();
      const delivery: Delivery = {
        id,
        shop: shop.domain,
        topic,
        uri: sub.uri,
        body,
        headers: {
          'content-type': 'application/json',
          'x-shopify-topic': topic,
          'x-shopify-hmac-sha256': await signWebhookBody(app.apiSecret, body),
          'x-shopify-shop-domain': shop.domain,
          'x-shopify-webhook-id': id,
          'x-shopify-event-id': eventId,
          'x-shopify-triggered-at': new Date(this.#now()).toISOString(),
          'x-shopify-api-version': this.servedVersion(sub.apiVersion),
        },
        status: 0,
      };
      delivery.status = await this.#post(delivery);
      shop.stats.deliveries++;
      this.#deliveries.set(id, delivery);
      sent.push(delivery);
    }
    return sent;
  }

  /** What Shopify's `productSet` refuses with `userErrors` (the input's types already hold). */
  #productSetErrors(shop: Shop, input: ProductSetInput): ProductSetUserError[] {
    const errors: ProductSetUserError[] = [];
    const error = (field: string[], message: string, code: string) =>
      errors.push({ field: ['input', ...field], message, code });
    if (input.id !== undefined) {
      const index = indexOfProduct(String(input.id), this.#size(shop));
      if (index === null || !this.product(shop.domain, index)) {
        error(['id'], 'Product does not exist', 'PRODUCT_DOES_NOT_EXIST');
      } else {
        error(['id'], 'The simulator creates products; it does not update them.', 'INVALID_INPUT');
      }
      return errors;
    }
    const title = (input.title ?? '').trim();
    if (!title) error(['title'], "Title can't be blank", 'INVALID_PRODUCT');
    else if (title.length > 255) {
      error(['title'], 'Title is too long (maximum is 255 characters)', 'INVALID_PRODUCT');
    }
    const options = input.productOptions ?? [];
    const variants = input.variants ?? [];
    if (variants.length && !options.length) {
      error(
        ['productOptions'],
        'Must specify product options when updating variants.',
        'PRODUCT_OPTIONS_INPUT_MISSING',
      );
    }
    if (options.length && !variants.length) {
      error(['variants'], 'Must specify variants when updating options.', 'VARIANTS_INPUT_MISSING');
    }
    if (options.length > 3) {
      error(['productOptions'], 'Options over limit', 'OPTIONS_OVER_LIMIT');
    }
    options.forEach((option, i) => {
      if (!option.values?.length) {
        error(
          ['productOptions', String(i), 'values'],
          'Each option must have at least one option value specified.',
          'OPTION_VALUES_MISSING',
        );
      }
    });
    if (variants.length > MAX_PRODUCT_VARIANTS) {
      error(['variants'], 'Number of product variants exceeds shop limit.', 'VARIANTS_OVER_LIMIT');
    }
    const seen = new Set<string>();
    variants.forEach((variant, i) => {
      const at = ['variants', String(i)];
      const known = variant.optionValues.every((value) =>
        options.some(
          (o) => o.name === value.optionName && o.values?.some((v) => v.name === value.name),
        ),
      );
      if (!known || variant.optionValues.length !== options.length) {
        error(
          [...at, 'optionValues'],
          'Option value does not exist',
          'OPTION_VALUE_DOES_NOT_EXIST',
        );
      }
      const combination = variant.optionValues.map((v) => v.name).join(' / ');
      if (seen.has(combination)) {
        error(at, `The variant '${combination}' already exists.`, 'INVALID_VARIANT');
      }
      seen.add(combination);
      if (variant.price !== undefined && variant.price !== null && Number(variant.price) < 0) {
        error([...at, 'price'], 'Price must be greater than or equal to 0', 'INVALID_VARIANT');
      }
      if (variant.sku && variant.sku.length > 255) {
        error([...at, 'sku'], 'SKU is too long (maximum is 255 characters)', 'INVALID_VARIANT');
      }
    });
    return errors;
  }

  /** A product made by `productSet`, added to the shop; `products/create` goes out. */
  async #createProduct(
    shop: Shop,
    input: ProductSetInput,
  ): Promise<{ index: number; product: SimProduct }> {
    const index = this.#size(shop);
    const title = input.title!.trim();
    const options = input.productOptions?.length
      ? input.productOptions.map((o) => ({ name: o.name, values: o.values!.map((v) => v.name) }))
      : [{ name: 'Title', values: ['Default Title'] }];
    const variants = input.variants?.length
      ? input.variants
      : [{ optionValues: [{ optionName: 'Title', name: 'Default Title' }] } as VariantSetInput];
    let nextVariant = CREATED_VARIANT_ID_BASE + shop.created.length * MAX_PRODUCT_VARIANTS;
    const taken = new Set(this.createdProducts(shop.domain).map((c) => c.product.handle));
    const base = handleOf(title) || 'product';
    let handle = base;
    for (let n = 1; taken.has(handle); n++) handle = `${base}-${n}`;
    const product: SimProduct = {
      id: PRODUCT_ID_BASE + index + 1,
      title,
      handle,
      status: input.status ?? 'ACTIVE',
      vendor: input.vendor ?? shop.seed.title,
      productType: input.productType ?? '',
      updatedAt: new Date(this.#now()).toISOString(),
      imageUrl: null,
      options,
      descriptionHtml: input.descriptionHtml ?? '',
      variants: variants.map((variant) => {
        // Values in the order of the product's options.
        const values = options.map(
          (o) => variant.optionValues.find((v) => v.optionName === o.name)!.name,
        );
        return {
          id: ++nextVariant,
          title: values.join(' / '),
          sku: variant.sku ?? '',
          barcode: variant.barcode ?? null,
          price: Number(variant.price ?? 0).toFixed(2),
          options: values.map((value, i) => ({ name: options[i]!.name, value })),
        };
      }),
    };
    shop.created.push(product);
    shop.variantCount = null;
    await this.#deliver(shop, 'products/create', restProduct(product));
    return { index, product };
  }

  /** Puts a product on sales channels; a change sends `products/update`, as publishing does. */
  async #publish(shop: Shop, index: number, publicationIds: string[]): Promise<void> {
    const product = this.product(shop.domain, index)!;
    const on = shop.publishedOn.get(product.id) ?? new Set<string>();
    const added = publicationIds.filter((id) => !on.has(id));
    if (!added.length) return;
    for (const id of added) on.add(id);
    shop.publishedOn.set(product.id, on);
    const next: SimProduct = {
      ...product,
      updatedAt: new Date(
        Math.max(this.#now(), Date.parse(product.updatedAt) + 1000),
      ).toISOString(),
    };
    shop.overrides.set(index, next);
    await this.#deliver(shop, 'products/update', restProduct(next));
  }

  #post(delivery: Delivery): Promise<number> {
    return postDelivery(this.#send, delivery.uri, delivery.headers, delivery.body);
  }

  #routes(): Hono {
    const app = new Hono({ strict: false }).basePath(this.basePath || '/');

    app.get('/', () => {
      const rows = [...this.#shops.values()]
        .map((s) => {
          const href = escapeHtml(`${this.basePath}/${s.domain}/admin`);
          return `<tr><td><a href="${href}">${escapeHtml(s.domain)}</a></td><td>${escapeHtml(s.seed.title)}</td><td>${s.seed.products}</td></tr>`;
        })
        .join('');
      return page(
        'Simulated shops',
        `<h1>Simulated shops</h1><p>Connect one by typing its name (e.g. <code>vitrine-demo</code>).</p>
         <table><tr><th>Shop</th><th>Name</th><th>Products</th></tr>${rows}</table>`,
      );
    });

    app.get('/:shop/admin/oauth/authorize', (c) => {
      const shop = this.#shops.get(c.req.param('shop'));
      if (!shop) return page('Not found', "<h1>There's no store here</h1>", 404);
      const q = new URL(c.req.url).searchParams;
      const problem = this.#authorizeProblem(q);
      if (problem)
        return page('Oauth error', `<h1>Oauth error</h1><p>${escapeHtml(problem)}</p>`, 400);
      const app = this.#apps.get(q.get('client_id')!)!;
      const scopes = (q.get('scope') ?? '').split(',').filter(Boolean);
      const fields: Record<string, string> = {
        client_id: q.get('client_id')!,
        scope: q.get('scope') ?? '',
        redirect_uri: q.get('redirect_uri')!,
        state: q.get('state') ?? '',
        'grant_options[]': q.get('grant_options[]') ?? '',
      };
      return page(
        `Install ${app.title ?? app.apiKey}`,
        `<h1>Install ${escapeHtml(app.title ?? app.apiKey)} on ${escapeHtml(shop.seed.title)}?</h1>
         <p>This app will be able to:</p>
         <ul>${scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>
         <form method="post" action="${escapeHtml(`${this.basePath}/${shop.domain}/admin/oauth/authorize`)}">
         ${hiddenInputs(fields)}
         <button type="submit">Authorize</button>
         </form>`,
      );
    });

    app.post('/:shop/admin/oauth/authorize', async (c) => {
      const shop = this.#shops.get(c.req.param('shop'));
      if (!shop) return page('Not found', "<h1>There's no store here</h1>", 404);
      const q = new URLSearchParams(await c.req.text());
      const problem = this.#authorizeProblem(q);
      if (problem)
        return page('Oauth error', `<h1>Oauth error</h1><p>${escapeHtml(problem)}</p>`, 400);
      const app = this.#apps.get(q.get('client_id')!)!;
      const requested = (q.get('scope') ?? '').split(',').filter(Boolean);
      const scopes = shop.seed.grantedScopes
        ? requested.filter((s) => shop.seed.grantedScopes!.includes(s))
        : requested;
      const code = randomHex();
      this.#codes.set(code, {
        shop: shop.domain,
        apiKey: app.apiKey,
        scopes,
        expiresAt: this.#now() + CODE_TTL_MS,
        used: false,
      });
      const back = new URLSearchParams({
        code,
        host: base64url(new TextEncoder().encode(`admin.shopify.com/store/${shop.seed.name}`)),
        shop: shop.domain,
        state: q.get('state') ?? '',
        timestamp: String(Math.floor(this.#now() / 1000)),
      });
      back.set('hmac', await signRedirectQuery(app.apiSecret, back));
      const target = new URL(q.get('redirect_uri')!);
      for (const [k, v] of back) target.searchParams.set(k, v);
      return new Response(null, { status: 302, headers: { location: target.toString() } });
    });

    app.post('/:shop/admin/oauth/access_token', async (c) => {
      const shop = this.#shops.get(c.req.param('shop'));
      if (!shop) return c.json({ errors: 'Not Found' }, 404);
      shop.stats.tokenRequests++;
      const text = await c.req.text();
      let body: Record<string, unknown>;
      try {
        body = c.req.header('content-type')?.includes('json')
          ? (JSON.parse(text) as Record<string, unknown>)
          : Object.fromEntries(new URLSearchParams(text));
      } catch {
        return c.json({ error: 'invalid_request', error_description: 'Malformed body' }, 400);
      }
      const app = this.#apps.get(String(body.client_id ?? ''));
      if (!app || body.client_secret !== app.apiSecret) {
        return c.json(
          { error: 'invalid_client', error_description: 'Client credentials are invalid' },
          400,
        );
      }
      if (body.grant_type === 'refresh_token') {
        const grant = await this.#grant(String(body.refresh_token ?? ''), 'refresh', shop.domain);
        if (!grant || grant.apiKey !== app.apiKey || this.#spent.has(grant.nonce)) {
          return c.json(
            { error: 'invalid_grant', error_description: 'The refresh token is invalid' },
            400,
          );
        }
        // Each refresh token is good for one renewal.
        this.#spent.add(grant.nonce);
        return c.json(await this.#issue(shop.domain, app.apiKey, grant.scopes, true));
      }
      const code = this.#codes.get(String(body.code ?? ''));
      if (
        !code ||
        code.used ||
        code.shop !== shop.domain ||
        code.apiKey !== app.apiKey ||
        code.expiresAt <= this.#now()
      ) {
        return c.json(
          {
            error: 'invalid_request',
            error_description: 'The authorization code was not found or was already used',
          },
          400,
        );
      }
      code.used = true;
      const expiring = body.expiring === 1 || body.expiring === '1' || body.expiring === true;
      return c.json(await this.#issue(shop.domain, app.apiKey, code.scopes, expiring));
    });

    app.delete('/:shop/admin/api_permissions/current.json', async (c) => {
      const grant = await this.#grant(
        c.req.header('x-shopify-access-token') ?? '',
        'access',
        c.req.param('shop'),
      );
      if (!grant) {
        return c.json(
          {
            errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
          },
          401,
        );
      }
      this.revokeTokens(grant.shop);
      return c.json({});
    });

    app.post('/:shop/admin/api/:version/graphql.json', async (c) => {
      const shop = this.#shops.get(c.req.param('shop'));
      if (!shop) {
        return c.json({ errors: 'Not Found' }, 404, {
          'x-shopify-api-version': this.servedVersion(c.req.param('version')),
        });
      }
      // Shopify serves a version it no longer supports (or never had) as its oldest supported
      // one, and says which it served.
      const version = this.servedVersion(c.req.param('version'));
      const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        new Response(JSON.stringify(body), {
          status,
          headers: {
            'content-type': 'application/json',
            'x-shopify-api-version': version,
            ...headers,
          },
        });
      let request: { query?: string; variables?: Record<string, unknown> };
      try {
        request = (await c.req.json()) as typeof request;
      } catch {
        return answer(400, { errors: 'Malformed JSON' });
      }
      const operation = request.query?.match(/^\s*(?:query|mutation)\s+(\w+)/)?.[1] ?? null;
      const variables = request.variables ?? {};
      const log = (status: number, outcome: SimulatorRequest['outcome']) => {
        shop.stats.graphqlRequests++;
        if (shop.log.length >= LOG_LIMIT) shop.log.shift();
        shop.log.push({ operation, variables, status, outcome });
      };

      const grant = await this.#grant(
        c.req.header('x-shopify-access-token') ?? '',
        'access',
        shop.domain,
      );
      if (!grant) {
        log(401, 'unauthorized');
        return answer(401, {
          errors: '[API] Invalid API key or access token (unrecognized login or wrong password)',
        });
      }
      if (shop.seed.frozen) {
        log(402, 'error');
        return answer(402, { errors: 'Unavailable Shop' });
      }
      const fault = shop.faults.shift();
      if (fault) {
        shop.stats.faults++;
        log(fault, 'fault');
        return answer(fault, {
          errors: 'Internal error. Looks like something went wrong on our end.',
        });
      }
      const run = this.#operation(shop, grant, operation, request.query ?? '', variables, version);
      if ('error' in run) {
        log(200, 'error');
        return answer(200, { errors: [run.error] });
      }
      const bucket = this.#refill(shop);
      const throttleStatus = () => ({
        maximumAvailable: shop.limits.maximumAvailable,
        currentlyAvailable: Math.floor(bucket.available),
        restoreRate: shop.limits.restoreRate,
      });
      if (run.requested > MAX_QUERY_COST) {
        log(200, 'error');
        return answer(200, {
          errors: [
            {
              message: `Query cost is ${run.requested}, which exceeds the single query max cost limit (${MAX_QUERY_COST}).`,
              extensions: {
                code: 'MAX_COST_EXCEEDED',
                cost: run.requested,
                maxCost: MAX_QUERY_COST,
              },
            },
          ],
        });
      }
      if (run.requested > bucket.available) {
        shop.stats.throttled++;
        log(200, 'throttled');
        return answer(200, {
          errors: [
            {
              message: 'Throttled',
              extensions: {
                code: 'THROTTLED',
                documentation: 'https://shopify.dev/api/usage/rate-limits',
              },
            },
          ],
          extensions: {
            cost: {
              requestedQueryCost: run.requested,
              actualQueryCost: null,
              throttleStatus: throttleStatus(),
            },
          },
        });
      }
      const { data, actual } = await run.execute();
      bucket.available -= actual;
      log(200, 'ok');
      return answer(200, {
        data,
        extensions: {
          cost: {
            requestedQueryCost: run.requested,
            actualQueryCost: actual,
            throttleStatus: throttleStatus(),
          },
        },
      });
    });

    app.get('/:shop/admin', (c) => {
      const shop = this.#shops.get(c.req.param('shop'));
      if (!shop) return page('Not found', "<h1>There's no store here</h1>", 404);
      const notice = c.req.query('done');
      const action = (name: string, label: string, secondary = false) =>
        `<form class="inline" method="post" action="${escapeHtml(`${this.basePath}/${shop.domain}/admin/simulate/${name}`)}"><button${secondary ? ' class="secondary"' : ''}>${label}</button></form>`;
      const counts = this.counts(shop.domain);
      const created = this.createdProducts(shop.domain)
        .reverse()
        .map(
          ({ product, channels }) =>
            `<tr><td>${escapeHtml(product.title)}</td><td>${product.status.toLowerCase()}</td><td><code>${escapeHtml(product.variants.map((v) => v.sku).join(', '))}</code></td><td>${escapeHtml(product.variants[0]?.price ?? '')}</td><td>${escapeHtml(channels.join(', ') || 'none')}</td></tr>`,
        )
        .join('');
      const orders = [...shop.orders.values()]
        .reverse()
        .slice(0, 20)
        .map(
          (o) =>
            `<tr><td><a href="${escapeHtml(`${this.basePath}/${shop.domain}/admin/orders/${o.id as number}`)}">${escapeHtml(o.name as string)}</a></td><td>${escapeHtml(String(o.created_at).slice(0, 16).replace('T', ' '))}</td><td>${escapeHtml(fulfillmentLabel(o))}</td></tr>`,
        )
        .join('');
      return page(
        shop.seed.title,
        `<h1>${escapeHtml(shop.seed.title)}</h1>
         <p>${escapeHtml(shop.domain)}: ${counts.products} products, ${counts.variants} variants,
         ${shop.subscriptions.length} webhook subscriptions.</p>
         ${notice ? `<p><strong>${escapeHtml(notice)}</strong></p>` : ''}
         ${created ? `<h2>Products created by apps</h2><table><tr><th>Title</th><th>Status</th><th>SKU</th><th>Price</th><th>Sales channels</th></tr>${created}</table>` : ''}
         ${orders ? `<h2>Orders</h2><table><tr><th>Order</th><th>Placed</th><th>Fulfillment</th></tr>${orders}</table>` : ''}
         <p>${action('order', 'Place a test order')} ${action('product', 'Change a product')}</p>
         <p>${action('revoke', 'Revoke access tokens', true)} ${action('uninstall', 'Uninstall the app', true)}</p>`,
      );
    });

    app.get('/:shop/admin/orders/:id', (c) => {
      const shop = this.#shops.get(c.req.param('shop'));
      const order = shop?.orders.get(Number(c.req.param('id')));
      if (!shop || !order) return page('Not found', "<h1>There's no order here</h1>", 404);
      const lines = (order.line_items as Record<string, unknown>[])
        .map(
          (l) =>
            `<tr><td>${escapeHtml(`${l.title as string}${l.variant_title ? ` — ${l.variant_title as string}` : ''}`)}</td><td><code>${escapeHtml(String(l.sku ?? ''))}</code></td><td>${(l.quantity as number) - (l.fulfillable_quantity as number)} of ${l.quantity as number}</td></tr>`,
        )
        .join('');
      const fulfillments = shop.fulfillments
        .filter((f) => f.orderId === order.id)
        .map((f) => {
          const tracking = f.trackingInfo
            .map((t) => {
              const number = escapeHtml(t.number ?? '');
              const shown = t.url
                ? `<a href="${escapeHtml(t.url)}">${number}</a>`
                : `<code>${number}</code>`;
              return `${t.company ? `${escapeHtml(t.company)} ` : ''}${shown}`;
            })
            .join(', ');
          const items = f.lineItems.reduce((sum, l) => sum + l.quantity, 0);
          return `<tr><td>${escapeHtml(f.name)}</td><td>Fulfilled</td><td>${items}</td><td>${tracking || 'no tracking'}</td><td>${f.notifyCustomer ? 'customer notified' : 'not notified'}</td></tr>`;
        })
        .join('');
      const fulfillmentOrders = shop.fulfillmentOrders
        .filter((f) => f.orderId === order.id)
        .map(
          (f) =>
            `<tr><td>${f.id}</td><td>${f.status.toLowerCase().replace('_', ' ')}</td><td>${escapeHtml(shop.location.name)}</td></tr>`,
        )
        .join('');
      return page(
        `Order ${order.name as string}`,
        `<h1>Order ${escapeHtml(order.name as string)}</h1>
         <p><strong>${escapeHtml(fulfillmentLabel(order))}</strong>${order.cancelled_at ? ' (cancelled)' : ''}${order.test ? ' · test order' : ''}</p>
         <table><tr><th>Item</th><th>SKU</th><th>Fulfilled</th></tr>${lines}</table>
         <h2>Fulfillments</h2>
         ${fulfillments ? `<table><tr><th>Fulfillment</th><th>Status</th><th>Items</th><th>Tracking</th><th>Customer</th></tr>${fulfillments}</table>` : '<p>None yet.</p>'}
         <h2>Fulfillment orders</h2>
         <table><tr><th>Id</th><th>Status</th><th>Location</th></tr>${fulfillmentOrders}</table>
         <p><a href="${escapeHtml(`${this.basePath}/${shop.domain}/admin`)}">Back to the shop</a></p>`,
      );
    });

    app.post('/:shop/admin/simulate/:action', async (c) => {
      const shop = this.#shops.get(c.req.param('shop'));
      if (!shop) return page('Not found', "<h1>There's no store here</h1>", 404);
      const action = c.req.param('action');
      let done: string;
      if (action === 'order')
        done = `Order sent to ${(await this.createOrder(shop.domain)).length} subscription(s).`;
      else if (action === 'product') {
        const index = Math.floor(Math.random() * Math.min(shop.catalogue.size, 10));
        await this.updateProduct(shop.domain, index, {
          title: `${this.product(shop.domain, index)?.title.replace(/ \(updated.*\)$/, '')} (updated ${new Date(this.#now()).toISOString().slice(11, 19)})`,
        });
        done = 'Product changed.';
      } else if (action === 'revoke') {
        this.revokeTokens(shop.domain);
        done = 'Access tokens revoked.';
      } else if (action === 'uninstall') {
        await this.uninstall(shop.domain);
        done = 'App uninstalled.';
      } else return page('Not found', '<h1>Unknown action</h1>', 404);
      return c.redirect(
        `${this.basePath}/${shop.domain}/admin?done=${encodeURIComponent(done)}`,
        303,
      );
    });

    return app;
  }

  #authorizeProblem(q: URLSearchParams): string | null {
    const app = this.#apps.get(q.get('client_id') ?? '');
    if (!app) return 'Invalid client_id: no app with this API key.';
    const redirect = q.get('redirect_uri') ?? '';
    let url: URL;
    try {
      url = new URL(redirect);
    } catch {
      return 'The redirect_uri is missing or not a URL.';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      return 'The redirect_uri must be http(s).';
    if (app.redirectUrls && !app.redirectUrls.some((allowed) => redirect.startsWith(allowed))) {
      return 'The redirect_uri is not whitelisted for this app.';
    }
    if (!q.get('state')) return 'The state parameter is missing.';
    return null;
  }

  async #issue(shop: string, apiKey: string, scopes: string[], expiring: boolean) {
    const now = this.#now();
    const grant = (kind: Grant['kind'], expiresAt: number | null): Grant => ({
      kind,
      shop,
      apiKey,
      scopes,
      expiresAt,
      generation: this.#generations.get(shop) ?? 0,
      nonce: randomHex(),
    });
    const accessToken = await this.#sign(
      grant('access', expiring ? now + this.#tokenTtl * 1000 : null),
    );
    if (!expiring) return { access_token: accessToken, scope: scopes.join(',') };
    const refreshToken = await this.#sign(grant('refresh', now + REFRESH_TTL_SECONDS * 1000));
    return {
      access_token: accessToken,
      scope: scopes.join(','),
      expires_in: this.#tokenTtl,
      refresh_token: refreshToken,
      refresh_token_expires_in: REFRESH_TTL_SECONDS,
    };
  }

  async #sign(grant: Grant): Promise<string> {
    const token = await signGrant(this.#tokenSecret, grant);
    return `${grant.kind === 'access' ? 'shpat_' : 'shprt_'}${token}`;
  }

  /** The grant a token carries, if it is genuine, current, unexpired and for this shop. */
  async #grant(token: string, kind: Grant['kind'], shop: string): Promise<Grant | null> {
    const grant = await readGrant<Grant>(this.#tokenSecret, token.slice(6));
    if (!grant) return null;
    if (grant.kind !== kind || grant.shop !== shop) return null;
    if (grant.generation !== (this.#generations.get(shop) ?? 0)) return null;
    if (grant.expiresAt !== null && grant.expiresAt <= this.#now()) return null;
    return grant;
  }

  #refill(shop: Shop) {
    const now = this.#now();
    const { maximumAvailable, restoreRate } = shop.limits;
    shop.bucket.available = Math.min(
      maximumAvailable,
      shop.bucket.available + ((now - shop.bucket.at) / 1000) * restoreRate,
    );
    shop.bucket.at = now;
    return shop.bucket;
  }

  /** The stable versions served now, oldest first. */
  apiVersions(): readonly string[] {
    return this.#apiVersions ?? supportedApiVersions(new Date(this.#now()));
  }

  /**
   * The version that answers a request for `requested`: a supported one, `unstable` or the
   * release candidate (the next quarter's) as asked; anything else the oldest supported.
   */
  servedVersion(requested: string): string {
    const supported = this.apiVersions();
    const candidate = nextQuarter(supported.at(-1)!);
    if (requested === 'unstable' || requested === candidate || supported.includes(requested)) {
      return requested;
    }
    return supported[0]!;
  }

  #operation(
    shop: Shop,
    grant: Grant,
    operation: string | null,
    query: string,
    variables: Record<string, unknown>,
    apiVersion: string,
  ):
    | { error: { message: string; extensions: { code: string } & Record<string, unknown> } }
    | {
        requested: number;
        execute: () =>
          | { data: unknown; actual: number }
          | Promise<{ data: unknown; actual: number }>;
      } {
    const can = (scope: string) =>
      grant.scopes.includes(scope) || grant.scopes.includes(scope.replace(/^read_/, 'write_'));
    const denied = (field: string, scope: string) => ({
      error: {
        message: `Access denied for ${field} field. Required access: \`${scope}\` access scope.`,
        extensions: { code: 'ACCESS_DENIED' },
      },
    });
    /** A field any one of several scopes opens, named as Shopify lists them. */
    const deniedAny = (field: string, scopes: string[]) => ({
      error: {
        message: `Access denied for ${field} field. Required access: ${scopes
          .map((scope) => `\`${scope}\` access scope`)
          .join(', ')
          .replace(/, ([^,]*)$/, ' or $1')}.`,
        extensions: { code: 'ACCESS_DENIED' },
      },
    });
    const int = (name: string, fallback: number) => {
      const value = Number(variables[name] ?? fallback);
      return Number.isInteger(value) && value > 0 ? Math.min(value, 250) : fallback;
    };
    switch (operation) {
      case 'VitrineShop':
        return {
          requested: 1,
          execute: () => ({
            data: { shop: { name: shop.seed.title, myshopifyDomain: shop.domain } },
            actual: 1,
          }),
        };
      case 'VitrineVariantCount': {
        if (!can('read_products')) return denied('productVariantsCount', 'read_products');
        const limit = query.match(/limit:\s*(null|\d+)/)?.[1];
        const cap = limit === 'null' ? null : Number(limit ?? 10_000);
        return {
          requested: 1,
          execute: () => {
            const count = shop.variantCount ?? this.counts(shop.domain).variants;
            const over = cap !== null && count > cap;
            return {
              data: {
                productVariantsCount: {
                  count: over ? cap : count,
                  precision: over ? 'AT_LEAST' : 'EXACT',
                },
              },
              actual: 1,
            };
          },
        };
      }
      case 'VitrineProducts': {
        if (!can('read_products')) return denied('products', 'read_products');
        const first = int('first', 50);
        const variantsFirst = int('variantsFirst', 50);
        const after = decodeCursor(variables.after, 'p');
        return {
          requested: 2 + first * (5 + variantsFirst),
          execute: () => {
            const nodes: unknown[] = [];
            let index = after === null ? 0 : after + 1;
            let last: number | null = null;
            let actual = 2;
            for (; index < this.#size(shop) && nodes.length < first; index++) {
              const product = this.product(shop.domain, index);
              if (!product) continue;
              const variants = product.variants.slice(0, variantsFirst);
              actual += 5 + variants.length;
              nodes.push(
                graphqlProduct(product, index, variants, variants.length < product.variants.length),
              );
              last = index;
            }
            let more = false;
            for (let i = index; i < this.#size(shop); i++) {
              if (this.product(shop.domain, i)) {
                more = true;
                break;
              }
            }
            return {
              data: {
                products: {
                  pageInfo: {
                    hasNextPage: more,
                    endCursor: last === null ? null : encodeCursor('p', last),
                  },
                  nodes,
                },
              },
              actual,
            };
          },
        };
      }
      case 'VitrineProductVariants': {
        if (!can('read_products')) return denied('product', 'read_products');
        const first = int('first', 50);
        const index = indexOfProduct(String(variables.id ?? ''), this.#size(shop));
        const after = decodeCursor(variables.after, `v${index}`);
        return {
          requested: 3 + first,
          execute: () => {
            const product = index === null ? null : this.product(shop.domain, index);
            if (!product || index === null) return { data: { product: null }, actual: 1 };
            const start = after === null ? 0 : after + 1;
            const variants = product.variants.slice(start, start + first);
            const end = start + variants.length - 1;
            return {
              data: {
                product: {
                  variants: {
                    pageInfo: {
                      hasNextPage: end + 1 < product.variants.length,
                      endCursor: variants.length ? encodeCursor(`v${index}`, end) : null,
                    },
                    nodes: variants.map(graphqlVariant),
                  },
                },
              },
              actual: 3 + variants.length,
            };
          },
        };
      }
      case 'VitrineWebhookSubscribe': {
        const topic = String(variables.topic ?? '');
        const uri = String(variables.uri ?? variables.callbackUrl ?? '');
        if (topic.startsWith('ORDERS_') && !can('read_orders')) {
          return denied('webhookSubscriptionCreate', 'read_orders');
        }
        return {
          requested: 10,
          execute: () => {
            const userErrors: { field: string[]; message: string }[] = [];
            if (
              ![
                'ORDERS_CREATE',
                'ORDERS_CANCELLED',
                'PRODUCTS_UPDATE',
                'PRODUCTS_CREATE',
                'PRODUCTS_DELETE',
                'APP_UNINSTALLED',
                'ORDERS_UPDATED',
                'ORDERS_FULFILLED',
                'ORDERS_PARTIALLY_FULFILLED',
                'FULFILLMENTS_CREATE',
              ].includes(topic)
            ) {
              userErrors.push({ field: ['topic'], message: `Unsupported topic ${topic}` });
            } else if (!/^https?:\/\//.test(uri)) {
              userErrors.push({
                field: ['webhookSubscription', 'uri'],
                message: 'Address is invalid',
              });
            } else if (
              shop.subscriptions.some(
                (s) => s.topic === topic && s.uri === uri && s.apiKey === grant.apiKey,
              )
            ) {
              userErrors.push({
                field: ['webhookSubscription', 'callbackUrl'],
                message: 'Address for this topic has already been taken',
              });
            }
            if (userErrors.length) {
              return {
                data: { webhookSubscriptionCreate: { webhookSubscription: null, userErrors } },
                actual: 10,
              };
            }
            const id = `gid://shopify/WebhookSubscription/${shop.subscriptions.length + 1}`;
            shop.subscriptions.push({ id, topic, uri, apiKey: grant.apiKey, apiVersion });
            return {
              data: {
                webhookSubscriptionCreate: { webhookSubscription: { id, topic }, userErrors },
              },
              actual: 10,
            };
          },
        };
      }
      case 'VitrineProductBySku': {
        if (!can('read_products')) return denied('productVariants', 'read_products');
        const first = int('first', 50);
        const variantsFirst = int('variantsFirst', 50);
        // Shopify's search syntax, `sku:VALUE` or `sku:"VALUE"`; the simulator filters by SKU only.
        const term = String(variables.query ?? '').match(
          /(?:^|\s)sku:(?:"((?:[^"\\]|\\.)*)"|(\S+))/,
        );
        const sku = term ? (term[1] ?? term[2] ?? '').replace(/\\(.)/g, '$1') : null;
        return {
          requested: 2 + first * (2 + 5 + variantsFirst),
          execute: () => {
            const matches = sku ? this.#variantsWithSku(shop, sku).slice(0, first) : [];
            let actual = 2;
            const nodes = matches.map(({ index, variant }) => {
              const product = this.product(shop.domain, index)!;
              const variants = product.variants.slice(0, variantsFirst);
              actual += 2 + 5 + variants.length;
              return {
                ...graphqlVariant(variant),
                product: graphqlProduct(
                  product,
                  index,
                  variants,
                  variants.length < product.variants.length,
                ),
              };
            });
            return { data: { productVariants: { nodes } }, actual };
          },
        };
      }
      case 'VitrineProductSet': {
        if (!can('write_products')) return denied('productSet', 'write_products');
        const input = variables.input;
        const coercion = productSetCoercion(input);
        if (coercion) return coercion;
        const set = input as ProductSetInput;
        const variantsFirst = int('variantsFirst', 50);
        const count = set.variants?.length ?? 1;
        return {
          requested: 10 + Math.ceil(0.2 * count),
          execute: async () => {
            const actual = 10 + Math.ceil(0.2 * count);
            const userErrors = this.#productSetErrors(shop, set);
            if (userErrors.length) {
              return {
                data: { productSet: { product: null, productSetOperation: null, userErrors } },
                actual,
              };
            }
            const { index, product } = await this.#createProduct(shop, set);
            const synchronous = variables.synchronous !== false;
            const variants = product.variants.slice(0, variantsFirst);
            return {
              data: {
                productSet: synchronous
                  ? {
                      product: graphqlProduct(
                        product,
                        index,
                        variants,
                        variants.length < product.variants.length,
                      ),
                      productSetOperation: null,
                      userErrors: [],
                    }
                  : {
                      // Asynchronous: the operation to poll instead (it is already complete here).
                      product: null,
                      productSetOperation: {
                        id: `gid://shopify/ProductSetOperation/${product.id}`,
                        status: 'COMPLETE',
                      },
                      userErrors: [],
                    },
              },
              actual,
            };
          },
        };
      }
      case 'VitrinePublications': {
        if (!can('read_publications')) return denied('publications', 'read_publications');
        const first = int('first', 50);
        return {
          requested: 2 + first * 2,
          execute: () => {
            const nodes = shop.publications.slice(0, first).map((p) => ({
              id: p.id,
              name: p.name,
              autoPublish: p.autoPublish,
              catalog: { title: p.name },
            }));
            return { data: { publications: { nodes } }, actual: 2 + nodes.length * 2 };
          },
        };
      }
      case 'VitrinePublish': {
        if (!can('write_publications')) {
          return denied('publishablePublish', 'write_publications');
        }
        const index = indexOfProduct(String(variables.id ?? ''), this.#size(shop));
        const inputs = Array.isArray(variables.input)
          ? (variables.input as { publicationId?: unknown }[])
          : [];
        return {
          requested: 10,
          execute: async () => {
            const product = index === null ? null : this.product(shop.domain, index);
            const userErrors: { field: string[]; message: string }[] = [];
            if (!product || index === null) {
              userErrors.push({ field: ['id'], message: 'Product does not exist' });
            }
            inputs.forEach((input, i) => {
              if (!shop.publications.some((p) => p.id === input.publicationId)) {
                userErrors.push({
                  field: ['input', String(i), 'publicationId'],
                  message: 'Publication does not exist',
                });
              }
            });
            if (userErrors.length || !product || index === null) {
              return {
                data: { publishablePublish: { publishable: null, userErrors } },
                actual: 10,
              };
            }
            await this.#publish(
              shop,
              index,
              inputs.map((input) => String(input.publicationId)),
            );
            return {
              data: {
                publishablePublish: {
                  publishable: { id: `gid://shopify/Product/${product.id}` },
                  userErrors: [],
                },
              },
              actual: 10,
            };
          },
        };
      }
      case 'VitrineFulfillmentOrders': {
        if (!can('read_orders')) return denied('order', 'read_orders');
        // FulfillmentOrder needs one of the fulfillment order scopes; which fulfillment orders an
        // app sees depends on them (the simulated shops' are all at a merchant-managed location).
        const kinds = FULFILLMENT_ORDER_KINDS.filter((k) => can(`read_${k}_fulfillment_orders`));
        if (!kinds.length) {
          return deniedAny(
            'fulfillmentOrders',
            FULFILLMENT_ORDER_KINDS.map((k) => `read_${k}_fulfillment_orders`),
          );
        }
        const first = int('first', 50);
        const linesFirst = int('linesFirst', 50);
        const orderId = idOf('Order', variables.id);
        return {
          requested: 1 + 2 + first * (5 + 2 * linesFirst),
          execute: () => {
            const order = orderId === null ? undefined : shop.orders.get(orderId);
            if (!order || orderId === null) return { data: { order: null }, actual: 1 };
            const all = shop.fulfillmentOrders.filter((f) => f.orderId === orderId);
            const seen = kinds.includes('merchant_managed') ? all : [];
            const nodes = seen.slice(0, first).map((fo) => {
              const lines = fo.lineItems.slice(0, linesFirst);
              return {
                id: gid('FulfillmentOrder', fo.id),
                status: fo.status,
                requestStatus: 'UNSUBMITTED',
                updatedAt: fo.updatedAt,
                assignedLocation: {
                  name: shop.location.name,
                  location: { id: gid('Location', fo.locationId) },
                },
                supportedActions: (FULFILLABLE.includes(fo.status)
                  ? ['CREATE_FULFILLMENT', 'HOLD', 'MOVE']
                  : fo.status === 'ON_HOLD'
                    ? ['RELEASE_HOLD']
                    : []
                ).map((action) => ({ action })),
                lineItems: {
                  pageInfo: { hasNextPage: lines.length < fo.lineItems.length, endCursor: null },
                  nodes: lines.map((l) => ({
                    id: gid('FulfillmentOrderLineItem', l.id),
                    sku: l.sku || null,
                    totalQuantity: l.totalQuantity,
                    remainingQuantity: l.remainingQuantity,
                    lineItem: { id: gid('LineItem', l.lineItemId) },
                  })),
                },
              };
            });
            return {
              data: {
                order: {
                  id: gid('Order', orderId),
                  name: order.name,
                  displayFulfillmentStatus: orderFulfillmentStatus(all).display,
                  fulfillmentOrders: {
                    pageInfo: { hasNextPage: seen.length > first, endCursor: null },
                    nodes,
                  },
                },
              },
              actual: 3 + nodes.reduce((sum, n) => sum + 5 + 2 * n.lineItems.nodes.length, 0),
            };
          },
        };
      }
      case 'VitrineFulfillmentCreate': {
        const kinds = FULFILLMENT_ORDER_KINDS.filter((k) =>
          grant.scopes.includes(`write_${k}_fulfillment_orders`),
        );
        if (!kinds.length) {
          return deniedAny(
            'fulfillmentCreate',
            FULFILLMENT_ORDER_KINDS.map((k) => `write_${k}_fulfillment_orders`),
          );
        }
        const coercion = fulfillmentInputCoercion(variables.fulfillment);
        if (coercion) return coercion;
        const input = variables.fulfillment as FulfillmentInput;
        const message = typeof variables.message === 'string' ? variables.message : null;
        return {
          requested: 10,
          execute: async () => {
            const outcome = planFulfillment(input, (id) => {
              const fo = shop.fulfillmentOrders.find((f) => f.id === id);
              // The app sees (and fulfils) merchant-managed fulfillment orders only with that scope.
              return fo && kinds.includes('merchant_managed') ? fo : null;
            });
            if ('userErrors' in outcome) {
              return {
                data: { fulfillmentCreate: { fulfillment: null, userErrors: outcome.userErrors } },
                actual: 10,
              };
            }
            const fulfillment = await this.#fulfil(shop, outcome.plan.taken, {
              trackingInfo: outcome.plan.trackingInfo,
              notifyCustomer: input.notifyCustomer === true,
              message,
            });
            return {
              data: {
                fulfillmentCreate: {
                  fulfillment: {
                    id: gid('Fulfillment', fulfillment.id),
                    name: fulfillment.name,
                    status: fulfillment.status,
                    createdAt: fulfillment.createdAt,
                    trackingInfo: fulfillment.trackingInfo,
                  },
                  userErrors: [],
                },
              },
              actual: 10,
            };
          },
        };
      }
      default:
        return {
          error: {
            message: `The simulator does not answer ${operation ?? 'anonymous operations'}.`,
            extensions: { code: 'UNSUPPORTED_OPERATION' },
          },
        };
    }
  }
}

interface VariantSetInput {
  optionValues: { optionName: string; name: string }[];
  price?: string | number | null;
  sku?: string | null;
  barcode?: string | null;
}

interface ProductSetInput {
  id?: string;
  title?: string;
  descriptionHtml?: string;
  productType?: string;
  vendor?: string;
  status?: SimProduct['status'];
  productOptions?: { name: string; position?: number; values?: { name: string }[] }[];
  variants?: VariantSetInput[];
}

interface ProductSetUserError {
  field: string[];
  message: string;
  code: string;
}

const handleOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * GraphQL's own check of `$input` against `ProductSetInput!` (the few fields the simulator
 * reads): a wrong type is a top-level `INVALID_VARIABLE` error, before the mutation runs.
 */
function productSetCoercion(
  input: unknown,
): { error: { message: string; extensions: { code: string } & Record<string, unknown> } } | null {
  const invalid = (path: (string | number)[], explanation: string) => ({
    error: {
      message: `Variable $input of type ProductSetInput! was provided invalid value${path.length ? ` for ${path.join('.')}` : ''} (${explanation})`,
      extensions: {
        code: 'INVALID_VARIABLE',
        value: input,
        problems: [{ path, explanation }],
      },
    },
  });
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return invalid([], 'Expected value to not be null');
  }
  const set = input as Record<string, unknown>;
  for (const key of ['id', 'title', 'descriptionHtml', 'productType', 'vendor']) {
    if (set[key] !== undefined && set[key] !== null && typeof set[key] !== 'string') {
      return invalid([key], `Could not coerce value ${JSON.stringify(set[key])} to String`);
    }
  }
  if (
    set.status !== undefined &&
    !PRODUCT_STATUSES.includes(set.status as (typeof PRODUCT_STATUSES)[number])
  ) {
    return invalid(
      ['status'],
      `Expected ${JSON.stringify(set.status)} to be one of: ${PRODUCT_STATUSES.join(', ')}`,
    );
  }
  const options = set.productOptions ?? [];
  if (!Array.isArray(options)) return invalid(['productOptions'], 'Expected a list');
  for (const [i, option] of options.entries()) {
    if (typeof option?.name !== 'string') {
      return invalid(['productOptions', i, 'name'], 'Expected value to not be null');
    }
  }
  const variants = set.variants ?? [];
  if (!Array.isArray(variants)) return invalid(['variants'], 'Expected a list');
  for (const [i, variant] of variants.entries()) {
    if (!Array.isArray(variant?.optionValues)) {
      return invalid(['variants', i, 'optionValues'], 'Expected value to not be null');
    }
    const price = variant.price;
    if (
      price !== undefined &&
      price !== null &&
      !(typeof price === 'number' || (typeof price === 'string' && /^-?\d+(\.\d+)?$/.test(price)))
    ) {
      return invalid(
        ['variants', i, 'price'],
        `Could not coerce value ${JSON.stringify(price)} to Money`,
      );
    }
  }
  return null;
}

const encodeCursor = (kind: string, index: number) =>
  base64url(new TextEncoder().encode(JSON.stringify({ k: kind, i: index })));

function decodeCursor(value: unknown, kind: string): number | null {
  if (typeof value !== 'string' || !value) return null;
  try {
    const b64 = value.replace(/-/g, '+').replace(/_/g, '/');
    const parsed = JSON.parse(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))) as {
      k: string;
      i: number;
    };
    return parsed.k === kind && Number.isInteger(parsed.i) ? parsed.i : null;
  } catch {
    return null;
  }
}

function graphqlVariant(v: SimProduct['variants'][number]) {
  return {
    id: `gid://shopify/ProductVariant/${v.id}`,
    legacyResourceId: String(v.id),
    title: v.title,
    sku: v.sku,
    barcode: v.barcode,
    price: v.price,
    selectedOptions: v.options,
  };
}

function graphqlProduct(
  p: SimProduct,
  index: number,
  variants: SimProduct['variants'],
  more: boolean,
) {
  return {
    id: `gid://shopify/Product/${p.id}`,
    legacyResourceId: String(p.id),
    title: p.title,
    handle: p.handle,
    status: p.status,
    vendor: p.vendor,
    productType: p.productType,
    updatedAt: p.updatedAt,
    options: p.options,
    featuredMedia: p.imageUrl ? { preview: { image: { url: p.imageUrl } } } : null,
    variants: {
      pageInfo: {
        hasNextPage: more,
        endCursor: variants.length ? encodeCursor(`v${index}`, variants.length - 1) : null,
      },
      nodes: variants.map(graphqlVariant),
    },
  };
}

/** How the admin labels an order's fulfillment status. */
const fulfillmentLabel = (order: Record<string, unknown>) =>
  order.fulfillment_status === 'fulfilled'
    ? 'Fulfilled'
    : order.fulfillment_status === 'partial'
      ? 'Partially fulfilled'
      : 'Unfulfilled';

/** A product as the REST Admin API (and webhook bodies) write it. */
function restProduct(p: SimProduct) {
  return {
    id: p.id,
    admin_graphql_api_id: `gid://shopify/Product/${p.id}`,
    title: p.title,
    handle: p.handle,
    vendor: p.vendor,
    product_type: p.productType,
    status: p.status.toLowerCase(),
    updated_at: p.updatedAt,
    options: p.options.map((o, i) => ({ name: o.name, position: i + 1, values: o.values })),
    variants: p.variants.map((v, position) => ({
      id: v.id,
      product_id: p.id,
      title: v.title,
      sku: v.sku,
      barcode: v.barcode,
      price: v.price,
      position: position + 1,
      option1: v.options[0]?.value ?? null,
      option2: v.options[1]?.value ?? null,
      option3: v.options[2]?.value ?? null,
    })),
    body_html: p.descriptionHtml ?? '',
    image: p.imageUrl ? { src: p.imageUrl } : null,
    images: p.imageUrl ? [{ src: p.imageUrl }] : [],
  };
}
