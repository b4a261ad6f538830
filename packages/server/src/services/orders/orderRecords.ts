import type {
  FulfillmentStatus,
  Order,
  OrderAddress,
  OrderItemProblem,
  PrintFile,
  PrintSpecs,
} from '@vitrine/sdk';
import type { Queryable } from '../../db/types.js';
import { notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { iso, isoRequired, type ServiceContext } from '../context.js';
import { enqueueJobOnce } from '../jobs.js';
import { emitPostbacks } from '../postbacks/deliveries.js';

/**
 * How orders are stored and read back: the order, its items, its history (an event per status
 * change, of the order or of one item) and its tracking codes.
 */

export interface OrderRow {
  id: string;
  provider_id: string;
  client_id: string;
  store_id: string;
  source: Order['source'];
  is_test: boolean;
  platform_order_id: string | null;
  order_reference_id: string;
  order_type: Order['orderType'];
  currency: string;
  shipment_method_uid: string | null;
  shipping_address: OrderAddress | null;
  metadata: { key: string; value: string }[];
  fulfillment_status: FulfillmentStatus;
  status_reason: string | null;
  production_order_id?: string | null;
  store_fulfillment?: 'pending' | 'sent' | 'failed' | null;
  store_fulfillment_code?: string | null;
  store_fulfillment_message?: string | null;
  store_fulfillment_at?: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface ItemRow {
  id: string;
  order_id: string;
  position: number;
  item_reference_id: string;
  platform_line_id: string | null;
  /** The platform's variant id on the line, to find the variant once it is synced. */
  platform_variant_id: string | null;
  title: string | null;
  sku: string | null;
  variant_id: string | null;
  product_uid: string | null;
  product_name: string | null;
  product_variant: Record<string, string> | null;
  quantity: number;
  files: PrintFile[];
  print_specs: PrintSpecs;
  fulfillment_status: FulfillmentStatus;
  problem: OrderItemProblem | null;
}

/** What an item of a new order is, before it has an id. */
export type NewItem = Omit<ItemRow, 'id' | 'order_id' | 'position'>;

export async function loadOrders(db: Queryable, rows: readonly OrderRow[]): Promise<Order[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [items, events, tracking] = await Promise.all([
    db.query<ItemRow>(
      'select * from order_items where order_id = any($1::text[]) order by order_id, position',
      [ids],
    ),
    db.query<{
      order_id: string;
      item_id: string | null;
      status: FulfillmentStatus;
      note: string | null;
      created_at: Date;
    }>(
      `select order_id, item_id, status, note, created_at from order_events
        where order_id = any($1::text[]) order by order_id, seq`,
      [ids],
    ),
    db.query<{ order_id: string; code: string; url: string | null }>(
      `select order_id, code, url from order_tracking where order_id = any($1::text[])
        order by order_id, created_at`,
      [ids],
    ),
  ]);
  const group = <T extends { order_id: string }>(list: T[]) => {
    const map = new Map<string, T[]>();
    for (const x of list) map.set(x.order_id, [...(map.get(x.order_id) ?? []), x]);
    return map;
  };
  const itemsOf = group(items);
  const eventsOf = group(events);
  const trackingOf = group(tracking);
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    storeId: r.store_id,
    orderReferenceId: r.order_reference_id,
    platformOrderId: r.platform_order_id,
    orderType: r.order_type,
    source: r.source,
    isTest: r.is_test,
    currency: r.currency,
    shipmentMethodUid: r.shipment_method_uid,
    shippingAddress: r.shipping_address,
    items: (itemsOf.get(r.id) ?? []).map((i) => ({
      id: i.id,
      itemReferenceId: i.item_reference_id,
      title: i.title,
      sku: i.sku,
      productUid: i.product_uid,
      productName: i.product_name,
      productVariant: i.product_variant,
      variantId: i.variant_id,
      quantity: Number(i.quantity),
      files: i.files ?? [],
      printSpecs: i.print_specs ?? {},
      fulfillmentStatus: i.fulfillment_status,
      problem: i.problem,
    })),
    metadata: r.metadata ?? [],
    fulfillmentStatus: r.fulfillment_status,
    statusReason: r.status_reason,
    history: (eventsOf.get(r.id) ?? []).map((e) => ({
      status: e.status,
      at: isoRequired(e.created_at),
      note: e.note,
      itemId: e.item_id,
    })),
    tracking: (trackingOf.get(r.id) ?? []).map((t) => ({ code: t.code, url: t.url })),
    storeFulfillment: r.store_fulfillment
      ? {
          status: r.store_fulfillment,
          error:
            r.store_fulfillment === 'failed'
              ? {
                  code: r.store_fulfillment_code ?? 'platform_unavailable',
                  message: r.store_fulfillment_message ?? '',
                }
              : null,
          at: iso(r.store_fulfillment_at ?? null),
        }
      : null,
    createdAt: isoRequired(r.created_at),
    updatedAt: iso(r.updated_at) ?? isoRequired(r.created_at),
  }));
}

/**
 * An order of this provider (of `clientId` for client users, of `onlyStores` for store
 * managers), or 404 like an unknown id.
 */
