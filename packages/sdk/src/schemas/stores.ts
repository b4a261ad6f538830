import * as z from 'zod';
import { ClientId, Name, PageQuery, StoreId, Timestamp, Url } from './common.js';

export const platforms = ['shopify', 'etsy', 'woocommerce', 'pressero', 'manual'] as const;
export const Platform = z.enum(platforms);
export type Platform = z.infer<typeof Platform>;

export const StoreStatus = z.enum([
  'connecting',
  'connected',
  'needs_reauth',
  'error',
  'disconnected',
]);
export type StoreStatus = z.infer<typeof StoreStatus>;

export const Store = z.object({
  id: StoreId,
  clientId: ClientId,
  platform: Platform,
  name: z.string(),
  /** The shop's address on its platform (myshop.myshopify.com, https://shop.example), if any. */
  shopUrl: z.string().nullable(),
  status: StoreStatus,
  statusReason: z.string().nullable(),
  lastSyncAt: Timestamp.nullable(),
  lastSyncJobId: z.string().nullable(),
  productCount: z.number().int().nonnegative(),
  variantCount: z.number().int().nonnegative(),
  mappedVariantCount: z.number().int().nonnegative(),
  /** Orders waiting for a product to be mapped (`not_connected`). */
  notConnectedOrderCount: z.number().int().nonnegative(),
  /** Pressero: the order webhook address and the integration ID it expects. Never a secret. */
  webhookUrl: z.string().nullable(),
  integrationId: z.string().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Store = z.infer<typeof Store>;

/** Credentials-based connections; OAuth platforms go through `authorize` instead. */
export const CreateStoreBody = z.discriminatedUnion('platform', [
  z.object({ platform: z.literal('manual'), name: Name(120) }),
  z.object({
    platform: z.literal('woocommerce'),
    name: Name(120).optional(),
    url: Url,
    consumerKey: z
      .string()
      .trim()
      .regex(/^ck_[0-9a-f]{40}$/i),
    consumerSecret: z
      .string()
      .trim()
      .regex(/^cs_[0-9a-f]{40}$/i),
  }),
  z.object({
    platform: z.literal('pressero'),
    name: Name(120).optional(),
    siteUrl: Url,
    username: z.string().trim().min(1).max(200),
    password: z.string().min(1).max(500),
  }),
]);
export type CreateStoreBody = z.input<typeof CreateStoreBody>;

export const AuthorizeStoreBody = z.discriminatedUnion('platform', [
  z.object({
    platform: z.literal('shopify'),
    /** `myshop` or `myshop.myshopify.com`. */
    shop: z.string().trim().min(1).max(255),
    returnUrl: Url.optional(),
    storeId: StoreId.optional(),
  }),
  z.object({ platform: z.literal('etsy'), returnUrl: Url.optional(), storeId: StoreId.optional() }),
  z.object({
    platform: z.literal('woocommerce'),
    url: Url,
    returnUrl: Url.optional(),
    storeId: StoreId.optional(),
  }),
]);
export type AuthorizeStoreBody = z.input<typeof AuthorizeStoreBody>;

export const AuthorizeStoreResult = z.object({
  store: z.lazy(() => Store),
  /** Open this in a popup (or redirect to it) to let the owner approve the connection. */
  authorizeUrl: z.string(),
  expiresAt: Timestamp,
});
export type AuthorizeStoreResult = z.infer<typeof AuthorizeStoreResult>;

/**
 * A store with the secret its platform signs webhooks with (Pressero's "Security Key"). The secret
 * is in this answer only: when the store is created and when the secret is replaced.
 */
export const StoreWithWebhookSecret = z.lazy(() =>
  Store.extend({ webhookSecret: z.string().optional() }),
);
export type StoreWithWebhookSecret = z.infer<typeof StoreWithWebhookSecret>;

/** What a WooCommerce store POSTs to `callback_url` when the owner approves the key hand-off. */
export const WooCommerceKeysBody = z.object({
  key_id: z.union([z.number(), z.string()]).optional(),
  user_id: z.union([z.string(), z.number()]).transform(String),
  consumer_key: z.string().trim().min(1).max(200),
  consumer_secret: z.string().trim().min(1).max(200),
  key_permissions: z.string().max(40).optional(),
});
export type WooCommerceKeysBody = z.input<typeof WooCommerceKeysBody>;

export const UpdateStoreBody = z.object({ name: Name(120).optional() });
export type UpdateStoreBody = z.input<typeof UpdateStoreBody>;

export const ListStoresQuery = PageQuery.extend({
  platform: Platform.optional(),
  status: StoreStatus.optional(),
});
export type ListStoresQuery = z.input<typeof ListStoresQuery>;

/** What a platform webhook for one store is answered with. */
export const WebhookReceipt = z.object({
  /** True when this delivery id was seen before: acknowledged, not processed again. */
  duplicate: z.boolean(),
  topic: z.string(),
  /**
   * `rejected`: signed, but its body could not be read (recorded with the reason); answered 2xx
   * because the platform sending the same bytes again cannot help.
   */
  outcome: z.enum(['processed', 'stale', 'queued', 'ignored', 'duplicate', 'rejected']),
  /** Why a `rejected` delivery could not be used. */
  reason: z.string().optional(),
});
export type WebhookReceipt = z.infer<typeof WebhookReceipt>;

/** What a webhook sent to a platform's shared address is answered with: one receipt per store. */
export const PlatformWebhookReceipt = z.object({
  stores: z.number().int().nonnegative(),
  receipts: z.array(WebhookReceipt),
});
export type PlatformWebhookReceipt = z.infer<typeof PlatformWebhookReceipt>;

/** The answer to a key hand-off: the keys were stored against the pending connection. */
export const KeysReceived = z.object({ received: z.literal(true) });
export type KeysReceived = z.infer<typeof KeysReceived>;
