import type { FulfillmentStatus, ProductionStatus } from '@vitrine/sdk';
import type { Queryable } from '../../db/types.js';
import { DomainError } from '../../errors.js';
import { enqueueJobOnce } from '../jobs.js';
import { type OrderContext, orderStatusChanged, recordOrderEvent } from '../orders/orderRecords.js';

/**
 * Production progress on an order, from GelatoConnect's postbacks or a production system's
 * reports: order and item statuses move forward only (a late report lands in the history without
 * moving the status back), tracking codes are kept once each, and an order that ships is handed to
 * its store's fulfillment.
 */

/** How far along each status is; a report can only move an order or item further. */
const STEP: Partial<Record<FulfillmentStatus, number>> = {
  received: 0,
  not_connected: 0,
  passed: 1,
  in_production: 2,
  printed: 3,
  shipped: 4,
  in_transit: 5,
  delivered: 6,
  returned: 7,
};

/** Whether `next` may follow `current`. */
export function moves(current: FulfillmentStatus, next: FulfillmentStatus): boolean {
  if (current === next || current === 'canceled') return false;
  if (next === 'canceled' || next === 'failed') return (STEP[current] ?? 9) < STEP.shipped!;
  if (current === 'failed') return next === 'passed';
  if (next === 'returned') return (STEP[current] ?? 0) >= STEP.shipped!;
  return (STEP[next] ?? -1) > (STEP[current] ?? 9);
}

export interface ProductionReport {
  status?: ProductionStatus | undefined;
  items?: { itemReferenceId: string; status: ProductionStatus }[] | undefined;
  tracking?: { code: string; url?: string | null | undefined }[] | undefined;
  note?: string | null | undefined;
}

/** Applies a report; returns whether anything changed. */
export async function applyProductionReport(
  tx: Queryable,
  ctx: OrderContext,
  orderId: string,
  report: ProductionReport,
): Promise<boolean> {
  const [order] = await tx.query<{
    id: string;
    provider_id: string;
    client_id: string;
    store_id: string;
    fulfillment_status: FulfillmentStatus;
  }>(
    'select id, provider_id, client_id, store_id, fulfillment_status from orders where id = $1 for update',
    [orderId],
  );
  if (!order) throw new DomainError('not_found', 'No such order.');
  const now = ctx.clock.now();
  let changed = false;
  const items = await tx.query<{
    id: string;
    item_reference_id: string;
    fulfillment_status: FulfillmentStatus;
  }>('select id, item_reference_id, fulfillment_status from order_items where order_id = $1', [
    orderId,
  ]);
  for (const update of report.items ?? []) {
    const item = items.find((i) => i.item_reference_id === update.itemReferenceId);
    if (!item || !moves(item.fulfillment_status, update.status)) continue;
    await tx.query('update order_items set fulfillment_status = $2 where id = $1', [
      item.id,
      update.status,
    ]);
    await recordOrderEvent(tx, orderId, update.status, null, now, item.id);
    item.fulfillment_status = update.status;
    changed = true;
  }
  for (const t of report.tracking ?? []) {
    const inserted = await tx.query(
      `insert into order_tracking (order_id, code, url, created_at) values ($1, $2, $3, $4)
       on conflict (order_id, code) do nothing returning code`,
      [orderId, t.code, t.url ?? null, now],
    );
    if (inserted.length) changed = true;
  }
  // The order follows a status reported for it, else the least advanced of its live items.
  const live = items.filter((i) => i.fulfillment_status !== 'canceled');
  const derived =
    report.status ??
    (report.items?.length && live.length
      ? live.reduce((a, b) =>
          (STEP[b.fulfillment_status] ?? 0) < (STEP[a.fulfillment_status] ?? 0) ? b : a,
        ).fulfillment_status
      : undefined);
  if (derived && moves(order.fulfillment_status, derived)) {
    await tx.query(
      `update orders set fulfillment_status = $2, status_reason = $3, updated_at = $4 where id = $1`,
      [orderId, derived, derived === 'failed' ? 'production_failed' : null, now],
    );
    if (report.status && !report.items?.length) {
      // A whole-order status moves its live items along with it.
      await tx.query(
        `update order_items set fulfillment_status = $2
          where order_id = $1 and fulfillment_status <> 'canceled'`,
        [orderId, derived],
      );
    }
    await orderStatusChanged(tx, ctx, orderId, derived, report.note ?? null);
    if (
      derived === 'shipped' ||
      (derived === 'in_transit' && (STEP[order.fulfillment_status] ?? 0) < STEP.shipped!)
    ) {
      // Shipping reaches the store the order came from (its platform is told, with tracking).
      await enqueueJobOnce(tx, ctx, {
        providerId: order.provider_id,
        clientId: order.client_id,
        storeId: order.store_id,
        kind: 'fulfillment',
        state: { orderId },
      });
    }
    return true;
  }
  if (derived && derived !== order.fulfillment_status) {
    await recordOrderEvent(
      tx,
      orderId,
      order.fulfillment_status,
      `Production reported ${derived.replace('_', ' ')} after ${order.fulfillment_status.replace('_', ' ')}; kept as it was.`,
      now,
    );
    return true;
  }
  if (report.note) {
    await recordOrderEvent(tx, orderId, order.fulfillment_status, report.note, now);
    changed = true;
  }
  return changed;
}
