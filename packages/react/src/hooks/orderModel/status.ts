import type { FulfillmentStatus, Order } from '@vitrine/sdk';

/** The badge tone of each fulfillment status, wherever an order's or item's status is shown. */
export const orderStatusTones = {
  received: 'info',
  passed: 'info',
  in_production: 'info',
  printed: 'info',
  shipped: 'info',
  in_transit: 'info',
  delivered: 'success',
  not_connected: 'warning',
  failed: 'danger',
  returned: 'warning',
  canceled: 'neutral',
} as const satisfies Record<FulfillmentStatus, string>;

/** Statuses an order can still be canceled in: nothing has gone to production yet. */
export const cancelableStatuses = ['received', 'not_connected', 'failed'] as const;

export const isCancelable = (order: Pick<Order, 'fulfillmentStatus'>) =>
  (cancelableStatuses as readonly string[]).includes(order.fulfillmentStatus);

/** Only an order waiting for its products is released (`POST /v1/orders/{id}/release`). */
export const isReleasable = (order: Pick<Order, 'fulfillmentStatus'>) =>
  order.fulfillmentStatus === 'not_connected';

/** Status reasons the widgets have words for; others are shown as they come. */
export const knownStatusReasons = [
  'variant_unmapped',
  'variant_not_found',
  'variant_ignored',
  'nothing_to_print',
  'canceled_in_store',
  'canceled_by_user',
] as const;
export type KnownStatusReason = (typeof knownStatusReasons)[number];

export const isKnownStatusReason = (reason: string | null): reason is KnownStatusReason =>
  reason !== null && (knownStatusReasons as readonly string[]).includes(reason);

/** What a person reads for an item: its title, else its product name, SKU or reference. */
export const itemLabel = (item: {
  title: string | null;
  productName: string | null;
  sku: string | null;
  itemReferenceId: string;
}) => item.title ?? item.productName ?? item.sku ?? item.itemReferenceId;
