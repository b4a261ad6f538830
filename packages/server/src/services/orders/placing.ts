import type {
  BulkOrdersBody,
  BulkOrdersResult,
  CreateOrderBody,
  ErrorCode,
  FieldError,
  Order,
  TestOrderBody,
} from '@vitrine/sdk';
import type { z } from 'zod';
import type { Principal } from '../../auth/principal.js';
import type { Queryable } from '../../db/types.js';
import { DomainError } from '../../errors.js';
import type { ServiceContext } from '../context.js';
import { printAreaProblems } from '../products/mappings.js';
import { readableStore } from '../products/storeAccess.js';
import { insertOrder, loadOrders, type NewItem, type OrderRow } from './orderRecords.js';
import { orderStatusOf, resolveLines } from './resolve.js';

/**
 * Orders placed through Vitrine rather than by a platform: by hand (a manual store's OrderForm, or
 * any store's API caller), by CSV (many at once, each created or refused on its own), and test
 * orders that follow the whole path without ever being made by real production.
 */

type Body = z.output<typeof CreateOrderBody>;

const refused = (code: ErrorCode, message: string, fields: FieldError[]) =>
  new DomainError(code, message, { fields });

/**
 * Turns a body's items into order items: a variant's mapping supplies its product UID and files
 * (refused when it has none: a person placing the order can map it first); a catalog product UID
 * is checked with its files against the print areas; a customer product (`productName` with
 * `productVariant`) is passed on as it is, for production to resolve.
 */
async function itemsOf(
  tx: Queryable,
  providerId: string,
  storeId: string,
  body: Body,
): Promise<NewItem[]> {
  const resolved = await resolveLines(
    tx,
    storeId,
    body.items.map((i) => ({ variantId: i.variantId ?? null })),
  );
  const uids = [...new Set(body.items.map((i) => i.productUid).filter((u): u is string => !!u))];
  const catalog = new Map(
    (
      await tx.query<{ product_uid: string; title: string; print_areas: string[] }>(
        `select product_uid, title, print_areas from catalog_products
          where provider_id = $1 and product_uid = any($2::text[])`,
        [providerId, uids],
      )
    ).map((c) => [c.product_uid, c]),
  );
  const fields: FieldError[] = [];
  const items = body.items.map((item, i): NewItem => {
    const at = `items.${i}`;
    const base = {
      item_reference_id: item.itemReferenceId,
      platform_line_id: null,
      platform_variant_id: null,
      sku: null,
      product_variant: item.productVariant ?? null,
      quantity: item.quantity,
      fulfillment_status: 'received' as const,
      problem: null,
    };
    if (item.variantId) {
      const r = resolved[i]!;
      if (r.problem === 'variant_not_found') {
        fields.push({
          path: `${at}.variantId`,
          code: 'not_found',
          message: 'No such variant in this store',
        });
      } else if (r.problem) {
        fields.push({
          path: `${at}.variantId`,
          code: 'variant_unmapped',
          message: 'Map this variant to a catalog product first',
        });
      }
      return {
        ...base,
        title: null,
        variant_id: r.variantId,
        product_uid: r.productUid,
        product_name: null,
        // Files given on the item replace the mapping's for their areas.
        files: [
          ...r.files.filter((f) => !item.files.some((g) => g.type === f.type)),
          ...item.files,
        ],
        print_specs: r.printSpecs,
      };
    }
    if (item.productUid) {
      const product = catalog.get(item.productUid);
      if (!product) {
        fields.push({
          path: `${at}.productUid`,
          code: 'product_uid_unknown',
          message: 'Not in the catalog',
        });
      } else {
        for (const p of printAreaProblems(
          { title: product.title, printAreas: product.print_areas },
          item.files,
        )) {
          fields.push({
            path: p.index === null ? `${at}.files` : `${at}.files.${p.index}.type`,
            code: p.code,
            message: p.message,
          });
        }
      }
      return {
        ...base,
        title: product?.title ?? null,
        variant_id: null,
        product_uid: item.productUid,
        product_name: null,
        files: item.files,
        print_specs: {},
      };
    }
    return {
      ...base,
      title: item.productName ?? null,
      variant_id: null,
      product_uid: null,
      product_name: item.productName ?? null,
      files: item.files,
      print_specs: {},
    };
  });
  if (fields.length) {
    const code: ErrorCode = fields.some((f) => f.code === 'variant_unmapped')
      ? 'variant_unmapped'
      : fields.some((f) => f.code === 'product_uid_unknown')
        ? 'product_uid_unknown'
        : fields.some((f) => f.code.startsWith('print_area'))
          ? 'print_area_invalid'
          : 'validation_failed';
    throw refused(code, 'Some items cannot be printed as given.', fields);
  }
  return items;
}

