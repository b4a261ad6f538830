import { z } from 'zod';
import { DomainError } from '../../errors.js';
import type { PlatformAddress, PlatformOrder } from '../types.js';

/**
 * Shopify's order, as `orders/create` and `orders/cancelled` webhooks carry it (REST shape). Only
 * what intake needs is read, and checked: a signed body that is not such an order is refused with
 * the reason, never half-read.
 */
const id = z.union([z.number(), z.string().min(1)]).transform(String);
const text = z.string().nullish();

const Address = z.object({
  first_name: text,
  last_name: text,
  name: text,
  company: text,
  address1: text,
  address2: text,
  city: text,
  zip: text,
  province_code: text,
  province: text,
  country_code: text,
  phone: text,
});

const Order = z.object({
  id,
  name: z.string().min(1),
  email: text,
  currency: z.string().regex(/^[A-Z]{3}$/),
  test: z.boolean().optional(),
  cancelled_at: text,
  line_items: z
    .array(
      z.object({
        id,
        variant_id: id.nullish(),
        sku: text,
        title: z.string(),
        variant_title: text,
        quantity: z.number().int().positive(),
        properties: z.array(z.object({ name: z.string(), value: z.unknown() })).nullish(),
      }),
    )
    .min(1),
  shipping_address: Address.nullish(),
});

function address(a: z.infer<typeof Address>, email: string | null): PlatformAddress {
  const [first = '', ...rest] = (a.name ?? '').split(' ');
  return {
    firstName: a.first_name || first,
    lastName: a.last_name || rest.join(' '),
    companyName: a.company || null,
    addressLine1: a.address1 ?? '',
    addressLine2: a.address2 || null,
    city: a.city ?? '',
    postCode: a.zip ?? '',
    state: a.province_code || a.province || null,
    country: (a.country_code ?? '').toUpperCase(),
    email,
    phone: a.phone || null,
  };
}

export function readShopifyOrder(payload: unknown): PlatformOrder {
  const parsed = Order.safeParse(payload);
  if (!parsed.success) {
    throw new DomainError(
      'validation_failed',
      `Not a Shopify order: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || 'body'} ${i.message}`)
        .join('; ')}`,
    );
  }
  const o = parsed.data;
  return {
    externalId: o.id,
    reference: o.name,
    status: o.cancelled_at ? 'cancelled' : 'open',
    test: o.test === true,
    currency: o.currency,
    shippingAddress: o.shipping_address ? address(o.shipping_address, o.email ?? null) : null,
    lines: o.line_items.map((l) => ({
      externalId: l.id,
      variantExternalId: l.variant_id ?? null,
      sku: l.sku || null,
      title: l.variant_title ? `${l.title} — ${l.variant_title}` : l.title,
      quantity: l.quantity,
      attributes: Object.fromEntries(
        (l.properties ?? []).map((p) => [
          p.name,
          typeof p.value === 'string' ? p.value : JSON.stringify(p.value),
        ]),
      ),
    })),
  };
}
