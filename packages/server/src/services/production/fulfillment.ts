import type { Order } from '@vitrine/sdk';
import { DomainError, notFound } from '../../errors.js';
import { isPlatformError } from '../../platforms/types.js';
import type { ServiceContext } from '../context.js';
import { enqueueJobOnce, type JobHandler } from '../jobs.js';
import { loadOrders, type OrderRow, recordOrderEvent } from '../orders/orderRecords.js';
import type { OrderScope } from '../orders/orders.js';
import { openSession, recordPlatformFailure } from '../stores/platformSessions.js';

/**
 * Shipping told to the store an order came from: a `fulfillment` job per shipped platform order
 * calls the store's adapter with the shipped lines and the tracking. The platform's refusal shows
 * on the order (`storeFulfillment`), and can be retried; a platform that is down is retried by the
 * job runner.
 */

const setState = (
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  orderId: string,
  state: 'pending' | 'sent' | 'failed',
  error: { code: string; message: string } | null = null,
) =>
  ctx.db.query(
    `update orders set store_fulfillment = $2, store_fulfillment_code = $3,
       store_fulfillment_message = $4, store_fulfillment_at = $5 where id = $1`,
    [orderId, state, error?.code ?? null, error?.message ?? null, ctx.clock.now()],
  );

export const fulfillOnStore: JobHandler = async (job, run, ctx) => {
  const { orderId } = job.state as { orderId: string };
  const [row] = await ctx.db.query<OrderRow & { platform: string }>(
    `select o.*, s.platform from orders o join stores s on s.id = o.store_id where o.id = $1`,
    [orderId],
  );
  if (!row) return { skipped: 'gone' };
  if (!row.platform_order_id || row.is_test) return { skipped: 'not_a_platform_order' };
  const adapter = ctx.platforms[row.platform as keyof typeof ctx.platforms];
  if (!adapter?.pushFulfillment) return { skipped: 'not_supported' };
  const [order] = (await loadOrders(ctx.db, [row])) as [Order];
  await setState(ctx, orderId, 'pending');
  const tracking = order.tracking[0] ?? null;
  try {
    const { session } = await openSession(ctx, row.store_id);
    await adapter.pushFulfillment(session, {
      orderId: row.platform_order_id,
      lines: (
        await ctx.db.query<{ platform_line_id: string | null; quantity: number }>(
          `select platform_line_id, quantity from order_items
            where order_id = $1 and fulfillment_status <> 'canceled' order by position`,
          [orderId],
        )
      ).flatMap((l) =>
        l.platform_line_id ? [{ lineId: l.platform_line_id, quantity: Number(l.quantity) }] : [],
      ),
      tracking: tracking ? { code: tracking.code, url: tracking.url } : null,
      carrier: null,
    });
  } catch (error) {
    const transient = isPlatformError(error) ? error.transient : !(error instanceof DomainError);
    if (!transient || job.attempts >= job.max_attempts) {
      const shown =
        error instanceof DomainError
          ? { code: error.code, message: error.message }
          : {
              code: 'internal_error',
              message: 'Telling the store failed unexpectedly; try again.',
            };
      await setState(ctx, orderId, 'failed', shown);
      await recordOrderEvent(
        ctx.db,
        orderId,
        order.fulfillmentStatus,
        `The store was not told of the shipment: ${shown.message}`,
        ctx.clock.now(),
      );
      if (isPlatformError(error) && !error.transient) {
        await recordPlatformFailure(ctx, row.store_id, error);
      }
    }
    throw error;
  }
  await run.checkpoint({ state: job.state, done: 1, total: 1 }, async (tx) => {
    await tx.query(
      `update orders set store_fulfillment = 'sent', store_fulfillment_code = null,
         store_fulfillment_message = null, store_fulfillment_at = $2 where id = $1`,
      [orderId, ctx.clock.now()],
    );
    await recordOrderEvent(
      tx,
      orderId,
      order.fulfillmentStatus,
      tracking
        ? `The store was told it shipped (${tracking.code}).`
        : 'The store was told it shipped.',
      ctx.clock.now(),
    );
  });
  return { orderId };
};

/** Tries again to tell the store an order shipped, after a refusal. */
export async function retryFulfillment(
  ctx: ServiceContext,
  scope: OrderScope,
  orderId: string,
): Promise<Order> {
  const [row] = await ctx.db.query<OrderRow>(
    `select * from orders where id = $1 and provider_id = $2
        and ($3::text is null or client_id = $3)
        and ($4::text[] is null or store_id = any($4::text[]))`,
    [orderId, scope.providerId, scope.clientId, scope.onlyStores],
  );
  if (!row) throw notFound('order');
  if (row.store_fulfillment !== 'failed') {
    throw new DomainError('conflict', 'Only a shipment the store refused is sent again.');
  }
  await ctx.db.transaction(async (tx) => {
    await tx.query(`update orders set store_fulfillment = 'pending' where id = $1`, [orderId]);
    await enqueueJobOnce(tx, ctx, {
      providerId: row.provider_id,
      clientId: row.client_id,
      storeId: row.store_id,
      kind: 'fulfillment',
      state: { orderId },
    });
  });
  const [after] = await ctx.db.query<OrderRow>('select * from orders where id = $1', [orderId]);
  return (await loadOrders(ctx.db, [after!]))[0]!;
}
