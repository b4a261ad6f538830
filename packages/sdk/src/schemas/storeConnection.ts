import * as z from 'zod';
import { StoreId } from './common.js';

/**
 * How the browser learns the end of a store connection. The API's OAuth callback either answers a
 * page that posts a `StoreConnectionMessage` to the window that opened the popup, or redirects to
 * the `returnUrl` given when the connection started, with a `StoreConnectionReturnQuery` added.
 * Neither carries a secret: the store is read through the API afterwards.
 */
export const StoreConnectionStatus = z.enum(['connected', 'error']);
export type StoreConnectionStatus = z.infer<typeof StoreConnectionStatus>;

/** Posted by the callback page to its opener, then the page closes. */
export const StoreConnectionMessage = z.object({
  source: z.literal('vitrine'),
  type: z.literal('store_connection'),
  status: StoreConnectionStatus,
  storeId: StoreId.nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type StoreConnectionMessage = z.infer<typeof StoreConnectionMessage>;

/** Added to `returnUrl` when the callback redirects back instead of answering a popup. */
export const StoreConnectionReturnQuery = z.object({
  vitrine_store: StoreId.optional(),
  vitrine_status: StoreConnectionStatus,
  vitrine_error: z.string().optional(),
});
export type StoreConnectionReturnQuery = z.infer<typeof StoreConnectionReturnQuery>;
