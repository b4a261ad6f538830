import * as z from 'zod';
import { JobId, StoreId, Timestamp } from './common.js';
import { ErrorCode } from './errors.js';

export const JobKind = z.enum([
  'product_sync',
  'mapping_import',
  'postback_delivery',
  'production',
  'order_poll',
  'file_check',
  'product_publish',
  'order_intake',
  'fulfillment',
]);
export const JobStatus = z.enum(['queued', 'running', 'succeeded', 'failed', 'canceled']);

export const Job = z.object({
  id: JobId,
  kind: JobKind,
  status: JobStatus,
  /** The store the job works on, if any (a product sync's store). */
  storeId: StoreId.nullable().optional(),
  progress: z.object({
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative().nullable(),
  }),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.object({ code: ErrorCode, message: z.string() }).nullable(),
  attempts: z.number().int().nonnegative(),
  createdAt: Timestamp,
  startedAt: Timestamp.nullable(),
  finishedAt: Timestamp.nullable(),
});
export type Job = z.infer<typeof Job>;
