import type { ErrorCode, Platform, PrintSpecs } from '@vitrine/sdk';
import type { Clock } from '../clock.js';
import { DomainError } from '../errors.js';

/**
 * One interface for every platform a store lives on. An adapter speaks the platform's real wire
 * protocol (OAuth redirects, signatures, pagination, rate limits) to whatever base URL it is
 * configured with: the platform itself, or a simulator that speaks the same protocol offline.
 * Adapters know nothing about the database; services persist what they return.
 */
export interface PlatformAdapter<C extends Credentials = Credentials, Cursor = unknown> {
  readonly platform: Platform;
  /**
   * How an owner connects a store: `oauth` (a redirect to the platform and back, with a code to
   * exchange), `key_handoff` (a redirect, while the platform POSTs new keys to us: WooCommerce) or
   * `credentials` (typed into a form and checked live). An adapter may offer several.
   */
  readonly connectsWith: readonly ConnectMethod[];
  /** OAuth 2.0 with PKCE (S256): the service keeps the verifier with the state. */
  readonly pkce?: boolean;
  /** The shop the owner typed, normalised; a DomainError `invalid_shop_domain` otherwise. */
  normalizeShop(input: string): string;
  /** Where to send the owner to approve the connection. */
  authorizeUrl(request: AuthorizeRequest): string;
  /** Checks the callback's signature and freshness; returns what it carries. */
  verifyCallback(query: URLSearchParams): Promise<CallbackParams>;
  /** Exchanges the callback's code for credentials and reads the shop's name. */
  complete(callback: CompleteRequest): Promise<Connection<C>>;
  /** Credentials the owner typed (or a key hand-off delivered), checked with a live call. */
  connectWithCredentials?(input: CredentialsInput): Promise<Connection<C>>;
  /** A live call proving the credentials still work; a PlatformError when they do not. */
  verify(session: PlatformSession<C>): Promise<void>;
  /** Renews expiring credentials (always when `force`); persists them through `session.save`. */
  refresh(session: PlatformSession<C>, options?: { force?: boolean }): Promise<void>;
  /** How many variants the shop has, for progress; null when the platform cannot tell cheaply. */
  countVariants(session: PlatformSession<C>): Promise<number | null>;
  /** One page of products with all their variants; `next` is null after the last page. */
  listProducts(session: PlatformSession<C>, cursor: Cursor | null): Promise<ProductPage<Cursor>>;
  /**
   * Subscribes the store's webhook address to the topics the server handles (idempotent).
   * `secret` is the store's own signing secret where the platform lets us choose one.
   */
  subscribeWebhooks(
    session: PlatformSession<C>,
    callbackUrl: string,
    secret: string | null,
  ): Promise<void>;
  /**
   * Whether a webhook's signature holds, over the raw body bytes. `secret` is the store's own
   * signing secret (WooCommerce, Pressero); app-wide secrets (Shopify, Etsy) are the adapter's.
   */
  verifyWebhook(headers: Headers, body: Uint8Array, secret: string | null): Promise<boolean>;
  /** A verified webhook as a platform-neutral event. */
  parseWebhook(headers: Headers, body: Uint8Array): WebhookDelivery;
  /**
   * Orders changed since `since` (the platform's own timestamp of the last poll), for platforms
   * whose webhooks are not enough on their own (Etsy receipts, WooCommerce orders). Each order
   * becomes an `order_created` delivery whose id is stable across polls.
   */
  pollOrders?(session: PlatformSession<C>, since: string | null): Promise<OrderPoll>;
  /**
   * The order an order delivery (a webhook's body, or a polled order) stands for, read in the
   * neutral shape: from the body where it holds the whole order, from the platform's API where it
   * only names it (`session` opens the store's credentials then). A body that is not a readable
   * order is a `DomainError` (`validation_failed`) saying why.
   */
  readOrder?(
    delivery: { externalId: string; payload: unknown },
    session: () => Promise<PlatformSession<C>>,
  ): Promise<PlatformOrder>;
  /**
   * Tells the platform an order (or some of its lines) shipped, with its tracking: the platform
   * marks it fulfilled and may tell the buyer. Safe to call again: lines already fulfilled are
   * left as they are. Platforms that take no fulfillment from here have none.
   */
  pushFulfillment?(session: PlatformSession<C>, fulfillment: PlatformFulfillment): Promise<void>;
  /**
   * Creates a product made from the print catalog on the platform, with one variant carrying
   * `draft.sku`, and answers it as the platform now lists it (its real ids). Safe to call again
   * after a crash: a product already holding that SKU is answered instead of a second one.
   * A platform that cannot make a product live from here answers it as it is (Etsy keeps new
   * listings as drafts: activating one needs photos and costs a listing fee). Refusals are
   * PlatformErrors with the platform's own message: `validation_failed` for what the platform
   * will not take (or a shop setting it lacks), `permissions_not_granted` for a missing scope or
   * a read-only key. Platforms whose products are made elsewhere (Pressero) have none.
   */
  publishProduct?(session: PlatformSession<C>, draft: ProductDraft): Promise<PlatformProduct>;
}

