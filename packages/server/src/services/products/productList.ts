import type {
  ListStoreProductsQuery,
  MappingCounts,
  NotOrderableReason,
  PrintFile,
  StoreProduct,
  StoreProductPage,
  StoreVariant,
} from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../../db/types.js';
import { DomainError, notFound } from '../../errors.js';
import { base64url, fromBase64url } from '../../ids.js';
import { iso, isoRequired, type ServiceContext } from '../context.js';
import { likeEscape } from '../pagination.js';
import { getStoreRow } from '../stores/stores.js';
import { FILE_FAILED_SQL, type FileCheckRow, type PrintSize, toFileCheck } from './printFiles.js';

/**
 * A store's products as the mapping screens read them: each with its variants, their mappings and
 * the checks of their print files, and counts of how the store stands.
 */

interface ProductRow {
  id: string;
  store_id: string;
  external_id: string;
  title: string;
  image_url: string | null;
  product_type: string | null;
  status: StoreProduct['status'];
  publish_job_id: string | null;
  publish_error_code: string | null;
  publish_error_message: string | null;
  removed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  variant_count: number;
  mapped_count: number;
  ignored_count: number;
}

interface VariantRow {
  id: string;
  product_id: string;
  external_id: string;
  title: string;
  sku: string | null;
  options: Record<string, string>;
  price: string | null;
  mapping_status: StoreVariant['status'];
  removed_at: Date | null;
  product_uid: string | null;
  files: PrintFile[] | null;
  print_specs: Record<string, unknown> | null;
  mapping_updated_at: Date | null;
  catalog_title: string | null;
  dimensions: PrintSize | null;
}

const PRODUCT_COLUMNS = `p.id, p.store_id, p.external_id, p.title, p.image_url, p.product_type,
  p.status, p.publish_job_id, p.publish_error_code, p.publish_error_message, p.removed_at,
  p.created_at, p.updated_at,
  (select count(*) from store_variants v where v.product_id = p.id and v.removed_at is null)::int
    as variant_count,
  (select count(*) from store_variants v where v.product_id = p.id and v.removed_at is null
    and v.mapping_status = 'mapped')::int as mapped_count,
  (select count(*) from store_variants v where v.product_id = p.id and v.removed_at is null
    and v.mapping_status = 'ignored')::int as ignored_count`;

function notOrderable(row: ProductRow): NotOrderableReason | null {
  if (row.removed_at) return 'removed';
  return row.status === 'active' ? null : row.status;
}

function toProduct(row: ProductRow, variants: StoreVariant[] | undefined): StoreProduct {
  const reason = notOrderable(row);
  return {
    id: row.id,
    storeId: row.store_id,
    externalId: row.external_id,
    title: row.title,
    imageUrl: row.image_url,
    productType: row.product_type,
    status: row.status,
    orderable: reason === null,
    notOrderableReason: reason,
    publishJobId: row.publish_job_id,
    publishError:
      row.status === 'publishing_error' && row.publish_error_code
        ? {
            code: row.publish_error_code as NonNullable<StoreProduct['publishError']>['code'],
            message: row.publish_error_message ?? '',
          }
        : null,
    variantCount: Number(row.variant_count),
    mappedVariantCount: Number(row.mapped_count),
    ignoredVariantCount: Number(row.ignored_count),
    ...(variants ? { variants } : {}),
    removedAt: iso(row.removed_at),
    createdAt: isoRequired(row.created_at),
    updatedAt: isoRequired(row.updated_at),
  };
}

function toVariant(row: VariantRow, checks: Map<string, FileCheckRow>): StoreVariant {
  return {
    id: row.id,
    productId: row.product_id,
    externalId: row.external_id,
    title: row.title,
    sku: row.sku,
    options: row.options ?? {},
    price: row.price,
    status: row.mapping_status,
    mapping:
      row.mapping_status === 'mapped' && row.product_uid
        ? {
            productUid: row.product_uid,
            catalogTitle: row.catalog_title,
            files: (row.files ?? []).map((f) => ({
              type: f.type,
              url: f.url,
              check: toFileCheck(checks.get(f.url), row.dimensions),
            })),
            printSpecs: row.print_specs ?? {},
            updatedAt: isoRequired(row.mapping_updated_at!),
          }
        : null,
    removedAt: iso(row.removed_at),
  };
}

