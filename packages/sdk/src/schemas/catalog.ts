import * as z from 'zod';
import { PageQuery } from './common.js';

export const catalogCategories = [
  'business_cards',
  'flyers',
  'posters',
  'canvas',
  'apparel',
  'mugs',
  'photo_books',
] as const;
export const CatalogCategory = z.enum(catalogCategories);
export type CatalogCategory = z.infer<typeof CatalogCategory>;

/** GelatoConnect-style product UID; opaque: read attributes, never parse it. */
export const ProductUid = z
  .string()
  .trim()
  .min(3)
  .max(255)
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, { error: 'Product UIDs use lowercase letters, digits, _ . -' });

export const PrintArea = z.string().regex(/^[a-z][a-z0-9-]*$/);

export const CatalogProduct = z.object({
  productUid: z.string(),
  title: z.string(),
  category: CatalogCategory,
  /** Attribute name → value, e.g. `{ PaperFormat: 'A4', PaperType: '200 gsm uncoated' }`. */
  attributes: z.record(z.string(), z.string()),
  /** Print areas a design file may target: `default`, `front`, `back`, … */
  printAreas: z.array(PrintArea),
  dimensions: z.object({ width: z.number(), height: z.number(), unit: z.enum(['mm']) }).nullable(),
});
export type CatalogProduct = z.infer<typeof CatalogProduct>;

export const ListCatalogQuery = PageQuery.extend({
  search: z.string().trim().max(120).optional(),
  category: CatalogCategory.optional(),
  /** Attribute filters, sent as `attributes[PaperFormat]=A4` query parameters. */
  attributes: z.record(z.string(), z.string()).optional(),
});
export type ListCatalogQuery = z.input<typeof ListCatalogQuery>;

export const CatalogAttribute = z.object({
  name: z.string(),
  values: z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() })),
});
export const CatalogAttributes = z.object({
  categories: z.array(z.object({ category: CatalogCategory, count: z.number().int() })),
  attributes: z.array(CatalogAttribute),
});
export type CatalogAttributes = z.infer<typeof CatalogAttributes>;
