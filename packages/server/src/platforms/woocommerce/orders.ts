import { z } from 'zod';
import { DomainError } from '../../errors.js';
import type { PlatformAddress, PlatformOrder } from '../types.js';

/**
 * WooCommerce's order, as `GET /wc/v3/orders/{id}` answers it: the body of `order.created` and
 * `order.updated` webhooks, and what polls find. Only what intake needs is read, and checked: a
 * signed body that is not such an order is refused with the reason, never half-read.
 */
const id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]).transform(String);
const text = z.string().nullish();

const Address = z.object({
  first_name: text,
  last_name: text,
  company: text,
  address_1: text,
  address_2: text,
  city: text,
  state: text,
  postcode: text,
  country: text,
  email: text,
  phone: text,
});

const Order = z.object({
  id,
  /** The number shoppers see; plugins may change it, so it is not always the id. */
  number: z.union([z.string(), z.number()]).transform(String).nullish(),
  status: z.string().min(1),
  currency: z.string().regex(/^[A-Z]{3}$/),
  billing: Address.nullish(),
  shipping: Address.nullish(),
  line_items: z
    .array(
      z.object({
        id,
        name: z.string(),
        /** 0 once the product was deleted. */
        product_id: id.nullish(),
        /** The variation bought; 0 for a simple product. */
        variation_id: id.nullish(),
        quantity: z.number().int().positive(),
        sku: text,
        meta_data: z
          .array(
            z.object({
              key: z.string(),
              value: z.unknown(),
              display_key: text,
              display_value: z.unknown(),
            }),
          )
          .nullish(),
      }),
    )
    .min(1),
});

/** Statuses that end an order here: the store canceled or refunded it. */
const ENDED = new Set(['cancelled', 'refunded']);

type WooAddress = z.infer<typeof Address>;

/** Whether an address holds anything to ship to (WooCommerce sends every field, empty). */
const filled = (a: WooAddress | null | undefined): a is WooAddress =>
  !!a && [a.first_name, a.last_name, a.address_1, a.city, a.postcode, a.country].some((v) => v);

function address(order: z.infer<typeof Order>): PlatformAddress | null {
  // Orders without shipping (virtual products, or shipping not asked) hold the billing address.
  const a = filled(order.shipping) ? order.shipping : filled(order.billing) ? order.billing : null;
  if (!a) return null;
  return {
    firstName: a.first_name ?? '',
    lastName: a.last_name ?? '',
    companyName: a.company || null,
    addressLine1: a.address_1 ?? '',
    addressLine2: a.address_2 || null,
    city: a.city ?? '',
    postCode: a.postcode ?? '',
    state: a.state || null,
    country: (a.country ?? '').toUpperCase(),
    email: order.billing?.email || a.email || null,
    phone: a.phone || order.billing?.phone || null,
  };
}

const shown = (value: unknown): string | null =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : null;

/**
 * An order in the neutral shape: `id` is the platform id, `number` the reference; each line's
 * variant is its variation, or its product for a simple product (as syncs key them); the line's
 * visible meta data (the options chosen, add-on fields) are its attributes; `cancelled` and
 * `refunded` cancel.
 */
export function readWooCommerceOrder(payload: unknown): PlatformOrder {
  const parsed = Order.safeParse(payload);
  if (!parsed.success) {
    throw new DomainError(
      'validation_failed',
      `Not a WooCommerce order: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || 'body'} ${i.message}`)
        .join('; ')}`,
    );
  }
  const o = parsed.data;
  return {
    externalId: o.id,
    reference: o.number || o.id,
    status: ENDED.has(o.status) ? 'cancelled' : 'open',
    test: false,
    currency: o.currency,
    shippingAddress: address(o),
    lines: o.line_items.map((l) => {
      const variant =
        l.variation_id && l.variation_id !== '0'
          ? l.variation_id
          : l.product_id && l.product_id !== '0'
            ? l.product_id
            : null;
      const attributes: Record<string, string> = {};
      for (const meta of l.meta_data ?? []) {
        // Keys starting with an underscore are WooCommerce's own bookkeeping, hidden from people.
        if (meta.key.startsWith('_')) continue;
        const value = shown(meta.display_value) ?? shown(meta.value);
        if (value !== null) attributes[meta.display_key || meta.key] = value;
      }
      return {
        externalId: l.id,
        variantExternalId: variant,
        sku: l.sku || null,
        title: l.name,
        quantity: l.quantity,
        attributes,
      };
    }),
  };
}
