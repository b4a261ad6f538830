/**
 * Shopify's FulfillmentOrder model, as the simulator keeps it: every order gets fulfillment
 * orders when it is placed (one per location; the simulated shops ship everything from one
 * merchant-managed location), each with a line item per order line and its remaining quantity.
 * `fulfillmentCreate` takes quantities from fulfillment order line items, with tracking; a
 * fulfillment order whose lines are all taken is closed.
 *
 * The statuses, the one-order-one-location rule and the scopes come from Shopify's reference
 * (FulfillmentOrder, FulfillmentInput, fulfillmentCreate). The texts of `userErrors` are
 * inferred, except "Invalid fulfillment order line item quantity requested.", which Shopify's
 * clients have reported.
 */

export const FULFILLMENT_ORDER_STATUSES = [
  'OPEN',
  'IN_PROGRESS',
  'SCHEDULED',
  'ON_HOLD',
  'INCOMPLETE',
  'CLOSED',
  'CANCELLED',
] as const;
export type FulfillmentOrderStatus = (typeof FULFILLMENT_ORDER_STATUSES)[number];

/** Only these take fulfillments. */
export const FULFILLABLE: readonly FulfillmentOrderStatus[] = ['OPEN', 'IN_PROGRESS'];

export interface SimFulfillmentOrderLineItem {
  id: number;
  /** The order's line item this stands for. */
  lineItemId: number;
  sku: string;
  totalQuantity: number;
  remainingQuantity: number;
}

export interface SimFulfillmentOrder {
  id: number;
  orderId: number;
  status: FulfillmentOrderStatus;
  locationId: number;
  lineItems: SimFulfillmentOrderLineItem[];
  updatedAt: string;
}

export interface SimTrackingInfo {
  company: string | null;
  number: string | null;
  url: string | null;
}

export interface SimFulfillment {
  id: number;
  orderId: number;
  /** `#1001.1`, `#1001.2`…, as the admin shows them. */
  name: string;
  status: 'SUCCESS';
  locationId: number;
  createdAt: string;
  trackingInfo: SimTrackingInfo[];
  notifyCustomer: boolean;
  message: string | null;
  lineItems: { fulfillmentOrderId: number; lineItemId: number; quantity: number }[];
}

/** Where the simulated shops ship from. */
export interface SimLocation {
  id: number;
  name: string;
}

export const gid = (type: string, id: number | string) => `gid://shopify/${type}/${id}`;

/** The numeric id in `gid://shopify/{type}/{id}`, or null when it is not one of that type. */
export function idOf(type: string, value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = value.match(new RegExp(`^gid://shopify/${type}/(\\d+)$`));
  return match ? Number(match[1]) : null;
}

export interface FulfillmentInput {
  lineItemsByFulfillmentOrder: {
    fulfillmentOrderId: string;
    fulfillmentOrderLineItems?: { id: string; quantity: number }[] | null;
  }[];
  trackingInfo?: {
    company?: string | null;
    number?: string | null;
    numbers?: string[] | null;
    url?: string | null;
    urls?: string[] | null;
  } | null;
  notifyCustomer?: boolean | null;
}

type GraphqlError = {
  error: { message: string; extensions: { code: string } & Record<string, unknown> };
};

/**
 * GraphQL's own check of `$fulfillment` against `FulfillmentInput!` (the fields the simulator
 * reads): a missing required field or a wrong type is a top-level `INVALID_VARIABLE` error.
 */