export async function orderRow(
  db: Queryable,
  scope: { providerId: string; clientId: string | null; onlyStores: readonly string[] | null },
  orderId: string,
  lock = false,
): Promise<OrderRow> {
  const [row] = await db.query<OrderRow>(
    `select * from orders where id = $1 and provider_id = $2
        and ($3::text is null or client_id = $3)
        and ($4::text[] is null or store_id = any($4::text[]))${lock ? ' for update' : ''}`,
    [orderId, scope.providerId, scope.clientId, scope.onlyStores],
  );
  if (!row) throw notFound('order');
  return row;
}

/** What order changes need of the server: the time, jobs, and the default production. */
export type OrderContext = Pick<ServiceContext, 'clock' | 'jobs' | 'production'>;

/** Whether the provider's orders are submitted by Vitrine (GelatoConnect, its own or the default). */
async function submitsToProduction(tx: Queryable, ctx: OrderContext, providerId: string) {
  const [row] = await tx.query<{ kind: string }>(
    'select kind from production_connections where provider_id = $1',
    [providerId],
  );
  return row ? row.kind === 'gelatoconnect' : Boolean(ctx.production);
}

/**
 * An order's status changed: its history says so, and the provider's postback endpoints that
 * want `order.{status}` are told, with the whole order, in the same transaction.
 */
export async function orderStatusChanged(
  tx: Queryable,
  ctx: OrderContext,
  orderId: string,
  status: FulfillmentStatus,
  note: string | null,
): Promise<void> {
  const now = ctx.clock.now();
  await recordOrderEvent(tx, orderId, status, note, now);
  const [row] = await tx.query<OrderRow>('select * from orders where id = $1', [orderId]);
  if (!row) return;
  if (status === 'received' && (await submitsToProduction(tx, ctx, row.provider_id))) {
    // Ready to be made: the production job submits it.
    await enqueueJobOnce(tx, ctx, {
      providerId: row.provider_id,
      clientId: row.client_id,
      storeId: row.store_id,
      kind: 'production',
      state: { orderId },
    });
  }
  const [order] = await loadOrders(tx, [row]);
  await emitPostbacks(tx, ctx, {
    providerId: row.provider_id,
    clientId: row.client_id,
    type: `order.${status}`,
    orderId,
    data: { order },
  });
}

/** Appends to an order's history. */
export async function recordOrderEvent(
  tx: Queryable,
  orderId: string,
  status: FulfillmentStatus,
  note: string | null,
  now: Date,
  itemId: string | null = null,
): Promise<void> {
  await tx.query(
    `insert into order_events (id, order_id, item_id, status, note, created_at)
     values ($1, $2, $3, $4, $5, $6)`,
    [newId('oe'), orderId, itemId, status, note, now],
  );
}

/** Writes a new order with its items and its first event; returns its id. */
export async function insertOrder(
  tx: Queryable,
  ctx: OrderContext,
  order: Omit<OrderRow, 'id' | 'created_at' | 'updated_at'>,
  items: readonly NewItem[],
  note: string | null,
): Promise<string> {
  const now = ctx.clock.now();
  const id = newId('ord');
  const address = order.shipping_address;
  const search = [
    order.order_reference_id,
    order.platform_order_id,
    address?.firstName,
    address?.lastName,
    address?.companyName,
    address?.email,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  await tx.query(
    `insert into orders (id, provider_id, client_id, store_id, source, is_test, platform_order_id,
       order_reference_id, order_type, currency, shipment_method_uid, shipping_address, metadata,
       fulfillment_status, status_reason, search_text, created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)`,
    [
      id,
      order.provider_id,
      order.client_id,
      order.store_id,
      order.source,
      order.is_test,
      order.platform_order_id,
      order.order_reference_id,
      order.order_type,
      order.currency,
      order.shipment_method_uid,
      address ? JSON.stringify(address) : null,
      JSON.stringify(order.metadata),
      order.fulfillment_status,
      order.status_reason,
      search,
      now,
    ],
  );
  await tx.query(
    `insert into order_items (id, order_id, position, item_reference_id, platform_line_id,
       platform_variant_id, title, sku, variant_id, product_uid, product_name, product_variant,
       quantity, files, print_specs, fulfillment_status, problem)
     select i.id, $1, i.position, i.ref, i.line, i.platform_variant, i.title, i.sku, i.variant,
       i.uid, i.name, i.variant_options::jsonb, i.quantity, i.files::jsonb, i.specs::jsonb,
       i.status, i.problem
       from unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::text[], $10::text[], $11::text[], $12::int[], $13::text[], $14::text[],
         $15::text[], $16::text[], $17::text[])
         as i(id, position, ref, line, title, sku, variant, uid, name, variant_options, quantity,
           files, specs, status, problem, platform_variant)`,
    [
      id,
      items.map(() => newId('oi')),
      items.map((_, i) => i),
      items.map((i) => i.item_reference_id),
      items.map((i) => i.platform_line_id),
      items.map((i) => i.title),
      items.map((i) => i.sku),
      items.map((i) => i.variant_id),
      items.map((i) => i.product_uid),
      items.map((i) => i.product_name),
      items.map((i) => (i.product_variant ? JSON.stringify(i.product_variant) : null)),
      items.map((i) => i.quantity),
      items.map((i) => JSON.stringify(i.files)),
      items.map((i) => JSON.stringify(i.print_specs)),
      items.map((i) => i.fulfillment_status),
      items.map((i) => i.problem),
      items.map((i) => i.platform_variant_id),
    ],
  );
  await orderStatusChanged(tx, ctx, id, order.fulfillment_status, note);
  return id;
}
