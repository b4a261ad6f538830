import { z } from 'zod';
import { DomainError } from '../../errors.js';
import {
  readAnswer,
  refused,
  renewalDue,
  sendWithRetry,
  tokenRevoked,
  unavailable,
} from '../http.js';
import { readPayload } from '../payload.js';
import {
  type AdapterRuntime,
  type AuthorizeRequest,
  type CallbackParams,
  type CompleteRequest,
  type Connection,
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
} from '../types.js';
import { etsyOrderDelivery, readEtsyReceipt } from './orders.js';
import { standardWebhookValid } from './webhooks.js';

/** A webhook notification: it names the shop and the resource, which is read from the API. */
const EtsyNotification = z
  .object({
    event_type: z.string().min(1),
    resource_url: z.string().nullish(),
    shop_id: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]),
  })
  .loose();

export interface EtsyOptions {
  /** The app's keystring (`ETSY_KEYSTRING`): the OAuth client id. */
  keystring: string;
  /** The app's shared secret (`ETSY_SHARED_SECRET`): sent with the keystring on every call. */
  sharedSecret: string;
  /**
   * The app's webhook signing secret (`whsec_…`, `ETSY_WEBHOOK_SECRET`), from the developer
   * portal. Without it every webhook is refused and orders arrive by polling only.
   */
  webhookSecret?: string;
  /** Access scopes to request. */
  scopes?: readonly string[];
  /** Where owners approve: `https://www.etsy.com`, or a simulator's address. */
  oauthUrl?: string;
  /** The API root holding `/public/oauth/token` and `/application/…`. */
  apiUrl?: string;
  /** Listings and receipts per page (Etsy: at most 100). */
  pageSize?: number;
  /** How far back the first order poll of a store looks, in seconds. */
  firstPollLookbackSeconds?: number;
  /**
   * The seller taxonomy node listings made from the catalog are filed under. Etsy requires one;
   * the default, 2078, is Art & Collectibles › Prints › Digital Prints (digitally printed art).
   * A provider whose catalog is mostly other goods (tees, mugs) should set its own.
   */
  taxonomyId?: number;
}

export interface EtsyCredentials {
  accessToken: string;
  /** Etsy replaces it on every refresh. */
  refreshToken: string;
  /** ISO time the access token expires (Etsy: one hour after issue). */
  expiresAt: string;
  userId: string;
  shopId: string;
  scopes: string[];
}

/**
 * Where a sync is: active listings first, then drafts (Etsy lists one state at a time). A cursor
 * saved before drafts were read has no `state`: it is in the active listings.
 */
export interface EtsyCursor {
  offset: number;
  state?: ListingState;
}

type ListingState = 'active' | 'draft';

interface TokenResponse {
  access_token?: string;
  token_type?: string;
  expires_in?: number;
  refresh_token?: string;
}

interface Money {
  amount: number;
  divisor: number;
  currency_code?: string;
}

interface InventoryProduct {
  product_id: number;
  sku?: string | null;
  is_deleted?: boolean;
  offerings?: { price?: Money; is_enabled?: boolean; is_deleted?: boolean }[];
  property_values?: { property_id?: number; property_name: string; values: string[] }[];
}

interface Inventory {
  products: InventoryProduct[];
}

interface ShippingProfile {
  shipping_profile_id: number;
  title?: string | null;
  is_deleted?: boolean;
}

interface ReadinessState {
  readiness_state_id: number;
  readiness_state?: string;
}

interface Listing {
  listing_id: number;
  title?: string;
  state?: string;
  url?: string | null;
  price?: Money | null;
  skus?: string[];
  last_modified_timestamp?: number;
  updated_timestamp?: number;
  inventory?: Inventory | null;
  images?: { url_570xN?: string; url_fullxfull?: string }[] | null;
}

interface Receipt {
  receipt_id: number;
  update_timestamp?: number;
  updated_timestamp?: number;
  create_timestamp?: number;
}

interface Page<T> {
  count: number;
  results: T[];
}

const EtsyMoney = z.object({
  amount: z.number(),
  divisor: z.number(),
  currency_code: z.string().optional(),
});

