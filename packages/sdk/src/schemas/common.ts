import * as z from 'zod';

/** ISO 8601 timestamp with offset, as the API writes every date. */
export const Timestamp = z.iso.datetime({ offset: true });

export const Id = (prefix: string) =>
  z.string().regex(new RegExp(`^${prefix}_[0-9a-z]{20}$`), { error: `Expected a ${prefix}_… id` });

export const ClientId = Id('cl');
export const UserId = Id('usr');
export const StoreId = Id('st');
export const JobId = Id('job');
export const OrderId = Id('ord');
export const PostbackId = Id('pb');

export const Email = z
  .string()
  .trim()
  .min(1)
  .max(254)
  .pipe(z.email())
  .transform((v) => v.toLowerCase());

/** A trimmed single-line name: required, bounded. */
export const Name = (max: number) => z.string().trim().min(1).max(max);

/** Optional text: blank strings count as "not given". */
export const OptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullish();

export const Url = z.url({ protocol: /^https?$/ }).max(2048);

export const PageQuery = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number<number>().int().min(1).max(100).default(20),
});
export type PageQuery = z.input<typeof PageQuery>;

export const page = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export const Deleted = z.object({ id: z.string(), deleted: z.literal(true) });
export type Deleted = z.infer<typeof Deleted>;