export function fulfillmentInputCoercion(input: unknown): GraphqlError | null {
  const invalid = (path: (string | number)[], explanation: string): GraphqlError => ({
    error: {
      message: `Variable $fulfillment of type FulfillmentInput! was provided invalid value${path.length ? ` for ${path.join('.')}` : ''} (${explanation})`,
      extensions: { code: 'INVALID_VARIABLE', value: input, problems: [{ path, explanation }] },
    },
  });
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return invalid([], 'Expected value to not be null');
  }
  const fulfillment = input as Record<string, unknown>;
  const groups = fulfillment.lineItemsByFulfillmentOrder;
  if (!Array.isArray(groups)) {
    return invalid(['lineItemsByFulfillmentOrder'], 'Expected value to not be null');
  }
  for (const [i, group] of groups.entries()) {
    const at = ['lineItemsByFulfillmentOrder', i];
    if (!group || typeof group !== 'object') return invalid(at, 'Expected value to not be null');
    if (typeof group.fulfillmentOrderId !== 'string') {
      return invalid([...at, 'fulfillmentOrderId'], 'Expected value to not be null');
    }
    const lines = group.fulfillmentOrderLineItems;
    if (lines === undefined || lines === null) continue;
    if (!Array.isArray(lines))
      return invalid([...at, 'fulfillmentOrderLineItems'], 'Expected a list');
    for (const [j, line] of lines.entries()) {
      if (typeof line?.id !== 'string') {
        return invalid(
          [...at, 'fulfillmentOrderLineItems', j, 'id'],
          'Expected value to not be null',
        );
      }
      if (!Number.isInteger(line.quantity)) {
        return invalid(
          [...at, 'fulfillmentOrderLineItems', j, 'quantity'],
          `Could not coerce value ${JSON.stringify(line.quantity)} to Int`,
        );
      }
    }
  }
  const tracking = fulfillment.trackingInfo;
  if (tracking !== undefined && tracking !== null) {
    if (typeof tracking !== 'object' || Array.isArray(tracking)) {
      return invalid(['trackingInfo'], 'Expected an object');
    }
    for (const key of ['company', 'number', 'url'] as const) {
      const value = (tracking as Record<string, unknown>)[key];
      if (value !== undefined && value !== null && typeof value !== 'string') {
        return invalid(
          ['trackingInfo', key],
          `Could not coerce value ${JSON.stringify(value)} to String`,
        );
      }
    }
    for (const key of ['numbers', 'urls'] as const) {
      const value = (tracking as Record<string, unknown>)[key];
      if (
        value !== undefined &&
        value !== null &&
        !(Array.isArray(value) && value.every((v) => typeof v === 'string'))
      ) {
        return invalid(['trackingInfo', key], 'Expected a list of strings');
      }
    }
  }
  const notify = fulfillment.notifyCustomer;
  if (notify !== undefined && notify !== null && typeof notify !== 'boolean') {
    return invalid(
      ['notifyCustomer'],
      `Could not coerce value ${JSON.stringify(notify)} to Boolean`,
    );
  }
  return null;
}

export interface FulfillmentPlan {
  taken: {
    fulfillmentOrder: SimFulfillmentOrder;
    line: SimFulfillmentOrderLineItem;
    quantity: number;
  }[];
  trackingInfo: SimTrackingInfo[];
}

/**
 * What `fulfillmentCreate` refuses with `userErrors` (the input's types already hold), or what it
 * takes. `visible` answers the fulfillment orders the app may fulfil (by id), null for others.
 */
