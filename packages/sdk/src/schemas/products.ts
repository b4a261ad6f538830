import { z } from 'zod';
import { PrintArea, ProductUid } from './catalog.js';
import { JobId, Name, PageQuery, StoreId, Timestamp, Url } from './common.js';

export const PrintFile = z.object({ type: PrintArea, url: Url });
export type PrintFile = z.infer<typeof PrintFile>;

export const MappingStatus = z.enum(['mapped', 'unmapped', 'ignored']);
export type MappingStatus = z.infer<typeof MappingStatus>;

export const VariantMapping = z.object({
  productUid: z.string(),
  files: z.array(PrintFile),
  updatedAt: Timestamp,
});

export const StoreVariant = z.object({
  id: z.string(),
  productId: z.string(),
  externalId: z.string(),
  title: z.string(),
  sku: z.string().nullable(),
  options: z.record(z.string(), z.string()),
  price: z.string().nullable(),
  status: MappingStatus,
  mapping: VariantMapping.nullable(),
});
export type StoreVariant = z.infer<typeof StoreVariant>;

export const StoreProduct = z.object({
  id: z.string(),
  storeId: StoreId,
  externalId: z.string(),
  title: z.string(),
  imageUrl: z.string().nullable(),
  status: z.enum(['active', 'draft', 'archived', 'publishing', 'publishing_error']),
  variantCount: z.number().int(),
  mappedVariantCount: z.number().int(),
  variants: z.array(StoreVariant).optional(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type StoreProduct = z.infer<typeof StoreProduct>;

export const ListStoreProductsQuery = PageQuery.extend({
  search: z.string().trim().max(120).optional(),
  mapping: MappingStatus.optional(),
});
export type ListStoreProductsQuery = z.input<typeof ListStoreProductsQuery>;

export const PutMappingBody = z.union([
  z.object({ productUid: ProductUid, files: z.array(PrintFile).min(1).max(20) }),
  z.object({ ignored: z.literal(true) }),
]);
export type PutMappingBody = z.input<typeof PutMappingBody>;

export const CreateStoreProductBody = z.object({
  productUid: ProductUid,
  title: Name(255),
  description: z.string().max(10_000).optional(),
  files: z.array(PrintFile).min(1).max(20),
  price: z
    .string()
    .regex(/^\d+(\.\d{1,2})?$/)
    .optional(),
  publish: z.boolean().default(true),
});
export type CreateStoreProductBody = z.input<typeof CreateStoreProductBody>;

export const BulkMappingRow = z.object({
  variantId: z.string().optional(),
  sku: z.string().optional(),
  productUid: ProductUid.or(z.literal('')),
  files: z.array(PrintFile).max(20),
});
export const BulkMappingBody = z.object({
  rows: z.array(BulkMappingRow).min(1).max(100_000),
  /** `true` validates and reports without writing anything. */
  dryRun: z.boolean().default(false),
});
export type BulkMappingBody = z.input<typeof BulkMappingBody>;

export const BulkResult = z.object({
  jobId: JobId.nullable(),
  total: z.number().int(),
  applied: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(
    z.object({ row: z.number().int(), column: z.string(), value: z.string(), code: z.string() }),
  ),
});
export type BulkResult = z.infer<typeof BulkResult>;
