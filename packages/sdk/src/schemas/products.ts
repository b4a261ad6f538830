import * as z from 'zod';
import { PrintArea, ProductUid } from './catalog.js';
import { JobId, Name, PageQuery, StoreId, Timestamp, Url } from './common.js';
import { ErrorCode } from './errors.js';

/** A design file for one print area of a catalog product, as a caller gives it. */
export const PrintFile = z.object({ type: PrintArea, url: Url });
export type PrintFile = z.infer<typeof PrintFile>;

/**
 * The asynchronous check of a print file: `pending` until the server has fetched it, then
 * `passed`, `warning` (printable, but worth a look: 150–299 dpi) or `failed` with a reason.
 */
export const FileCheckStatus = z.enum(['pending', 'passed', 'warning', 'failed']);
export type FileCheckStatus = z.infer<typeof FileCheckStatus>;

/** Why a file check warned or failed; widgets translate these codes. */
export const fileCheckReasons = [
  /** No answer, an error status, or a timeout. */
  'unreachable',
  /** The address points into a private network, which the server never calls. */
  'address_not_allowed',
  /** Neither PDF, PNG, JPEG nor SVG. */
  'unsupported_type',
  /** Larger than the server accepts. */
  'too_large',
  'empty',
  /** An image whose pixel size could not be read. */
  'unreadable_image',
  /** Under 150 dpi at the product's print size: it would print blurred. */
  'resolution_too_low',
  /** 150–299 dpi at the product's print size: printable, below the 300 dpi print standard. */
  'resolution_below_recommended',
] as const;
export const FileCheckReason = z.enum(fileCheckReasons);
export type FileCheckReason = z.infer<typeof FileCheckReason>;

export const FileCheck = z.object({
  status: FileCheckStatus,
  reason: FileCheckReason.nullable(),
  contentType: z.string().nullable(),
  bytes: z.number().int().nonnegative().nullable(),
  /** Pixel size of raster images; null for PDF and SVG (vector) and before the check. */
  pixels: z.object({ width: z.number().int(), height: z.number().int() }).nullable(),
  /** Effective resolution at the catalog product's print size, for raster images. */
  dpi: z.number().int().nullable(),
  checkedAt: Timestamp.nullable(),
});
export type FileCheck = z.infer<typeof FileCheck>;

export const MappedFile = PrintFile.extend({ check: FileCheck });
export type MappedFile = z.infer<typeof MappedFile>;

/**
 * Print specifications a catalog product exposes as attributes and an order line may vary:
 * `pageCount` for multi-page products (photo books), within the product's `PageCount` range.
 */
export const PrintSpecs = z.strictObject({
  pageCount: z.number().int().min(1).max(1000).optional(),
});
export type PrintSpecs = z.infer<typeof PrintSpecs>;

export const MappingStatus = z.enum(['mapped', 'unmapped', 'ignored']);
export type MappingStatus = z.infer<typeof MappingStatus>;

export const VariantMapping = z.object({
  productUid: z.string(),
  /** The catalog product's title, for people; null if it left the catalog since. */
  catalogTitle: z.string().nullable(),
  files: z.array(MappedFile),
  printSpecs: PrintSpecs,
  updatedAt: Timestamp,
});
export type VariantMapping = z.infer<typeof VariantMapping>;

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
  /** Set when the platform no longer has the variant; its mapping is kept. */
  removedAt: Timestamp.nullable(),
});
export type StoreVariant = z.infer<typeof StoreVariant>;

export const StoreProductStatus = z.enum([
  'active',
  'draft',
  'archived',
  'publishing',
  'publishing_error',
]);
export type StoreProductStatus = z.infer<typeof StoreProductStatus>;

/**
 * Why a product's orders cannot arrive: it is not published and active on its platform (drafts,
 * archived products), it is still being published or publishing failed, or the platform no
 * longer has it.
 */
export const NotOrderableReason = z.enum([
  'draft',
  'archived',
  'publishing',
  'publishing_error',
  'removed',
]);
export type NotOrderableReason = z.infer<typeof NotOrderableReason>;