/** A shipment to report to the platform an order came from. */
export interface PlatformFulfillment {
  /** The platform's order id. */
  orderId: string;
  /** The platform's line ids shipped, with their quantities. */
  lines: { lineId: string; quantity: number }[];
  tracking: { code: string; url: string | null } | null;
  /** The carrier, as the production system named it, if it did. */
  carrier: string | null;
}

/** An order as a platform tells it, in the neutral shape order intake reads. */
export interface PlatformOrder {
  /** The platform's order id: one order per store and platform order id, always. */
  externalId: string;
  /** The number people use (`#1001`, a receipt id), unique in the store. */
  reference: string;
  status: 'open' | 'cancelled';
  /** Placed with a test gateway or flagged as a test by the platform. */
  test: boolean;
  currency: string;
  /** Null when the order ships nothing (or the platform did not say where). */
  shippingAddress: PlatformAddress | null;
  lines: PlatformOrderLine[];
  /**
   * The business the order names, on platforms whose orders name one (Pressero: the integration
   * ID of the site it was placed on). Intake takes the order only when it is the reference ID of
   * the store's client; null when the order names none. Absent on platforms that do not name one.
   */
  integrationId?: string | null;
}

export interface PlatformAddress {
  firstName: string;
  lastName: string;
  companyName: string | null;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  postCode: string;
  state: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  email: string | null;
  phone: string | null;
}

export interface PlatformOrderLine {
  externalId: string;
  /** The platform's variant id as syncs store it; null for custom lines. */
  variantExternalId: string | null;
  sku: string | null;
  title: string;
  quantity: number;
  /** What the buyer chose or typed for the line (properties, Pressero attributes). */
  attributes: Record<string, string>;
  /**
   * Print specs the buyer chose on the line (a page count among its attributes). They apply over
   * the mapping's where the mapped catalog product takes them (a page count within its range).
   */
  printSpecs?: PrintSpecs;
}

/** A product to create on a platform from a catalog product. */
export interface ProductDraft {
  title: string;
  description: string | null;
  /** Decimal string in the shop's currency; platforms that need one get `0.00` otherwise. */
  price: string | null;
  /** Our own SKU for the variant: finds the product again if publishing is retried. */
  sku: string;
  /** Visible and orderable at once (`active`), or created as a draft to review first. */
  status: 'active' | 'draft';
  /** What the catalog product is, for the platform's product type field. */
  productType: string;
}

export type ConnectMethod = 'oauth' | 'key_handoff' | 'credentials';

/** What the owner typed to connect a credentials-based store. */
export type CredentialsInput =
  | { platform: 'woocommerce'; url: string; consumerKey: string; consumerSecret: string }
  | { platform: 'pressero'; siteUrl: string; username: string; password: string };

export interface OrderPoll {
  deliveries: WebhookDelivery[];
  /** Where the next poll starts. */
  since: string | null;
}

/** What adapters need from the world: outbound HTTP, the time, and a way to wait. */
export interface AdapterRuntime {
  fetch: (input: Request) => Promise<Response>;
  clock: Clock;
  /** Waits out rate limits; tests pass one that moves a manual clock instead. */
  sleep: (ms: number) => Promise<void>;
  /** How long one attempt may take before it counts as a failure (30 s by default). */
  callTimeoutMs?: number;
}

/** Stored encrypted as JSON; only the adapter knows its shape. */
export type Credentials = object;

/** A store's credentials while a piece of work uses them; `save` persists rotated ones. */
export interface PlatformSession<C extends Credentials = Credentials> {
  shop: string;
  credentials: C;
  save(next: C): Promise<void>;
}

