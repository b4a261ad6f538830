import type { FulfillmentStatus, OrderItemProblem, PrintFile, PrintSpecs } from '@vitrine/sdk';
import type { Queryable } from '../../db/types.js';

/**
 * How an order's lines find what to print: each line's store variant (by the platform's variant
 * id, else by SKU) and that variant's mapping to the catalog. A line without a mapped variant
 * holds its order in `not_connected` until the variant is mapped and the order released; a line
 * whose variant is ignored is not printed here.
 */

export interface Resolution {
  variantId: string | null;
  productUid: string | null;
  files: PrintFile[];
  printSpecs: PrintSpecs;
  fulfillmentStatus: FulfillmentStatus;
  problem: OrderItemProblem | null;
}

export interface LineRef {
  /** The platform's variant id (platform orders). */
  variantExternalId?: string | null;
  /** Our variant id (manual orders, test orders, release). */
  variantId?: string | null;
  sku?: string | null;
}

interface VariantRow {
  id: string;
  external_id: string;
  sku: string | null;
  mapping_status: 'mapped' | 'unmapped' | 'ignored';
  product_uid: string | null;
  files: PrintFile[] | null;
  print_specs: PrintSpecs | null;
}

const notFound: Resolution = {
  variantId: null,
  productUid: null,
  files: [],
  printSpecs: {},
  fulfillmentStatus: 'not_connected',
  problem: 'variant_not_found',
};

function resolution(v: VariantRow): Resolution {
  if (v.mapping_status === 'mapped' && v.product_uid) {
    return {
      variantId: v.id,
      productUid: v.product_uid,
      files: v.files ?? [],
      printSpecs: v.print_specs ?? {},
      fulfillmentStatus: 'received',
      problem: null,
    };
  }
  const ignored = v.mapping_status === 'ignored';
  return {
    variantId: v.id,
    productUid: null,
    files: [],
    printSpecs: {},
    fulfillmentStatus: ignored ? 'canceled' : 'not_connected',
    problem: ignored ? 'variant_ignored' : 'variant_unmapped',
  };
}

/** Resolves lines against one store's variants and mappings, in a few queries. */
export async function resolveLines(
  db: Queryable,
  storeId: string,
  lines: readonly LineRef[],
): Promise<Resolution[]> {
  const external = lines.map((l) => l.variantExternalId).filter((x): x is string => !!x);
  const ours = lines.map((l) => l.variantId).filter((x): x is string => !!x);
  const skus = lines.map((l) => l.sku).filter((x): x is string => !!x);
  const found = await db.query<VariantRow>(
    `select v.id, v.external_id, v.sku, v.mapping_status, m.product_uid, m.files, m.print_specs
       from store_variants v left join variant_mappings m on m.variant_id = v.id
      where v.store_id = $1
        and (v.external_id = any($2::text[]) or v.id = any($3::text[]) or v.sku = any($4::text[]))`,
    [storeId, external, ours, skus],
  );
  const byExternal = new Map(found.map((v) => [v.external_id, v]));
  const byId = new Map(found.map((v) => [v.id, v]));
  const bySku = new Map<string, VariantRow[]>();
  for (const v of found) if (v.sku) bySku.set(v.sku, [...(bySku.get(v.sku) ?? []), v]);
  return lines.map((line) => {
    const v =
      (line.variantId ? byId.get(line.variantId) : undefined) ??
      (line.variantExternalId ? byExternal.get(line.variantExternalId) : undefined) ??
      (line.sku && bySku.get(line.sku)?.length === 1 ? bySku.get(line.sku)![0] : undefined);
    return v ? resolution(v) : notFound;
  });
}

/** An order's status from its items': what holds it, or received. */
export function orderStatusOf(
  items: readonly { fulfillmentStatus: FulfillmentStatus; problem: OrderItemProblem | null }[],
): {
  status: FulfillmentStatus;
  reason: string | null;
} {
  const holding = items.find((i) => i.fulfillmentStatus === 'not_connected');
  if (holding) return { status: 'not_connected', reason: holding.problem };
  if (items.every((i) => i.problem === 'variant_ignored')) {
    return { status: 'canceled', reason: 'nothing_to_print' };
  }
  return { status: 'received', reason: null };
}

/** A catalog `PageCount` attribute (`24–200`, or one number) as a range. */
function pageRange(text: string | null): [number, number] | null {
  const match = text?.match(/^(\d+)\s*[–-]\s*(\d+)$/) ?? text?.match(/^(\d+)$/);
  if (!match) return null;
  return [Number(match[1]), Number(match[2] ?? match[1])];
}

/**
 * Print specs a platform line carries (the buyer's page count) over its mapping's, where the
 * mapped catalog product takes them: a page count within the product's `PageCount` range. Lines
 * still waiting for a mapping keep only the line's own specs, to be applied once released.
 */
export async function withLineSpecs(
  db: Queryable,
  providerId: string,
  resolved: readonly Resolution[],
  lines: readonly { printSpecs?: PrintSpecs | null }[],
): Promise<Resolution[]> {
  const wanted = new Set(
    resolved
      .filter((r, i) => r.productUid && lines[i]?.printSpecs?.pageCount !== undefined)
      .map((r) => r.productUid!),
  );
  const ranges = new Map<string, [number, number] | null>();
  if (wanted.size) {
    const rows = await db.query<{ product_uid: string; pages: string | null }>(
      `select product_uid, attributes->>'PageCount' as pages from catalog_products
        where provider_id = $1 and product_uid = any($2::text[])`,
      [providerId, [...wanted]],
    );
    for (const row of rows) ranges.set(row.product_uid, pageRange(row.pages));
  }
  return resolved.map((r, i) => {
    const pageCount = lines[i]?.printSpecs?.pageCount;
    if (pageCount === undefined) return r;
    if (!r.productUid)
      return r.fulfillmentStatus === 'not_connected' ? { ...r, printSpecs: { pageCount } } : r;
    const range = ranges.get(r.productUid);
    return range && pageCount >= range[0] && pageCount <= range[1]
      ? { ...r, printSpecs: { ...r.printSpecs, pageCount } }
      : r;
  });
}
