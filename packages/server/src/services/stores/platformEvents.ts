import type { Queryable } from '../../db/types.js';
import type { WebhookDelivery } from '../../platforms/types.js';
import type { ServiceContext } from '../context.js';
import { enqueueJobOnce } from '../jobs.js';

/**
 * Keeps one delivery in `platform_events`, once per store and delivery id (and event id and
 * content key, where the platform gives them), whether a webhook brought it or a poll found it.
 * A `kept` payload (an order) waits there for order intake; without one the delivery is recorded
 * as processed. Returns false when the delivery was kept before.
 */
export async function recordDelivery(
  tx: Queryable,
  storeId: string,
  platform: string,
  delivery: WebhookDelivery,
  kept: unknown,
  now: Date,
  /** Why the delivery could not be used (a body the adapter cannot read): recorded as failed. */
  failure: string | null = null,
): Promise<boolean> {
  const inserted = await tx.query(
    `insert into platform_events (store_id, delivery_id, platform, topic, payload, triggered_at,
       received_at, processed_at, event_id, content_key, failed_reason)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     on conflict do nothing returning delivery_id`,
    [
      storeId,
      delivery.id,
      platform,
      delivery.topic,
      kept === null ? null : JSON.stringify(kept),
      delivery.triggeredAt && !Number.isNaN(Date.parse(delivery.triggeredAt))
        ? delivery.triggeredAt
        : null,
      now,
      kept === null ? now : null,
      delivery.eventId ?? null,
      delivery.contentKey ?? null,
      failure,
    ],
  );
  return inserted.length > 0;
}

/**
 * Order deliveries are waiting in `platform_events`: queues the store's `order_intake` job (the
 * orders domain reads them), unless one is queued already.
 */
export async function requestOrderIntake(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'clock' | 'jobs'>,
  target: { providerId: string; clientId: string; storeId: string },
): Promise<void> {
  await enqueueJobOnce(tx, ctx, { ...target, kind: 'order_intake' });
}
