import { z } from 'zod';
import { ClientId, PostbackId, Timestamp, Url } from './common.js';

export const postbackEvents = [
  'order.received',
  'order.failed',
  'order.canceled',
  'order.returned',
  'order.in_production',
  'order.printed',
  'order.shipped',
  'order.in_transit',
  'order.delivered',
  'order.not_connected',
  'store.connected',
  'store.needs_reauth',
] as const;
export const PostbackEvent = z.enum(postbackEvents);
export type PostbackEvent = z.infer<typeof PostbackEvent>;

export const Postback = z.object({
  id: PostbackId,
  url: z.string(),
  events: z.array(PostbackEvent),
  clientId: ClientId.nullable(),
  enabled: z.boolean(),
  /** Only in the response that creates the endpoint; store it, it is not shown again. */
  signingSecret: z.string().optional(),
  createdAt: Timestamp,
});
export type Postback = z.infer<typeof Postback>;

export const CreatePostbackBody = z.object({
  url: Url,
  events: z.array(PostbackEvent).min(1),
  clientId: ClientId.optional(),
});
export type CreatePostbackBody = z.input<typeof CreatePostbackBody>;

export const PostbackDelivery = z.object({
  id: z.string(),
  postbackId: PostbackId,
  event: PostbackEvent,
  status: z.enum(['pending', 'succeeded', 'failed']),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  nextAttemptAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type PostbackDelivery = z.infer<typeof PostbackDelivery>;
