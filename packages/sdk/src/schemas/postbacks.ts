import * as z from 'zod';
import { ClientId, Email, OrderId, PageQuery, PostbackId, Timestamp, Url } from './common.js';

/**
 * What a provider's systems can be told, signed with the Standard Webhooks scheme. Order events
 * carry the whole order (`data.order`, as `GET /v1/orders/{id}` answers it).
 */
export const postbackEvents = [
  'order.received',
  'order.not_connected',
  'order.passed',
  'order.failed',
  'order.canceled',
  'order.in_production',
  'order.printed',
  'order.shipped',
  'order.in_transit',
  'order.delivered',
  'order.returned',
] as const;
export const PostbackEvent = z.enum(postbackEvents);
export type PostbackEvent = z.infer<typeof PostbackEvent>;

/** The event a "Send test event" delivers. */
export const TEST_EVENT = 'postback.test';

export const Postback = z.object({
  id: PostbackId,
  url: z.string(),
  events: z.array(PostbackEvent),
  /** Only this client's events; null for every client of the provider. */
  clientId: ClientId.nullable(),
  enabled: z.boolean(),
  /** Why it was switched off: `failing` (kept failing), `gone` (answered 410), `by_user`. */
  disabledReason: z.enum(['failing', 'gone', 'by_user']).nullable(),
  /** Since when its deliveries fail without a success in between. */
  failingSince: Timestamp.nullable(),
  /** Told by email when the endpoint is switched off for failing. */
  notifyEmail: z.string().nullable(),
  /**
   * The signing secret (`whsec_…`): only in the answers that create the endpoint or rotate its
   * secret. Store it; it is not shown again.
   */
  signingSecret: z.string().optional(),
  /** Until then deliveries are signed with the previous secret too (a rotation's overlap). */
  previousSecretExpiresAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Postback = z.infer<typeof Postback>;

export const CreatePostbackBody = z.object({
  url: Url,
  events: z.array(PostbackEvent).min(1),
  clientId: ClientId.optional(),
  notifyEmail: Email.optional(),
});
export type CreatePostbackBody = z.input<typeof CreatePostbackBody>;

export const UpdatePostbackBody = z
  .object({
    url: Url.optional(),
    events: z.array(PostbackEvent).min(1).optional(),
    enabled: z.boolean().optional(),
    notifyEmail: Email.nullable().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    error: 'Change at least one field',
  });
export type UpdatePostbackBody = z.input<typeof UpdatePostbackBody>;

export const PostbackAttempt = z.object({
  at: Timestamp,
  durationMs: z.number().int(),
  /** The receiver's status; null when it could not be reached. */
  responseStatus: z.number().int().nullable(),
  /** The first 500 characters of its answer. */
  responseExcerpt: z.string().nullable(),
  /** Why no answer came (timeout, refused address, …). */
  error: z.string().nullable(),
  trigger: z.enum(['scheduled', 'manual']),
});
export type PostbackAttempt = z.infer<typeof PostbackAttempt>;

export const PostbackDelivery = z.object({
  id: z.string(),
  postbackId: PostbackId,
  /** The `webhook-id` the receiver sees: the same on every attempt. */
  messageId: z.string(),
  event: z.union([PostbackEvent, z.literal(TEST_EVENT)]),
  orderId: OrderId.nullable(),
  status: z.enum(['pending', 'succeeded', 'failed', 'canceled']),
  attempts: z.number().int(),
  responseStatus: z.number().int().nullable(),
  nextAttemptAt: Timestamp.nullable(),
  /** The latest attempts, newest first. */
  attemptLog: z.array(PostbackAttempt),
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
});
export type PostbackDelivery = z.infer<typeof PostbackDelivery>;

export const ListPostbackDeliveriesQuery = PageQuery.extend({
  status: z.enum(['pending', 'succeeded', 'failed', 'canceled']).optional(),
  event: z.union([PostbackEvent, z.literal(TEST_EVENT)]).optional(),
  orderId: OrderId.optional(),
});
export type ListPostbackDeliveriesQuery = z.input<typeof ListPostbackDeliveriesQuery>;