const VARIANT_SELECT = `select v.id, v.product_id, v.external_id, v.title, v.sku, v.options,
    v.price, v.mapping_status, v.removed_at, m.product_uid, m.files, m.print_specs,
    m.updated_at as mapping_updated_at, c.title as catalog_title, c.dimensions
  from store_variants v
  join store_products p on p.id = v.product_id
  join stores s on s.id = v.store_id
  join clients cl on cl.id = s.client_id
  left join variant_mappings m on m.variant_id = v.id
  left join catalog_products c on c.provider_id = cl.provider_id and c.product_uid = m.product_uid`;

/** The checks of every print file these variants use, by address. */
async function checksFor(
  db: Queryable,
  providerId: string,
  rows: readonly VariantRow[],
): Promise<Map<string, FileCheckRow>> {
  const urls = [...new Set(rows.flatMap((r) => (r.files ?? []).map((f) => f.url)))];
  if (!urls.length) return new Map();
  const found = await db.query<FileCheckRow>(
    `select url, status, outcome, content_type, bytes, width, height, checked_at
       from file_checks where provider_id = $1 and url = any($2::text[])`,
    [providerId, urls],
  );
  return new Map(found.map((r) => [r.url, r]));
}

/** Variants of `productIds`, live ones first in platform order, with mappings and checks. */
export async function loadVariants(
  db: Queryable,
  providerId: string,
  productIds: readonly string[],
  filter: { search?: string | null; mapping?: string | null } = {},
): Promise<Map<string, StoreVariant[]>> {
  const byProduct = new Map<string, StoreVariant[]>();
  if (!productIds.length) return byProduct;
  const rows = await db.query<VariantRow>(
    `${VARIANT_SELECT}
      where v.product_id = any($1::text[])
        and ($2::text is null or (v.removed_at is null and v.mapping_status = $2))
        and ($3::text is null or p.search_text like $3 or v.search_text like $3)
      order by v.product_id, v.removed_at nulls first, v.position, v.id`,
    [productIds, filter.mapping ?? null, filter.search ?? null],
  );
  const checks = await checksFor(db, providerId, rows);
  for (const row of rows) {
    const list = byProduct.get(row.product_id) ?? [];
    list.push(toVariant(row, checks));
    byProduct.set(row.product_id, list);
  }
  return byProduct;
}

/** Keyset cursors over (title, id): products read in the order people look for them. */
function encodeCursor(row: { title: string; id: string }): string {
  return base64url(new TextEncoder().encode(JSON.stringify({ k: row.title, i: row.id })));
}

function decodeCursor(text: string | undefined): { k: string; i: string } | null {
  if (!text) return null;
  try {
    const value = JSON.parse(new TextDecoder().decode(fromBase64url(text))) as {
      k?: unknown;
      i?: unknown;
    };
    if (typeof value.k === 'string' && typeof value.i === 'string') {
      return { k: value.k, i: value.i };
    }
  } catch {
    // the error below
  }
  throw new DomainError('validation_failed', 'The cursor is not one this API returned.', {
    fields: [{ path: 'cursor', code: 'invalid_cursor', message: 'Unknown cursor' }],
  });
}

/** `%term%` for a LIKE over the lower-cased search text; null without a search. */
const searchPattern = (search: string | undefined) =>
  search ? `%${likeEscape(search.toLowerCase())}%` : null;

/** Counts for the store under a search, whatever the mapping or status filter. */
async function countMappings(
  db: Queryable,
  storeId: string,
  pattern: string | null,
): Promise<MappingCounts> {
  const [row] = await db.query<Record<keyof MappingCounts, number>>(
    `with products as (
       select p.id, p.status, p.search_text from store_products p
        where p.store_id = $1 and p.removed_at is null
          and ($2::text is null or p.search_text like $2 or exists (
            select 1 from store_variants x where x.product_id = p.id and x.removed_at is null
              and x.search_text like $2))
     ), variants as (
       select v.id, v.mapping_status from store_variants v join products p on p.id = v.product_id
        where v.removed_at is null
          and ($2::text is null or p.search_text like $2 or v.search_text like $2)
     )
     select
       (select count(*) from products)::int as products,
       (select count(*) from products where status <> 'active')::int as "notOrderable",
       (select count(*) from variants)::int as variants,
       (select count(*) from variants where mapping_status = 'mapped')::int as mapped,
       (select count(*) from variants where mapping_status = 'unmapped')::int as unmapped,
       (select count(*) from variants where mapping_status = 'ignored')::int as ignored,
       (select count(*) from variants v
          join variant_mappings m on m.variant_id = v.id
          join stores s on s.id = m.store_id
          join clients cl on cl.id = s.client_id
          left join catalog_products c
            on c.provider_id = cl.provider_id and c.product_uid = m.product_uid
         where v.mapping_status = 'mapped' and exists (
           select 1 from jsonb_array_elements(m.files) f
             join file_checks fc on fc.provider_id = cl.provider_id and fc.url = f->>'url'
            where ${FILE_FAILED_SQL('fc', 'c.dimensions')}))::int as "filesFailed"`,
    [storeId, pattern],
  );
  const n = (k: keyof MappingCounts) => Number(row?.[k] ?? 0);
  return {
    products: n('products'),
    variants: n('variants'),
    mapped: n('mapped'),
    unmapped: n('unmapped'),
    ignored: n('ignored'),
    notOrderable: n('notOrderable'),
    filesFailed: n('filesFailed'),
  };
}

