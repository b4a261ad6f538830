import { z } from 'zod';
import { DomainError } from '../../errors.js';
import type { PlatformAddress, PlatformOrder } from '../types.js';

/**
 * Etsy orders are receipts (`ShopReceipt`): polls carry the receipt itself, `order.paid`
 * webhooks only where to read it (`{event_type, resource_url, shop_id}`). Only what intake needs
 * is read, and checked: a signed body that is neither is refused with the reason.
 */
const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);
const text = z.string().nullish();
const currency = z.string().regex(/^[A-Z]{3}$/);
const Money = z.object({ currency_code: currency.nullish() }).nullish();

const Receipt = z.object({
  receipt_id: id,
  /** `paid`, `completed`, `open`, `payment processing`, `canceled`, `fully refunded`… */
  status: text,
  buyer_email: text,
  name: text,
  first_line: text,
  second_line: text,
  city: text,
  state: text,
  zip: text,
  country_iso: text,
  grandtotal: Money,
  transactions: z
    .array(
      z.object({
        transaction_id: id,
        listing_id: id.nullish(),
        /** The inventory product bought: the variant id syncs store. */
        product_id: id.nullish(),
        sku: text,
        title: text,
        quantity: z.number().int().positive(),
        price: Money,
        variations: z
          .array(z.object({ formatted_name: z.string(), formatted_value: z.string() }))
          .nullish(),
      }),
    )
    .min(1),
});

const Notification = z.object({
  event_type: z.string(),
  resource_url: z.string(),
});

/** Receipt statuses that end an order: Etsy canceled it, or refunded all of it. */
const ENDED = new Set(['canceled', 'cancelled', 'fully refunded']);

const notAn = (what: string, error: z.ZodError) =>
  new DomainError(
    'validation_failed',
    `Not an Etsy ${what}: ${error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'body'} ${i.message}`)
      .join('; ')}`,
  );

/**
 * What an order delivery stands for: a receipt (a poll's payload), or the shop and receipt a
 * webhook names, to be read from the API.
 */
export function etsyOrderDelivery(
  payload: unknown,
): { receipt: unknown } | { shopId: string; receiptId: string } {
  if (payload && typeof payload === 'object' && 'receipt_id' in payload)
    return { receipt: payload };
  const parsed = Notification.safeParse(payload);
  if (!parsed.success) throw notAn('receipt or order notification', parsed.error);
  const named = parsed.data.resource_url.match(/\/shops\/(\d+)\/receipts\/(\d+)\/?(?:[?#].*)?$/);
  if (!named) {
    throw new DomainError(
      'validation_failed',
      `The ${parsed.data.event_type.slice(0, 40)} notification names no receipt: ${parsed.data.resource_url.slice(0, 200)}`,
    );
  }
  return { shopId: named[1]!, receiptId: named[2]! };
}

/** Etsy gives one name for the recipient: its first word is the first name. */
function address(r: z.infer<typeof Receipt>): PlatformAddress | null {
  // Etsy withholds buyer addresses from some apps: an empty one is no address.
  if (!r.first_line && !r.city && !r.country_iso && !r.zip) return null;
  const [first = '', ...rest] = (r.name ?? '').trim().split(/\s+/);
  return {
    firstName: first,
    lastName: rest.join(' '),
    companyName: null,
    addressLine1: r.first_line ?? '',
    addressLine2: r.second_line || null,
    city: r.city ?? '',
    postCode: r.zip ?? '',
    state: r.state || null,
    country: (r.country_iso ?? '').toUpperCase(),
    email: r.buyer_email || null,
    phone: null,
  };
}

/**
 * A receipt as an order: `receipt_id` is both the platform id and the reference, each
 * transaction a line (its `product_id` the synced variant, its variations the line's
 * attributes), the currency the amounts', and a canceled or fully refunded receipt cancels.
 */
export function readEtsyReceipt(payload: unknown): PlatformOrder {
  const parsed = Receipt.safeParse(payload);
  if (!parsed.success) throw notAn('receipt', parsed.error);
  const r = parsed.data;
  const orderCurrency =
    r.grandtotal?.currency_code ?? r.transactions.map((t) => t.price?.currency_code).find(Boolean);
  if (!orderCurrency) {
    throw new DomainError(
      'validation_failed',
      `Etsy receipt ${r.receipt_id} names no currency in its amounts.`,
    );
  }
  return {
    externalId: r.receipt_id,
    reference: r.receipt_id,
    status: ENDED.has((r.status ?? '').toLowerCase()) ? 'cancelled' : 'open',
    test: false,
    currency: orderCurrency,
    shippingAddress: address(r),
    lines: r.transactions.map((t) => {
      const variations = t.variations ?? [];
      const title = t.title ?? `Listing ${t.listing_id ?? t.transaction_id}`;
      return {
        externalId: t.transaction_id,
        variantExternalId: t.product_id ?? null,
        sku: t.sku || null,
        title: variations.length
          ? `${title} — ${variations.map((v) => v.formatted_value).join(' / ')}`
          : title,
        quantity: t.quantity,
        attributes: Object.fromEntries(
          variations.map((v) => [v.formatted_name, v.formatted_value]),
        ),
      };
    }),
  };
}