async function place(
  tx: Queryable,
  ctx: ServiceContext,
  store: { id: string; client_id: string },
  providerId: string,
  body: Body,
  source: 'manual' | 'csv' | 'test',
): Promise<string> {
  const items = await itemsOf(tx, providerId, store.id, body);
  const [taken] = await tx.query(
    'select 1 from orders where store_id = $1 and order_reference_id = $2',
    [store.id, body.orderReferenceId],
  );
  if (taken) {
    throw refused('order_reference_taken', 'This store has an order with this reference already.', [
      { path: 'orderReferenceId', code: 'order_reference_taken', message: 'Already used' },
    ]);
  }
  const { status, reason } = orderStatusOf(
    items.map((i) => ({ fulfillmentStatus: i.fulfillment_status, problem: i.problem })),
  );
  const row: Omit<OrderRow, 'id' | 'created_at' | 'updated_at'> = {
    provider_id: providerId,
    client_id: store.client_id,
    store_id: store.id,
    source,
    is_test: source === 'test',
    platform_order_id: null,
    order_reference_id: body.orderReferenceId,
    order_type: body.orderType,
    currency: body.currency,
    shipment_method_uid: body.shipmentMethodUid ?? null,
    shipping_address: {
      firstName: body.shippingAddress.firstName,
      lastName: body.shippingAddress.lastName,
      companyName: body.shippingAddress.companyName ?? null,
      addressLine1: body.shippingAddress.addressLine1,
      addressLine2: body.shippingAddress.addressLine2 ?? null,
      city: body.shippingAddress.city,
      postCode: body.shippingAddress.postCode,
      state: body.shippingAddress.state ?? null,
      country: body.shippingAddress.country,
      email: body.shippingAddress.email,
      phone: body.shippingAddress.phone ?? null,
    },
    metadata: body.metadata,
    fulfillment_status: body.orderType === 'draft' ? 'received' : status,
    status_reason: reason,
  };
  return insertOrder(tx, ctx, row, items, source === 'test' ? 'A test order.' : null);
}

async function orderFor(ctx: ServiceContext, principal: Principal, storeId: string) {
  const store = await readableStore(ctx, principal, storeId);
  if (store.status === 'disconnected') {
    throw new DomainError('store_disconnected', 'The store is disconnected; connect it again.');
  }
  return store;
}

/** Places one order by hand. */
export async function createOrder(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  body: Body,
): Promise<Order> {
  const store = await orderFor(ctx, principal, storeId);
  const id = await ctx.db.transaction((tx) =>
    place(tx, ctx, store, principal.providerId, body, 'manual'),
  );
  const [row] = await ctx.db.query<OrderRow>('select * from orders where id = $1', [id]);
  return (await loadOrders(ctx.db, [row!]))[0]!;
}

/**
 * Places many orders (a CSV, grouped by order reference), each in its own transaction: one that
 * is refused does not stop the others, and its reasons come back. A reference used already (a
 * file imported twice) is refused, so importing again creates nothing twice.
 */
export async function importOrders(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  body: z.output<typeof BulkOrdersBody>,
): Promise<BulkOrdersResult> {
  const store = await orderFor(ctx, principal, storeId);
  const result: BulkOrdersResult = {
    total: body.orders.length,
    created: 0,
    failed: 0,
    errors: [],
    orderIds: [],
  };
  const seen = new Set<string>();
  for (const order of body.orders) {
    try {
      if (seen.has(order.orderReferenceId)) {
        throw refused('order_reference_taken', 'The file has this reference twice.', [
          { path: 'orderReferenceId', code: 'order_reference_taken', message: 'Twice in the file' },
        ]);
      }
      seen.add(order.orderReferenceId);
      const id = await ctx.db.transaction(async (tx) => {
        const placed = await place(tx, ctx, store, principal.providerId, order, 'csv');
        // A dry run checks everything, then takes it back.
        if (body.dryRun) throw new DryRun();
        return placed;
      });
      result.created++;
      result.orderIds.push(id);
    } catch (error) {
      if (error instanceof DryRun) {
        result.created++;
        continue;
      }
      if (!(error instanceof DomainError)) throw error;
      result.failed++;
      for (const f of error.fields ?? [{ path: '', code: error.code, message: error.message }]) {
        result.errors.push({
          orderReferenceId: order.orderReferenceId,
          path: f.path,
          code: f.code,
          message: f.message,
        });
      }
    }
  }
  return result;
}

class DryRun extends Error {}

/**
 * A test order on a store: one of its mapped variants (the one given, else the first of an
 * orderable product), a sample address, flagged as a test. It takes the same path as a real order;
 * production never makes it for real.
 */
export async function createTestOrder(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  body: z.output<typeof TestOrderBody>,
): Promise<Order> {
  const store = await orderFor(ctx, principal, storeId);
  const [variant] = await ctx.db.query<{ id: string }>(
    `select v.id from store_variants v join store_products p on p.id = v.product_id
      where v.store_id = $1 and v.mapping_status = 'mapped' and v.removed_at is null
        and ($2::text is null or v.id = $2)
      order by (p.status = 'active') desc, p.title, v.position limit 1`,
    [store.id, body.variantId ?? null],
  );
  if (!variant) {
    throw new DomainError(
      'variant_unmapped',
      body.variantId
        ? 'This variant is not mapped to the catalog: map it, then send a test order.'
        : 'No variant of this store is mapped yet: map one, then send a test order.',
    );
  }
  const stamp = ctx.clock.now().toISOString().replace(/\D/g, '').slice(0, 14);
  const reference = `TEST-${stamp}-${crypto.randomUUID().slice(0, 4).toUpperCase()}`;
  const id = await ctx.db.transaction((tx) =>
    place(
      tx,
      ctx,
      store,
      principal.providerId,
      {
        orderReferenceId: reference,
        orderType: 'order',
        currency: 'USD',
        shippingAddress: {
          firstName: 'Test',
          lastName: 'Order',
          companyName: 'Vitrine test order',
          addressLine1: '1 Test Street',
          city: 'Austin',
          postCode: '78701',
          state: 'TX',
          country: 'US',
          email: 'test-orders@example.com',
        },
        items: [
          { itemReferenceId: `${reference}-1`, variantId: variant.id, quantity: 1, files: [] },
        ],
        metadata: [{ key: 'test', value: 'true' }],
      },
      'test',
    ),
  );
  const [row] = await ctx.db.query<OrderRow>('select * from orders where id = $1', [id]);
  return (await loadOrders(ctx.db, [row!]))[0]!;
}
