import { type Context, Hono } from 'hono';
import { type Clock, systemClock } from '../clock.js';
import type { SimulatorHostOptions } from '../common.js';
import { postDelivery, randomHex, readGrant, signGrant } from '../common.js';
import { base64url, timingSafeEqual } from '../crypto.js';
import {
  type EtsyInventory,
  type EtsyListing,
  type EtsyReadinessState,
  type EtsyShippingProfile,
  generateListing,
  type ListingSource,
  listingId,
} from './data.js';
import { clickConsent, escapeHtml, hiddenInputs, page } from './pages.js';
import { signStandardWebhook } from './signing.js';

/**
 * A stand-in for Etsy's Open API v3 that speaks its wire protocol: the OAuth consent page
 * (`/oauth/connect`, PKCE S256 only) with "Allow access" and "Deny", the token endpoint
 * (`/v3/public/oauth/token`: code + verifier, one-hour access tokens, refresh tokens replaced on
 * every use), `x-api-key: {keystring}:{shared secret}` on every API call (with Etsy's 403 bodies),
 * per-second and per-day quotas (429 + `retry-after`, `x-limit-*` / `x-remaining-*` headers),
 * offset-paged `{count, results}` lists of listings (with inventory) and receipts, draft listings
 * created with `createDraftListing` (form-encoded) and their inventory set with
 * `updateListingInventory` (JSON), shipping and processing profiles, and `order.paid` webhooks
 * signed the Standard Webhooks way. Errors are Etsy's `{"error": "…"}` bodies.
 *
 * Mounted at `basePath`, `{basePath}/oauth/connect` answers what `https://www.etsy.com/oauth/connect`
 * does and `{basePath}/v3/…` what `https://api.etsy.com/v3/…` does.
 */
export interface EtsySimulatedApp {
  keystring: string;
  sharedSecret: string;
  title?: string;
  /** Registered callback URLs (exact match, as Etsy wants); any http(s) URL when absent. */
  redirectUris?: readonly string[];
  /** Signs `order.paid` webhooks (`whsec_…`). */
  webhookSecret?: string;
}

export interface EtsyShopSeed {
  shopId: number;
  userId: number;
  /** One word, as in `etsy.com/shop/{shopName}`. */
  shopName: string;
  title: string;
  /** The owner, shown on the consent page as the signed-in person. */
  owner: string;
  listings: number;
  /** A shop that never set up delivery: no shipping profile (listings cannot be created). */
  withoutShippingProfile?: boolean;
  /** No processing profile (readiness state definition) either. */
  withoutProcessingProfile?: boolean;
}

export interface EtsyLimits {
  /** Requests per second and per (sliding) 24 hours, per app. */
  perSecond: number;
  perDay: number;
}

export interface EtsySimulatorOptions extends SimulatorHostOptions {
  apps: readonly EtsySimulatedApp[];
  shops?: readonly EtsyShopSeed[];
  /** Access token lifetime in seconds (Etsy: 3600). */
  tokenTtlSeconds?: number;
  /** Signs the tokens it issues; keep it across restarts to keep tokens valid. Random if unset. */
  tokenSecret?: string;
  limits?: Partial<EtsyLimits>;
}

export interface EtsyStats {
  apiRequests: number;
  rateLimited: number;
  unauthorized: number;
  tokenRequests: number;
  deliveries: number;
}

export interface EtsyReceipt {
  receipt_id: number;
  receipt_type: number;
  seller_user_id: number;
  seller_email: string;
  buyer_user_id: number;
  buyer_email: string;
  name: string;
  first_line: string;
  second_line: string | null;
  city: string;
  state: string;
  zip: string;
  country_iso: string;
  status:
    | 'paid'
    | 'completed'
    | 'open'
    | 'payment processing'
    | 'canceled'
    | 'fully refunded'
    | 'partially refunded';
  is_paid: boolean;
  is_shipped: boolean;
  create_timestamp: number;
  created_timestamp: number;
  update_timestamp: number;
  updated_timestamp: number;
  grandtotal: { amount: number; divisor: number; currency_code: string };
  total_shipping_cost: { amount: number; divisor: number; currency_code: string };
  transactions: {
    transaction_id: number;
    listing_id: number;
    product_id: number;
    sku: string;
    title: string;
    quantity: number;
    price: { amount: number; divisor: number; currency_code: string };
    variations: {
      property_id: number;
      value_id: number;
      formatted_name: string;
      formatted_value: string;
    }[];
    is_digital: boolean;
    expected_ship_date: number;
  }[];
  shipments: { carrier_name: string; tracking_code: string }[];
}

export interface EtsyDelivery {
  id: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  /** The receiver's answer (0 when unreachable). */
  status: number;
}

interface Shop {
  seed: EtsyShopSeed;
  source: ListingSource;
  receipts: EtsyReceipt[];
  /** Listings created through the API, after the generated ones (their index goes on). */
  created: EtsyListing[];
  shippingProfiles: EtsyShippingProfile[];
  readinessStates: EtsyReadinessState[];
}

interface Grant {
  kind: 'access' | 'refresh';
  keystring: string;
  userId: number;
  shopId: number;
  scopes: string[];
  expiresAt: number;
  generation: number;
  nonce: string;
}

interface Quota {
  second: number;
  used: number;
  day: number[];
}

const CODE_TTL_MS = 10 * 60_000;
const REFRESH_TTL_SECONDS = 90 * 24 * 3600;
const DAY_MS = 24 * 3600_000;
/** Etsy's limits on a listing: price in USD, quantity per offering, title length, SKU length. */
const MIN_PRICE = 0.2;
const MAX_PRICE = 50_000;
const MAX_QUANTITY = 999;
const MAX_TITLE = 140;
const MAX_SKU = 32;
const WHO_MADE = ['i_did', 'someone_else', 'collective'];
const WHEN_MADE = [
  'made_to_order',
  '2020_2026',
  '2010_2019',
  '2007_2009',
  'before_2007',
  '2000_2006',
  '1990s',
  '1980s',
  '1970s',
  '1960s',
  '1950s',
  '1940s',
  '1930s',
  '1920s',
  '1910s',
  '1900s',
  '1800s',
  '1700s',
  'before_1700',
];
const LISTING_TYPES = ['physical', 'download', 'both'];

export const etsyStandardLimits: EtsyLimits = { perSecond: 10, perDay: 10_000 };

