import type { Order } from '@vitrine/sdk';
import { z } from 'zod';
import { DomainError } from '../../errors.js';
import type { OutboundFetch } from '../../outbound/guard.js';
import { readAtMost } from '../../streams.js';

/**
 * GelatoConnect's order intake, as a client: submit, cancel and read an order at the connector's
 * order address, authenticated with `X-API-KEY`. Answers are read with a size cap; failures come
 * back as what they mean for the order (refused: `failed` with GelatoConnect's words; down:
 * retried later).
 */

export interface GelatoConnectTarget {
  orderUrl: string;
  apiKey: string;
}

/** GelatoConnect refused the order: it will not take it as it is. */
export class ProductionRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProductionRefused';
  }
}

/** GelatoConnect could not be reached or asked to wait: try again later. */
export class ProductionUnavailable extends DomainError {
  readonly transient = true;
  constructor(message: string, retryAfter?: number) {
    super('platform_unavailable', message, retryAfter ? { retryAfter } : {});
    this.name = 'ProductionUnavailable';
  }
}

const Submitted = z.object({ id: z.union([z.string(), z.number()]).transform(String) });

/** The Submit Order body for an order (test orders go as drafts, which are never produced). */
export function submitOrderBody(order: Order) {
  const address = order.shippingAddress;
  return {
    orderReferenceId: order.orderReferenceId,
    orderType: order.isTest || order.orderType === 'draft' ? 'draft' : 'order',
    currency: order.currency,
    ...(order.shipmentMethodUid ? { shipmentMethodUid: order.shipmentMethodUid } : {}),
    ...(address
      ? {
          shippingAddress: {
            firstName: address.firstName,
            lastName: address.lastName,
            ...(address.companyName ? { companyName: address.companyName } : {}),
            addressLine1: address.addressLine1,
            ...(address.addressLine2 ? { addressLine2: address.addressLine2 } : {}),
            city: address.city,
            postCode: address.postCode,
            ...(address.state ? { state: address.state } : {}),
            country: address.country,
            ...(address.email ? { email: address.email } : {}),
            ...(address.phone ? { phone: address.phone } : {}),
          },
        }
      : {}),
    items: order.items
      .filter((i) => i.fulfillmentStatus !== 'canceled')
      .map((i) => ({
        itemReferenceId: i.itemReferenceId,
        quantity: i.quantity,
        ...(i.productUid
          ? { productUid: i.productUid }
          : { productName: i.productName, productVariant: i.productVariant ?? {} }),
        files: i.files.map((f) => ({ type: f.type, url: f.url })),
        ...(i.printSpecs.pageCount ? { pageCount: i.printSpecs.pageCount } : {}),
      })),
    metadata: [
      ...order.metadata.filter((m) => m.key !== 'vitrineOrderId' && m.key !== 'test'),
      { key: 'vitrineOrderId', value: order.id },
      ...(order.isTest ? [{ key: 'test', value: 'true' }] : []),
    ].slice(0, 20),
  };
}

async function call(
  fetch: OutboundFetch,
  target: GelatoConnectTarget,
  method: string,
  url: string,
  body?: unknown,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(
      new Request(url, {
        method,
        headers: {
          accept: 'application/json',
          'x-api-key': target.apiKey,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(30_000),
      }),
    );
  } catch {
    throw new ProductionUnavailable('GelatoConnect could not be reached.');
  }
  const bytes = await readAtMost(response.body, 1024 * 1024).catch(() => null);
  const text = bytes ? new TextDecoder().decode(bytes) : '';
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (response.status === 429 || response.status >= 500) {
    const wait = Number(response.headers.get('retry-after'));
    throw new ProductionUnavailable(
      `GelatoConnect answered ${response.status}.`,
      Number.isFinite(wait) && wait > 0 ? wait : undefined,
    );
  }
  if (response.status === 401 || response.status === 403) {
    throw new ProductionRefused(
      'GelatoConnect refused the API key: check the production connection.',
    );
  }
  if (!response.ok) {
    const said = (json as { message?: unknown; error?: unknown } | null) ?? null;
    const message =
      typeof said?.message === 'string'
        ? said.message
        : typeof said?.error === 'string'
          ? said.error
          : text.slice(0, 300) || `status ${response.status}`;
    throw new ProductionRefused(`GelatoConnect refused the order: ${message}`);
  }
  return json;
}

/** Submits an order; GelatoConnect's id for it. */
export async function submitToGelatoConnect(
  fetch: OutboundFetch,
  target: GelatoConnectTarget,
  order: Order,
): Promise<string> {
  const answer = Submitted.safeParse(
    await call(fetch, target, 'POST', target.orderUrl, submitOrderBody(order)),
  );
  if (!answer.success) {
    throw new ProductionUnavailable('GelatoConnect answered the submission without an order id.');
  }
  return answer.data.id;
}

export async function cancelAtGelatoConnect(
  fetch: OutboundFetch,
  target: GelatoConnectTarget,
  productionOrderId: string,
): Promise<void> {
  await call(
    fetch,
    target,
    'POST',
    `${target.orderUrl.replace(/\/$/, '')}/${encodeURIComponent(productionOrderId)}/cancel`,
    {},
  );
}

/** A status postback as GelatoConnect's `order_status_updated` template renders it. */
export const GelatoConnectStatus = z.object({
  orderId: z.union([z.string(), z.number()]).transform(String).optional(),
  orderReferenceId: z.string().optional(),
  fulfillmentStatus: z.string().optional(),
  items: z
    .array(
      z.object({
        itemReferenceId: z.string(),
        fulfillmentStatus: z.string().optional(),
        fulfillments: z
          .array(
            z.object({
              trackingCode: z.string().nullish(),
              trackingUrl: z.string().nullish(),
            }),
          )
          .optional(),
      }),
    )
    .optional(),
  comment: z.string().nullish(),
});
