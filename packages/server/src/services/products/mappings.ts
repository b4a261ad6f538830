import type {
  ApplyMappingBody,
  ApplyMappingResult,
  CatalogProduct,
  FieldError,
  PutMappingBody,
  StoreVariant,
} from '@vitrine/sdk';
import type { z } from 'zod';
import { actorOf, type Principal } from '../../auth/principal.js';
import type { Queryable } from '../../db/types.js';
import { DomainError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { ServiceContext } from '../context.js';
import { requestFileChecks } from './fileChecks.js';
import { loadProducts, loadVariant } from './productList.js';
import { writableStore } from './storeAccess.js';

/**
 * Connecting store variants to the print catalog: a catalog product UID, one design file per
 * print area, optional print specs; or "ignored" (not printed by this provider). Every change is
 * recorded in `mapping_events`; mappings outlive the variants the platform drops.
 */

type Mapping = z.output<typeof PutMappingBody>;
export type MapTo = Extract<Mapping, { productUid: string }>;

const invalid = (message: string, fields: FieldError[]) =>
  new DomainError('validation_failed', message, { fields });

/** The `PageCount` attribute's range (`24–200`), if the catalog product has one. */
function pageRange(product: CatalogProduct): [number, number] | null {
  const text = product.attributes.PageCount;
  const match = text?.match(/^(\d+)\s*[–-]\s*(\d+)$/) ?? text?.match(/^(\d+)$/);
  if (!match) return null;
  const low = Number(match[1]);
  return [low, Number(match[2] ?? low)];
}

/**
 * How files fit a catalog product's print areas: each names one of them, at most once, and the
 * first declared area has a file. `index` is the file's place in the list (null: a missing area).
 */
export function printAreaProblems(
  product: Pick<CatalogProduct, 'title' | 'printAreas'>,
  files: readonly { type: string }[],
): { index: number | null; area: string; code: string; message: string }[] {
  const problems: { index: number | null; area: string; code: string; message: string }[] = [];
  const seen = new Set<string>();
  files.forEach((file, index) => {
    if (!product.printAreas.includes(file.type)) {
      problems.push({
        index,
        area: file.type,
        code: 'print_area_invalid',
        message: `${product.title} prints on ${product.printAreas.join(', ')}`,
      });
    } else if (seen.has(file.type)) {
      problems.push({
        index,
        area: file.type,
        code: 'print_area_invalid',
        message: `Two files for ${file.type}`,
      });
    }
    seen.add(file.type);
  });
  const primary = product.printAreas[0];
  if (primary && !seen.has(primary)) {
    problems.push({
      index: null,
      area: primary,
      code: 'print_area_required',
      message: `A file for ${primary} is required`,
    });
  }
  return problems;
}

/**
 * Checks a mapping against the catalog: the product exists (this provider's), every file names
 * one of its print areas at most once, its first area has a file, and print specs are ones it
 * exposes, within range.
 */
export async function validateMapping(
  db: Queryable,
  providerId: string,
  mapping: MapTo,
  path = '',
): Promise<CatalogProduct> {
  const [row] = await db.query<{
    product_uid: string;
    title: string;
    category: CatalogProduct['category'];
    attributes: Record<string, string>;
    print_areas: string[];
    dimensions: CatalogProduct['dimensions'];
  }>('select * from catalog_products where provider_id = $1 and product_uid = $2', [
    providerId,
    mapping.productUid,
  ]);
  if (!row) {
    throw new DomainError('product_uid_unknown', `${mapping.productUid} is not in the catalog.`, {
      fields: [
        { path: `${path}productUid`, code: 'product_uid_unknown', message: 'Not in the catalog' },
      ],
    });
  }
  const product: CatalogProduct = {
    productUid: row.product_uid,
    title: row.title,
    category: row.category,
    attributes: row.attributes,
    printAreas: row.print_areas,
    dimensions: row.dimensions,
  };
  const problems = printAreaProblems(product, mapping.files);
  if (problems.length) {
    throw new DomainError('print_area_invalid', 'The files do not fit the print areas.', {
      fields: problems.map((p) => ({
        path: p.index === null ? `${path}files` : `${path}files.${p.index}.type`,
        code: p.code,
        message: p.message,
      })),
    });
  }
  const pages = mapping.printSpecs?.pageCount;
  if (pages !== undefined) {
    const range = pageRange(product);
    if (!range || pages < range[0] || pages > range[1]) {
      throw new DomainError(
        'print_specs_invalid',
        range
          ? `${product.title} takes ${range[0]} to ${range[1]} pages.`
          : `${product.title} has no page count to choose.`,
        {
          fields: [
            {
              path: `${path}printSpecs.pageCount`,
              code: 'print_specs_invalid',
              message: range ? `Between ${range[0]} and ${range[1]}` : 'Not for this product',
            },
          ],
        },
      );
    }
  }
  return product;
}

/** What one variant becomes: mapped to a catalog product, ignored, or unmapped (`null`). */
export interface MappingWrite {
  variantId: string;
  mapping: MapTo | 'ignored' | null;
}

/**
 * The upsert of mappings, a statement of its own or the body of a larger one's `with` clause.
 * Its parameters start at `$first`: the store id, the time, then the arrays `mappingColumns` gives.
 */
export function upsertMappingsSql(first: number): string {
  const $ = (i: number) => `$${first + i}`;
  return `insert into variant_mappings (variant_id, store_id, product_uid, files, print_specs,
         created_at, updated_at)
       select m.variant_id, ${$(0)}, m.product_uid, m.files::jsonb, m.specs::jsonb, ${$(1)}, ${$(1)}
         from unnest(${$(2)}::text[], ${$(3)}::text[], ${$(4)}::text[], ${$(5)}::text[])
           as m(variant_id, product_uid, files, specs)
       on conflict (variant_id) do update set product_uid = excluded.product_uid,
         files = excluded.files, print_specs = excluded.print_specs,
         updated_at = excluded.updated_at`;
}

/** A mapping's files as stored: each area's address, without its check. */
const filesOf = (m: MapTo) => JSON.stringify(m.files.map((f) => ({ type: f.type, url: f.url })));

/** The columns of mappings to write, as `upsertMappingsSql` takes them: ids, UIDs, files, specs. */
export function mappingColumns(mapped: readonly (MappingWrite & { mapping: MapTo })[]) {
  return [
    mapped.map((w) => w.variantId),
    mapped.map((w) => w.mapping.productUid),
    mapped.map((w) => filesOf(w.mapping)),
    mapped.map((w) => JSON.stringify(w.mapping.printSpecs ?? {})),
  ];
}

/**
 * Writes mappings onto live variants of one store in a few set-based statements, records each
 * change, and asks for their files to be checked. Removed variants are left as they are. Returns
 * the variants written.
 */
export async function writeMappings(
  tx: Queryable,
  ctx: ServiceContext,
  target: { providerId: string; storeId: string; actor: string },
  writes: readonly MappingWrite[],
  options: {
    /** The caller checked these variants are live, in this transaction. */
    live?: boolean;
    /**
     * The caller keeps its own record of the changes (a bulk import keeps every row it applied,
     * with the variant), so no event is written per variant.
     */
    recorded?: boolean;
    /** Files already requested for checking since then are not requested again (an import). */
    checkedSince?: Date;
  } = {},
): Promise<string[]> {
  if (!writes.length) return [];
  const now = ctx.clock.now();
  const live = options.live
    ? null
    : new Set(
        (
          await tx.query<{ id: string }>(
            `select id from store_variants where store_id = $1 and id = any($2::text[])
                and removed_at is null for update`,
            [target.storeId, writes.map((w) => w.variantId)],
          )
        ).map((r) => r.id),
      );
  const kept = live ? writes.filter((w) => live.has(w.variantId)) : [...writes];
  if (!kept.length) return [];
  const mapped = kept.filter((w): w is MappingWrite & { mapping: MapTo } =>
    Boolean(w.mapping && w.mapping !== 'ignored'),
  );
  const cleared = kept.filter((w) => !w.mapping || w.mapping === 'ignored').map((w) => w.variantId);
  if (mapped.length) {
    await tx.query(upsertMappingsSql(1), [target.storeId, now, ...mappingColumns(mapped)]);
    await requestFileChecks(
      tx,
      ctx,
      target.providerId,
      mapped.flatMap((w) => w.mapping.files.map((f) => f.url)),
      options.checkedSince ?? null,
    );
  }
  if (cleared.length) {
    await tx.query('delete from variant_mappings where variant_id = any($1::text[])', [cleared]);
  }
  const status = (w: MappingWrite) =>
    w.mapping === 'ignored' ? 'ignored' : w.mapping ? 'mapped' : 'unmapped';
  // Not `updated_at`: that column tells syncs what the platform last changed. One statement per
  // status, each a lookup of its ids by primary key (a join with the ids would hash the whole
  // table); variants already in that status are left as they are.
  for (const to of ['mapped', 'ignored', 'unmapped'] as const) {
    const ids = kept.filter((w) => status(w) === to).map((w) => w.variantId);
    if (!ids.length) continue;
    await tx.query(
      `update store_variants set mapping_status = $2
        where id = any($1::text[]) and mapping_status <> $2`,
      [ids, to],
    );
  }
  if (!options.recorded) {
    const mapOf = (w: MappingWrite) => (w.mapping && w.mapping !== 'ignored' ? w.mapping : null);
    await tx.query(
      `insert into mapping_events (id, variant_id, store_id, action, product_uid, files,
         print_specs, actor, created_at)
       select e.id, e.variant_id, $1, e.action, e.product_uid, e.files::jsonb, e.specs::jsonb, $2, $3
         from unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           as e(id, variant_id, action, product_uid, files, specs)`,
      [
        target.storeId,
        target.actor,
        now,
        kept.map(() => newId('me')),
        kept.map((w) => w.variantId),
        kept.map(status),
        kept.map((w) => mapOf(w)?.productUid ?? null),
        kept.map((w) => {
          const m = mapOf(w);
          return m ? filesOf(m) : null;
        }),
        kept.map((w) => {
          const m = mapOf(w);
          return m ? JSON.stringify(m.printSpecs ?? {}) : null;
        }),
      ],
    );
  }
  return kept.map((w) => w.variantId);
}

/** One mapping (or ignore, or unmap with `null`) for several variants of one store. */
export async function writeMapping(
  tx: Queryable,
  ctx: ServiceContext,
  target: { providerId: string; storeId: string; actor: string },
  variantIds: readonly string[],
  mapping: Mapping | null,
): Promise<number> {
  const as: MappingWrite['mapping'] =
    mapping && 'productUid' in mapping ? mapping : mapping ? 'ignored' : null;
  const written = await writeMappings(
    tx,
    ctx,
    target,
    variantIds.map((variantId) => ({ variantId, mapping: as })),
  );
  return written.length;
}

/** Maps one variant, or marks it ignored. */
export async function putMapping(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  variantId: string,
  body: Mapping,
): Promise<StoreVariant> {
  const store = await writableStore(ctx, principal, storeId);
  if ('productUid' in body) await validateMapping(ctx.db, principal.providerId, body);
  const target = { providerId: principal.providerId, storeId: store.id, actor: actorOf(principal) };
  await ctx.db.transaction(async (tx) => {
    const [variant] = await tx.query<{ removed_at: Date | null }>(
      'select removed_at from store_variants where id = $1 and store_id = $2',
      [variantId, store.id],
    );
    if (!variant) throw notFound('variant');
    if (variant.removed_at) {
      throw new DomainError(
        'variant_not_found',
        'The store no longer has this variant; its last mapping is kept as it was.',
      );
    }
    await writeMapping(tx, ctx, target, [variantId], body);
  });
  return loadVariant(ctx.db, principal.providerId, store.id, variantId);
}

/** Unmaps one variant (its history stays). */
export async function deleteMapping(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  variantId: string,
): Promise<StoreVariant> {
  const store = await writableStore(ctx, principal, storeId);
  const target = { providerId: principal.providerId, storeId: store.id, actor: actorOf(principal) };
  await ctx.db.transaction(async (tx) => {
    const [variant] = await tx.query(
      'select 1 from store_variants where id = $1 and store_id = $2',
      [variantId, store.id],
    );
    if (!variant) throw notFound('variant');
    await writeMapping(tx, ctx, target, [variantId], null);
  });
  return loadVariant(ctx.db, principal.providerId, store.id, variantId);
}

/**
 * One mapping for many variants at once: every live variant of `productIds` and each of
 * `variantIds`. Every id must be the store's; all change together or none does.
 */
export async function applyMapping(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  body: z.output<typeof ApplyMappingBody>,
): Promise<ApplyMappingResult> {
  const store = await writableStore(ctx, principal, storeId);
  if (body.mapping && 'productUid' in body.mapping) {
    await validateMapping(ctx.db, principal.providerId, body.mapping, 'mapping.');
  }
  const target = { providerId: principal.providerId, storeId: store.id, actor: actorOf(principal) };
  const productIds = [...new Set(body.productIds ?? [])];
  const variantIds = [...new Set(body.variantIds ?? [])];
  const { updated, touched } = await ctx.db.transaction(async (tx) => {
    const products = await tx.query<{ id: string }>(
      'select id from store_products where store_id = $1 and id = any($2::text[])',
      [store.id, productIds],
    );
    const variants = await tx.query<{ id: string; product_id: string }>(
      `select id, product_id from store_variants
        where store_id = $1 and (id = any($2::text[]) or product_id = any($3::text[]))`,
      [store.id, variantIds, productIds],
    );
    const unknown = [
      ...productIds
        .filter((id) => !products.some((p) => p.id === id))
        .map((id) => ({ path: 'productIds', id })),
      ...variantIds
        .filter((id) => !variants.some((v) => v.id === id))
        .map((id) => ({ path: 'variantIds', id })),
    ];
    if (unknown.length) {
      throw invalid(
        'Some products or variants are not in this store.',
        unknown.map((u) => ({ path: u.path, code: 'not_found', message: `Unknown ${u.id}` })),
      );
    }
    const count = await writeMapping(
      tx,
      ctx,
      target,
      variants.map((v) => v.id),
      body.mapping,
    );
    return { updated: count, touched: [...new Set(variants.map((v) => v.product_id))] };
  });
  return {
    updated,
    products: await loadProducts(ctx.db, principal.providerId, store.id, touched),
  };
}