/** A small print-on-demand studio and a bigger merch shop with a few hundred listings. */
export const etsyDemoShops: readonly EtsyShopSeed[] = [
  {
    shopId: 41_230_001,
    userId: 81_230_001,
    shopName: 'InkwellPrintStudio',
    title: 'Art prints, cards and tees, printed to order',
    owner: 'Maya Lindqvist',
    listings: 14,
  },
  {
    shopId: 41_230_002,
    userId: 81_230_002,
    shopName: 'VitrineMegaMerch',
    title: 'Hundreds of designs on shirts, mugs and wall art',
    owner: 'Jonas Okafor',
    listings: 320,
  },
];

export const etsyScopeDescriptions: Record<string, string> = {
  listings_r: 'See your listings, including inactive and draft ones',
  shops_r: 'See your shop details',
  transactions_r: 'See your orders and payments',
  transactions_w: 'Update your orders, e.g. mark them shipped',
  listings_w: 'Create and edit your listings',
  email_r: 'See your email address',
};

/** The JSON body of `updateListingInventory`. */
interface InventoryInput {
  products: {
    sku?: string;
    property_values: {
      property_id: number;
      property_name?: string;
      value_ids?: number[];
      values?: string[];
    }[];
    offerings: {
      price: number;
      quantity: number;
      is_enabled: boolean;
      readiness_state_id?: number | null;
    }[];
  }[];
  price_on_property?: number[];
  quantity_on_property?: number[];
  sku_on_property?: number[];
  readiness_state_on_property?: number[];
}

async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

export class EtsySimulator {
  readonly basePath: string;
  readonly #apps: Map<string, EtsySimulatedApp>;
  readonly #shops = new Map<number, Shop>();
  readonly #clock: Clock;
  readonly #send: (request: Request) => Promise<Response>;
  readonly #tokenTtl: number;
  readonly #tokenSecret: string;
  readonly #codes = new Map<
    string,
    {
      keystring: string;
      redirectUri: string;
      challenge: string;
      userId: number;
      shopId: number;
      scopes: string[];
      expiresAt: number;
      used: boolean;
    }
  >();
  /** Revocations bump a shop's generation: older tokens stop working. */
  readonly #generations = new Map<number, number>();
  readonly #spent = new Set<string>();
  readonly #quotas = new Map<string, Quota>();
  readonly #faults: { status: number; shopId: number | null }[] = [];
  readonly #webhooks: string[] = [];
  #limits: EtsyLimits;
  #nextReceipt = 3_100_000_001;
  /** Totals, and per shop (under its id). */
  readonly #stats = new Map<number | 'all', EtsyStats>();
  readonly app: Hono;

  constructor(options: EtsySimulatorOptions) {
    this.basePath = (options.basePath ?? '').replace(/\/$/, '');
    this.#apps = new Map(options.apps.map((a) => [a.keystring, a]));
    this.#clock = options.clock ?? systemClock;
    this.#send = options.fetch ?? ((request) => fetch(request));
    this.#tokenTtl = options.tokenTtlSeconds ?? 3600;
    this.#tokenSecret = options.tokenSecret ?? randomHex();
    this.#limits = { ...etsyStandardLimits, ...options.limits };
    for (const seed of options.shops ?? etsyDemoShops) this.addShop(seed);
    this.app = this.#routes();
  }

  /** A Web-standard handler, like Etsy's hosts. */
  fetch = (request: Request): Promise<Response> => Promise.resolve(this.app.fetch(request));

  /** What the owner's browser does on "Allow access": returns the app callback it lands on. */
  approve(authorizeUrl: string, shopName?: string): Promise<string> {
    const shopId = shopName ? this.#shop(shopName).seed.shopId : undefined;
    return clickConsent(this.fetch, authorizeUrl, 'allow', shopId);
  }

  /** What the owner's browser does on "Deny". */
  deny(authorizeUrl: string): Promise<string> {
    return clickConsent(this.fetch, authorizeUrl, 'deny');
  }

  addShop(seed: EtsyShopSeed): number {
    const shop: Shop = {
      seed,
      source: {
        shopId: seed.shopId,
        userId: seed.userId,
        shopName: seed.shopName,
        webUrl: `https://www.etsy.com`,
      },
      receipts: [],
      created: [],
      shippingProfiles: [],
      readinessStates: seed.withoutProcessingProfile
        ? []
        : [
            {
              shop_id: seed.shopId,
              readiness_state_id: 1_480_000_000_000 + (seed.shopId % 1_000_000) * 10 + 1,
              readiness_state: 'made_to_order',
              min_processing_days: 2,
              max_processing_days: 5,
              processing_days_display_label: '2-5 days',
            },
          ],
    };
    this.#shops.set(seed.shopId, shop);
    if (!seed.withoutShippingProfile) this.addShippingProfile(seed.shopId);
    return seed.shopId;
  }

  /** The owner creates a shipping profile in Shop Manager (delivery settings). */
  addShippingProfile(nameOrId: string | number, title = 'Standard shipping'): EtsyShippingProfile {
    const shop = this.#shop(nameOrId);
    const profile: EtsyShippingProfile = {
      shipping_profile_id:
        180_000_000_000 + (shop.seed.shopId % 1_000_000) * 100 + shop.shippingProfiles.length + 1,
      title,
      user_id: shop.seed.userId,
      origin_country_iso: 'US',
      is_deleted: false,
      profile_type: 'manual',
    };
    shop.shippingProfiles.push(profile);
    return profile;
  }

  /** Listings created through the API, oldest first (drafts until the owner activates them). */
  createdListings(nameOrId: string | number): readonly EtsyListing[] {
    return this.#shop(nameOrId).created;
  }

