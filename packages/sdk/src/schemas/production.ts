import * as z from 'zod';
import { Timestamp, Url } from './common.js';
import { FulfillmentStatus } from './orders.js';

/**
 * Where a provider's orders are made: GelatoConnect's order intake (orders submitted, status
 * postbacks accepted back), or any system that takes `order.received` postbacks and reports
 * progress through `POST /v1/orders/{id}/events`.
 */
export const ProductionConnection = z.object({
  kind: z.enum(['none', 'postbacks', 'gelatoconnect']),
  /** True when it is the server's default (a development simulator), not the provider's own. */
  isDefault: z.boolean(),
  gelatoconnect: z
    .object({
      orderUrl: z.string(),
      apiKeyLast4: z.string(),
      /**
       * Where GelatoConnect posts status updates: only in the answer that sets the connection
       * (it carries a credential); null afterwards.
       */
      statusUrl: z.string().nullable(),
    })
    .nullable(),
  updatedAt: Timestamp.nullable(),
});
export type ProductionConnection = z.infer<typeof ProductionConnection>;

export const PutProductionBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('postbacks') }),
  z.object({
    kind: z.literal('gelatoconnect'),
    /** The connector's order address: orders are POSTed to it, read and canceled under it. */
    orderUrl: Url,
    /** `{key}:{secret}` from the connector, sent as `X-API-KEY`. */
    apiKey: z.string().trim().min(3).max(500),
  }),
  z.object({ kind: z.literal('none') }),
]);
export type PutProductionBody = z.input<typeof PutProductionBody>;

/** Statuses a production system reports. */
export const ProductionStatus = FulfillmentStatus.extract([
  'passed',
  'failed',
  'in_production',
  'printed',
  'shipped',
  'in_transit',
  'delivered',
  'canceled',
  'returned',
]);
export type ProductionStatus = z.infer<typeof ProductionStatus>;

/** A production system's report on an order: the whole order, some items, tracking, a note. */
export const ReportOrderEventBody = z
  .object({
    status: ProductionStatus.optional(),
    items: z
      .array(z.object({ itemReferenceId: z.string().min(1).max(100), status: ProductionStatus }))
      .max(250)
      .optional(),
    tracking: z.object({ code: z.string().trim().min(1).max(100), url: Url.optional() }).optional(),
    note: z.string().trim().max(1000).optional(),
  })
  .refine((b) => b.status || b.items?.length || b.tracking || b.note, {
    error: 'Report a status, item statuses, tracking or a note',
  });
export type ReportOrderEventBody = z.input<typeof ReportOrderEventBody>;

/** The answer to a production status postback: the order it was about and whether it moved. */
export const ProductionStatusReceipt = z.object({ orderId: z.string(), changed: z.boolean() });
export type ProductionStatusReceipt = z.infer<typeof ProductionStatusReceipt>;
