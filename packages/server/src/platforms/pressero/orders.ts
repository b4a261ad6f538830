import type { PrintSpecs } from '@vitrine/sdk';
import { z } from 'zod';
import { DomainError } from '../../errors.js';
import type { PlatformAddress, PlatformOrder, PlatformOrderLine } from '../types.js';

/**
 * Pressero orders. A webhook (`OrderPlaced`, `OrderItemDenied`) names the order only
 * (`{Type, TypeName, Data: {OrderId, OrderNumber, …}, SiteId, MessageID}`); the order is read
 * from the admin API: `GET /api/v2/orders/{n}/Details` and its items (`…/items`), each item with
 * Pressero's flattened product attributes (`ProductAttributeName1…10` / `ProductAttributeValue1…10`).
 * Only what intake needs is read, and checked: what is not such an order is refused with the
 * reason. Field names beyond Aleyant's public material are inferred (see docs/stores.md).
 */
const guid = z.string().trim().min(1);
const number = z
  .union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)])
  .transform(String);
const text = z.string().nullish();

const Notice = z.object({
  TypeName: text,
  SiteId: text,
  Data: z.object({ OrderId: text, OrderNumber: number, SiteId: text }),
});

const ShipTo = z.object({
  FirstName: text,
  LastName: text,
  Business: text,
  Address1: text,
  Address2: text,
  Address3: text,
  City: text,
  Postal: text,
  Country: text,
  Phone: text,
  Email: text,
});

const Details = z.object({
  OrderId: guid,
  OrderNumber: number,
  SiteId: text,
  SiteDomain: text,
  Currency: text,
  ShipTo: ShipTo.nullish(),
  ShiptoStateProvince: text,
  OrderedByEmail: text,
});

const Item = z
  .object({
    OrderItemId: text,
    OrderItemNumber: z.number().int().nonnegative(),
    ProductId: text,
    ProductName: text,
    ItemName: text,
    Quantity: z.number().int().positive(),
    MisId: text,
    PrinterPartNumber: text,
    IsDenied: z.boolean().nullish(),
  })
  // The flattened attribute pairs, read by name below.
  .catchall(z.unknown());

const Items = z.array(Item).min(1);

/** The site the store is connected to, as `GET /api/site/{domain}` answers it. */
export interface PresseroSite {
  SiteId?: string | null;
  SiteDomain?: string | null;
  /** The site's MIS ID: the business it serves, in the provider's system (its integration ID). */
  MisId?: string | null;
  Currency?: string | null;
}

const refuse = (message: string) => new DomainError('validation_failed', message);

const problems = (what: string, error: z.ZodError) =>
  refuse(
    `Not ${what}: ${error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || 'body'} ${i.message}`)
      .join('; ')}`,
  );

/** The order a webhook names: its number (what the API reads orders by) and the ids it gives. */
export function presseroOrderNotice(payload: unknown): {
  orderNumber: string;
  orderId: string | null;
  siteId: string | null;
} {
  const parsed = Notice.safeParse(payload);
  if (!parsed.success) throw problems('a Pressero order notification', parsed.error);
  const { Data, SiteId } = parsed.data;
  return {
    orderNumber: Data.OrderNumber,
    orderId: Data.OrderId || null,
    siteId: SiteId || Data.SiteId || null,
  };
}

const same = (a: string | null | undefined, b: string | null | undefined) =>
  !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * An attribute that is a page count (`Pages`, `Page Count`, `Number of Pages`, `No. of Pages`,
 * `# of Pages`) with a whole number (`48`, `48 pages`, `48pp`) is the line's `pageCount`.
 */
