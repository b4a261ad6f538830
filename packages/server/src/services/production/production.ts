import type { Order, ReportOrderEventBody } from '@vitrine/sdk';
import type { z } from 'zod';
import { DomainError, notFound } from '../../errors.js';
import type { ServiceContext } from '../context.js';
import type { JobHandler } from '../jobs.js';
import { loadOrders, type OrderRow, orderStatusChanged } from '../orders/orderRecords.js';
import { connectionOfToken, resolveConnection } from './connection.js';
import { GelatoConnectStatus, ProductionRefused, submitToGelatoConnect } from './gelatoconnect.js';
import { applyProductionReport, type ProductionReport } from './status.js';

/**
 * Orders to production and progress back. A `production` job is queued for every order that
 * becomes `received`; it submits the order when the provider's connection is GelatoConnect (test
 * orders go as drafts), and does nothing for a postbacks connection, whose system learnt of the
 * order from its `order.received` postback. Progress arrives as GelatoConnect status postbacks or
 * as reports through the API, and both land in the same history.
 */

const loadOrder = async (ctx: ServiceContext, orderId: string): Promise<Order | null> => {
  const [row] = await ctx.db.query<OrderRow>('select * from orders where id = $1', [orderId]);
  return row ? ((await loadOrders(ctx.db, [row]))[0] ?? null) : null;
};

export const submitForProduction: JobHandler = async (job, run, ctx) => {
  const { orderId } = job.state as { orderId: string };
  const order = await loadOrder(ctx, orderId);
  if (order?.fulfillmentStatus !== 'received')
    return { skipped: order?.fulfillmentStatus ?? 'gone' };
  const connection = await resolveConnection(ctx.db, ctx, job.provider_id);
  if (connection.kind !== 'gelatoconnect' || !connection.gelatoconnect) {
    return { skipped: connection.kind };
  }
  let productionId: string | null = null;
  let refusal: string | null = null;
  try {
    productionId = await submitToGelatoConnect(ctx.outboundFetch, connection.gelatoconnect, order);
  } catch (error) {
    if (!(error instanceof ProductionRefused)) throw error;
    refusal = error.message;
  }
  await run.checkpoint({ state: job.state, done: 1, total: 1 }, async (tx) => {
    const [current] = await tx.query<{ fulfillment_status: string }>(
      'select fulfillment_status from orders where id = $1 for update',
      [orderId],
    );
    if (current?.fulfillment_status !== 'received') return;
    if (productionId) {
      await tx.query('update orders set production_order_id = $2, updated_at = $3 where id = $1', [
        orderId,
        productionId,
        ctx.clock.now(),
      ]);
      await applyProductionReport(tx, ctx, orderId, {
        status: 'passed',
        note: `${order.isTest ? 'Sent as a test (a draft) to' : 'Sent to'} ${connection.isDefault ? 'the production simulator' : 'GelatoConnect'} as ${productionId}.`,
      });
    } else {
      await tx.query(
        `update orders set fulfillment_status = 'failed', status_reason = 'production_refused',
           updated_at = $2 where id = $1`,
        [orderId, ctx.clock.now()],
      );
      await orderStatusChanged(tx, ctx, orderId, 'failed', refusal);
    }
  });
  return productionId ? { productionOrderId: productionId } : { refused: refusal };
};

/** A production system's report through the API (secret key): the order as it now stands. */
export async function reportOrderEvent(
  ctx: ServiceContext,
  providerId: string,
  orderId: string,
  body: z.output<typeof ReportOrderEventBody>,
): Promise<Order> {
  const [row] = await ctx.db.query<{ id: string }>(
    'select id from orders where id = $1 and provider_id = $2',
    [orderId, providerId],
  );
  if (!row) throw notFound('order');
  await ctx.db.transaction((tx) =>
    applyProductionReport(tx, ctx, orderId, {
      status: body.status,
      items: body.items,
      tracking: body.tracking ? [body.tracking] : undefined,
      note: body.note,
    }),
  );
  return (await loadOrder(ctx, orderId))!;
}

const KNOWN = new Set([
  'passed',
  'failed',
  'in_production',
  'printed',
  'shipped',
  'in_transit',
  'delivered',
  'canceled',
  'cancelled',
  'returned',
]);
const status = (value: string | undefined) => {
  const v = value?.toLowerCase().replace(/\s+/g, '_');
  if (!v || !KNOWN.has(v)) return undefined;
  return (v === 'cancelled' ? 'canceled' : v) as NonNullable<ProductionReport['status']>;
};

/**
 * A GelatoConnect status postback. The token in its path says whose connection it is; the order
 * is found by GelatoConnect's id (or its reference) among that connection's orders.
 */
export async function receiveProductionStatus(
  ctx: ServiceContext,
  token: string,
  body: Uint8Array,
): Promise<{ orderId: string; changed: boolean }> {
  const owner = await connectionOfToken(ctx, token);
  if (!owner) {
    throw new DomainError('webhook_signature_invalid', 'Unknown production status address.');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(body));
  } catch {
    throw new DomainError('invalid_json', 'The status postback is not JSON.');
  }
  const parsed = GelatoConnectStatus.safeParse(json);
  if (!parsed.success || (!parsed.data.orderId && !parsed.data.orderReferenceId)) {
    throw new DomainError('validation_failed', 'The status postback names no order.');
  }
  const p = parsed.data;
  // A provider's own connection reaches its own orders; the default reaches the orders of
  // providers without one.
  const [order] = await ctx.db.query<{ id: string }>(
    `select o.id from orders o
      where ($1::text is null or o.production_order_id = $1)
        and ($1::text is not null or o.order_reference_id = $2)
        and (case when $3::text is null
                  then not exists (select 1 from production_connections c where c.provider_id = o.provider_id)
                  else o.provider_id = $3 end)
      order by o.created_at desc limit 1`,
    [p.orderId ?? null, p.orderReferenceId ?? null, owner === 'default' ? null : owner.providerId],
  );
  if (!order) throw notFound('order');
  const items = (p.items ?? []).flatMap((i) => {
    const s = status(i.fulfillmentStatus);
    return s ? [{ itemReferenceId: i.itemReferenceId, status: s }] : [];
  });
  const tracking = (p.items ?? []).flatMap((i) =>
    (i.fulfillments ?? []).flatMap((f) =>
      f.trackingCode ? [{ code: f.trackingCode, url: f.trackingUrl ?? null }] : [],
    ),
  );
  const changed = await ctx.db.transaction((tx) =>
    applyProductionReport(tx, ctx, order.id, {
      status: status(p.fulfillmentStatus),
      items,
      tracking,
      note: p.comment ?? null,
    }),
  );
  return { orderId: order.id, changed };
}
