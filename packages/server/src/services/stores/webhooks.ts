import { DomainError, notFound } from '../../errors.js';
import type { ServiceContext } from '../context.js';
import { cancelStoreJobs } from '../jobs.js';
import { recordDelivery, requestOrderIntake } from './platformEvents.js';
import { adapterFor, storeWebhookSecret } from './platformSessions.js';
import { applyProductUpdate, removeProduct } from './storeProducts.js';

export interface WebhookReceipt {
  /** True when this delivery id was seen before: acknowledged, not processed again. */
  duplicate: boolean;
  topic: string;
  outcome: 'processed' | 'stale' | 'queued' | 'ignored' | 'duplicate' | 'rejected';
  /** Why a `rejected` delivery could not be used. */
  reason?: string;
}

/**
 * An inbound platform webhook for one store. The signature over the raw bytes is checked before
 * anything is read or looked up; the delivery id is recorded in the same transaction as its
 * effect, so a retried delivery is acknowledged without being applied twice, and a failed one is
 * not recorded (the platform retries it).
 */
export async function receiveWebhook(
  ctx: ServiceContext,
  platform: string,
  storeId: string,
  headers: Headers,
  body: Uint8Array,
): Promise<WebhookReceipt> {
  const adapter = adapterFor(ctx, platform);
  const [store] = await ctx.db.query<{
    id: string;
    client_id: string;
    provider_id: string;
    shop_url: string | null;
    status: string;
    webhook_secret: string | null;
  }>(
    `select s.id, s.client_id, c.provider_id, s.shop_url, s.status, s.webhook_secret
       from stores s join clients c on c.id = s.client_id where s.id = $1 and s.platform = $2`,
    [storeId, platform],
  );
  // Nothing is read from the body before its signature holds (with the store's own secret where
  // the platform signs per store; an unknown store has none and fails the same way).
  const secret = store ? await storeWebhookSecret(ctx, storeId, store.webhook_secret) : null;
  if (!(await adapter.verifyWebhook(headers, body, secret))) {
    throw new DomainError('webhook_signature_invalid', 'The webhook signature does not match.');
  }
  const delivery = adapter.parseWebhook(headers, body);
  if (!store || (delivery.shop && store.shop_url !== delivery.shop)) throw notFound('store');

  return ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const { event } = delivery;
    // Order payloads wait for order intake; other payloads are applied now and not kept.
    const kept =
      event.kind === 'order_created' && store.status !== 'disconnected' ? event.payload : null;
    const failure = event.kind === 'invalid' ? event.reason : null;
    const fresh = await recordDelivery(tx, storeId, platform, delivery, kept, now, failure);
    if (!fresh) return { duplicate: true, topic: delivery.topic, outcome: 'duplicate' };
    // A signed body that cannot be read is recorded as failed and acknowledged: the platform
    // would send the same bytes again, and every platform here disables or drops a webhook
    // after enough refused deliveries.
    if (failure !== null) {
      return { duplicate: false, topic: delivery.topic, outcome: 'rejected', reason: failure };
    }

    // A disconnected store is acknowledged but no longer changed by its platform.
    if (store.status === 'disconnected') {
      return { duplicate: false, topic: delivery.topic, outcome: 'ignored' };
    }
    switch (event.kind) {
      case 'product_updated': {
        const applied = await applyProductUpdate(tx, storeId, event.product, now);
        return {
          duplicate: false,
          topic: delivery.topic,
          outcome: applied === 'stale' ? 'stale' : 'processed',
        };
      }
      case 'product_deleted':
        await removeProduct(tx, storeId, event.externalId, now);
        return { duplicate: false, topic: delivery.topic, outcome: 'processed' };
      case 'app_uninstalled':
        // The platform has revoked the token: the store must be connected again.
        await tx.query(
          `update stores set status = 'needs_reauth', status_reason = 'app_uninstalled',
             credentials = null, webhooks_subscribed_at = null, updated_at = $2 where id = $1`,
          [storeId, now],
        );
        await cancelStoreJobs(tx, storeId, now);
        return { duplicate: false, topic: delivery.topic, outcome: 'processed' };
      case 'order_created':
        // Read as an order by the intake job: the platform is answered now.
        await requestOrderIntake(tx, ctx, {
          providerId: store.provider_id,
          clientId: store.client_id,
          storeId,
        });
        return { duplicate: false, topic: delivery.topic, outcome: 'queued' };
      default:
        return { duplicate: false, topic: delivery.topic, outcome: 'ignored' };
    }
  });
}

/**
 * A webhook sent to one app-wide address (Etsy's are configured per app, not per store): the
 * signature is checked with the app's secret before the body is read, then the delivery goes to
 * every store of that shop, each deduplicated on its own.
 */
export async function receiveAppWebhook(
  ctx: ServiceContext,
  platform: string,
  headers: Headers,
  body: Uint8Array,
): Promise<{ stores: number; receipts: WebhookReceipt[] }> {
  const adapter = adapterFor(ctx, platform);
  if (!(await adapter.verifyWebhook(headers, body, null))) {
    throw new DomainError('webhook_signature_invalid', 'The webhook signature does not match.');
  }
  const { shop, event } = adapter.parseWebhook(headers, body);
  // A body too broken to name its shop cannot be recorded against any store.
  if (!shop && event.kind === 'invalid') throw new DomainError('validation_failed', event.reason);
  const stores = shop
    ? await ctx.db.query<{ id: string }>(
        'select id from stores where platform = $1 and shop_url = $2 order by created_at',
        [platform, shop],
      )
    : [];
  if (stores.length === 0) throw notFound('store');
  const receipts: WebhookReceipt[] = [];
  for (const store of stores) {
    receipts.push(await receiveWebhook(ctx, platform, store.id, headers, body));
  }
  return { stores: stores.length, receipts };
}
