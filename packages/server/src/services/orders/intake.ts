import type { Queryable } from '../../db/types.js';
import { DomainError } from '../../errors.js';
import { isPlatformError, type PlatformOrder } from '../../platforms/types.js';
import type { JobHandler } from '../jobs.js';
import { adapterFor, openSession, recordPlatformFailure } from '../stores/platformSessions.js';
import {
  insertOrder,
  type NewItem,
  type OrderContext,
  orderStatusChanged,
  recordOrderEvent,
} from './orderRecords.js';
import { orderStatusOf, resolveLines, withLineSpecs } from './resolve.js';

/**
 * Order intake from platforms. Webhooks and polls only record what arrives (`platform_events`,
 * deduplicated by delivery id) and queue an `order_intake` job for the store, so a platform gets
 * its acknowledgement at once. The job reads each pending delivery as an order through the
 * store's adapter and keeps one order per platform order id, whichever way it came and however
 * often: a webhook and a poll of the same order, or a replayed delivery, change nothing twice. A
 * delivery that cannot be read as an order is kept with its reason, never retried forever.
 */

/** Deliveries read per transaction-sized step. */
const BATCH = 50;

/** States an order may be canceled from: nothing has gone to production yet. */
export const CANCELABLE = ['received', 'not_connected', 'failed'] as const;

interface StoreRef {
  id: string;
  client_id: string;
  provider_id: string;
}

/**
 * Keeps a platform order: a new one with its lines resolved; a known one only changes when the
 * platform canceled it (before production: the order is canceled; after: the history says so).
 */
export async function keepPlatformOrder(
  tx: Queryable,
  ctx: OrderContext,
  store: StoreRef,
  order: PlatformOrder,
): Promise<'created' | 'canceled' | 'unchanged'> {
  const now = ctx.clock.now();
  const [existing] = await tx.query<{ id: string; fulfillment_status: string }>(
    `select id, fulfillment_status from orders where store_id = $1 and platform_order_id = $2
       for update`,
    [store.id, order.externalId],
  );
  if (existing) {
    if (order.status !== 'cancelled' || existing.fulfillment_status === 'canceled') {
      return 'unchanged';
    }
    if ((CANCELABLE as readonly string[]).includes(existing.fulfillment_status)) {
      await tx.query(
        `update orders set fulfillment_status = 'canceled', status_reason = 'canceled_in_store',
           updated_at = $2 where id = $1`,
        [existing.id, now],
      );
      await tx.query(
        `update order_items set fulfillment_status = 'canceled'
          where order_id = $1 and fulfillment_status <> 'canceled'`,
        [existing.id],
      );
      await orderStatusChanged(tx, ctx, existing.id, 'canceled', 'Canceled in the store.');
      return 'canceled';
    }
    await recordOrderEvent(
      tx,
      existing.id,
      existing.fulfillment_status as 'in_production',
      'The store canceled this order after production had started.',
      now,
    );
    return 'unchanged';
  }
  const resolved = await withLineSpecs(
    tx,
    store.provider_id,
    await resolveLines(tx, store.id, order.lines),
    order.lines,
  );
  const items: NewItem[] = order.lines.map((line, i) => {
    const r = resolved[i]!;
    return {
      item_reference_id: line.externalId,
      platform_line_id: line.externalId,
      platform_variant_id: line.variantExternalId,
      title: line.title,
      sku: line.sku,
      variant_id: r.variantId,
      product_uid: r.productUid,
      product_name: null,
      product_variant: Object.keys(line.attributes).length ? line.attributes : null,
      quantity: line.quantity,
      files: r.files,
      print_specs: r.printSpecs,
      fulfillment_status: order.status === 'cancelled' ? 'canceled' : r.fulfillmentStatus,
      problem: r.problem,
    };
  });
  const derived = orderStatusOf(
    items.map((i) => ({ fulfillmentStatus: i.fulfillment_status, problem: i.problem })),
  );
  const status = order.status === 'cancelled' ? 'canceled' : derived.status;
  // The reference is the store's own order number; one taken already (a reused number) gets the
  // platform id appended, so the order is still kept.
  const [taken] = await tx.query(
    'select 1 from orders where store_id = $1 and order_reference_id = $2',
    [store.id, order.reference],
  );
  await insertOrder(
    tx,
    ctx,
    {
      provider_id: store.provider_id,
      client_id: store.client_id,
      store_id: store.id,
      source: 'platform',
      is_test: order.test,
      platform_order_id: order.externalId,
      order_reference_id: taken ? `${order.reference}-${order.externalId}` : order.reference,
      order_type: 'order',
      currency: order.currency,
      shipment_method_uid: null,
      shipping_address: order.shippingAddress,
      metadata: [],
      fulfillment_status: status,
      status_reason: order.status === 'cancelled' ? 'canceled_in_store' : derived.reason,
    },
    items,
    null,
  );
  return 'created';
}

