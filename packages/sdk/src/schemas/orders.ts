import * as z from 'zod';
import { ProductUid } from './catalog.js';
import { ClientId, OrderId, PageQuery, StoreId, Timestamp } from './common.js';
import { PrintFile, PrintSpecs } from './products.js';

export const fulfillmentStatuses = [
  'received',
  'passed',
  'failed',
  'in_production',
  'printed',
  'shipped',
  'in_transit',
  'delivered',
  'canceled',
  'returned',
  'not_connected',
] as const;
export const FulfillmentStatus = z.enum(fulfillmentStatuses);
export type FulfillmentStatus = z.infer<typeof FulfillmentStatus>;

export const OrderSource = z.enum(['platform', 'manual', 'csv', 'test']);

/** GelatoConnect Submit Order address; limits follow Gelato's order API. */
export const ShippingAddress = z.object({
  firstName: z.string().trim().min(1).max(25),
  lastName: z.string().trim().min(1).max(25),
  companyName: z.string().trim().max(60).optional(),
  addressLine1: z.string().trim().min(1).max(35),
  addressLine2: z.string().trim().max(35).optional(),
  city: z.string().trim().min(1).max(30),
  postCode: z.string().trim().min(1).max(15),
  state: z.string().trim().max(35).optional(),
  country: z.string().regex(/^[A-Z]{2}$/),
  email: z.email(),
  phone: z.string().trim().max(25).optional(),
  isBusiness: z.boolean().optional(),
});
export type ShippingAddress = z.infer<typeof ShippingAddress>;

export const OrderItemBody = z
  .object({
    itemReferenceId: z.string().trim().min(1).max(100),
    productUid: ProductUid.optional(),
    productName: z.string().trim().min(1).max(255).optional(),
    productVariant: z.record(z.string(), z.string()).optional(),
    /** A store variant; the mapping supplies product UID and files. */
    variantId: z.string().optional(),
    quantity: z.number().int().min(1).max(100_000),
    files: z.array(PrintFile).max(20).default([]),
  })
  .refine((i) => i.productUid || i.productName || i.variantId, {
    error: 'Give a productUid, a productName with productVariant, or a variantId',
    path: ['productUid'],
  });

export const CreateOrderBody = z.object({
  orderReferenceId: z.string().trim().min(1).max(100),
  orderType: z.enum(['order', 'draft']).default('order'),
  currency: z.string().regex(/^[A-Z]{3}$/),
  shipmentMethodUid: z.string().max(100).optional(),
  shippingAddress: ShippingAddress,
  items: z.array(OrderItemBody).min(1).max(250),
  metadata: z
    .array(z.object({ key: z.string().max(100), value: z.string().max(100) }))
    .max(20)
    .default([]),
});
export type CreateOrderBody = z.input<typeof CreateOrderBody>;

/**
 * Why an item cannot go to production yet: its store variant is not mapped to the catalog (map it,
 * then release the order), the platform's line names no variant we know (not synced yet, or a
 * custom line), or the variant is marked "ignored" (not printed here).
 */
export const OrderItemProblem = z.enum([
  'variant_unmapped',
  'variant_not_found',
  'variant_ignored',
]);
export type OrderItemProblem = z.infer<typeof OrderItemProblem>;

export const OrderItem = z.object({
  id: z.string(),
  itemReferenceId: z.string(),
  /** What the buyer saw: the line's title (platform orders) or the product name. */
  title: z.string().nullable(),
  sku: z.string().nullable(),
  productUid: z.string().nullable(),
  productName: z.string().nullable(),
  productVariant: z.record(z.string(), z.string()).nullable(),
  variantId: z.string().nullable(),
  quantity: z.number().int(),
  files: z.array(PrintFile),
  printSpecs: PrintSpecs,
  fulfillmentStatus: FulfillmentStatus,
  problem: OrderItemProblem.nullable(),
});
export type OrderItem = z.infer<typeof OrderItem>;

export const OrderEvent = z.object({
  status: FulfillmentStatus,
  at: Timestamp,
  note: z.string().nullable(),
  /** The item the event is about; null for the whole order. */
  itemId: z.string().nullable(),
});
export type OrderEvent = z.infer<typeof OrderEvent>;

/** An address as an order carries it: as the platform or the person gave it, unvalidated. */
export const OrderAddress = z.object({
  firstName: z.string(),
  lastName: z.string(),
  companyName: z.string().nullable(),
  addressLine1: z.string(),
  addressLine2: z.string().nullable(),
  city: z.string(),
  postCode: z.string(),
  state: z.string().nullable(),
  country: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
});
export type OrderAddress = z.infer<typeof OrderAddress>;

export const Order = z.object({
  id: OrderId,
  clientId: ClientId,
  storeId: StoreId,
  orderReferenceId: z.string(),
  /** The order's id on its platform, for platform orders. */
  platformOrderId: z.string().nullable(),
  orderType: z.enum(['order', 'draft']),
  source: OrderSource,
  /** A test order: it follows the whole path but is never made by real production. */
  isTest: z.boolean(),
  currency: z.string(),
  shipmentMethodUid: z.string().nullable(),
  /** Null for orders with nothing to ship (a platform order without a shipping address). */
  shippingAddress: OrderAddress.nullable(),
  items: z.array(OrderItem),
  metadata: z.array(z.object({ key: z.string(), value: z.string() })),
  fulfillmentStatus: FulfillmentStatus,
  /** Why the order waits or stopped (e.g. `variant_unmapped` while `not_connected`). */
  statusReason: z.string().nullable(),
  history: z.array(OrderEvent),
  tracking: z.array(z.object({ code: z.string(), url: z.string().nullable() })),
  /**
   * Telling the store the order shipped (platform orders): `pending` while it is being sent,
   * `sent`, or `failed` with the platform's reason (retry with `…/fulfillment/retry`); null
   * before shipping and for orders of no platform.
   */
  storeFulfillment: z
    .object({
      status: z.enum(['pending', 'sent', 'failed']),
      error: z.object({ code: z.string(), message: z.string() }).nullable(),
      at: Timestamp.nullable(),
    })
    .nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Order = z.infer<typeof Order>;

export const ListOrdersQuery = PageQuery.extend({
  storeId: StoreId.optional(),
  status: FulfillmentStatus.optional(),
  source: OrderSource.optional(),
  search: z.string().trim().max(120).optional(),
});
export type ListOrdersQuery = z.input<typeof ListOrdersQuery>;

export const BulkOrdersBody = z.object({
  /** Up to 1,000 orders a call; send more in several calls. */
  orders: z.array(CreateOrderBody).min(1).max(1000),
  dryRun: z.boolean().default(false),
});
export type BulkOrdersBody = z.input<typeof BulkOrdersBody>;

export const BulkOrdersResult = z.object({
  total: z.number().int(),
  created: z.number().int(),
  failed: z.number().int(),
  /** Per order that was not created: its reference, the field, a code and a message. */
  errors: z.array(
    z.object({
      orderReferenceId: z.string(),
      path: z.string(),
      code: z.string(),
      message: z.string(),
    }),
  ),
  /** The orders created (none on a dry run). */
  orderIds: z.array(OrderId),
});
export type BulkOrdersResult = z.infer<typeof BulkOrdersResult>;

export const TestOrderBody = z.object({ variantId: z.string().optional() }).default({});
export type TestOrderBody = z.input<typeof TestOrderBody>;
