import type { Queryable } from '../../db/types.js';
import { OutboundRefused } from '../../outbound/guard.js';
import type { ServiceContext } from '../context.js';
import { enqueueJobOnce, type JobHandler } from '../jobs.js';
import { openDesignFile, ownFileAddress } from './designFiles.js';
import { rasterPixels, sniffType } from './fileTypes.js';
import type { FileCheckRow } from './printFiles.js';

/**
 * Print-file checks: every address a mapping names is fetched once (again when a mapping names
 * it anew), through the outbound guard, and what it holds is recorded per provider and address:
 * reachable or not, its real type (by its bytes), its size, and the pixel size of raster images.
 * Resolution is judged when read, against each catalog product's print size.
 */

/** The bytes a check keeps of a file: enough for its type and an image's pixel size. */
const HEAD_BYTES = 1024 * 1024;
/** Addresses checked at once by one job. */
const BATCH = 4;

type Finding = Pick<FileCheckRow, 'outcome' | 'content_type' | 'bytes' | 'width' | 'height'>;

/**
 * Marks addresses for (re)checking and makes sure a check job is queued for the provider.
 * `since`: addresses still waiting for a check requested at or after it are left as they are (a
 * bulk import asks once per address, however many of its rows name it).
 */
export async function requestFileChecks(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'clock' | 'jobs'>,
  providerId: string,
  urls: readonly string[],
  since: Date | null = null,
): Promise<void> {
  const unique = [...new Set(urls)];
  if (!unique.length) return;
  await tx.query(
    `insert into file_checks (provider_id, url, status, requested_at)
     select $1, url, 'pending', $3 from unnest($2::text[]) as url
     on conflict (provider_id, url) do update set status = 'pending', requested_at = $3
       where $4::timestamptz is null or file_checks.status <> 'pending'
          or file_checks.requested_at < $4::timestamptz`,
    [providerId, unique, ctx.clock.now(), since],
  );
  await enqueueJobOnce(tx, ctx, {
    providerId,
    clientId: null,
    storeId: null,
    kind: 'file_check',
  });
}

/**
 * Marks for checking the files of every mapping that the provider's bulk imports wrote since the
 * check job last looked: one statement per import, from the rows that wrote a mapping, once per
 * address per import (an address still waiting for a check asked for since the import began is
 * left as it is). The files are the mapping's now: a later edit asked for its own.
 */
export async function requestImportFileChecks(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'clock'>,
  providerId: string,
): Promise<void> {
  const imports = await tx.query<{ id: string; created_at: Date }>(
    `update mapping_imports set files_pending = false
      where provider_id = $1 and files_pending returning id, created_at`,
    [providerId],
  );
  for (const imp of imports) {
    await tx.query(
      `insert into file_checks (provider_id, url, status, requested_at)
       select distinct $1, f.file->>'url', 'pending', $3::timestamptz
         from mapping_import_variants r
         join variant_mappings m on m.variant_id = r.variant_id
         cross join jsonb_array_elements(m.files) as f(file)
        where r.import_id = $2 and r.mapped
       on conflict (provider_id, url) do update set status = 'pending', requested_at = $3
         where file_checks.status <> 'pending' or file_checks.requested_at < $4::timestamptz`,
      [providerId, imp.id, ctx.clock.now(), imp.created_at],
    );
  }
}

const failed = (outcome: NonNullable<Finding['outcome']>, partial: Partial<Finding> = {}) => ({
  outcome,
  content_type: null,
  bytes: null,
  width: null,
  height: null,
  ...partial,
});

/** Looks at bytes already in hand (a file of ours). */
function judge(head: Uint8Array, total: number): Finding {
  if (total === 0) return failed('empty', { bytes: 0 });
  const type = sniffType(head);
  if (!type) return failed('unsupported_type', { bytes: total });
  const base = { content_type: type, bytes: total };
  if (type !== 'image/png' && type !== 'image/jpeg') {
    return { outcome: 'ok', ...base, width: null, height: null };
  }
  const pixels = rasterPixels(head);
  if (!pixels) return failed('unreadable_image', base);
  return { outcome: 'ok', ...base, width: pixels.width, height: pixels.height };
}

/**
 * Fetches one address and judges it. The whole file is streamed (its size counts) but only its
 * head is kept; a file over the size cap fails without being read to the end.
 */
export async function inspectPrintFile(ctx: ServiceContext, url: string): Promise<Finding> {
  const own = ownFileAddress(ctx, url);
  if (own) {
    const file = await openDesignFile(ctx, own.fileId, own.token);
    if (!file) return failed('unreachable');
    return judge(file.bytes.subarray(0, HEAD_BYTES), file.bytes.byteLength);
  }
  let response: Response;
  try {
    response = await ctx.outboundFetch(
      new Request(url, {
        headers: { accept: 'application/pdf, image/png, image/jpeg, image/svg+xml, */*;q=0.1' },
      }),
    );
  } catch (error) {
    return failed(error instanceof OutboundRefused ? 'address_not_allowed' : 'unreachable');
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    return failed('unreachable');
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > ctx.maxPrintFileBytes) {
    await response.body.cancel();
    return failed('too_large', { bytes: declared });
  }
  const head = new Uint8Array(HEAD_BYTES);
  let kept = 0;
  let total = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (kept < HEAD_BYTES) {
        const take = value.subarray(0, HEAD_BYTES - kept);
        head.set(take, kept);
        kept += take.byteLength;
      }
      total += value.byteLength;
      if (total > ctx.maxPrintFileBytes) {
        await reader.cancel();
        return failed('too_large', { bytes: total });
      }
    }
  } catch {
    return failed('unreachable');
  }
  return judge(head.subarray(0, kept), total);
}

/**
 * The check job of one provider: takes the pending addresses a few at a time until none is left.
 * An address asked for again while it was being fetched stays pending for the next round.
 */
export const fileCheck: JobHandler = async (job, run, ctx) => {
  let checked = 0;
  for (;;) {
    await run.checkpoint({ state: {}, done: checked, total: null }, (tx) =>
      requestImportFileChecks(tx, ctx, job.provider_id),
    );
    const pending = await ctx.db.query<{ url: string; requested_at: Date }>(
      `select url, requested_at from file_checks
        where provider_id = $1 and status = 'pending' order by requested_at limit $2`,
      [job.provider_id, BATCH],
    );
    if (!pending.length) break;
    const findings = await Promise.all(pending.map((p) => inspectPrintFile(ctx, p.url)));
    checked += pending.length;
    await run.checkpoint({ state: {}, done: checked, total: null }, async (tx) => {
      const now = ctx.clock.now();
      for (const [i, p] of pending.entries()) {
        const f = findings[i]!;
        await tx.query(
          `update file_checks set status = 'checked', outcome = $4, content_type = $5, bytes = $6,
             width = $7, height = $8, checked_at = $9
           where provider_id = $1 and url = $2 and requested_at = $3`,
          [
            job.provider_id,
            p.url,
            p.requested_at,
            f.outcome,
            f.content_type,
            f.bytes,
            f.width,
            f.height,
            now,
          ],
        );
      }
    });
  }
  return { checked };
};
