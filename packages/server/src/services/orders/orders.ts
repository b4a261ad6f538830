import type { ListOrdersQuery, Order, PrintSpecs } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../../db/types.js';
import { DomainError } from '../../errors.js';
import { getClientRow } from '../accounts/clients.js';
import type { ServiceContext } from '../context.js';
import { decodeCursor, likeEscape, toPage } from '../pagination.js';
import { CANCELABLE } from './intake.js';
import { loadOrders, type OrderRow, orderRow, orderStatusChanged } from './orderRecords.js';
import { orderStatusOf, resolveLines, withLineSpecs } from './resolve.js';

/** Who may see which orders: a provider's, a client's, a store manager's stores'. */
export interface OrderScope {
  providerId: string;
  clientId: string | null;
  onlyStores: readonly string[] | null;
}

export async function listOrders(
  ctx: ServiceContext,
  scope: OrderScope,
  clientId: string,
  query: z.output<typeof ListOrdersQuery>,
): Promise<{ data: Order[]; nextCursor: string | null }> {
  await getClientRow(ctx.db, scope.providerId, clientId);
  const cursor = decodeCursor(query.cursor);
  const rows = await ctx.db.query<OrderRow>(
    `select * from orders
      where provider_id = $1 and client_id = $2
        and ($3::text[] is null or store_id = any($3::text[]))
        and ($4::text is null or store_id = $4)
        and ($5::text is null or fulfillment_status = $5)
        and ($6::text is null or source = $6)
        and ($7::text is null or search_text like $7)
        and ($8::timestamptz is null or (created_at, id) < ($8::timestamptz, $9::text))
      order by created_at desc, id desc limit $10`,
    [
      scope.providerId,
      clientId,
      scope.onlyStores,
      query.storeId ?? null,
      query.status ?? null,
      query.source ?? null,
      query.search ? `%${likeEscape(query.search.toLowerCase())}%` : null,
      cursor?.t ?? null,
      cursor?.i ?? null,
      query.limit + 1,
    ],
  );
  const page = toPage(rows, query.limit, (r) => r);
  return { data: await loadOrders(ctx.db, page.data), nextCursor: page.nextCursor };
}

export async function getOrder(ctx: ServiceContext, scope: OrderScope, orderId: string) {
  return (await loadOrders(ctx.db, [await orderRow(ctx.db, scope, orderId)]))[0]!;
}

async function reload(db: Queryable, id: string): Promise<Order> {
  const [row] = await db.query<OrderRow>('select * from orders where id = $1', [id]);
  return (await loadOrders(db, [row!]))[0]!;
}

/** Cancels an order that has not gone to production: its items with it. */
export async function cancelOrder(
  ctx: ServiceContext,
  scope: OrderScope,
  orderId: string,
): Promise<Order> {
  await ctx.db.transaction(async (tx) => {
    const order = await orderRow(tx, scope, orderId, true);
    if (order.fulfillment_status === 'canceled') return;
    if (!(CANCELABLE as readonly string[]).includes(order.fulfillment_status)) {
      throw new DomainError(
        'order_not_cancelable',
        `The order is ${order.fulfillment_status.replace('_', ' ')}: it can no longer be canceled here.`,
      );
    }
    const now = ctx.clock.now();
    await tx.query(
      `update orders set fulfillment_status = 'canceled', status_reason = 'canceled_by_user',
         updated_at = $2 where id = $1`,
      [order.id, now],
    );
    await tx.query(
      `update order_items set fulfillment_status = 'canceled'
        where order_id = $1 and fulfillment_status <> 'canceled'`,
      [order.id],
    );
    await orderStatusChanged(tx, ctx, order.id, 'canceled', null);
  });
  return reload(ctx.db, orderId);
}

/**
 * Resolves a `not_connected` order's waiting items again: items whose variants have been mapped
 * since take their product and files; once none waits, the order is received.
 */
export async function releaseOrder(
  ctx: ServiceContext,
  scope: OrderScope,
  orderId: string,
): Promise<Order> {
  await ctx.db.transaction(async (tx) => {
    const order = await orderRow(tx, scope, orderId, true);
    if (order.fulfillment_status !== 'not_connected') {
      throw new DomainError('conflict', 'Only an order waiting for its products is released.');
    }
    const items = await tx.query<{
      id: string;
      variant_id: string | null;
      platform_variant_id: string | null;
      sku: string | null;
      fulfillment_status: 'not_connected' | 'received' | 'canceled';
      problem: 'variant_unmapped' | 'variant_not_found' | 'variant_ignored' | null;
      print_specs: PrintSpecs | null;
    }>(
      `select i.id, i.variant_id, i.platform_variant_id, i.sku, i.fulfillment_status, i.problem,
         i.print_specs
         from order_items i where i.order_id = $1 order by i.position`,
      [order.id],
    );
    const waiting = items.filter((i) => i.fulfillment_status === 'not_connected');
    // A waiting item holds only what its line asked for (a page count): applied once mapped.
    const resolved = await withLineSpecs(
      tx,
      order.provider_id,
      await resolveLines(
        tx,
        order.store_id,
        waiting.map((i) => ({
          variantId: i.variant_id,
          variantExternalId: i.platform_variant_id,
          sku: i.sku,
        })),
      ),
      waiting.map((i) => ({ printSpecs: i.print_specs })),
    );
    const now = ctx.clock.now();
    for (const [n, item] of waiting.entries()) {
      const r = resolved[n]!;
      if (r.problem === 'variant_unmapped' || r.problem === 'variant_not_found') continue;
      await tx.query(
        `update order_items set variant_id = $2, product_uid = $3, files = $4, print_specs = $5,
           fulfillment_status = $6, problem = $7 where id = $1`,
        [
          item.id,
          r.variantId,
          r.productUid,
          JSON.stringify(r.files),
          JSON.stringify(r.printSpecs),
          r.fulfillmentStatus,
          r.problem,
        ],
      );
      item.fulfillment_status = r.fulfillmentStatus as typeof item.fulfillment_status;
      item.problem = r.problem;
    }
    const next = orderStatusOf(
      items.map((i) => ({ fulfillmentStatus: i.fulfillment_status, problem: i.problem })),
    );
    if (next.status !== 'not_connected') {
      await tx.query(
        'update orders set fulfillment_status = $2, status_reason = $3, updated_at = $4 where id = $1',
        [order.id, next.status, next.reason, now],
      );
      await orderStatusChanged(
        tx,
        ctx,
        order.id,
        next.status,
        'Released once its products were mapped.',
      );
    } else {
      await tx.query('update orders set status_reason = $2, updated_at = $3 where id = $1', [
        order.id,
        next.reason,
        now,
      ]);
    }
  });
  return reload(ctx.db, orderId);
}