const PAGE_NAME = /^(?:(?:number|no\.?|#)\s*of\s*pages|pages|page\s*count|pagecount)$/i;
const PAGE_VALUE = /^(\d{1,4})\s*(?:pages?|pp\.?)?$/i;

export function pageCountOf(attributes: Record<string, string>): PrintSpecs {
  for (const [name, value] of Object.entries(attributes)) {
    if (!PAGE_NAME.test(name.trim())) continue;
    const pages = Number(value.trim().match(PAGE_VALUE)?.[1]);
    if (Number.isInteger(pages) && pages >= 1 && pages <= 1000) return { pageCount: pages };
  }
  return {};
}

/** `ProductAttributeName{n}` / `ProductAttributeValue{n}` pairs, in order, as one record. */
function attributesOf(item: Record<string, unknown>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (let n = 1; n <= 10; n++) {
    const name = item[`ProductAttributeName${n}`];
    const value = item[`ProductAttributeValue${n}`];
    if (typeof name === 'string' && name.trim() && typeof value === 'string') {
      attributes[name.trim()] = value;
    }
  }
  return attributes;
}

function address(details: z.infer<typeof Details>): PlatformAddress | null {
  const to = details.ShipTo;
  if (!to || (!to.Address1 && !to.City && !to.Country)) return null;
  const country = (to.Country ?? '').trim();
  return {
    firstName: to.FirstName ?? '',
    lastName: to.LastName ?? '',
    companyName: to.Business || null,
    addressLine1: to.Address1 ?? '',
    addressLine2: [to.Address2, to.Address3].filter((line) => line?.trim()).join(', ') || null,
    city: to.City ?? '',
    postCode: to.Postal ?? '',
    state: details.ShiptoStateProvince || null,
    country: country.length === 2 ? country.toUpperCase() : country,
    email: to.Email || details.OrderedByEmail || null,
    phone: to.Phone || null,
  };
}

/**
 * A Pressero order in the neutral shape. It must be the order the webhook named, placed on the
 * store's own site (Pressero's order API and webhooks span the subscriber's sites); the site's
 * MIS ID is the integration ID the order names its business by (intake checks it against the
 * client's reference ID). `OrderNumber` is the reference; lines resolve by `ProductId` (the
 * variant id syncs store) and `MisId` (their SKU, the printer's part number without one);
 * attributes become line attributes, a page count among them the line's print specs. Denied
 * items are not printed; an order whose every item was denied is canceled.
 */
export function readPresseroOrder(input: {
  notice: ReturnType<typeof presseroOrderNotice>;
  details: unknown;
  items: unknown;
  site: PresseroSite;
  domain: string;
}): PlatformOrder {
  const { notice, site, domain } = input;
  const parsed = Details.safeParse(input.details);
  if (!parsed.success) throw problems(`Pressero order ${notice.orderNumber}`, parsed.error);
  const details = parsed.data;
  const items = Items.safeParse(input.items);
  if (!items.success)
    throw problems(`the items of Pressero order ${notice.orderNumber}`, items.error);
  const n = details.OrderNumber;
  if (notice.orderId && !same(notice.orderId, details.OrderId)) {
    throw refuse(
      `The notification names order ${notice.orderId}, but Pressero's order ${n} is ${details.OrderId}.`,
    );
  }
  const elsewhere =
    (details.SiteDomain && !same(details.SiteDomain, domain) && details.SiteDomain) ||
    (site.SiteId && [details.SiteId, notice.siteId].find((id) => id && !same(id, site.SiteId)));
  if (elsewhere) {
    throw refuse(
      `Pressero order ${n} was placed on another site (${elsewhere}), not on ${domain}, this store's site.`,
    );
  }
  const currency = (details.Currency || site.Currency || '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw refuse(`Pressero names no currency for order ${n} or its site ${domain}.`);
  }
  const lines = items.data.map((item): PlatformOrderLine & { denied: boolean } => {
    const attributes = attributesOf(item);
    const printSpecs = pageCountOf(attributes);
    return {
      externalId: item.OrderItemId || `${n}-${item.OrderItemNumber}`,
      variantExternalId: item.ProductId || null,
      sku: item.MisId || item.PrinterPartNumber || null,
      title: item.ItemName || item.ProductName || `Item ${item.OrderItemNumber}`,
      quantity: item.Quantity,
      attributes,
      ...(printSpecs.pageCount ? { printSpecs } : {}),
      denied: item.IsDenied === true,
    };
  });
  const approved = lines.filter((line) => !line.denied);
  return {
    externalId: details.OrderId,
    reference: n,
    status: approved.length ? 'open' : 'cancelled',
    test: false,
    currency,
    shippingAddress: address(details),
    lines: (approved.length ? approved : lines).map(({ denied: _denied, ...line }) => line),
    integrationId: site.MisId?.trim() || null,
  };
}
