import type { Queryable } from '../../db/types.js';
import { newId } from '../../ids.js';
import type { PlatformProduct } from '../../platforms/types.js';

/**
 * A store's products and variants as synced from its platform, keyed by the platform's ids: a
 * product seen again is updated in place (its id, and later its variants' mappings, stay), one
 * no longer seen is marked removed rather than deleted.
 */

const ts = (value: string | null) => (value && !Number.isNaN(Date.parse(value)) ? value : null);

/** What searching a product or variant matches: its words, lower-cased, in one column. */
const searchText = (...parts: (string | null | undefined)[]) =>
  parts
    .filter((p): p is string => Boolean(p))
    .join(' ')
    .toLowerCase();

/**
 * Inserts or updates products with all their variants in a few statements. `run` marks them as
 * seen by a full sync pass (null for single updates, which leave the mark alone).
 */
export async function upsertProducts(
  db: Queryable,
  storeId: string,
  products: readonly PlatformProduct[],
  options: { run: string | null; now: Date },
): Promise<{ products: number; variants: number }> {
  if (!products.length) return { products: 0, variants: 0 };
  const { run, now } = options;
  const rows = await db.query<{ id: string; external_id: string }>(
    `insert into store_products (id, store_id, external_id, title, handle, vendor, product_type,
       status, image_url, options, platform_updated_at, search_text, sync_run, created_at,
       updated_at)
     select p.id, $1, p.external_id, p.title, p.handle, p.vendor, p.product_type, p.status,
       p.image_url, p.options::jsonb, p.platform_updated_at::timestamptz, p.search_text, $2, $3, $3
     from unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
       $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
       as p(id, external_id, title, handle, vendor, product_type, status, image_url, options,
         platform_updated_at, search_text)
     on conflict (store_id, external_id) do update set
       title = excluded.title, handle = excluded.handle, vendor = excluded.vendor,
       product_type = excluded.product_type, status = excluded.status,
       search_text = excluded.search_text,
       image_url = excluded.image_url, options = excluded.options,
       platform_updated_at = excluded.platform_updated_at,
       sync_run = coalesce(excluded.sync_run, store_products.sync_run),
       removed_at = null, updated_at = excluded.updated_at
     returning id, external_id`,
    [
      storeId,
      run,
      now,
      products.map(() => newId('sp')),
      products.map((p) => p.externalId),
      products.map((p) => p.title),
      products.map((p) => p.handle),
      products.map((p) => p.vendor),
      products.map((p) => p.productType),
      products.map((p) => p.status),
      products.map((p) => p.imageUrl),
      products.map((p) => JSON.stringify(p.options)),
      products.map((p) => ts(p.updatedAt)),
      products.map((p) => searchText(p.title, p.handle, p.vendor, p.productType)),
    ],
  );
  const productIds = new Map(rows.map((r) => [r.external_id, r.id]));

  const variants = products.flatMap((p) =>
    p.variants.map((v, position) => ({ ...v, position, productId: productIds.get(p.externalId)! })),
  );
  if (variants.length) {
    await db.query(
      `insert into store_variants (id, store_id, product_id, external_id, title, sku, barcode,
         options, price, position, search_text, sync_run, created_at, updated_at)
       select v.id, $1, v.product_id, v.external_id, v.title, v.sku, v.barcode, v.options::jsonb,
         v.price, v.position, v.search_text, $2, $3, $3
       from unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
         $10::text[], $11::text[], $12::int[], $13::text[])
         as v(id, product_id, external_id, title, sku, barcode, options, price, position,
           search_text)
       on conflict (store_id, external_id) do update set
         product_id = excluded.product_id, title = excluded.title, sku = excluded.sku,
         search_text = excluded.search_text,
         barcode = excluded.barcode, options = excluded.options, price = excluded.price,
         position = excluded.position,
         sync_run = coalesce(excluded.sync_run, store_variants.sync_run),
         removed_at = null, updated_at = excluded.updated_at`,
      [
        storeId,
        run,
        now,
        variants.map(() => newId('sv')),
        variants.map((v) => v.productId),
        variants.map((v) => v.externalId),
        variants.map((v) => v.title),
        variants.map((v) => v.sku),
        variants.map((v) => v.barcode),
        variants.map((v) => JSON.stringify(v.options)),
        variants.map((v) => v.price),
        variants.map((v) => v.position),
        variants.map((v) => searchText(v.title, v.sku, v.barcode, ...Object.values(v.options))),
      ],
    );
  }
  return { products: products.length, variants: variants.length };
}

/**
 * After a full pass: what the pass did not see, and nothing else touched since it began, is gone
 * from the platform. Products still being published from the catalog are not on it yet.
 */
export async function markUnseenRemoved(
  db: Queryable,
  storeId: string,
  run: string,
  passStartedAt: Date,
  now: Date,
): Promise<{ products: number; variants: number }> {
  const products = await db.query(
    `update store_products set removed_at = $4, updated_at = $4
     where store_id = $1 and removed_at is null and sync_run is distinct from $2
       and updated_at < $3 and status not in ('publishing', 'publishing_error') returning id`,
    [storeId, run, passStartedAt, now],
  );
  const variants = await db.query(
    `update store_variants v set removed_at = $4, updated_at = $4
     from store_products p
     where p.id = v.product_id and v.store_id = $1 and v.removed_at is null
       and v.sync_run is distinct from $2 and v.updated_at < $3
       and p.status not in ('publishing', 'publishing_error') returning v.id`,
    [storeId, run, passStartedAt, now],
  );
  return { products: products.length, variants: variants.length };
}

/**
 * One product as a webhook reports it. Deliveries arrive out of order: one older than what is
 * stored is ignored. Variants the product no longer has are marked removed.
 */
export async function applyProductUpdate(
  db: Queryable,
  storeId: string,
  product: PlatformProduct,
  now: Date,
): Promise<'applied' | 'stale'> {
  const [stored] = await db.query<{ id: string; platform_updated_at: Date | null }>(
    'select id, platform_updated_at from store_products where store_id = $1 and external_id = $2 for update',
    [storeId, product.externalId],
  );
  const incoming = ts(product.updatedAt);
  if (stored?.platform_updated_at && incoming) {
    if (Date.parse(incoming) < new Date(stored.platform_updated_at).getTime()) return 'stale';
  }
  await upsertProducts(db, storeId, [product], { run: null, now });
  await db.query(
    `update store_variants v set removed_at = $3, updated_at = $3
     from store_products p
     where p.store_id = $1 and p.external_id = $2 and v.product_id = p.id
       and v.removed_at is null and not (v.external_id = any($4::text[]))`,
    [
      storeId,
      product.externalId,
      now,
      [...product.variants.map((v) => v.externalId), ...(product.knownVariantIds ?? [])],
    ],
  );
  return 'applied';
}

export async function removeProduct(
  db: Queryable,
  storeId: string,
  externalId: string,
  now: Date,
): Promise<void> {
  await db.query(
    `with p as (
       update store_products set removed_at = $3, updated_at = $3
       where store_id = $1 and external_id = $2 and removed_at is null returning id
     )
     update store_variants set removed_at = $3, updated_at = $3
     where product_id in (select id from p) and removed_at is null`,
    [storeId, externalId, now],
  );
}