const EtsyInventory = z.object({
  products: z.array(
    z.object({
      product_id: z.number(),
      sku: z.string().nullish(),
      is_deleted: z.boolean().optional(),
      offerings: z
        .array(
          z.object({
            price: EtsyMoney.optional(),
            is_enabled: z.boolean().optional(),
            is_deleted: z.boolean().optional(),
          }),
        )
        .optional(),
      property_values: z
        .array(
          z.object({
            property_id: z.number().optional(),
            property_name: z.string(),
            values: z.array(z.string()),
          }),
        )
        .optional(),
    }),
  ),
}) satisfies z.ZodType<Inventory>;

const EtsyListingPage = z.object({
  count: z.number(),
  results: z.array(
    z.object({
      listing_id: z.number(),
      title: z.string().optional(),
      state: z.string().optional(),
      url: z.string().nullish(),
      price: EtsyMoney.nullish(),
      skus: z.array(z.string()).optional(),
      last_modified_timestamp: z.number().optional(),
      updated_timestamp: z.number().optional(),
      inventory: EtsyInventory.nullish(),
      images: z
        .array(z.object({ url_570xN: z.string().optional(), url_fullxfull: z.string().optional() }))
        .nullish(),
    }),
  ),
}) satisfies z.ZodType<Page<Listing>>;

const EtsyReceiptPage = z.object({
  count: z.number(),
  results: z.array(
    z.looseObject({
      receipt_id: z.number(),
      update_timestamp: z.number().optional(),
      updated_timestamp: z.number().optional(),
      create_timestamp: z.number().optional(),
    }),
  ),
}) satisfies z.ZodType<Page<Receipt & Record<string, unknown>>>;

/** A 429 asking for a longer wait than this (the daily quota) ends the call: the job waits. */
const MAX_INLINE_WAIT_MS = 60_000;

export const defaultEtsyScopes = [
  'listings_r',
  'listings_w',
  'shops_r',
  'transactions_r',
  'transactions_w',
] as const;

/** Art & Collectibles › Prints › Digital Prints. */
const DEFAULT_TAXONOMY_ID = 2078;
/** Print on demand has no stock: the most Etsy allows per offering. */
const MADE_TO_ORDER_QUANTITY = 999;
/** Drafts read per page while looking for one of ours. */
const DRAFT_PAGES = 20;

/**
 * Etsy Open API v3: OAuth 2.0 with PKCE, `x-api-key: {keystring}:{shared secret}` plus a bearer
 * token on every call, offset-paged listings with their inventory, receipts polled by
 * `min_last_modified`, and Standard Webhooks signatures.
 *
 * A store's `shop` is the Etsy shop id (decimal): owners can rename their shop, the id never
 * changes, and Etsy's webhook bodies name shops by it.
 */
