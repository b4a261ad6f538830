import { type ProductMappingValues, productMappingTemplate, toCsv } from '@vitrine/csv';
import type { ExportMappingsQuery, PrintFile } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Principal } from '../../auth/principal.js';
import type { ServiceContext } from '../context.js';
import { readableStore } from './storeAccess.js';

/**
 * The mapping CSV: every live variant of a store, a line each, with what a person needs to fill
 * it in (our variant id, the product and variant titles, the options, the SKU, the mapping status)
 * and the current Product UID and file per print area, `IGNORE` for ignored variants. Streamed a
 * page at a time, so a store of any size costs the same memory. Cells a spreadsheet would run as
 * formulas are neutralised.
 */

/** Products read per query; their variants follow in slices. */
const PRODUCTS_PER_PAGE = 200;
/** Variants read at once: however many a product has, the export's memory stays flat. */
const VARIANTS_PER_SLICE = 2000;

/** Print area → the template's file column. */
const fileKeys: Record<string, keyof ProductMappingValues> = {
  default: 'designFileUrl',
  front: 'frontFileUrl',
  back: 'backFileUrl',
  inside: 'insideFileUrl',
  'neck-inner': 'neckInnerFileUrl',
  'neck-outer': 'neckOuterFileUrl',
  'sleeve-left': 'sleeveLeftFileUrl',
  'sleeve-right': 'sleeveRightFileUrl',
};

const COLUMNS = [
  'variantId',
  'productTitle',
  'variantTitle',
  'options',
  'sku',
  'mappingStatus',
  'productUid',
  ...Object.values(fileKeys),
] as const satisfies readonly (keyof ProductMappingValues)[];

const LOCALES = ['en', 'pt-BR', 'es', 'fr', 'it', 'de'] as const;
type Locale = (typeof LOCALES)[number];

/** The first of the request's `Accept-Language` the templates speak, else English. */
function localeOf(acceptLanguage: string | null): Locale {
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((w) => w.tag && Number.isFinite(w.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag);
    if (exact) return exact;
    const language = LOCALES.find((l) => l.split('-')[0] === tag.split('-')[0]);
    if (language) return language;
  }
  return 'en';
}

interface ExportRow {
  n: number;
  id: string;
  position: number;
  product_id: string;
  title: string;
  options: Record<string, string> | null;
  sku: string | null;
  mapping_status: 'mapped' | 'unmapped' | 'ignored';
  product_uid: string | null;
  files: PrintFile[] | null;
}

export async function exportMappings(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  query: z.output<typeof ExportMappingsQuery>,
  acceptLanguage: string | null,
): Promise<Response> {
  const store = await readableStore(ctx, principal, storeId);
  const locale = query.locale ?? localeOf(acceptLanguage);
  async function* rows(): AsyncGenerator<Partial<ProductMappingValues>> {
    // Products a page at a time by (title, id), on their index; then those products' variants.
    let after: { title: string; id: string } | null = null;
    for (;;) {
      const products: { id: string; title: string }[] = await ctx.db.query(
        `select id, title from store_products
          where store_id = $1 and removed_at is null
            and ($2::text is null or (title, id) > ($2::text, $3::text))
          order by title, id limit $4`,
        [store.id, after?.title ?? null, after?.id ?? null, PRODUCTS_PER_PAGE],
      );
      if (!products.length) return;
      const titles = new Map(products.map((p) => [p.id, p.title]));
      // Those products' variants in the products' order, a slice at a time: a page of products
      // with a hundred variants each must not sit in memory at once.
      let from: { n: number; position: number; id: string } | null = null;
      for (;;) {
        const variants: ExportRow[] = await ctx.db.query<ExportRow>(
          `select p.n::int as n, v.id, v.product_id, v.position, v.title, v.options, v.sku,
              v.mapping_status, v.product_uid, v.files
             from unnest($1::text[]) with ordinality as p(id, n)
             cross join lateral (
               select v.id, v.product_id, v.position, v.title, v.options, v.sku,
                   v.mapping_status, m.product_uid, m.files
                 from store_variants v left join variant_mappings m on m.variant_id = v.id
                where v.product_id = p.id and v.removed_at is null
                  and ($2::int is null or p.n > $2 or (v.position, v.id) > ($3::int, $4::text))
                order by v.position, v.id) v
            where $2::int is null or p.n >= $2
            order by p.n, v.position, v.id limit $5`,
          [
            products.map((p) => p.id),
            from?.n ?? null,
            from?.position ?? null,
            from?.id ?? null,
            VARIANTS_PER_SLICE,
          ],
        );
        for (const row of variants) {
          const values: Partial<ProductMappingValues> = {
            variantId: row.id,
            productTitle: titles.get(row.product_id)!,
            variantTitle: row.title,
            options: Object.entries(row.options ?? {})
              .map(([name, value]) => `${name}: ${value}`)
              .join(' / '),
            ...(row.sku ? { sku: row.sku } : {}),
            mappingStatus: row.mapping_status,
          };
          if (row.mapping_status === 'ignored') values.productUid = 'IGNORE';
          if (row.mapping_status === 'mapped' && row.product_uid) {
            values.productUid = row.product_uid;
            for (const file of row.files ?? []) {
              const key = fileKeys[file.type];
              if (key) (values as Record<string, string>)[key] = file.url;
            }
          }
          yield values;
        }
        if (variants.length < VARIANTS_PER_SLICE) break;
        const end = variants[variants.length - 1]!;
        from = { n: end.n, position: end.position, id: end.id };
      }
      const last: { id: string; title: string } = products[products.length - 1]!;
      after = { title: last.title, id: last.id };
    }
  }
  const chunks = toCsv(rows(), productMappingTemplate, {
    locale,
    delimiter: query.delimiter,
    bom: query.bom,
    columns: COLUMNS,
  });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  const name = `${store.name.replace(/[^\p{L}\p{N} ._-]+/gu, '').trim() || 'store'} mappings.csv`;
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="mappings.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'no-store',
    },
  });
}
