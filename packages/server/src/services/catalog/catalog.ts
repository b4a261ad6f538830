import type { CatalogAttributes, CatalogProduct, ListCatalogQuery } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../../db/types.js';
import { notFound } from '../../errors.js';
import type { ServiceContext } from '../context.js';
import { likeEscape } from '../pagination.js';

interface CatalogRow {
  product_uid: string;
  title: string;
  category: CatalogProduct['category'];
  attributes: Record<string, string>;
  print_areas: string[];
  dimensions: CatalogProduct['dimensions'];
}

const toProduct = (r: CatalogRow): CatalogProduct => ({
  productUid: r.product_uid,
  title: r.title,
  category: r.category,
  attributes: r.attributes,
  printAreas: r.print_areas,
  dimensions: r.dimensions,
});

/** Adds or refreshes catalog products (by product UID) for a provider. */
export async function upsertCatalog(
  db: Queryable,
  providerId: string,
  products: readonly CatalogProduct[],
) {
  for (const p of products) {
    await db.query(
      `insert into catalog_products (provider_id, product_uid, title, category, attributes, print_areas, dimensions)
       values ($1, $2, $3, $4, $5, $6, $7)
       on conflict (provider_id, product_uid) do update set title = excluded.title,
         category = excluded.category, attributes = excluded.attributes,
         print_areas = excluded.print_areas, dimensions = excluded.dimensions`,
      [
        providerId,
        p.productUid,
        p.title,
        p.category,
        JSON.stringify(p.attributes),
        JSON.stringify(p.printAreas),
        p.dimensions ? JSON.stringify(p.dimensions) : null,
      ],
    );
  }
}

type Filters = Omit<z.output<typeof ListCatalogQuery>, 'cursor' | 'limit'>;

function where(providerId: string, q: Filters, params: unknown[]) {
  params.push(providerId);
  const clauses = ['provider_id = $1'];
  if (q.category) {
    params.push(q.category);
    clauses.push(`category = $${params.length}`);
  }
  if (q.search) {
    // Every word must appear in the title or the UID: "a5 silk" finds A5 flyers on silk paper.
    for (const word of q.search.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)) {
      params.push(`%${likeEscape(word)}%`);
      clauses.push(`(lower(title) like $${params.length} or product_uid like $${params.length})`);
    }
  }
  if (q.attributes && Object.keys(q.attributes).length) {
    params.push(JSON.stringify(q.attributes));
    clauses.push(`attributes @> $${params.length}::jsonb`);
  }
  return clauses.join(' and ');
}

export async function listCatalog(
  ctx: ServiceContext,
  providerId: string,
  q: z.output<typeof ListCatalogQuery>,
) {
  const params: unknown[] = [];
  const clause = where(providerId, q, params);
  // Catalog order is by UID, so the cursor is simply the last UID seen.
  let cursorClause = '';
  if (q.cursor) {
    params.push(q.cursor);
    cursorClause = ` and product_uid > $${params.length}`;
  }
  params.push(q.limit + 1);
  const rows = await ctx.db.query<CatalogRow>(
    `select * from catalog_products where ${clause}${cursorClause} order by product_uid limit $${params.length}`,
    params,
  );
  const more = rows.length > q.limit;
  const kept = more ? rows.slice(0, q.limit) : rows;
  return {
    data: kept.map(toProduct),
    nextCursor: more ? (kept[kept.length - 1]?.product_uid ?? null) : null,
  };
}

export async function getCatalogProduct(
  ctx: ServiceContext,
  providerId: string,
  productUid: string,
) {
  const [row] = await ctx.db.query<CatalogRow>(
    'select * from catalog_products where provider_id = $1 and product_uid = $2',
    [providerId, productUid],
  );
  if (!row) throw notFound('catalog product');
  return toProduct(row);
}

/** Facets for a filter-driven picker: values with counts under the current filters. */
export async function catalogAttributes(
  ctx: ServiceContext,
  providerId: string,
  q: Filters,
): Promise<CatalogAttributes> {
  const params: unknown[] = [];
  const clause = where(providerId, q, params);
  // Category counts ignore the category filter, so the picker can show the other categories.
  const categoryParams: unknown[] = [];
  const categoryClause = where(providerId, { ...q, category: undefined }, categoryParams);
  const categories = await ctx.db.query<{ category: CatalogProduct['category']; count: number }>(
    `select category, count(*)::int as count from catalog_products where ${categoryClause}
     group by category order by category`,
    categoryParams,
  );
  const values = await ctx.db.query<{ name: string; value: string; count: number }>(
    `select a.key as name, a.value as value, count(*)::int as count
       from catalog_products, jsonb_each_text(attributes) a
      where ${clause}
      group by a.key, a.value order by a.key, a.value`,
    params,
  );
  const byName = new Map<string, { value: string; count: number }[]>();
  for (const v of values) {
    const list = byName.get(v.name) ?? [];
    list.push({ value: v.value, count: Number(v.count) });
    byName.set(v.name, list);
  }
  return {
    categories: categories.map((c) => ({ category: c.category, count: Number(c.count) })),
    attributes: [...byName].map(([name, list]) => ({ name, values: list })),
  };
}