export class EtsyAdapter implements PlatformAdapter<EtsyCredentials, EtsyCursor> {
  readonly platform = 'etsy' as const;
  readonly connectsWith = ['oauth'] as const;
  readonly pkce = true;
  readonly #options: Required<Omit<EtsyOptions, 'webhookSecret'>> & {
    webhookSecret: string | null;
  };
  readonly #runtime: AdapterRuntime;
  /** What the last answer said of the per-second quota, by access token's user. */
  readonly #quota = new Map<string, { remaining: number; at: number }>();

  constructor(options: EtsyOptions, runtime: AdapterRuntime) {
    if (!options.keystring || !options.sharedSecret) {
      throw new Error(
        'Etsy needs a keystring and shared secret (ETSY_KEYSTRING, ETSY_SHARED_SECRET).',
      );
    }
    this.#options = {
      keystring: options.keystring,
      sharedSecret: options.sharedSecret,
      webhookSecret: options.webhookSecret || null,
      scopes: options.scopes ?? defaultEtsyScopes,
      oauthUrl: (options.oauthUrl ?? 'https://www.etsy.com').replace(/\/$/, ''),
      apiUrl: (options.apiUrl ?? 'https://api.etsy.com/v3').replace(/\/$/, ''),
      pageSize: Math.min(100, Math.max(1, options.pageSize ?? 100)),
      firstPollLookbackSeconds: options.firstPollLookbackSeconds ?? 24 * 3600,
      taxonomyId: options.taxonomyId ?? DEFAULT_TAXONOMY_ID,
    };
    this.#runtime = runtime;
  }

  get scopes(): readonly string[] {
    return this.#options.scopes;
  }

  /** Etsy asks the owner which shop on its own page; nothing is typed here. */
  normalizeShop(input: string): string {
    const shop = input.trim();
    if (!/^\d{1,20}$/.test(shop)) {
      throw new DomainError('invalid_shop_domain', 'An Etsy shop is named by its numeric id.');
    }
    return shop;
  }

  authorizeUrl({ state, redirectUri, codeChallenge }: AuthorizeRequest): string {
    if (!codeChallenge) throw new Error('Etsy connections need a PKCE code challenge.');
    const url = new URL(`${this.#options.oauthUrl}/oauth/connect`);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', this.#options.keystring);
    url.searchParams.set('redirect_uri', redirectUri);
    url.searchParams.set('scope', this.#options.scopes.join(' '));
    url.searchParams.set('state', state);
    url.searchParams.set('code_challenge', codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');
    return url.toString();
  }

  /** Etsy's callback is not signed: the single-use state (and PKCE) protect it. */
  async verifyCallback(query: URLSearchParams): Promise<CallbackParams> {
    const error = query.get('error');
    if (error) {
      const detail = (query.get('error_description') ?? '').slice(0, 200);
      throw new DomainError(
        'oauth_denied',
        error === 'access_denied'
          ? 'The shop owner declined the connection on Etsy.'
          : `Etsy refused the authorization (${error.slice(0, 40)})${detail ? `: ${detail}` : '.'}`,
      );
    }
    const code = query.get('code');
    const state = query.get('state');
    if (!code || !state) {
      throw new DomainError('oauth_state_invalid', 'The callback lacks its code or state.');
    }
    return { shop: null, state, code };
  }

  async complete(request: CompleteRequest): Promise<Connection<EtsyCredentials>> {
    if (!request.code || !request.codeVerifier) {
      throw new DomainError('oauth_state_invalid', 'The callback lacks its code or verifier.');
    }
    const token = await this.#tokenRequest({
      grant_type: 'authorization_code',
      client_id: this.#options.keystring,
      redirect_uri: request.redirectUri,
      code: request.code,
      code_verifier: request.codeVerifier,
    });
    if (!token) {
      throw new PlatformError(
        'credentials_invalid',
        'Etsy refused the authorization code; start the connection again.',
      );
    }
    const session: PlatformSession<EtsyCredentials> = {
      shop: '',
      credentials: { ...this.#credentials(token), userId: '', shopId: '' },
      save: async () => {},
    };
    const me = await this.#get<{ user_id: number; shop_id?: number | null }>(session, '/users/me');
    if (!me.shop_id) {
      throw new PlatformError(
        'credentials_invalid',
        'This Etsy account has no shop: approve with the account that owns the shop.',
        { reason: 'shop_missing' },
      );
    }
    const shopId = String(me.shop_id);
    session.shop = shopId;
    session.credentials = { ...session.credentials, userId: String(me.user_id), shopId };
    const shop = await this.#get<{ shop_id: number; shop_name: string; title?: string | null }>(
      session,
      `/shops/${shopId}`,
    );
    return {
      shop: shopId,
      shopName: shop.shop_name,
      scopes: session.credentials.scopes,
      credentials: session.credentials,
    };
  }

  async refresh(
    session: PlatformSession<EtsyCredentials>,
    options: { force?: boolean } = {},
  ): Promise<void> {
    const { credentials } = session;
    if (!options.force && !renewalDue(credentials.expiresAt, this.#now())) {
      return;
    }
    const token = await this.#tokenRequest({
      grant_type: 'refresh_token',
      client_id: this.#options.keystring,
      refresh_token: credentials.refreshToken,
    });
    if (!token) {
      throw tokenRevoked('Etsy refused to renew the access token.');
    }
    const next = {
      ...this.#credentials(token),
      userId: credentials.userId,
      shopId: credentials.shopId,
    };
    // Etsy replaces the refresh token on every use: persist before anything else happens.
    await session.save(next);
    session.credentials = next;
  }

  /** Etsy counts listings, not their variations; progress shows variants as they come. */
  async countVariants(): Promise<number | null> {
    return null;
  }

  /**
   * Active listings, then drafts (those made from the catalog stay drafts until the owner
   * activates them in Etsy). Other states (inactive, sold out, expired) are not read: they
   * cannot take orders.
   */
  async listProducts(
    session: PlatformSession<EtsyCredentials>,
    cursor: EtsyCursor | null,
  ): Promise<ProductPage<EtsyCursor>> {
    const state = cursor?.state ?? 'active';
    const offset = cursor?.offset ?? 0;
    const page = await this.#listings(session, state, offset);
    const products: PlatformProduct[] = [];
    for (const listing of page.results) products.push(await this.#product(session, listing));
    const seen = offset + page.results.length;
    const more = page.results.length > 0 && seen < page.count;
    return {
      products,
      next: more
        ? { state, offset: seen }
        : state === 'active'
          ? { state: 'draft', offset: 0 }
          : null,
    };
  }

  /** One page of the shop's listings in one state, oldest first, with their inventory. */
  #listings(
    session: PlatformSession<EtsyCredentials>,
    state: ListingState,
    offset: number,
  ): Promise<Page<Listing>> {
    return this.#get(session, `/shops/${session.credentials.shopId}/listings`, EtsyListingPage, {
      state,
      limit: String(this.#options.pageSize),
      offset: String(offset),
      // Oldest first: listings added while paging land after the pages already read.
      sort_on: 'created',
      sort_order: 'asc',
      includes: 'Images,Inventory',
    });
  }

  async #product(
    session: PlatformSession<EtsyCredentials>,
    listing: Listing,
  ): Promise<PlatformProduct> {
    const inventory =
      listing.inventory ??
      (await this.#get(session, `/listings/${listing.listing_id}/inventory`, EtsyInventory));
    return fromListing(listing, inventory);
  }

  /**
   * A draft listing with one inventory product holding `draft.sku` and its price. Etsy keeps it a
   * draft: activating a listing needs at least one photo and costs a listing fee, which is the
   * owner's call in Etsy. Found again by its SKU on a retry; a draft of ours whose inventory was
   * not written yet (the attempt stopped in between) is found by its title and finished.
   */
  async publishProduct(
    session: PlatformSession<EtsyCredentials>,
    draft: ProductDraft,
  ): Promise<PlatformProduct> {
    const price = Number(draft.price ?? 0);
    if (!(price > 0)) {
      throw refused(
        'Etsy needs a price above zero for every listing: give the product a price, then publish it again.',
      );
    }
    const { found, unfinished } = await this.#findDraft(session, draft);
    if (found) return found;
    const shopId = session.credentials.shopId;
    const shipping = await this.#get<Page<ShippingProfile>>(
      session,
      `/shops/${shopId}/shipping-profiles`,
    );
    const profile = shipping.results.find((p) => !p.is_deleted);
    if (!profile) {
      throw refused(
        'The Etsy shop has no shipping profile, which every physical listing needs: create one in Shop Manager › Settings › Delivery settings, then publish again.',
      );
    }
    const readiness = await this.#get<Page<ReadinessState>>(
      session,
      `/shops/${shopId}/readiness-state-definitions`,
      undefined,
      { limit: '100' },
    );
    const processing =
      readiness.results.find((r) => r.readiness_state === 'made_to_order') ?? readiness.results[0];
    if (!processing) {
      throw refused(
        'The Etsy shop has no processing profile, which every physical listing needs: add processing times in Shop Manager › Settings › Delivery settings, then publish again.',
      );
    }
    const listing =
      unfinished ??
      (await this.#call<Listing>(session, 'POST', `/shops/${shopId}/listings`, {
        idempotent: false,
        form: {
          quantity: String(MADE_TO_ORDER_QUANTITY),
          title: draft.title,
          // Etsy requires a description.
          description: draft.description?.trim() || draft.title,
          price: price.toFixed(2),
          who_made: 'i_did',
          when_made: 'made_to_order',
          is_supply: 'false',
          type: 'physical',
          taxonomy_id: String(this.#options.taxonomyId),
          shipping_profile_id: String(profile.shipping_profile_id),
          readiness_state_id: String(processing.readiness_state_id),
        },
      }));
    const inventory = await this.#call<Inventory>(
      session,
      'PUT',
      `/listings/${listing.listing_id}/inventory`,
      {
        json: {
          products: [
            {
              sku: draft.sku,
              property_values: [],
              offerings: [
                {
                  price,
                  quantity: MADE_TO_ORDER_QUANTITY,
                  is_enabled: true,
                  readiness_state_id: processing.readiness_state_id,
                },
              ],
            },
          ],
          price_on_property: [],
          quantity_on_property: [],
          sku_on_property: [],
          readiness_state_on_property: [],
        },
      },
    );
    return fromListing({ ...listing, state: listing.state ?? 'draft' }, inventory);
  }

  /**
   * The shop's drafts, looking for ours: one holding the SKU (done), or one with the same title
   * and an inventory without any SKU (created, its inventory never written).
   */
  async #findDraft(
    session: PlatformSession<EtsyCredentials>,
    draft: ProductDraft,
  ): Promise<{ found: PlatformProduct | null; unfinished: Listing | null }> {
    let unfinished: Listing | null = null;
    for (let offset = 0, page = 0; page < DRAFT_PAGES; page++) {
      const drafts = await this.#listings(session, 'draft', offset);
      for (const listing of drafts.results) {
        const product = await this.#product(session, listing);
        if (product.variants.some((v) => v.sku === draft.sku)) {
          return { found: product, unfinished: null };
        }
        if (
          !unfinished &&
          listing.title === draft.title &&
          product.variants.length === 1 &&
          product.variants.every((v) => !v.sku && !Object.keys(v.options).length)
        ) {
          unfinished = listing;
        }
      }
      offset += drafts.results.length;
      if (!drafts.results.length || offset >= drafts.count) break;
    }
    return { found: null, unfinished };
  }

  async verify(session: PlatformSession<EtsyCredentials>): Promise<void> {
    await this.#get(session, '/users/me');
  }

  /**
   * createReceiptShipment: the receipt is marked shipped with its tracking code and carrier, and
   * Etsy emails the buyer. Etsy ships a receipt as a whole, so the lines are not sent. Every call
   * emails the buyer again, so a receipt that already holds this tracking code (or, without one,
   * is already shipped) is left alone.
   */
  async pushFulfillment(
    session: PlatformSession<EtsyCredentials>,
    fulfillment: PlatformFulfillment,
  ): Promise<void> {
    const path = `/shops/${session.credentials.shopId}/receipts/${fulfillment.orderId}`;
    const receipt = await this.#call<{
      is_shipped: boolean;
      shipments?: { tracking_code?: string | null }[] | null;
    }>(session, 'GET', path, {
      missing: `Etsy has no receipt ${fulfillment.orderId} in this shop.`,
    });
    const code = fulfillment.tracking?.code ?? null;
    const done = code
      ? (receipt.shipments ?? []).some((s) => s.tracking_code === code)
      : receipt.is_shipped;
    if (done) return;
    await this.#call<unknown>(session, 'POST', `${path}/tracking`, {
      // Etsy takes both or neither; a carrier it does not list goes as `other`.
      json: code
        ? { tracking_code: code, carrier_name: etsyCarrier(fulfillment.carrier), send_bcc: false }
        : { send_bcc: false },
      idempotent: false,
      refusing: 'the shipment',
      missing: `Etsy has no receipt ${fulfillment.orderId} in this shop.`,
    });
  }

  /**
   * Etsy webhooks belong to commercial apps and are set up once for the whole app in Etsy's
   * developer portal; there is no API to subscribe a shop. Receipts are polled instead.
   */
  async subscribeWebhooks(): Promise<void> {}

  /** Etsy signs with the app's webhook secret; a store has none of its own. */
  async verifyWebhook(
    headers: Headers,
    body: Uint8Array,
    _secret?: string | null,
  ): Promise<boolean> {
    if (!this.#options.webhookSecret) return false;
    return standardWebhookValid(
      [this.#options.webhookSecret],
      headers,
      body,
      Math.floor(this.#now() / 1000),
    );
  }

  parseWebhook(headers: Headers, body: Uint8Array): WebhookDelivery {
    const id = headers.get('webhook-id');
    if (!id) throw new DomainError('validation_failed', 'The webhook lacks its webhook-id header.');
    const timestamp = Number(headers.get('webhook-timestamp'));
    const triggeredAt = Number.isFinite(timestamp)
      ? new Date(timestamp * 1000).toISOString()
      : null;
    const read = readPayload(EtsyNotification, body);
    if (!read.ok) {
      return {
        id,
        topic: 'unknown',
        shop: null,
        triggeredAt,
        event: { kind: 'invalid', reason: read.reason },
      };
    }
    const payload = read.data;
    const topic = payload.event_type;
    const receipt = payload.resource_url?.match(/\/receipts\/(\d+)/)?.[1];
    return {
      id,
      topic,
      shop: String(payload.shop_id),
      triggeredAt,
      event:
        topic === 'order.paid'
          ? { kind: 'order_created', externalId: receipt ?? id, payload }
          : { kind: 'ignored' },
    };
  }

  /**
   * A polled receipt is read as it is; an `order.paid` notification names the receipt, which is
   * read from the API (`GET /shops/{shop_id}/receipts/{receipt_id}`): the store's own shop only.
   */
  async readOrder(
    delivery: { payload: unknown },
    session: () => Promise<PlatformSession<EtsyCredentials>>,
  ): Promise<PlatformOrder> {
    const named = etsyOrderDelivery(delivery.payload);
    if ('receipt' in named) return readEtsyReceipt(named.receipt);
    const open = await session();
    if (named.shopId !== open.credentials.shopId) {
      throw new DomainError(
        'validation_failed',
        `The notification names a receipt of Etsy shop ${named.shopId}, not of this store's shop ${open.credentials.shopId}.`,
      );
    }
    const receipt = await this.#call<unknown>(
      open,
      'GET',
      `/shops/${named.shopId}/receipts/${named.receiptId}`,
      { missing: `Etsy has no receipt ${named.receiptId} in shop ${named.shopId}.` },
    );
    return readEtsyReceipt(receipt);
  }

  /**
   * Paid receipts changed since `since` (epoch seconds), oldest change first. A receipt's delivery
   * id names its change (`receipt:{id}:{update_timestamp}`), so polling the same change twice
   * yields the same id; the next poll starts at the latest change seen.
   */
  async pollOrders(
    session: PlatformSession<EtsyCredentials>,
    since: string | null,
  ): Promise<OrderPoll> {
    const from =
      since && /^\d+$/.test(since)
        ? Number(since)
        : Math.floor(this.#now() / 1000) - this.#options.firstPollLookbackSeconds;
    const limit = this.#options.pageSize;
    const deliveries: WebhookDelivery[] = [];
    let latest = from;
    for (let offset = 0; ; ) {
      const page = await this.#get(
        session,
        `/shops/${session.credentials.shopId}/receipts`,
        EtsyReceiptPage,
        {
          min_last_modified: String(from),
          was_paid: 'true',
          sort_on: 'updated',
          sort_order: 'asc',
          limit: String(limit),
          offset: String(offset),
        },
      );
      for (const receipt of page.results) {
        const changed =
          receipt.update_timestamp ?? receipt.updated_timestamp ?? receipt.create_timestamp ?? from;
        latest = Math.max(latest, changed);
        deliveries.push({
          id: `receipt:${receipt.receipt_id}:${changed}`,
          topic: 'order.paid',
          shop: session.shop,
          triggeredAt: new Date(changed * 1000).toISOString(),
          event: {
            kind: 'order_created',
            externalId: String(receipt.receipt_id),
            payload: receipt,
          },
        });
      }
      offset += page.results.length;
      if (!page.results.length || offset >= page.count) break;
    }
    return { deliveries, since: String(latest) };
  }

  #now(): number {
    return this.#runtime.clock.now().getTime();
  }

  #apiKey(): string {
    return `${this.#options.keystring}:${this.#options.sharedSecret}`;
  }

  /** The token endpoint: a token on 200, null when Etsy refuses the grant. */
  async #tokenRequest(form: Record<string, string>): Promise<TokenResponse | null> {
    const response = await sendWithRetry(
      this.#runtime,
      () =>
        new Request(`${this.#options.apiUrl}/public/oauth/token`, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
            'x-api-key': this.#apiKey(),
          },
          body: new URLSearchParams(form).toString(),
        }),
      { who: 'Etsy', rateLimitWaitMs: 1000, maxInlineWaitMs: MAX_INLINE_WAIT_MS },
    );
    if (response.ok) {
      const token = (await response.json()) as TokenResponse;
      if (!token.access_token || !token.refresh_token) {
        throw unavailable('Etsy answered without an access or refresh token.');
      }
      return token;
    }
    // A refused grant (invalid_grant): a spent code, a wrong verifier, a revoked token.
    if (response.status === 401 || response.status === 403) await this.#refusedKey(response);
    else await response.body?.cancel();
    return null;
  }

  #credentials(token: TokenResponse): Omit<EtsyCredentials, 'userId' | 'shopId'> {
    return {
      accessToken: token.access_token!,
      refreshToken: token.refresh_token!,
      expiresAt: new Date(this.#now() + (token.expires_in ?? 3600) * 1000).toISOString(),
      scopes: [...this.#options.scopes],
    };
  }

  #get<T>(
    session: PlatformSession<EtsyCredentials>,
    path: string,
    schema?: z.ZodType<T>,
    query: Record<string, string> = {},
  ): Promise<T> {
    return this.#call<T>(session, 'GET', path, { query, ...(schema ? { schema } : {}) });
  }

  /**
   * One API call: the token renewed when about to expire (and once on a 401), paced by the
   * per-second quota Etsy reports, 429s waited out as `retry-after` says, outages retried
   * (except for a call that creates something: see `idempotent` in `sendWithRetry`). Bodies are
   * form-encoded (`form`) or JSON (`json`), as each endpoint wants.
   */
  async #call<T>(
    session: PlatformSession<EtsyCredentials>,
    method: string,
    path: string,
    options: {
      query?: Record<string, string>;
      form?: Record<string, string>;
      json?: unknown;
      idempotent?: boolean;
      /** What a 404 means for this call, when it is not the shop gone (a receipt that is not). */
      missing?: string;
      /** What Etsy refuses when it answers 400/404/409 to a change: `the listing`… */
      refusing?: string;
      /** What the call reads from a successful answer (anything else is Etsy's passing trouble). */
      schema?: z.ZodType<T>;
    } = {},
  ): Promise<T> {
    const url = new URL(`${this.#options.apiUrl}/application${path}`);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      url.searchParams.set(key, value);
    }
    const body = options.form
      ? { type: 'application/x-www-form-urlencoded', text: new URLSearchParams(options.form) }
      : options.json !== undefined
        ? { type: 'application/json', text: JSON.stringify(options.json) }
        : null;
    let renewed = false;
    for (;;) {
      const quotaKey = () => session.credentials.userId || session.credentials.accessToken;
      const response = await sendWithRetry(
        this.#runtime,
        () =>
          new Request(url, {
            method,
            headers: {
              accept: 'application/json',
              'x-api-key': this.#apiKey(),
              authorization: `Bearer ${session.credentials.accessToken}`,
              ...(body ? { 'content-type': body.type } : {}),
            },
            ...(body ? { body: body.text.toString() } : {}),
          }),
        {
          who: 'Etsy',
          rateLimitWaitMs: 1000,
          maxInlineWaitMs: MAX_INLINE_WAIT_MS,
          beforeAttempt: async () => {
            await this.refresh(session);
            await this.#awaitQuota(quotaKey());
          },
          observe: (answer) => this.#remember(quotaKey(), answer),
          ...(options.idempotent === false ? { idempotent: false } : {}),
        },
      );
      const { status } = response;
      if (response.ok) {
        return readAnswer(
          response,
          options.schema ?? (z.unknown() as z.ZodType<T>),
          "Etsy's answer",
        );
      }
      if (status === 401) {
        await response.body?.cancel();
        if (renewed) {
          throw tokenRevoked('Etsy no longer accepts the access token.');
        }
        renewed = true;
        await this.refresh(session, { force: true });
        continue;
      }
      if (status === 403) {
        const said = await this.#refusedKey(response);
        // A store connected before the app asked for a scope: a new consent grants it.
        const missing = this.#options.scopes.filter((s) => !session.credentials.scopes.includes(s));
        throw new PlatformError(
          'permissions_not_granted',
          `${said ? `Etsy refused the request: ${said}. ` : 'The app lacks a needed access scope. '}` +
            (missing.length
              ? `Reconnect the store to grant ${missing.join(', ')}.`
              : 'Reconnect the store to grant the access the app asks for.'),
        );
      }
      if (status === 404 && options.missing) {
        await response.body?.cancel();
        throw refused(options.missing);
      }
      if (status === 404 && method === 'GET') {
        await response.body?.cancel();
        throw new PlatformError('store_needs_reauth', 'Etsy does not know this shop any more.', {
          reason: 'shop_not_found',
        });
      }
      const said = errorText(await response.text().catch(() => ''));
      if (method !== 'GET' && (status === 400 || status === 404 || status === 409)) {
        throw refused(
          `Etsy refused ${options.refusing ?? 'the listing'}: ${said.replace(/\.$/, '') || `it answered ${status}`}.`,
        );
      }
      throw new PlatformError(
        'platform_unavailable',
        `Etsy refused the request (${status})${said ? `: ${said}` : ''}.`,
        { transient: false },
      );
    }
  }

  /** A 403 about the app's key is a configuration problem, not the shop's; else Etsy's words. */
  async #refusedKey(response: Response): Promise<string> {
    const text = await response.text().catch(() => '');
    if (/x-api-key|api key|shared secret/i.test(text)) {
      throw new PlatformError(
        'platform_unavailable',
        'Etsy refused the app key: check ETSY_KEYSTRING and ETSY_SHARED_SECRET.',
        { transient: false, reason: 'api_key_refused' },
      );
    }
    return errorText(text);
  }

  #remember(key: string, response: Response): void {
    const remaining = Number.parseInt(response.headers.get('x-remaining-this-second') ?? '', 10);
    if (!Number.isFinite(remaining)) return;
    if (this.#quota.size > 10_000) this.#quota.clear();
    this.#quota.set(key, { remaining, at: this.#now() });
  }

  /** With this second's quota spent, the next call waits for the next second. */
  async #awaitQuota(key: string): Promise<void> {
    const quota = this.#quota.get(key);
    if (!quota || quota.remaining > 0) return;
    const wait = 1000 - (this.#now() - quota.at);
    if (wait > 0) await this.#runtime.sleep(wait);
    this.#quota.delete(key);
  }
}