export interface AuthorizeRequest {
  /** Null where the platform asks the owner which shop (Etsy). */
  shop: string | null;
  state: string;
  redirectUri: string;
  /** PKCE: base64url(SHA-256(verifier)), for adapters with `pkce`. */
  codeChallenge?: string;
  /** Key hand-off: where the platform POSTs the keys it creates. */
  keysUrl?: string;
}

export interface CallbackParams {
  /** Null where the callback does not name the shop (Etsy, WooCommerce's hand-off). */
  shop: string | null;
  state: string;
  /** Null for a key hand-off, whose keys arrive separately. */
  code: string | null;
}

export interface CompleteRequest extends CallbackParams {
  /** The shop recorded when the connection started. */
  startedShop: string | null;
  redirectUri: string;
  /** PKCE: the verifier kept with the state. */
  codeVerifier?: string;
}

export interface Connection<C extends Credentials = Credentials> {
  shop: string;
  shopName: string;
  scopes: string[];
  credentials: C;
}

export interface PlatformVariant {
  externalId: string;
  title: string;
  sku: string | null;
  barcode: string | null;
  price: string | null;
  options: Record<string, string>;
}

export interface PlatformProduct {
  externalId: string;
  title: string;
  handle: string | null;
  vendor: string | null;
  productType: string | null;
  status: 'active' | 'draft' | 'archived';
  imageUrl: string | null;
  options: { name: string; values: string[] }[];
  /** The platform's last change, to order deliveries that arrive out of order. */
  updatedAt: string | null;
  variants: PlatformVariant[];
  /**
   * A webhook that names the product's variants without describing them (WooCommerce's variable
   * products list variation ids only): these stay as stored, others are removed, and new ones
   * arrive with the next sync.
   */
  knownVariantIds?: string[];
}

export interface ProductPage<Cursor> {
  products: PlatformProduct[];
  next: Cursor | null;
}

export type WebhookEvent =
  | { kind: 'product_updated'; product: PlatformProduct }
  | { kind: 'product_deleted'; externalId: string }
  | { kind: 'order_created'; externalId: string; payload: unknown }
  | { kind: 'app_uninstalled' }
  | { kind: 'ignored' }
  /** Signed, but a body the adapter cannot read: recorded as failed, with why. */
  | { kind: 'invalid'; reason: string };

export interface WebhookDelivery {
  /** The platform's delivery id: the same on every retry of one delivery. */
  id: string;
  topic: string;
  shop: string | null;
  triggeredAt: string | null;
  event: WebhookEvent;
  /**
   * The platform's id of the event the delivery announces, where it has one apart from the
   * delivery's (Shopify's `X-Shopify-Event-Id`: one event sent to two subscriptions).
   */
  eventId?: string | null;
  /**
   * What the body itself is (topic, resource id, its last change): the same signed body under
   * new delivery and event ids is the same delivery.
   */
  contentKey?: string | null;
}

export type PlatformErrorCode = Extract<
  ErrorCode,
  | 'credentials_invalid'
  | 'permissions_not_granted'
  | 'plan_without_api_access'
  | 'store_needs_reauth'
  | 'platform_unavailable'
  | 'rate_limited'
  | 'hmac_invalid'
  | 'invalid_shop_domain'
  | 'oauth_denied'
  | 'validation_failed'
>;

/**
 * What went wrong talking to a platform, in the contract's words. `transient` failures (the
 * platform is down, or asks us to slow down) are worth retrying later; the others need a person.
 */
export class PlatformError extends DomainError {
  readonly transient: boolean;
  /** Why a store needs attention, for `statusReason` (e.g. `token_revoked`). */
  readonly reason: string;
  constructor(
    code: PlatformErrorCode,
    message: string,
    options: { transient?: boolean; retryAfter?: number; reason?: string } = {},
  ) {
    super(code, message, options.retryAfter ? { retryAfter: options.retryAfter } : {});
    this.name = 'PlatformError';
    this.transient =
      options.transient ?? (code === 'platform_unavailable' || code === 'rate_limited');
    this.reason = options.reason ?? code;
  }
}

export const isPlatformError = (error: unknown): error is PlatformError =>
  error instanceof PlatformError;

/** The adapters this server has configured, by platform. */
export type Platforms = Partial<Record<Platform, PlatformAdapter>>;