/**
 * Orders that name a business (Pressero's integration ID) are taken only for the business the
 * store belongs to: the integration ID must be its client's reference ID (compared as reference
 * IDs are, ignoring case). Why an order is refused, or null.
 */
function integrationProblem(order: PlatformOrder, referenceId: string | null): string | null {
  if (order.integrationId === undefined) return null;
  const named = order.integrationId?.trim() ?? '';
  if (referenceId && named.toLowerCase() === referenceId.trim().toLowerCase()) return null;
  const expected = referenceId
    ? `this store takes orders naming its client's reference ID "${referenceId}"`
    : "this store's client has no reference ID to match it";
  return named
    ? `Order ${order.reference} names integration ID "${named}", but ${expected}.`
    : `Order ${order.reference} names no integration ID; ${expected}.`;
}

/** The intake job of one store: every pending order delivery, oldest first. */
export const orderIntake: JobHandler = async (job, run, ctx) => {
  const storeId = job.store_id!;
  const [store] = await ctx.db.query<StoreRef & { platform: string; reference_id: string | null }>(
    `select s.id, s.client_id, c.provider_id, s.platform, c.reference_id from stores s
       join clients c on c.id = s.client_id where s.id = $1`,
    [storeId],
  );
  if (!store) return { skipped: 'gone' };
  const adapter = adapterFor(ctx, store.platform);
  if (!adapter.readOrder) return { skipped: 'no_order_reader' };
  let session: ReturnType<typeof openSession> | null = null;
  const openOnce = async () => {
    session ??= openSession(ctx, storeId);
    return (await session).session;
  };
  const tally = { created: 0, canceled: 0, unchanged: 0, failed: 0 };
  for (;;) {
    const pending = await ctx.db.query<{ delivery_id: string; payload: unknown; topic: string }>(
      `select delivery_id, payload, topic from platform_events
        where store_id = $1 and processed_at is null and payload is not null
        order by received_at, delivery_id limit $2`,
      [storeId, BATCH],
    );
    if (!pending.length) break;
    for (const event of pending) {
      let order: PlatformOrder | null = null;
      let failure: string | null = null;
      try {
        const externalId = String((event.payload as { id?: unknown })?.id ?? event.delivery_id);
        order = await adapter.readOrder({ externalId, payload: event.payload }, openOnce);
        failure = integrationProblem(order, store.reference_id);
        if (failure) order = null;
      } catch (error) {
        // A body that is not an order is recorded as failed; a platform that is down is retried.
        if (!(error instanceof DomainError) || (error as { transient?: boolean }).transient) {
          throw error;
        }
        // A store that must be connected again (or granted access) keeps its deliveries
        // waiting: they are read once it is, with the next intake.
        if (isPlatformError(error) && error.code !== 'validation_failed') {
          await recordPlatformFailure(ctx, storeId, error);
          throw error;
        }
        failure = error.message.slice(0, 500);
      }
      const done = tally.created + tally.canceled + tally.unchanged + tally.failed + 1;
      await run.checkpoint({ state: {}, done, total: null }, async (tx) => {
        const now = ctx.clock.now();
        if (order) tally[await keepPlatformOrder(tx, ctx, store, order)]++;
        else tally.failed++;
        await tx.query(
          `update platform_events set processed_at = $3, failed_reason = $4
            where store_id = $1 and delivery_id = $2`,
          [storeId, event.delivery_id, now, failure],
        );
      });
    }
  }
  return tally;
};