/** Etsy's error body, `{"error": "…"}`, as its message (a short excerpt of anything else). */
function errorText(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: unknown; error_description?: unknown };
    const said = body.error_description ?? body.error;
    if (typeof said === 'string') return said.replace(/\.$/, '').slice(0, 500);
  } catch {
    // not JSON
  }
  return text.trim().slice(0, 200);
}

/** Etsy money, `{amount: 1500, divisor: 100}`, as a decimal string: `15.00`. */
export function moneyText(money: Money | null | undefined): string | null {
  if (!money || !Number.isFinite(money.amount) || !(money.divisor > 0)) return null;
  const decimals = Math.max(0, Math.round(Math.log10(money.divisor)));
  return (money.amount / money.divisor).toFixed(decimals);
}

const listingStatus = (state: string | undefined): PlatformProduct['status'] =>
  state === 'active' ? 'active' : state === 'draft' ? 'draft' : 'archived';

/**
 * A listing as a product: each inventory product (one per combination of variation values) is
 * a variant; a listing without variations has a single one.
 */
export function fromListing(listing: Listing, inventory: Inventory): PlatformProduct {
  const live = inventory.products.filter((p) => !p.is_deleted);
  const options: { name: string; values: string[] }[] = [];
  for (const product of live) {
    for (const property of product.property_values ?? []) {
      let option = options.find((o) => o.name === property.property_name);
      if (!option) {
        option = { name: property.property_name, values: [] };
        options.push(option);
      }
      const value = property.values.join(', ');
      if (!option.values.includes(value)) option.values.push(value);
    }
  }
  const title = listing.title ?? '';
  const changed = listing.last_modified_timestamp ?? listing.updated_timestamp;
  return {
    externalId: String(listing.listing_id),
    title,
    handle: null,
    vendor: null,
    productType: null,
    status: listingStatus(listing.state),
    imageUrl: listing.images?.[0]?.url_570xN ?? listing.images?.[0]?.url_fullxfull ?? null,
    options,
    updatedAt: changed ? new Date(changed * 1000).toISOString() : null,
    variants: live.map((product): PlatformVariant => {
      const selected = Object.fromEntries(
        (product.property_values ?? []).map((p) => [p.property_name, p.values.join(', ')]),
      );
      const offering =
        product.offerings?.find((o) => o.is_enabled !== false && !o.is_deleted) ??
        product.offerings?.[0];
      const values = Object.values(selected);
      return {
        externalId: String(product.product_id),
        title: values.length ? values.join(' / ') : title,
        sku: product.sku || null,
        barcode: null,
        price: moneyText(offering?.price ?? listing.price),
        options: selected,
      };
    }),
  };
}

/**
 * Etsy's carrier name for the production system's: Etsy matches known carriers by name
 * (`usps`, `ups`, `fedex`, `dhl`…); anything else, or none, is `other`.
 */
function etsyCarrier(carrier: string | null): string {
  const name = carrier?.trim().toLowerCase() ?? '';
  return name || 'other';
}