export const StoreProduct = z.object({
  id: z.string(),
  storeId: StoreId,
  externalId: z.string(),
  title: z.string(),
  imageUrl: z.string().nullable(),
  productType: z.string().nullable(),
  status: StoreProductStatus,
  orderable: z.boolean(),
  notOrderableReason: NotOrderableReason.nullable(),
  /** Creating from the catalog: the publishing job, and the platform's refusal if it failed. */
  publishJobId: JobId.nullable(),
  publishError: z.object({ code: ErrorCode, message: z.string() }).nullable(),
  variantCount: z.number().int(),
  mappedVariantCount: z.number().int(),
  ignoredVariantCount: z.number().int(),
  /**
   * The variants: on a list, those that match its filters (all of them without filters); on a
   * single product, all of them, removed ones last.
   */
  variants: z.array(StoreVariant).optional(),
  removedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type StoreProduct = z.infer<typeof StoreProduct>;

export const ListStoreProductsQuery = PageQuery.extend({
  /** Matches product titles, variant titles, SKUs and option values. */
  search: z.string().trim().max(120).optional(),
  /** Products with at least one variant in this mapping status (and only those variants). */
  mapping: MappingStatus.optional(),
  /** Products in this status; `removed` lists those the platform no longer has. */
  status: z.enum([...StoreProductStatus.options, 'removed']).optional(),
  /** `false` leaves out `counts` (`null`): later pages of the same list need not count again. */
  counts: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(true),
});
export type ListStoreProductsQuery = z.input<typeof ListStoreProductsQuery>;

/** How a store's variants stand, for the current search (status filters aside). */
export const MappingCounts = z.object({
  products: z.number().int(),
  variants: z.number().int(),
  mapped: z.number().int(),
  unmapped: z.number().int(),
  ignored: z.number().int(),
  /** Products whose orders cannot arrive (see `notOrderableReason`). */
  notOrderable: z.number().int(),
  /** Mapped variants with a print file that failed its check. */
  filesFailed: z.number().int(),
});
export type MappingCounts = z.infer<typeof MappingCounts>;

export const StoreProductPage = z.object({
  data: z.array(StoreProduct),
  nextCursor: z.string().nullable(),
  /** Null when asked for without counts. */
  counts: MappingCounts.nullable(),
});
export type StoreProductPage = z.infer<typeof StoreProductPage>;

export const MapVariantBody = z.object({
  productUid: ProductUid,
  /** One file per print area of the catalog product; its first area is required. */
  files: z.array(PrintFile).min(1).max(20),
  printSpecs: PrintSpecs.optional(),
});

export const PutMappingBody = z.union([
  MapVariantBody,
  z.strictObject({ ignored: z.literal(true) }),
]);
export type PutMappingBody = z.input<typeof PutMappingBody>;

/**
 * One mapping, "ignore", or `null` (unmap) for many variants: whole products, chosen variants,
 * or both.
 */
export const ApplyMappingBody = z
  .object({
    productIds: z.array(z.string().min(1).max(64)).max(100).optional(),
    variantIds: z.array(z.string().min(1).max(64)).max(1000).optional(),
    mapping: PutMappingBody.nullable(),
  })
  .refine((b) => (b.productIds?.length ?? 0) + (b.variantIds?.length ?? 0) > 0, {
    error: 'Name at least one product or variant',
    path: ['variantIds'],
  });
export type ApplyMappingBody = z.input<typeof ApplyMappingBody>;

export const ApplyMappingResult = z.object({
  /** Variants now in the requested state (removed variants are left as they are). */
  updated: z.number().int(),
  /** The products touched, with their variants, as the list shows them. */
  products: z.array(StoreProduct),
});
export type ApplyMappingResult = z.infer<typeof ApplyMappingResult>;

export const CreateStoreProductBody = z.object({
  productUid: ProductUid,
  title: Name(255),
  description: z.string().max(10_000).optional(),
  files: z.array(PrintFile).min(1).max(20),
  printSpecs: PrintSpecs.optional(),
  price: z
    .string()
    .regex(/^\d+(\.\d{1,2})?$/)
    .optional(),
  /** `false` creates it as a draft on the platform: listed, not orderable until published. */
  publish: z.boolean().default(true),
});
export type CreateStoreProductBody = z.input<typeof CreateStoreProductBody>;

/** A design file stored by the server, served at an unguessable address. */
export const DesignFile = z.object({
  id: z.string(),
  url: z.string(),
  filename: z.string(),
  contentType: z.enum(['application/pdf', 'image/png', 'image/jpeg', 'image/svg+xml']),
  bytes: z.number().int().positive(),
  createdAt: Timestamp,
});
export type DesignFile = z.infer<typeof DesignFile>;

export const UploadFileQuery = z.object({
  filename: z.string().trim().min(1).max(200),
});

/** Product UID keywords of bulk rows: not a catalog product, an instruction. */
export const bulkMappingKeywords = ['IGNORE', 'UNMAP'] as const;

/**
 * One row of a bulk mapping: which variant (our variant id or the platform's, else the SKU), and
 * what to do. A blank Product UID with no files leaves the variant as it is; a blank UID with files
 * changes the files of its current mapping; a UID with no files keeps the current files (they must
 * fit the new product). `IGNORE` marks it not printed here, `UNMAP` clears its mapping.
 */
export const BulkMappingRow = z.object({
  /** The row's number in the spreadsheet (header = 1), for errors; its position + 2 otherwise. */
  row: z.number().int().min(1).max(10_000_000).optional(),
  variantId: z.string().trim().max(255).optional(),
  sku: z.string().trim().max(255).optional(),
  productUid: z
    .string()
    .trim()
    .transform((v) => (/^(ignore|unmap)$/i.test(v) ? v.toUpperCase() : v))
    .pipe(z.union([ProductUid, z.literal(''), z.enum(bulkMappingKeywords)])),
  files: z.array(PrintFile).max(20),
});
export type BulkMappingRow = z.input<typeof BulkMappingRow>;

/** A bulk row that could not be applied: its spreadsheet row, the column, the value, a code. */
export const BulkRowError = z.object({
  row: z.number().int(),
  column: z.string(),
  value: z.string(),
  code: z.string(),
  message: z.string(),
});
export type BulkRowError = z.infer<typeof BulkRowError>;

export const MappingImportStatus = z.enum([
  'receiving',
  'queued',
  'running',
  'succeeded',
  'failed',
  'canceled',
]);

/**
 * A bulk mapping import: rows arrive in numbered chunks (`receiving`), then a job validates them
 * against the store's variants and the catalog and applies them chunk by chunk, each chunk in one
 * transaction (`queued` → `running` → `succeeded`). A dry run validates and counts, writing nothing.
 */
export const MappingImport = z.object({
  id: z.string(),
  storeId: StoreId,
  status: MappingImportStatus,
  dryRun: z.boolean(),
  filename: z.string().nullable(),
  totalRows: z.number().int(),
  receivedRows: z.number().int(),
  jobId: JobId.nullable(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  counts: z.object({
    mapped: z.number().int(),
    ignored: z.number().int(),
    unmapped: z.number().int(),
    unchanged: z.number().int(),
    failed: z.number().int(),
  }),
  /** The first errors, by row; all of them at `…/errors`. */
  errors: z.array(BulkRowError),
  errorCount: z.number().int(),
  error: z.object({ code: ErrorCode, message: z.string() }).nullable(),
  createdAt: Timestamp,
  finishedAt: Timestamp.nullable(),
});
export type MappingImport = z.infer<typeof MappingImport>;

export const CreateMappingImportBody = z.object({
  totalRows: z.number().int().min(1).max(100_000),
  dryRun: z.boolean().default(false),
  filename: z.string().trim().max(255).optional(),
});
export type CreateMappingImportBody = z.input<typeof CreateMappingImportBody>;

/** Rows per chunk of an import. */
export const MAPPING_IMPORT_CHUNK = 2_000;

export const MappingImportChunkBody = z.object({
  rows: z.array(BulkMappingRow).min(1).max(MAPPING_IMPORT_CHUNK),
});
export type MappingImportChunkBody = z.input<typeof MappingImportChunkBody>;

export const ListMappingImportsQuery = PageQuery.extend({
  /** Only imports still receiving rows or being applied. */
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type ListMappingImportsQuery = z.input<typeof ListMappingImportsQuery>;

export const ListImportErrorsQuery = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number<number>().int().min(1).max(1000).default(500),
});

/** Rows at once: up to 1,000 are applied before the answer, more run as a job. */
export const BulkMappingBody = z.object({
  rows: z.array(BulkMappingRow).min(1).max(100_000),
  /** `true` validates and reports without writing anything. */
  dryRun: z.boolean().default(false),
});
export type BulkMappingBody = z.input<typeof BulkMappingBody>;

export const ExportMappingsQuery = z.object({
  /** Header language; the request's `Accept-Language` by default, else English. */
  locale: z.enum(['en', 'pt-BR', 'es', 'fr', 'it', 'de']).optional(),
  delimiter: z.enum([',', ';', '\t']).default(','),
  /** Start with a byte order mark, so Excel reads accents right. */
  bom: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
});
export type ExportMappingsQuery = z.input<typeof ExportMappingsQuery>;