export function planFulfillment(
  input: FulfillmentInput,
  visible: (id: number) => SimFulfillmentOrder | null,
): { userErrors: { field: string[]; message: string }[] } | { plan: FulfillmentPlan } {
  const userErrors: { field: string[]; message: string }[] = [];
  const error = (field: (string | number)[], message: string) =>
    userErrors.push({ field: ['fulfillment', ...field.map(String)], message });
  const groups = input.lineItemsByFulfillmentOrder;
  if (!groups.length) {
    error(['lineItemsByFulfillmentOrder'], 'Line items by fulfillment order must not be empty.');
  }
  const taken: FulfillmentPlan['taken'] = [];
  let first: SimFulfillmentOrder | null = null;
  for (const [i, group] of groups.entries()) {
    const at = ['lineItemsByFulfillmentOrder', i];
    const fulfillmentOrder = visible(idOf('FulfillmentOrder', group.fulfillmentOrderId) ?? -1);
    if (!fulfillmentOrder) {
      error([...at, 'fulfillmentOrderId'], 'Fulfillment order does not exist.');
      continue;
    }
    first ??= fulfillmentOrder;
    if (
      fulfillmentOrder.orderId !== first.orderId ||
      fulfillmentOrder.locationId !== first.locationId
    ) {
      error(
        [...at, 'fulfillmentOrderId'],
        'All fulfillment orders must belong to the same order and be assigned to the same location.',
      );
      continue;
    }
    if (!FULFILLABLE.includes(fulfillmentOrder.status)) {
      error(
        [...at, 'fulfillmentOrderId'],
        `Fulfillment order ${fulfillmentOrder.id} has an unfulfillable status= ${fulfillmentOrder.status.toLowerCase()}.`,
      );
      continue;
    }
    // Without line items, the whole fulfillment order: every line's remaining quantity.
    const wanted =
      group.fulfillmentOrderLineItems ??
      fulfillmentOrder.lineItems
        .filter((l) => l.remainingQuantity > 0)
        .map((l) => ({ id: gid('FulfillmentOrderLineItem', l.id), quantity: l.remainingQuantity }));
    if (!wanted.length) {
      error(
        [...at, 'fulfillmentOrderLineItems'],
        'Invalid fulfillment order line item quantity requested.',
      );
    }
    for (const [j, item] of wanted.entries()) {
      const line = fulfillmentOrder.lineItems.find(
        (l) => l.id === idOf('FulfillmentOrderLineItem', item.id),
      );
      if (!line) {
        error(
          [...at, 'fulfillmentOrderLineItems', j, 'id'],
          'Fulfillment order line item does not exist.',
        );
        continue;
      }
      const already = taken.filter((t) => t.line === line).reduce((sum, t) => sum + t.quantity, 0);
      if (item.quantity < 1 || item.quantity + already > line.remainingQuantity) {
        error(
          [...at, 'fulfillmentOrderLineItems', j, 'quantity'],
          'Invalid fulfillment order line item quantity requested.',
        );
        continue;
      }
      taken.push({ fulfillmentOrder, line, quantity: item.quantity });
    }
  }
  const tracking = input.trackingInfo ?? {};
  if (tracking.number && tracking.numbers?.length) {
    error(['trackingInfo'], 'Specify either number or numbers, not both.');
  }
  if (tracking.url && tracking.urls?.length) {
    error(['trackingInfo'], 'Specify either url or urls, not both.');
  }
  const numbers = tracking.numbers?.length
    ? tracking.numbers
    : tracking.number
      ? [tracking.number]
      : [];
  const urls = tracking.urls?.length ? tracking.urls : tracking.url ? [tracking.url] : [];
  if (urls.length && !numbers.length) {
    error(['trackingInfo', 'url'], 'Tracking URL requires a tracking number.');
  }
  urls.forEach((url, i) => {
    if (!/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url)) {
      error(['trackingInfo', urls.length > 1 ? `urls.${i}` : 'url'], 'Tracking URL is invalid.');
    }
  });
  if (userErrors.length) return { userErrors };
  return {
    plan: {
      taken,
      trackingInfo: numbers.map((number, i) => ({
        company: tracking.company?.trim() || null,
        number,
        url: urls[i] ?? null,
      })),
    },
  };
}

/** The order's fulfillment status as `displayFulfillmentStatus` and REST's `fulfillment_status`. */
export function orderFulfillmentStatus(fulfillmentOrders: readonly SimFulfillmentOrder[]): {
  display: 'UNFULFILLED' | 'PARTIALLY_FULFILLED' | 'FULFILLED';
  rest: 'fulfilled' | 'partial' | null;
} {
  const lines = fulfillmentOrders
    .filter((f) => f.status !== 'CANCELLED')
    .flatMap((f) => f.lineItems);
  const total = lines.reduce((sum, l) => sum + l.totalQuantity, 0);
  const remaining = lines.reduce((sum, l) => sum + l.remainingQuantity, 0);
  if (total > 0 && remaining === 0) return { display: 'FULFILLED', rest: 'fulfilled' };
  if (remaining < total) return { display: 'PARTIALLY_FULFILLED', rest: 'partial' };
  return { display: 'UNFULFILLED', rest: null };
}

/** A fulfillment as REST (and the `fulfillments/create` webhook) writes it. */
export function restFulfillment(f: SimFulfillment, lineItems: readonly Record<string, unknown>[]) {
  return {
    id: f.id,
    admin_graphql_api_id: gid('Fulfillment', f.id),
    order_id: f.orderId,
    name: f.name,
    status: 'success',
    location_id: f.locationId,
    created_at: f.createdAt,
    updated_at: f.createdAt,
    service: 'manual',
    shipment_status: null,
    tracking_company: f.trackingInfo[0]?.company ?? null,
    tracking_number: f.trackingInfo[0]?.number ?? null,
    tracking_numbers: f.trackingInfo.map((t) => t.number),
    tracking_url: f.trackingInfo[0]?.url ?? null,
    tracking_urls: f.trackingInfo.map((t) => t.url).filter(Boolean),
    notify_customer: f.notifyCustomer,
    line_items: f.lineItems.map((l) => ({
      ...(lineItems.find((item) => item.id === l.lineItemId) ?? { id: l.lineItemId }),
      quantity: l.quantity,
    })),
  };
}
