import { type Context, Hono } from 'hono';
import { type Clock, systemClock } from '../clock.js';
import type { SimulatorHostOptions } from '../common.js';
import { postDelivery, randomHex, readGrant, signGrant } from '../common.js';
import { base64url, timingSafeEqual } from '../crypto.js';
import { type EtsyListing, generateListing, type ListingSource, listingId } from './data.js';
import { clickConsent, escapeHtml, hiddenInputs, page } from './pages.js';
import { signStandardWebhook } from './signing.js';

/**
 * A stand-in for Etsy's Open API v3 that speaks its wire protocol: the OAuth consent page
 * (`/oauth/connect`, PKCE S256 only) with "Allow access" and "Deny", the token endpoint
 * (`/v3/public/oauth/token`: code + verifier, one-hour access tokens, refresh tokens replaced on
 * every use), `x-api-key: {keystring}:{shared secret}` on every API call (with Etsy's 403 bodies),
 * per-second and per-day quotas (429 + `retry-after`, `x-limit-*` / `x-remaining-*` headers),
 * offset-paged `{count, results}` lists of listings (with inventory) and receipts, and `order.paid`
 * webhooks signed the Standard Webhooks way.
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
  status: 'paid' | 'completed' | 'open' | 'payment processing' | 'canceled';
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
  email_r: 'See your email address',
};

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
    this.#shops.set(seed.shopId, {
      seed,
      source: {
        shopId: seed.shopId,
        userId: seed.userId,
        shopName: seed.shopName,
        webUrl: `https://www.etsy.com`,
      },
      receipts: [],
    });
    return seed.shopId;
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

  /** A buyer pays for a listing: a new receipt, and `order.paid` to the webhook endpoints. */
  async addReceipt(
    nameOrId: string | number,
    order: { listingIndex?: number; productIndex?: number; quantity?: number } = {},
  ): Promise<{ receipt: EtsyReceipt; deliveries: EtsyDelivery[] }> {
    const shop = this.#shop(nameOrId);
    const listing = this.listing(shop.seed.shopId, order.listingIndex ?? 0);
    if (!listing) throw new Error(`No listing ${order.listingIndex} in ${nameOrId}`);
    const live = listing.inventory.products.filter((p) => !p.is_deleted);
    const product = live[order.productIndex ?? 0] ?? live[0]!;
    const price = product.offerings[0]!.price;
    const quantity = order.quantity ?? 1;
    const now = Math.floor(this.#now() / 1000);
    const id = this.#nextReceipt++;
    const shipping = { amount: 450, divisor: 100, currency_code: 'USD' };
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
        ...price,
        amount: price.amount * quantity + shipping.amount,
      },
      total_shipping_cost: shipping,
      transactions: [
        {
          transaction_id: 4_200_000_000 + (id % 1_000_000),
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
        },
      ],
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
      const includes = (c.req.query('includes') ?? '').split(',').map((s) => s.trim());
      const total = state === 'active' ? shop.seed.listings : 0;
      const results = [];
      for (let i = page.offset; i < Math.min(total, page.offset + page.limit); i++) {
        const { inventory, images, ...listing } = generateListing(shop.source, i);
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
      if (!shop || !Number.isInteger(index) || index < 0 || index >= shop.seed.listings) {
        return c.json({ error: 'Listing not found' }, 404);
      }
      return c.json(generateListing(shop.source, index).inventory);
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
      return page(
        shop.seed.shopName,
        `<h1>${escapeHtml(shop.seed.shopName)}</h1>
         <p>${escapeHtml(shop.seed.title)}</p>
         <p>Shop ${shop.seed.shopId}, owned by ${escapeHtml(shop.seed.owner)}: ${counts.listings} listings,
         ${counts.variants} variations, ${shop.receipts.length} receipts.</p>
         ${notice ? `<p><strong>${escapeHtml(notice)}</strong></p>` : ''}
         <p>${action('order', 'Place a test order')} ${action('revoke', 'Revoke access tokens', true)}</p>`,
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
      } else return page('Not found', '<h1>Unknown action</h1>', 404);
      return c.redirect(
        `${this.basePath}/shop/${shop.seed.shopName}?done=${encodeURIComponent(done)}`,
        303,
      );
    });

    return app;
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