/**
 * One page of a store's products, by title, each with the variants that match the filters:
 * searching matches product titles (then every variant shows), variant titles, SKUs and option
 * values (then the matching variants show); `mapping` keeps products with a live variant in that
 * state, and only those variants.
 */
export async function listStoreProducts(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
  query: z.output<typeof ListStoreProductsQuery>,
): Promise<StoreProductPage> {
  const store = await getStoreRow(ctx.db, providerId, storeId, clientId);
  const cursor = decodeCursor(query.cursor);
  const pattern = searchPattern(query.search);
  const status = query.status ?? null;
  const rows = await ctx.db.query<ProductRow>(
    `select ${PRODUCT_COLUMNS} from store_products p
      where p.store_id = $1
        and (case when $2::text = 'removed' then p.removed_at is not null
                  else p.removed_at is null and ($2::text is null or p.status = $2) end)
        and ($3::text is null or p.search_text like $3 or exists (
          select 1 from store_variants v where v.product_id = p.id and v.search_text like $3))
        and ($4::text is null or exists (
          select 1 from store_variants v where v.product_id = p.id and v.removed_at is null
            and v.mapping_status = $4))
        and ($5::text is null or (p.title, p.id) > ($5::text, $6::text))
      order by p.title, p.id
      limit $7`,
    [
      store.id,
      status,
      pattern,
      query.mapping ?? null,
      cursor?.k ?? null,
      cursor?.i ?? null,
      query.limit + 1,
    ],
  );
  const more = rows.length > query.limit;
  const kept = more ? rows.slice(0, query.limit) : rows;
  const variants = await loadVariants(
    ctx.db,
    providerId,
    kept.map((r) => r.id),
    { search: pattern, mapping: query.mapping ?? null },
  );
  const last = kept[kept.length - 1];
  return {
    data: kept.map((r) => toProduct(r, variants.get(r.id) ?? [])),
    nextCursor: more && last ? encodeCursor(last) : null,
    counts: query.counts ? await countMappings(ctx.db, store.id, pattern) : null,
  };
}

/** Products of one store by id, each with all its variants. */
export async function loadProducts(
  db: Queryable,
  providerId: string,
  storeId: string,
  productIds: readonly string[],
): Promise<StoreProduct[]> {
  if (!productIds.length) return [];
  const rows = await db.query<ProductRow>(
    `select ${PRODUCT_COLUMNS} from store_products p
      where p.store_id = $1 and p.id = any($2::text[]) order by p.title, p.id`,
    [storeId, productIds],
  );
  const variants = await loadVariants(
    db,
    providerId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toProduct(r, variants.get(r.id) ?? []));
}

/** A store product with all its variants (removed ones last), or 404. */
export async function getStoreProduct(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  productId: string,
  clientId: string | null,
): Promise<StoreProduct> {
  const store = await getStoreRow(ctx.db, providerId, storeId, clientId);
  const [product] = await loadProducts(ctx.db, providerId, store.id, [productId]);
  if (!product) throw notFound('product');
  return product;
}

/** One variant of a store with its mapping and checks, or 404. */
export async function loadVariant(
  db: Queryable,
  providerId: string,
  storeId: string,
  variantId: string,
): Promise<StoreVariant> {
  const rows = await db.query<VariantRow>(`${VARIANT_SELECT} where v.id = $1 and v.store_id = $2`, [
    variantId,
    storeId,
  ]);
  if (!rows[0]) throw notFound('variant');
  return toVariant(rows[0], await checksFor(db, providerId, rows));
}