  /** A generated listing or one created through the API, by its index in the shop. */
  #listingAt(shop: Shop, index: number): EtsyListing | null {
    if (!Number.isInteger(index) || index < 0) return null;
    if (index < shop.seed.listings) return generateListing(shop.source, index);
    return shop.created[index - shop.seed.listings] ?? null;
  }

  /** A shop by its name or id. */
  #shop(nameOrId: string | number): Shop {
    const shop =
      this.#shops.get(Number(nameOrId)) ??
      [...this.#shops.values()].find((s) => s.seed.shopName === nameOrId);
    if (!shop) throw new Error(`No simulated Etsy shop ${nameOrId}`);
    return shop;
  }

  shop(nameOrId: string | number): EtsyShopSeed {
    return this.#shop(nameOrId).seed;
  }

  #now(): number {
    return this.#clock.now().getTime();
  }

  listing(nameOrId: string | number, index: number): EtsyListing | null {
    const shop = this.#shop(nameOrId);
    if (index < 0 || index >= shop.seed.listings) return null;
    return generateListing(shop.source, index);
  }

  /** Active listings and the inventory products (not deleted) they hold. */
  counts(nameOrId: string | number): { listings: number; variants: number } {
    const shop = this.#shop(nameOrId);
    let variants = 0;
    for (let i = 0; i < shop.seed.listings; i++) {
      variants += generateListing(shop.source, i).inventory.products.filter(
        (p) => !p.is_deleted,
      ).length;
    }
    return { listings: shop.seed.listings, variants };
  }

  /** What the simulator answered: in all, or for one shop's tokens. */
  stats(nameOrId?: string | number): EtsyStats {
    const key = nameOrId === undefined ? 'all' : this.#shop(nameOrId).seed.shopId;
    return {
      apiRequests: 0,
      rateLimited: 0,
      unauthorized: 0,
      tokenRequests: 0,
      deliveries: 0,
      ...this.#stats.get(key),
    };
  }

  #count(shop: Shop | undefined, what: keyof EtsyStats): void {
    for (const key of ['all', shop?.seed.shopId] as const) {
      if (key === undefined) continue;
      const stats = this.stats(key === 'all' ? undefined : key);
      stats[what]++;
      this.#stats.set(key, stats);
    }
  }

  /** The shop whose owner a token was issued to: Etsy tokens start with the user's id. */
  #shopOfToken(token: string): Shop | undefined {
    const userId = Number(token.split('.')[0]);
    return [...this.#shops.values()].find((s) => s.seed.userId === userId);
  }

  receipts(nameOrId: string | number): readonly EtsyReceipt[] {
    return this.#shop(nameOrId).receipts;
  }

  setLimits(limits: Partial<EtsyLimits>): void {
    this.#limits = { ...this.#limits, ...limits };
    this.#quotas.clear();
  }

  /** Spends what is left of this second's quota of a shop's token, as other calls would. */
  exhaustSecond(nameOrId: string | number): void {
    const key = `user:${this.#shop(nameOrId).seed.userId}`;
    const second = Math.floor(this.#now() / 1000);
    const quota = this.#quotas.get(key) ?? { second, used: 0, day: [] };
    quota.second = second;
    quota.used = this.#limits.perSecond;
    this.#quotas.set(key, quota);
  }

  /** The next `count` API requests (of one shop's tokens, if named) answer `status`. */
  failNext(count: number, status = 503, onlyShop?: string | number): void {
    const shopId = onlyShop === undefined ? null : this.#shop(onlyShop).seed.shopId;
    this.#faults.push(...Array.from({ length: count }, () => ({ status, shopId })));
  }

  /** Revokes every token the shop's owner granted (access removed in Etsy's settings). */
  revokeTokens(nameOrId: string | number): void {
    const { shopId } = this.#shop(nameOrId).seed;
    this.#generations.set(shopId, (this.#generations.get(shopId) ?? 0) + 1);
  }

  /**
   * Where `order.paid` webhooks go (Etsy: one endpoint per app, set in the developer portal),
   * signed with the app's webhook secret.
   */
  addWebhookEndpoint(url: string): void {
    if (!this.#webhooks.includes(url)) this.#webhooks.push(url);
  }

  /**
   * A buyer pays: a new receipt, and `order.paid` to the webhook endpoints. It buys one inventory
   * product (a variant as syncs read it) of a listing, or each of `lines`.
   */
  async addReceipt(
    nameOrId: string | number,
    order: {
      listingIndex?: number;
      productIndex?: number;
      quantity?: number;
      lines?: readonly { listingIndex?: number; productIndex?: number; quantity?: number }[];
    } = {},
  ): Promise<{ receipt: EtsyReceipt; deliveries: EtsyDelivery[] }> {
    const shop = this.#shop(nameOrId);
    const now = Math.floor(this.#now() / 1000);
    const id = this.#nextReceipt++;
    const bought = (order.lines ?? [order]).map((line, n) => {
      const listing = this.listing(shop.seed.shopId, line.listingIndex ?? 0);
      if (!listing) throw new Error(`No listing ${line.listingIndex} in ${nameOrId}`);
      const live = listing.inventory.products.filter((p) => !p.is_deleted);
      const product = live[line.productIndex ?? 0] ?? live[0]!;
      const price = product.offerings[0]!.price;
      const quantity = line.quantity ?? 1;
      return {
        transaction_id: 4_200_000_000 + (id % 1_000_000) * 100 + n,
        listing_id: listing.listing_id,
        product_id: product.product_id,
        sku: product.sku,
        title: listing.title,
        quantity,
        price,
        variations: product.property_values.map((v) => ({
          property_id: v.property_id,
          value_id: v.value_ids[0]!,
          formatted_name: v.property_name,
          formatted_value: v.values[0]!,
        })),
        is_digital: false,
        expected_ship_date: now + 5 * 24 * 3600,
      };
    });
    const shipping = { amount: 450, divisor: 100, currency_code: 'USD' };
    const first = bought[0]!.price;
    const receipt: EtsyReceipt = {
      receipt_id: id,
      receipt_type: 0,
      seller_user_id: shop.seed.userId,
      seller_email: `${shop.seed.shopName.toLowerCase()}@example.com`,
      buyer_user_id: 90_000_000 + (id % 1_000_000),
      buyer_email: 'buyer@example.com',
      name: 'Ann Lee',
      first_line: '1 Main St',
      second_line: null,
      city: 'Austin',
      state: 'TX',
      zip: '78701',
      country_iso: 'US',
      status: 'paid',
      is_paid: true,
      is_shipped: false,
      create_timestamp: now,
      created_timestamp: now,
      update_timestamp: now,
      updated_timestamp: now,
      grandtotal: {
        ...first,
        amount: bought.reduce((sum, t) => sum + t.price.amount * t.quantity, shipping.amount),
      },
      total_shipping_cost: shipping,
      transactions: bought,
      shipments: [],
    };
    shop.receipts.push(receipt);
    return { receipt, deliveries: await this.#deliver(shop, receipt) };
  }

  /** The seller changes a receipt (ships or cancels it): its update time moves on. */
  updateReceipt(
    nameOrId: string | number,
    receiptId: number,
    change: { status?: EtsyReceipt['status']; trackingCode?: string },
  ): EtsyReceipt {
    const receipt = this.#shop(nameOrId).receipts.find((r) => r.receipt_id === receiptId);
    if (!receipt) throw new Error(`No receipt ${receiptId}`);
    const now = Math.max(Math.floor(this.#now() / 1000), receipt.update_timestamp + 1);
    if (change.status) receipt.status = change.status;
    if (change.trackingCode) {
      receipt.is_shipped = true;
      receipt.shipments.push({ carrier_name: 'usps', tracking_code: change.trackingCode });
    }
    receipt.update_timestamp = now;
    receipt.updated_timestamp = now;
    return receipt;
  }

  async #deliver(shop: Shop, receipt: EtsyReceipt): Promise<EtsyDelivery[]> {
    const sent: EtsyDelivery[] = [];
    const body = JSON.stringify({
      event_type: 'order.paid',
      resource_url: `https://api.etsy.com/v3/application/shops/${shop.seed.shopId}/receipts/${receipt.receipt_id}`,
      shop_id: shop.seed.shopId,
    });
    for (const app of this.#apps.values()) {
      if (!app.webhookSecret) continue;
      for (const url of this.#webhooks) {
        const id = `msg_${randomHex()}`;
        const timestamp = Math.floor(this.#now() / 1000);
        const delivery: EtsyDelivery = {
          id,
          url,
          body,
          headers: {
            'content-type': 'application/json',
            'webhook-id': id,
            'webhook-timestamp': String(timestamp),
            'webhook-signature': await signStandardWebhook(app.webhookSecret, id, timestamp, body),
          },
          status: 0,
        };
        delivery.status = await postDelivery(this.#send, url, delivery.headers, body);
        this.#count(shop, 'deliveries');
        sent.push(delivery);
      }
    }
    return sent;
  }

  #routes(): Hono {
    const app = new Hono({ strict: false }).basePath(this.basePath || '/');

    app.get('/', () => {
      const rows = [...this.#shops.values()]
        .map((s) => {
          const href = escapeHtml(`${this.basePath}/shop/${s.seed.shopName}`);
          return `<tr><td><a href="${href}">${escapeHtml(s.seed.shopName)}</a></td><td>${s.seed.shopId}</td><td>${escapeHtml(s.seed.owner)}</td><td>${s.seed.listings}</td></tr>`;
        })
        .join('');
      return page(
        'Simulated Etsy shops',
        `<h1>Simulated Etsy shops</h1><p>Connect an Etsy store and pick a shop on the consent page.</p>
         <table><tr><th>Shop</th><th>Id</th><th>Owner</th><th>Listings</th></tr>${rows}</table>`,
      );
    });

    app.get('/oauth/connect', (c) => {
      const q = new URL(c.req.url).searchParams;
      const problem = this.#connectProblem(q);
      if (problem)
        return page('Etsy error', `<h1>An error occurred</h1><p>${escapeHtml(problem)}</p>`, 400);
      const client = this.#apps.get(q.get('client_id')!)!;
      const name = client.title ?? client.keystring;
      const scopes = (q.get('scope') ?? '').split(' ').filter(Boolean);
      const fields: Record<string, string> = {};
      for (const key of [
        'response_type',
        'client_id',
        'redirect_uri',
        'scope',
        'state',
        'code_challenge',
        'code_challenge_method',
      ]) {
        fields[key] = q.get(key) ?? '';
      }
      const shops = [...this.#shops.values()]
        .map(
          (s, i) =>
            `<option value="${s.seed.shopId}"${i === 0 ? ' selected' : ''}>${escapeHtml(`${s.seed.owner} (${s.seed.shopName})`)}</option>`,
        )
        .join('');
      return page(
        `${name} would like to connect to your Etsy account`,
        `<h1>${escapeHtml(name)} would like to connect to your Etsy account</h1>
         <p>It will be able to:</p>
         <ul>${scopes.map((s) => `<li>${escapeHtml(etsyScopeDescriptions[s] ?? s)} <code>${escapeHtml(s)}</code></li>`).join('')}</ul>
         <form method="post" action="${escapeHtml(`${this.basePath}/oauth/connect`)}">
         ${hiddenInputs(fields)}
         <label>Signed in as <select name="shop_id">${shops}</select></label>
         <button type="submit" name="decision" value="allow">Allow access</button>
         <button type="submit" name="decision" value="deny" class="secondary">Deny</button>
         </form>`,
      );
    });

    app.post('/oauth/connect', async (c) => {
      const q = new URLSearchParams(await c.req.text());
      const problem = this.#connectProblem(q);
      if (problem)
        return page('Etsy error', `<h1>An error occurred</h1><p>${escapeHtml(problem)}</p>`, 400);
      const target = new URL(q.get('redirect_uri')!);
      const state = q.get('state')!;
      if (q.get('decision') !== 'allow') {
        target.searchParams.set('error', 'access_denied');
        target.searchParams.set('error_description', 'The user denied the request.');
        target.searchParams.set('state', state);
        return new Response(null, { status: 302, headers: { location: target.toString() } });
      }
      const shop = this.#shops.get(Number(q.get('shop_id')));
      if (!shop) return page('Etsy error', '<h1>Pick a shop to connect</h1>', 400);
      const code = randomHex();
      this.#codes.set(code, {
        keystring: q.get('client_id')!,
        redirectUri: q.get('redirect_uri')!,
        challenge: q.get('code_challenge')!,
        userId: shop.seed.userId,
        shopId: shop.seed.shopId,
        scopes: (q.get('scope') ?? '').split(' ').filter(Boolean),
        expiresAt: this.#now() + CODE_TTL_MS,
        used: false,
      });
      target.searchParams.set('code', code);
      target.searchParams.set('state', state);
      return new Response(null, { status: 302, headers: { location: target.toString() } });
    });

    app.post('/v3/public/oauth/token', async (c) => {
      const form = new URLSearchParams(await c.req.text());
      const code = this.#codes.get(form.get('code') ?? '');
      this.#count(
        code ? this.#shops.get(code.shopId) : this.#shopOfToken(form.get('refresh_token') ?? ''),
        'tokenRequests',
      );
      const refuse = (error: string, description: string, status: 400 | 401 = 400) =>
        c.json({ error, error_description: description }, status);
      const client = this.#apps.get(form.get('client_id') ?? '');
      if (!client) return refuse('invalid_client', 'Unknown client_id.', 401);
      const grantType = form.get('grant_type');
      if (grantType === 'refresh_token') {
        const grant = await this.#grant(form.get('refresh_token') ?? '', 'refresh');
        if (!grant || grant.keystring !== client.keystring || this.#spent.has(grant.nonce)) {
          return refuse('invalid_grant', 'Invalid refresh token.');
        }
        // Each refresh token is good for one renewal: a new pair replaces it.
        this.#spent.add(grant.nonce);
        return c.json(
          await this.#issue(client.keystring, grant.userId, grant.shopId, grant.scopes),
        );
      }
      if (grantType !== 'authorization_code') {
        return refuse(
          'unsupported_grant_type',
          'grant_type must be authorization_code or refresh_token.',
        );
      }
      const verifier = form.get('code_verifier');
      if (!verifier) return refuse('invalid_request', 'code_verifier is required.');
      if (
        !code ||
        code.used ||
        code.keystring !== client.keystring ||
        code.expiresAt <= this.#now()
      ) {
        return refuse('invalid_grant', 'code is invalid, expired or already used.');
      }
      if (code.redirectUri !== form.get('redirect_uri')) {
        return refuse('invalid_grant', 'redirect_uri does not match the authorization request.');
      }
      code.used = true;
      if (!timingSafeEqual(await s256(verifier), code.challenge)) {
        return refuse('invalid_grant', 'code_verifier does not match the code_challenge.');
      }
      return c.json(await this.#issue(client.keystring, code.userId, code.shopId, code.scopes));
    });

    const api = new Hono<{ Variables: { grant: Grant } }>();
    api.use(async (c, next) => {
      const auth = c.req.header('authorization') ?? '';
      const bearer = auth.startsWith('Bearer ') ? auth.slice(7) : null;
      const tokenShop = bearer ? this.#shopOfToken(bearer) : undefined;
      this.#count(tokenShop, 'apiRequests');
      const key = c.req.header('x-api-key');
      const [keystring, secret, extra] = (key ?? '').split(':');
      const client = this.#apps.get(keystring ?? '');
      if (!key) return c.json({ error: 'Missing x-api-key header.' }, 403);
      if (!client) return c.json({ error: 'Invalid API key' }, 403);
      if (secret === undefined) {
        return c.json({ error: 'Shared secret is required in x-api-key header.' }, 403);
      }
      if (extra !== undefined || !timingSafeEqual(secret, client.sharedSecret)) {
        return c.json(
          { error: "Invalid API key: should be in the format 'keystring:shared_secret'." },
          403,
        );
      }
      // Calls with a token count against the token's quota, others against the app's.
      const limits = this.#take(
        tokenShop ? `user:${tokenShop.seed.userId}` : `app:${client.keystring}`,
      );
      const headers = {
        'x-limit-per-second': String(this.#limits.perSecond),
        'x-remaining-this-second': String(limits.remainingSecond),
        'x-limit-per-day': String(this.#limits.perDay),
        'x-remaining-today': String(limits.remainingDay),
      };
      if (limits.retryAfter) {
        this.#count(tokenShop, 'rateLimited');
        return c.json({ error: 'You have exceeded your quota.' }, 429, {
          ...headers,
          'retry-after': String(limits.retryAfter),
        });
      }
      for (const [name, value] of Object.entries(headers)) c.header(name, value);
      const fault = this.#faults.findIndex(
        (f) => f.shopId === null || f.shopId === tokenShop?.seed.shopId,
      );
      if (fault >= 0) {
        const { status } = this.#faults.splice(fault, 1)[0]!;
        return c.json({ error: 'Internal server error' }, status as 500);
      }
      const grant = bearer ? await this.#grant(bearer, 'access') : null;
      if (!grant || grant.keystring !== client.keystring) {
        this.#count(tokenShop, 'unauthorized');
        return c.json({ error: 'invalid_token' }, 401);
      }
      c.set('grant', grant);
      await next();
    });

    type ApiContext = Context<{ Variables: { grant: Grant } }>;
    /** The shop in the path, which the token must own, with the scope needed. */
    const ownShop = (c: ApiContext, scope: string): Shop | Response => {
      const grant = c.get('grant');
      const shop = this.#shops.get(Number(c.req.param('shop_id')));
      if (!shop)
        return c.json({ error: `Shop with shop_id ${c.req.param('shop_id')} not found` }, 404);
      if (shop.seed.shopId !== grant.shopId) {
        return c.json({ error: 'The shop does not belong to the authenticated user.' }, 403);
      }
      if (!grant.scopes.includes(scope)) {
        return c.json({ error: `Missing required scope: ${scope}` }, 403);
      }
      return shop;
    };
    const paging = (c: ApiContext): { limit: number; offset: number } | Response => {
      const limit = Number(c.req.query('limit') ?? 25);
      const offset = Number(c.req.query('offset') ?? 0);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
        return c.json({ error: 'limit must be an integer between 1 and 100.' }, 400);
      }
      if (!Number.isInteger(offset) || offset < 0) {
        return c.json({ error: 'offset must be a non-negative integer.' }, 400);
      }
      return { limit, offset };
    };

    api.get('/users/me', (c) => {
      const grant = c.get('grant');
      return c.json({ user_id: grant.userId, shop_id: grant.shopId });
    });

    api.get('/shops/:shop_id', (c) => {
      const shop = this.#shops.get(Number(c.req.param('shop_id')));
      if (!shop)
        return c.json({ error: `Shop with shop_id ${c.req.param('shop_id')} not found` }, 404);
      return c.json({
        shop_id: shop.seed.shopId,
        user_id: shop.seed.userId,
        shop_name: shop.seed.shopName,
        title: shop.seed.title,
        currency_code: 'USD',
        url: `https://www.etsy.com/shop/${shop.seed.shopName}`,
        listing_active_count: shop.seed.listings,
        is_vacation: false,
      });
    });

    api.get('/shops/:shop_id/listings', (c) => {
      const shop = ownShop(c, 'listings_r');
      if (shop instanceof Response) return shop;
      const page = paging(c);
      if (page instanceof Response) return page;
      const state = c.req.query('state') ?? 'active';
      if (!['active', 'inactive', 'sold_out', 'draft', 'expired'].includes(state)) {
        return c.json(
          { error: 'state must be one of active, inactive, sold_out, draft, expired.' },
          400,
        );
      }
      const includes = (c.req.query('includes') ?? '').split(',').map((s) => s.trim());
      // Generated listings are all active; created ones keep their own state.
      const created = shop.created.filter((l) => l.state === state);
      const generated = state === 'active' ? shop.seed.listings : 0;
      const total = generated + created.length;
      const results = [];
      for (let i = page.offset; i < Math.min(total, page.offset + page.limit); i++) {
        const { inventory, images, ...listing } =
          i < generated ? generateListing(shop.source, i) : created[i - generated]!;
        results.push({
          ...listing,
          ...(includes.includes('Inventory') ? { inventory } : {}),
          ...(includes.includes('Images') ? { images } : {}),
        });
      }
      return c.json({ count: total, results });
    });

    api.get('/listings/:listing_id/inventory', (c) => {
      const grant = c.get('grant');
      const shop = this.#shops.get(grant.shopId);
      const index = shop ? Number(c.req.param('listing_id')) - listingId(shop.source, 0) : -1;
      const listing = shop ? this.#listingAt(shop, index) : null;
      if (!listing) return c.json({ error: 'Listing not found' }, 404);
      return c.json(listing.inventory);
    });

    api.get('/shops/:shop_id/shipping-profiles', (c) => {
      const shop = ownShop(c, 'shops_r');
      if (shop instanceof Response) return shop;
      const results = shop.shippingProfiles.map((p) => ({
        ...p,
        shipping_profile_destinations: [],
        shipping_profile_upgrades: [],
        origin_postal_code: '10001',
        domestic_handling_fee: 0,
        international_handling_fee: 0,
      }));
      return c.json({ count: results.length, results });
    });

    api.get('/shops/:shop_id/readiness-state-definitions', (c) => {
      const shop = ownShop(c, 'shops_r');
      if (shop instanceof Response) return shop;
      const page = paging(c);
      if (page instanceof Response) return page;
      return c.json({
        count: shop.readinessStates.length,
        results: shop.readinessStates.slice(page.offset, page.offset + page.limit),
      });
    });

    api.post('/shops/:shop_id/listings', async (c) => {
      const shop = ownShop(c, 'listings_w');
      if (shop instanceof Response) return shop;
      // createDraftListing takes form fields only.
      const form = c.req.header('content-type')?.includes('application/x-www-form-urlencoded')
        ? new URLSearchParams(await c.req.text())
        : new URLSearchParams();
      const problem = this.#draftProblem(shop, form);
      if (problem) return c.json({ error: problem }, 400);
      return c.json(this.#createDraft(shop, form), 201);
    });

    api.put('/listings/:listing_id/inventory', async (c) => {
      const grant = c.get('grant');
      const shop = this.#shops.get(grant.shopId);
      const index = shop ? Number(c.req.param('listing_id')) - listingId(shop.source, 0) : -1;
      const listing = shop ? this.#listingAt(shop, index) : null;
      if (!shop || !listing) return c.json({ error: 'Listing not found' }, 404);
      if (!grant.scopes.includes('listings_w')) {
        return c.json({ error: 'Missing required scope: listings_w' }, 403);
      }
      if (index < shop.seed.listings) {
        return c.json(
          { error: 'The simulator changes the inventory of created listings only.' },
          409,
        );
      }
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json({ error: 'The request body must be JSON.' }, 400);
      }
      const problem = this.#inventoryProblem(shop, body);
      if (problem) return c.json({ error: problem }, 400);
      return c.json(this.#setInventory(listing, body as InventoryInput));
    });

    api.get('/shops/:shop_id/receipts', (c) => {
      const shop = ownShop(c, 'transactions_r');
      if (shop instanceof Response) return shop;
      const page = paging(c);
      if (page instanceof Response) return page;
      const int = (name: string) => {
        const value = c.req.query(name);
        return value === undefined ? null : Number(value);
      };
      const bool = (name: string) => {
        const value = c.req.query(name);
        return value === undefined ? null : value === 'true';
      };
      const [minCreated, maxCreated] = [int('min_created'), int('max_created')];
      const [minModified, maxModified] = [int('min_last_modified'), int('max_last_modified')];
      const [wasPaid, wasShipped] = [bool('was_paid'), bool('was_shipped')];
      const sortOn = c.req.query('sort_on') ?? 'created';
      const descending = (c.req.query('sort_order') ?? 'desc') === 'desc';
      const key = (r: EtsyReceipt) =>
        sortOn === 'updated'
          ? r.update_timestamp
          : sortOn === 'receipt_id'
            ? r.receipt_id
            : r.create_timestamp;
      const matching = shop.receipts
        .filter(
          (r) =>
            (minCreated === null || r.create_timestamp >= minCreated) &&
            (maxCreated === null || r.create_timestamp <= maxCreated) &&
            (minModified === null || r.update_timestamp >= minModified) &&
            (maxModified === null || r.update_timestamp <= maxModified) &&
            (wasPaid === null || r.is_paid === wasPaid) &&
            (wasShipped === null || r.is_shipped === wasShipped),
        )
        .sort((a, b) => (key(a) - key(b) || a.receipt_id - b.receipt_id) * (descending ? -1 : 1));
      return c.json({
        count: matching.length,
        results: matching.slice(page.offset, page.offset + page.limit),
      });
    });

    api.get('/shops/:shop_id/receipts/:receipt_id', (c) => {
      const shop = ownShop(c, 'transactions_r');
      if (shop instanceof Response) return shop;
      const receipt = shop.receipts.find((r) => r.receipt_id === Number(c.req.param('receipt_id')));
      return receipt ? c.json(receipt) : c.json({ error: 'Receipt not found' }, 404);
    });

    app.route('/v3/application', api);

    app.get('/shop/:shopName', (c) => {
      const shop = [...this.#shops.values()].find(
        (s) => s.seed.shopName === c.req.param('shopName'),
      );
      if (!shop) return page('Not found', '<h1>This shop is not here</h1>', 404);
      const notice = c.req.query('done');
      const action = (name: string, label: string, secondary = false) =>
        `<form class="inline" method="post" action="${escapeHtml(`${this.basePath}/shop/${shop.seed.shopName}/simulate/${name}`)}"><button${secondary ? ' class="secondary"' : ''}>${label}</button></form>`;
      const counts = this.counts(shop.seed.shopId);
      const drafts = [...shop.created]
        .reverse()
        .map(
          (l) =>
            `<tr><td>${escapeHtml(l.title)}</td><td>${l.state}</td><td><code>${escapeHtml(l.skus.join(', '))}</code></td><td>${(l.price.amount / l.price.divisor).toFixed(2)} ${l.price.currency_code}</td></tr>`,
        )
        .join('');
      return page(
        shop.seed.shopName,
        `<h1>${escapeHtml(shop.seed.shopName)}</h1>
         <p>${escapeHtml(shop.seed.title)}</p>
         <p>Shop ${shop.seed.shopId}, owned by ${escapeHtml(shop.seed.owner)}: ${counts.listings} listings,
         ${counts.variants} variations, ${shop.receipts.length} receipts.</p>
         ${notice ? `<p><strong>${escapeHtml(notice)}</strong></p>` : ''}
         <p>${action('order', 'Place a test order')} ${action('revoke', 'Revoke access tokens', true)}</p>
         <p>${shop.shippingProfiles.length} shipping profile(s). ${shop.shippingProfiles.length ? '' : action('shipping', 'Create a shipping profile')}</p>
         ${drafts ? `<h2>Listings created by apps</h2><table><tr><th>Title</th><th>State</th><th>SKU</th><th>Price</th></tr>${drafts}</table>` : ''}`,
      );
    });

    app.post('/shop/:shopName/simulate/:action', async (c) => {
      const shop = [...this.#shops.values()].find(
        (s) => s.seed.shopName === c.req.param('shopName'),
      );
      if (!shop) return page('Not found', '<h1>This shop is not here</h1>', 404);
      const action = c.req.param('action');
      let done: string;
      if (action === 'order') {
        const index = Math.floor(Math.random() * shop.seed.listings);
        const { receipt } = await this.addReceipt(shop.seed.shopId, { listingIndex: index });
        done = `Receipt ${receipt.receipt_id} paid.`;
      } else if (action === 'revoke') {
        this.revokeTokens(shop.seed.shopId);
        done = 'Access tokens revoked.';
      } else if (action === 'shipping') {
        this.addShippingProfile(shop.seed.shopId);
        done = 'Shipping profile created.';
      } else return page('Not found', '<h1>Unknown action</h1>', 404);
      return c.redirect(
        `${this.basePath}/shop/${shop.seed.shopName}?done=${encodeURIComponent(done)}`,
        303,
      );
    });

    return app;
  }

  /** What `createDraftListing` refuses (form fields as Etsy documents them). */
  #draftProblem(shop: Shop, form: URLSearchParams): string | null {
    for (const name of [
      'quantity',
      'title',
      'description',
      'price',
      'who_made',
      'when_made',
      'taxonomy_id',
    ]) {
      if (!form.get(name)?.trim()) return `Missing required parameter: ${name}.`;
    }
    const quantity = Number(form.get('quantity'));
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
      return `quantity must be an integer between 1 and ${MAX_QUANTITY}.`;
    }
    const title = form.get('title')!.trim();
    if (title.length > MAX_TITLE) return `title must be at most ${MAX_TITLE} characters.`;
    if (/[^\p{L}\p{Nd}\p{P}\p{Sm}\p{Zs}™©®]/u.test(title)) {
      return 'title may contain only letters, numbers, punctuation, mathematical symbols, whitespace, ™, © and ®.';
    }
    for (const symbol of ['%', ':', '&', '+']) {
      if (title.split(symbol).length > 2) return `title may use the ${symbol} character only once.`;
    }
    const price = Number(form.get('price'));
    if (!Number.isFinite(price) || price < MIN_PRICE || price > MAX_PRICE) {
      return `price must be between ${MIN_PRICE.toFixed(2)} and ${MAX_PRICE.toFixed(2)} USD.`;
    }
    if (!WHO_MADE.includes(form.get('who_made')!)) {
      return `who_made must be one of ${WHO_MADE.join(', ')}.`;
    }
    if (!WHEN_MADE.includes(form.get('when_made')!)) {
      return `when_made must be one of ${WHEN_MADE.join(', ')}.`;
    }
    const taxonomy = Number(form.get('taxonomy_id'));
    if (!Number.isInteger(taxonomy) || taxonomy < 1) {
      return 'taxonomy_id must be a positive integer.';
    }
    const type = form.get('type') ?? 'physical';
    if (!LISTING_TYPES.includes(type)) return `type must be one of ${LISTING_TYPES.join(', ')}.`;
    if (type !== 'download') {
      const profile = form.get('shipping_profile_id');
      if (!profile) return 'shipping_profile_id is required for physical listings.';
      if (
        !shop.shippingProfiles.some(
          (p) => !p.is_deleted && String(p.shipping_profile_id) === profile,
        )
      ) {
        return `Shipping profile ${profile} does not exist in this shop.`;
      }
      const readiness = form.get('readiness_state_id');
      if (!readiness) return 'readiness_state_id is required for physical listings.';
      if (!shop.readinessStates.some((r) => String(r.readiness_state_id) === readiness)) {
        return `Processing profile ${readiness} does not exist in this shop.`;
      }
    }
    return null;
  }

  /** A new draft listing, its inventory one product without SKU (Etsy's default). */
  #createDraft(shop: Shop, form: URLSearchParams): EtsyListing {
    const index = shop.seed.listings + shop.created.length;
    const id = listingId(shop.source, index);
    const now = Math.floor(this.#now() / 1000);
    const title = form.get('title')!.trim();
    const cents = Math.round(Number(form.get('price')) * 100);
    const quantity = Number(form.get('quantity'));
    const price = { amount: cents, divisor: 100, currency_code: 'USD' };
    const optional = (name: string) => (form.get(name) ? Number(form.get(name)) : null);
    const listing: EtsyListing = {
      listing_id: id,
      user_id: shop.seed.userId,
      shop_id: shop.seed.shopId,
      title,
      description: form.get('description')!,
      state: 'draft',
      quantity,
      url: `${shop.source.webUrl}/listing/${id}/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      price,
      skus: [],
      tags: [],
      has_variations: false,
      creation_timestamp: now,
      created_timestamp: now,
      last_modified_timestamp: now,
      updated_timestamp: now,
      inventory: {
        products: [
          {
            product_id: id * 100,
            sku: '',
            is_deleted: false,
            offerings: [
              { offering_id: id * 100 + 50, quantity, is_enabled: true, is_deleted: false, price },
            ],
            property_values: [],
          },
        ],
        price_on_property: [],
        quantity_on_property: [],
        sku_on_property: [],
      },
      images: [],
      who_made: form.get('who_made')!,
      when_made: form.get('when_made')!,
      is_supply: form.get('is_supply') === 'true',
      listing_type: form.get('type') ?? 'physical',
      taxonomy_id: Number(form.get('taxonomy_id')),
      shipping_profile_id: optional('shipping_profile_id'),
      readiness_state_id: optional('readiness_state_id'),
    };
    shop.created.push(listing);
    const { inventory: _inventory, images: _images, ...answer } = listing;
    return answer as EtsyListing;
  }

  /** What `updateListingInventory` refuses. */
  #inventoryProblem(shop: Shop, body: unknown): string | null {
    const input = body as Partial<InventoryInput> | null;
    if (!input || !Array.isArray(input.products) || !input.products.length) {
      return 'products is required and must not be empty.';
    }
    for (const [i, product] of input.products.entries()) {
      if (product.sku !== undefined && typeof product.sku !== 'string') {
        return `products[${i}].sku must be a string.`;
      }
      if ((product.sku ?? '').length > MAX_SKU) {
        return `products[${i}].sku must be at most ${MAX_SKU} characters.`;
      }
      if (!Array.isArray(product.property_values)) {
        return `products[${i}].property_values is required.`;
      }
      for (const value of product.property_values) {
        if (value.values?.some((v) => /[()]/.test(v))) {
          return 'Property values may not contain ( or ).';
        }
      }
      if (!Array.isArray(product.offerings) || !product.offerings.length) {
        return `products[${i}].offerings is required and must not be empty.`;
      }
      for (const [j, offering] of product.offerings.entries()) {
        const at = `products[${i}].offerings[${j}]`;
        if (typeof offering.price !== 'number' || !(offering.price >= MIN_PRICE)) {
          return `${at}.price must be a number of at least ${MIN_PRICE.toFixed(2)}.`;
        }
        if (
          !Number.isInteger(offering.quantity) ||
          offering.quantity < 0 ||
          offering.quantity > MAX_QUANTITY
        ) {
          return `${at}.quantity must be an integer between 0 and ${MAX_QUANTITY}.`;
        }
        if (typeof offering.is_enabled !== 'boolean') return `${at}.is_enabled is required.`;
        if (offering.readiness_state_id === undefined || offering.readiness_state_id === null) {
          return `${at}.readiness_state_id is required for physical listings.`;
        }
        if (
          !shop.readinessStates.some((r) => r.readiness_state_id === offering.readiness_state_id)
        ) {
          return `Processing profile ${offering.readiness_state_id} does not exist in this shop.`;
        }
      }
    }
    if (input.products.length > 1 && input.products.some((p) => !p.property_values.length)) {
      return 'Every product needs property values when a listing has more than one product.';
    }
    return null;
  }

  /** Replaces a listing's inventory: new product and offering ids, SKUs, price and quantity. */
  #setInventory(listing: EtsyListing, input: InventoryInput): EtsyInventory {
    const now = Math.floor(this.#now() / 1000);
    const stamp = (listing.inventory.products[0]?.product_id ?? listing.listing_id * 100) + 1;
    const inventory: EtsyInventory = {
      products: input.products.map((product, p) => ({
        product_id: stamp + p * 10,
        sku: product.sku ?? '',
        is_deleted: false,
        offerings: product.offerings.map((offering, o) => ({
          offering_id: stamp + p * 10 + o + 1,
          quantity: offering.quantity,
          is_enabled: offering.is_enabled,
          is_deleted: false,
          price: {
            amount: Math.round(offering.price * 100),
            divisor: 100,
            currency_code: 'USD',
          },
        })),
        property_values: product.property_values.map((v) => ({
          property_id: v.property_id,
          property_name: v.property_name ?? `Property ${v.property_id}`,
          scale_id: null,
          value_ids: v.value_ids ?? [],
          values: v.values ?? [],
        })),
      })),
      price_on_property: input.price_on_property ?? [],
      quantity_on_property: input.quantity_on_property ?? [],
      sku_on_property: input.sku_on_property ?? [],
    };
    const offerings = inventory.products.flatMap((p) => p.offerings);
    listing.inventory = inventory;
    listing.skus = inventory.products.filter((p) => p.sku).map((p) => p.sku);
    listing.price = offerings.reduce(
      (low, o) => (o.price.amount < low.amount ? o.price : low),
      offerings[0]!.price,
    );
    listing.quantity = offerings.reduce((sum, o) => sum + o.quantity, 0);
    listing.has_variations = inventory.products.some((p) => p.property_values.length > 0);
    listing.last_modified_timestamp = Math.max(now, listing.last_modified_timestamp + 1);
    listing.updated_timestamp = listing.last_modified_timestamp;
    return inventory;
  }

  #connectProblem(q: URLSearchParams): string | null {
    const client = this.#apps.get(q.get('client_id') ?? '');
    if (!client)
      return 'The application that is requesting authorization was not found (client_id).';
    const redirect = q.get('redirect_uri') ?? '';
    let url: URL;
    try {
      url = new URL(redirect);
    } catch {
      return 'The redirect_uri is missing or not a URL.';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return 'The redirect_uri must be http(s).';
    }
    if (client.redirectUris && !client.redirectUris.includes(redirect)) {
      return 'The redirect_uri is not registered for this application.';
    }
    if (q.get('response_type') !== 'code') return 'response_type must be code.';
    if (!q.get('state')) return 'The state parameter is required.';
    if (!(q.get('scope') ?? '').trim()) return 'The scope parameter is required.';
    if (q.get('code_challenge_method') !== 'S256') return 'code_challenge_method must be S256.';
    if (!/^[A-Za-z0-9_-]{43}$/.test(q.get('code_challenge') ?? '')) {
      return 'code_challenge must be a base64url SHA-256 digest (43 characters).';
    }
    return null;
  }

  /** Takes one request from the app's quotas; says how long to wait when there is none left. */
  #take(key: string): { remainingSecond: number; remainingDay: number; retryAfter: number } {
    const now = this.#now();
    const second = Math.floor(now / 1000);
    let quota = this.#quotas.get(key);
    if (!quota) {
      quota = { second, used: 0, day: [] };
      this.#quotas.set(key, quota);
    }
    if (quota.second !== second) {
      quota.second = second;
      quota.used = 0;
    }
    while (quota.day.length && quota.day[0]! <= now - DAY_MS) quota.day.shift();
    const { perSecond, perDay } = this.#limits;
    if (quota.day.length >= perDay) {
      return {
        remainingSecond: Math.max(0, perSecond - quota.used),
        remainingDay: 0,
        retryAfter: Math.max(1, Math.ceil(((quota.day[0] ?? now) + DAY_MS - now) / 1000)),
      };
    }
    if (quota.used >= perSecond) {
      return { remainingSecond: 0, remainingDay: perDay - quota.day.length, retryAfter: 1 };
    }
    quota.used++;
    quota.day.push(now);
    return {
      remainingSecond: perSecond - quota.used,
      remainingDay: perDay - quota.day.length,
      retryAfter: 0,
    };
  }

  async #issue(keystring: string, userId: number, shopId: number, scopes: string[]) {
    const now = this.#now();
    const grant = (kind: Grant['kind'], expiresAt: number): Grant => ({
      kind,
      keystring,
      userId,
      shopId,
      scopes,
      expiresAt,
      generation: this.#generations.get(shopId) ?? 0,
      nonce: randomHex(),
    });
    return {
      access_token: await this.#sign(grant('access', now + this.#tokenTtl * 1000)),
      token_type: 'Bearer',
      expires_in: this.#tokenTtl,
      refresh_token: await this.#sign(grant('refresh', now + REFRESH_TTL_SECONDS * 1000)),
    };
  }

  /** `{user_id}.{payload}.{signature}`: Etsy tokens start with the user's id too. */
  async #sign(grant: Grant): Promise<string> {
    return `${grant.userId}.${await signGrant(this.#tokenSecret, grant)}`;
  }

  async #grant(token: string, kind: Grant['kind']): Promise<Grant | null> {
    const dot = token.indexOf('.');
    const grant = dot < 0 ? null : await readGrant<Grant>(this.#tokenSecret, token.slice(dot + 1));
    if (!grant) return null;
    if (grant.kind !== kind) return null;
    if (grant.generation !== (this.#generations.get(grant.shopId) ?? 0)) return null;
    if (grant.expiresAt <= this.#now()) return null;
    return grant;
  }
}
