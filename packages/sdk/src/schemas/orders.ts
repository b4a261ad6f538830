import { z } from 'zod';
import { ProductUid } from './catalog.js';
import { ClientId, JobId, OrderId, PageQuery, StoreId, Timestamp } from './common.js';
import { PrintFile } from './products.js';

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

export const OrderItem = z.object({
  id: z.string(),
  itemReferenceId: z.string(),
  productUid: z.string().nullable(),
  productName: z.string().nullable(),
  productVariant: z.record(z.string(), z.string()).nullable(),
  variantId: z.string().nullable(),
  quantity: z.number().int(),
  files: z.array(PrintFile),
  fulfillmentStatus: FulfillmentStatus,
});

export const OrderEvent = z.object({
  status: FulfillmentStatus,
  at: Timestamp,
  note: z.string().nullable(),
});

export const Order = z.object({
  id: OrderId,
  clientId: ClientId,
  storeId: StoreId,
  orderReferenceId: z.string(),
  orderType: z.enum(['order', 'draft']),
  source: OrderSource,
  currency: z.string(),
  shipmentMethodUid: z.string().nullable(),
  shippingAddress: ShippingAddress,
  items: z.array(OrderItem),
  metadata: z.array(z.object({ key: z.string(), value: z.string() })),
  fulfillmentStatus: FulfillmentStatus,
  history: z.array(OrderEvent),
  tracking: z.array(z.object({ code: z.string(), url: z.string().nullable() })),
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
  orders: z.array(CreateOrderBody).min(1).max(10_000),
  dryRun: z.boolean().default(false),
});
export type BulkOrdersBody = z.input<typeof BulkOrdersBody>;

export const BulkOrdersResult = z.object({
  jobId: JobId.nullable(),
  total: z.number().int(),
  created: z.number().int(),
  failed: z.number().int(),
  errors: z.array(z.object({ orderReferenceId: z.string(), path: z.string(), code: z.string() })),
});
export type BulkOrdersResult = z.infer<typeof BulkOrdersResult>;

export const TestOrderBody = z.object({ variantId: z.string().optional() }).default({});
export type TestOrderBody = z.input<typeof TestOrderBody>;
