import type {
  BulkMappingBody,
  BulkMappingRow,
  BulkRowError,
  CreateMappingImportBody,
  ListMappingImportsQuery,
  MappingImport,
  PrintFile,
} from '@vitrine/sdk';
import { MAPPING_IMPORT_CHUNK } from '@vitrine/sdk';
import type { z } from 'zod';
import { actorOf, type Principal } from '../../auth/principal.js';
import type { Queryable } from '../../db/types.js';
import { DomainError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { iso, isoRequired, type ServiceContext } from '../context.js';
import { enqueueJob, enqueueJobOnce, type JobHandler } from '../jobs.js';
import { decodeCursor, encodeCursor } from '../pagination.js';
import {
  type MappingWrite,
  type MapTo,
  mappingColumns,
  printAreaProblems,
  upsertMappingsSql,
} from './mappings.js';
import { storeRef } from './storeAccess.js';

/**
 * Bulk mapping imports (the CSV round trip). Rows arrive in numbered chunks, are kept, and a
 * `mapping_import` job applies them in steps of one chunk, each step one transaction with the
 * position past it: a restarted job resumes exactly there, and a chunk sent twice replaces itself.
 * Blank cells never change a mapping; `IGNORE` and `UNMAP` say so explicitly.
 */

type Row = z.output<typeof BulkMappingRow>;
/** A row as kept: its spreadsheet row number, and the earlier row with the same key, if any. */
type KeptRow = Row & { row: number; dup?: number };
/** How a row named its variant: our id, the platform's id, or the SKU. */
type KeyKind = 'id' | 'external' | 'sku';
type Outcome = 'mapped' | 'ignored' | 'unmapped' | 'unchanged' | 'failed';
type Counts = Record<Outcome, number>;

/** Rows of `mappings:bulk` applied before the answer (in one step); more run as a job. */
const INLINE_ROWS = 1000;
/** Errors an import carries inline; the rest are paged from `…/errors`. */
const INLINE_ERRORS = 100;

interface ImportRow {
  id: string;
  provider_id: string;
  client_id: string;
  store_id: string;
  status: MappingImport['status'];
  dry_run: boolean;
  filename: string | null;
  total_rows: number;
  job_id: string | null;
  done_rows: number;
  counts: Partial<Counts>;
  error_count: number;
  actor: string;
  created_at: Date;
  finished_at: Date | null;
  received_rows: number;
  job_status: string | null;
  job_error_code: string | null;
  job_error_message: string | null;
}

// A chunk's rows arrive whole or not at all (one transaction, with its line in
// `mapping_import_chunks`), so the rows received are the sum of the chunks' sizes.
const IMPORT_SELECT = `select i.*,
    (select coalesce(sum(c.rows), 0) from mapping_import_chunks c
      where c.import_id = i.id)::int as received_rows,
    j.status as job_status, j.error_code as job_error_code, j.error_message as job_error_message
  from mapping_imports i left join jobs j on j.id = i.job_id`;

const zeroCounts = (): Counts => ({ mapped: 0, ignored: 0, unmapped: 0, unchanged: 0, failed: 0 });

async function toImport(db: Queryable, row: ImportRow): Promise<MappingImport> {
  const errors = await db.query<{
    row_number: number;
    col: string;
    value: string;
    code: string;
    message: string;
  }>(
    `select row_number, col, value, code, message from mapping_import_errors
      where import_id = $1 order by position, col limit $2`,
    [row.id, INLINE_ERRORS],
  );
  // A job that gave up takes its import with it.
  const jobFailed = row.job_status === 'failed' && !['succeeded', 'canceled'].includes(row.status);
  return {
    id: row.id,
    storeId: row.store_id,
    status: jobFailed ? 'failed' : row.status,
    dryRun: row.dry_run,
    filename: row.filename,
    totalRows: Number(row.total_rows),
    receivedRows: Number(row.received_rows),
    jobId: row.job_id,
    progress: { done: Number(row.done_rows), total: Number(row.total_rows) },
    counts: { ...zeroCounts(), ...row.counts },
    errors: errors.map((e) => ({
      row: Number(e.row_number),
      column: e.col,
      value: e.value,
      code: e.code,
      message: e.message,
    })),
    errorCount: Number(row.error_count),
    error: jobFailed
      ? {
          code: (row.job_error_code ?? 'internal_error') as NonNullable<
            MappingImport['error']
          >['code'],
          message: row.job_error_message ?? '',
        }
      : null,
    createdAt: isoRequired(row.created_at),
    finishedAt: iso(row.finished_at),
  };
}

async function loadImport(
  db: Queryable,
  storeId: string,
  importId: string,
  lock = false,
): Promise<ImportRow> {
  const [row] = await db.query<ImportRow>(
    lock
      ? `${IMPORT_SELECT} where i.id = $1 and i.store_id = $2 for update of i`
      : `${IMPORT_SELECT} where i.id = $1 and i.store_id = $2`,
    [importId, storeId],
  );
  if (!row) throw notFound('import');
  return row;
}

export async function createMappingImport(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  body: z.output<typeof CreateMappingImportBody>,
): Promise<MappingImport> {
  const store = await storeRef(ctx, principal, storeId, 'write');
  const id = newId('imp');
  const now = ctx.clock.now();
  await ctx.db.query(
    `insert into mapping_imports (id, provider_id, client_id, store_id, status, dry_run, filename,
       total_rows, actor, created_at, updated_at)
     values ($1, $2, $3, $4, 'receiving', $5, $6, $7, $8, $9, $9)`,
    [
      id,
      principal.providerId,
      store.client_id,
      store.id,
      body.dryRun,
      body.filename ?? null,
      body.totalRows,
      actorOf(principal),
      now,
    ],
  );
  return toImport(ctx.db, await loadImport(ctx.db, store.id, id));
}

/** Keeps one chunk of rows; sending a chunk again replaces it (a retried upload). */
export async function putImportChunk(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  importId: string,
  chunkText: string,
  rows: readonly Row[],
): Promise<MappingImport> {
  const store = await storeRef(ctx, principal, storeId, 'write');
  const chunk = Number(chunkText);
  return ctx.db.transaction(async (tx) => {
    const current = await loadImport(tx, store.id, importId, true);
    const last = Math.ceil(current.total_rows / MAPPING_IMPORT_CHUNK) - 1;
    if (!Number.isInteger(chunk) || chunk < 0 || chunk > last) {
      throw new DomainError('validation_failed', `Chunks of this import run from 0 to ${last}.`, {
        fields: [{ path: 'chunk', code: 'out_of_range', message: `0 to ${last}` }],
      });
    }
    if (current.status !== 'receiving') {
      throw new DomainError('conflict', 'This import has started; its rows can no longer change.');
    }
    const first = chunk * MAPPING_IMPORT_CHUNK;
    const expected = Math.min(MAPPING_IMPORT_CHUNK, current.total_rows - first);
    if (rows.length !== expected) {
      throw new DomainError(
        'validation_failed',
        `Chunk ${chunk} holds ${expected} rows of this import, not ${rows.length}.`,
        { fields: [{ path: 'rows', code: 'wrong_count', message: `${expected} rows` }] },
      );
    }
    // The chunk's rows as sent, in one value: a row per spreadsheet row cost as much to store as
    // all the judging that follows.
    await tx.query(
      `insert into mapping_import_chunks (import_id, chunk, rows, data) values ($1, $2, $3, $4)
       on conflict (import_id, chunk) do update set rows = excluded.rows, data = excluded.data`,
      [
        importId,
        chunk,
        rows.length,
        JSON.stringify(rows.map((r, i) => ({ ...r, row: r.row ?? first + i + 2 }))),
      ],
    );
    await tx.query('update mapping_imports set updated_at = $2 where id = $1', [
      importId,
      ctx.clock.now(),
    ]);
    return toImport(tx, await loadImport(tx, store.id, importId));
  });
}

/** The key a row names its variant by, as written: the same text twice is the same variant. */
const textKey = (r: Row) => (r.variantId ? `i:${r.variantId}` : r.sku ? `s:${r.sku}` : null);

/**
 * Marks every row whose variant id (or, without one, SKU) an earlier row of the file gave, with
 * that row's number, across the whole file: the job then needs no lookup of earlier rows for
 * files that name every variant the same way. Only chunks holding such a row are written again.
 */
async function markDuplicates(tx: Queryable, importId: string): Promise<void> {
  const chunks = await tx.query<{ chunk: number; data: string | null }>(
    'select chunk, data from mapping_import_chunks where import_id = $1 order by chunk',
    [importId],
  );
  const first = new Map<string, number>();
  for (const c of chunks) {
    const rows = JSON.parse(c.data ?? '[]') as KeptRow[];
    let marked = false;
    for (const r of rows) {
      const key = textKey(r);
      if (key === null) continue;
      const before = first.get(key);
      if (before === undefined) first.set(key, r.row);
      else {
        r.dup = before;
        marked = true;
      }
    }
    if (marked) {
      await tx.query(
        'update mapping_import_chunks set data = $3 where import_id = $1 and chunk = $2',
        [importId, c.chunk, JSON.stringify(rows)],
      );
    }
  }
}

/** Queues the job that applies an import whose rows have all arrived (again: no second job). */
export async function startMappingImport(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  importId: string,
): Promise<MappingImport> {
  const store = await storeRef(ctx, principal, storeId, 'write');
  return ctx.db.transaction(async (tx) => {
    const current = await loadImport(tx, store.id, importId, true);
    if (current.status !== 'receiving') return toImport(tx, current);
    if (Number(current.received_rows) !== Number(current.total_rows)) {
      throw new DomainError(
        'conflict',
        `${current.received_rows} of ${current.total_rows} rows have arrived; send the missing chunks first.`,
      );
    }
    await markDuplicates(tx, importId);
    const job = await enqueueJob(tx, ctx, {
      providerId: current.provider_id,
      clientId: current.client_id,
      storeId: current.store_id,
      kind: 'mapping_import',
      // `keys`: how earlier steps named their variants (present: duplicates were marked).
      state: { importId, position: 0, keys: [] },
      progress: { done: 0, total: Number(current.total_rows) },
    });
    await tx.query(
      `update mapping_imports set status = 'queued', job_id = $2, updated_at = $3 where id = $1`,
      [importId, job.id, ctx.clock.now()],
    );
    return toImport(tx, await loadImport(tx, store.id, importId));
  });
}

export async function cancelMappingImport(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  importId: string,
): Promise<MappingImport> {
  const store = await storeRef(ctx, principal, storeId, 'write');
  return ctx.db.transaction(async (tx) => {
    const current = await loadImport(tx, store.id, importId, true);
    if (['succeeded', 'failed', 'canceled'].includes(current.status)) return toImport(tx, current);
    const now = ctx.clock.now();
    await tx.query(
      `update mapping_imports set status = 'canceled', finished_at = $2, updated_at = $2
        where id = $1`,
      [importId, now],
    );
    if (current.job_id) {
      // A running worker notices at its next step; the steps it committed stay.
      await tx.query(
        `update jobs set status = 'canceled', locked_by = null, locked_until = null,
           finished_at = $2, updated_at = $2 where id = $1 and status in ('queued', 'running')`,
        [current.job_id, now],
      );
    }
    return toImport(tx, await loadImport(tx, store.id, importId));
  });
}

export async function getMappingImport(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  importId: string,
): Promise<MappingImport> {
  const store = await storeRef(ctx, principal, storeId, 'read');
  return toImport(ctx.db, await loadImport(ctx.db, store.id, importId));
}

export async function listMappingImports(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  query: z.output<typeof ListMappingImportsQuery>,
): Promise<{ data: MappingImport[]; nextCursor: string | null }> {
  const store = await storeRef(ctx, principal, storeId, 'read');
  const cursor = decodeCursor(query.cursor);
  const rows = await ctx.db.query<ImportRow>(
    `${IMPORT_SELECT} where i.store_id = $1
        and ($2::boolean is not true or i.status in ('receiving', 'queued', 'running'))
        and ($3::timestamptz is null or (i.created_at, i.id) < ($3::timestamptz, $4::text))
      order by i.created_at desc, i.id desc limit $5`,
    [store.id, query.active ?? null, cursor?.t ?? null, cursor?.i ?? null, query.limit + 1],
  );
  const more = rows.length > query.limit;
  const kept = more ? rows.slice(0, query.limit) : rows;
  const last = kept[kept.length - 1];
  return {
    data: await Promise.all(kept.map((r) => toImport(ctx.db, r))),
    nextCursor: more && last ? encodeCursor(last) : null,
  };
}

export async function listImportErrors(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  importId: string,
  query: { cursor?: string | undefined; limit: number },
): Promise<{ data: BulkRowError[]; nextCursor: string | null }> {
  const store = await storeRef(ctx, principal, storeId, 'read');
  await loadImport(ctx.db, store.id, importId);
  const after = query.cursor ? Number.parseInt(query.cursor, 10) : -1;
  if (!Number.isInteger(after)) {
    throw new DomainError('validation_failed', 'The cursor is not one this API returned.', {
      fields: [{ path: 'cursor', code: 'invalid_cursor', message: 'Unknown cursor' }],
    });
  }
  const rows = await ctx.db.query<{
    position: number;
    row_number: number;
    col: string;
    value: string;
    code: string;
    message: string;
  }>(
    `select position, row_number, col, value, code, message from mapping_import_errors
      where import_id = $1 and position > $2 order by position, col limit $3`,
    [importId, after, query.limit + 1],
  );
  // A row's errors stay on one page: the cursor is a position.
  let kept = rows.slice(0, query.limit);
  const more = rows.length > query.limit;
  if (more) {
    const lastPosition = kept[kept.length - 1]!.position;
    const whole = kept.filter((r) => r.position !== lastPosition);
    if (whole.length) kept = whole;
  }
  return {
    data: kept.map((e) => ({
      row: Number(e.row_number),
      column: e.col,
      value: e.value,
      code: e.code,
      message: e.message,
    })),
    nextCursor: more && kept.length ? String(kept[kept.length - 1]!.position) : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Applying

interface StepRow {
  position: number;
  row_number: number;
  data: KeptRow;
}

interface Live {
  id: string;
  external_id: string;
  sku: string | null;
  title: string;
  mapping_status: 'mapped' | 'unmapped' | 'ignored';
  product_uid: string | null;
  files: PrintFile[] | null;
  print_specs: MapTo['printSpecs'] | null;
}

interface RowVerdict {
  position: number;
  variantId: string | null;
  outcome: Outcome;
  write?: MappingWrite;
  errors: Omit<BulkRowError, 'row'>[];
}

const fileColumn = (area: string) => `file:${area}`;

/** The same files in the same areas: a mapping that would not change. */
const sameFiles = (a: readonly PrintFile[], b: readonly PrintFile[]) =>
  a.length === b.length &&
  [...a]
    .sort((x, y) => x.type.localeCompare(y.type))
    .every((f, i) => {
      const g = [...b].sort((x, y) => x.type.localeCompare(y.type))[i]!;
      return f.type === g.type && f.url === g.url;
    });

const LIVE_COLUMNS = `v.id, v.external_id, v.sku, v.title, v.mapping_status, m.product_uid,
  m.files, m.print_specs`;

/**
 * Each variant's mapping, one probe of its key per variant. As a plain join, a planner whose
 * statistics say the table is empty (rows all removed when it last looked, pages still there)
 * reads every mapping once per variant instead: an import filling the table then slows with
 * each step it writes (ten minutes instead of seconds at 100,000 rows).
 */
const WITH_MAPPING = `left join lateral (select m.product_uid, m.files, m.print_specs
       from variant_mappings m where m.variant_id = v.id limit 1) m on true`;

/**
 * The live variants of store `$1` whose `key` is one of `$2`, each with its mapping. One lookup
 * per kind of key, each on its own index (an OR across them would scan the store). Ids are
 * unique, so each is one probe of its index (`limit 1` keeps the planner from hashing the whole
 * store, which it otherwise does for a store it has no statistics of yet).
 */
export const liveVariantsSql = (key: 'v.id' | 'v.external_id') =>
  `select ${LIVE_COLUMNS} from unnest($2::text[]) as k(key)
     cross join lateral (select * from store_variants v
       where ${key} = k.key and v.store_id = $1 limit 1) v
     ${WITH_MAPPING}
    where v.removed_at is null`;

/**
 * Judges the rows of one step: which live variant each names (variant id, ours or the platform's,
 * else SKU), whether another row of the import named it already, and what it asks for.
 * `keys`: how earlier steps named their variants (null: not known, and duplicates not marked).
 */
async function judgeStep(
  tx: Queryable,
  imp: Pick<ImportRow, 'id' | 'provider_id' | 'store_id'>,
  rows: readonly StepRow[],
  keys: ReadonlySet<KeyKind> | null,
): Promise<{ verdicts: RowVerdict[]; keys: Set<KeyKind> }> {
  const ids = [...new Set(rows.map((r) => r.data.variantId).filter((v): v is string => !!v))];
  const skus = [
    ...new Set(rows.filter((r) => !r.data.variantId && r.data.sku).map((r) => r.data.sku!)),
  ];
  const byKey = (key: 'v.id' | 'v.external_id', values: readonly string[]) =>
    values.length
      ? tx.query<Live>(liveVariantsSql(key), [imp.store_id, values])
      : Promise.resolve([]);
  const ours = await byKey('v.id', ids);
  const ourIds = new Set(ours.map((v) => v.id));
  const found = [
    ...ours,
    // Only what is not one of our ids can be the platform's.
    ...(await byKey(
      'v.external_id',
      ids.filter((id) => !ourIds.has(id)),
    )),
    ...(skus.length
      ? await tx.query<Live>(
          `select ${LIVE_COLUMNS} from store_variants v ${WITH_MAPPING}
            where v.store_id = $1 and v.removed_at is null and v.sku = any($2::text[])`,
          [imp.store_id, skus],
        )
      : []),
  ];
  const variants = [...new Map(found.map((v) => [v.id, v])).values()];
  const byId = new Map<string, Live>();
  const bySku = new Map<string, Live[]>();
  for (const v of variants) {
    byId.set(v.id, v);
    byId.set(v.external_id, v);
    if (v.sku) bySku.set(v.sku, [...(bySku.get(v.sku) ?? []), v]);
  }
  const uids = [
    ...new Set(
      rows.map((r) => r.data.productUid).filter((u) => u && u !== 'IGNORE' && u !== 'UNMAP'),
    ),
    ...variants.map((v) => v.product_uid).filter((u): u is string => !!u),
  ];
  const catalog = new Map(
    (
      await tx.query<{
        product_uid: string;
        title: string;
        print_areas: string[];
        attributes: Record<string, string>;
      }>(
        'select product_uid, title, print_areas, attributes from catalog_products where provider_id = $1 and product_uid = any($2::text[])',
        [imp.provider_id, [...new Set(uids)]],
      )
    ).map((c) => [c.product_uid, c]),
  );
  const fail = (
    r: StepRow,
    column: string,
    value: string,
    code: string,
    message: string,
  ): RowVerdict => ({
    position: r.position,
    variantId: null,
    outcome: 'failed',
    errors: [{ column, value, code, message }],
  });
  // The variant each row names, or why it names none.
  const stepKeys = new Set<KeyKind>();
  const resolved = rows.map((r): Live | RowVerdict => {
    const d = r.data;
    let variant: Live | undefined;
    if (d.variantId) {
      variant = byId.get(d.variantId);
      if (!variant) {
        return fail(
          r,
          'variantId',
          d.variantId,
          'variant_not_found',
          'No live variant has this id in the store.',
        );
      }
    } else if (d.sku) {
      const found = bySku.get(d.sku) ?? [];
      if (found.length === 0) {
        return fail(
          r,
          'sku',
          d.sku,
          'variant_not_found',
          'No live variant has this SKU in the store.',
        );
      }
      if (found.length > 1) {
        const named = found
          .slice(0, 5)
          .map((v) => `${v.id} (${v.title})`)
          .join(', ');
        return fail(
          r,
          'sku',
          d.sku,
          'sku_ambiguous',
          `${found.length} variants share this SKU: ${named}. Give the Variant ID instead.`,
        );
      }
      variant = found[0]!;
    } else {
      return fail(r, 'sku', '', 'missing_identifier', 'Give a Variant ID or a SKU.');
    }
    stepKeys.add(d.variantId ? (d.variantId === variant.id ? 'id' : 'external') : 'sku');
    return variant;
  });
  // Rows giving the same text as an earlier row were marked on start; a variant named two ways
  // (its id and its SKU, or our id and the platform's) is found by the variants this step
  // resolved: against each other here, and against earlier steps' in one lookup, needed only
  // once the file has named variants more than one way.
  const earlier = new Map<string, number>();
  const named = new Set([...(keys ?? []), ...stepKeys]);
  if (keys === null || named.size > 1) {
    const ids = [...new Set(resolved.flatMap((v) => ('outcome' in v ? [] : [(v as Live).id])))];
    for (const e of await tx.query<{ variant_id: string; row_number: number }>(
      `select variant_id, row_number from mapping_import_variants
        where import_id = $1 and variant_id = any($2::text[])`,
      [imp.id, ids],
    )) {
      earlier.set(e.variant_id, Number(e.row_number));
    }
  }

  const verdicts = rows.map((r, i): RowVerdict => {
    const found = resolved[i]!;
    if ('outcome' in found) return found;
    const variant = found as Live;
    const d = r.data;
    const before = d.dup ?? earlier.get(variant.id);
    if (before !== undefined) {
      return fail(
        r,
        d.variantId ? 'variantId' : 'sku',
        d.variantId ?? d.sku ?? '',
        'duplicate_variant',
        `Row ${before} already names this variant.`,
      );
    }
    earlier.set(variant.id, r.row_number);
    const verdict = (outcome: Outcome, mapping?: MappingWrite['mapping']): RowVerdict => ({
      position: r.position,
      variantId: variant!.id,
      outcome,
      ...(mapping !== undefined ? { write: { variantId: variant!.id, mapping } } : {}),
      errors: [],
    });

    if (d.productUid === 'IGNORE') {
      return variant.mapping_status === 'ignored'
        ? verdict('unchanged')
        : verdict('ignored', 'ignored');
    }
    if (d.productUid === 'UNMAP') {
      return variant.mapping_status === 'unmapped'
        ? verdict('unchanged')
        : verdict('unmapped', null);
    }
    if (!d.productUid && d.files.length === 0) return verdict('unchanged');

    const uid = d.productUid || (variant.mapping_status === 'mapped' ? variant.product_uid : null);
    if (!uid) {
      return fail(
        r,
        'productUid',
        '',
        'product_uid_required',
        'The variant is not mapped: give its Product UID.',
      );
    }
    const product = catalog.get(uid);
    if (!product) {
      return fail(r, 'productUid', uid, 'product_uid_unknown', `${uid} is not in the catalog.`);
    }
    const given = new Map(d.files.map((f) => [f.type, f.url]));
    // Files the row leaves blank keep their current address, where the product prints that area.
    const current = variant.mapping_status === 'mapped' ? (variant.files ?? []) : [];
    const files: PrintFile[] = [
      ...current.filter((f) => !given.has(f.type) && product.print_areas.includes(f.type)),
      ...d.files,
    ];
    const problems = printAreaProblems(
      { title: product.title, printAreas: product.print_areas },
      files,
    );
    if (problems.length) {
      return {
        position: r.position,
        variantId: null,
        outcome: 'failed',
        errors: problems.map((p) => ({
          column: fileColumn(p.area),
          value: given.get(p.area) ?? '',
          code: p.code,
          message: p.message,
        })),
      };
    }
    const mapping: MapTo = {
      productUid: uid,
      files,
      ...(variant.print_specs &&
      Object.keys(variant.print_specs).length &&
      uid === variant.product_uid
        ? { printSpecs: variant.print_specs }
        : {}),
    };
    if (
      variant.mapping_status === 'mapped' &&
      variant.product_uid === uid &&
      sameFiles(variant.files ?? [], files)
    ) {
      return verdict('unchanged');
    }
    return verdict('mapped', mapping);
  });
  return { verdicts, keys: named };
}

/**
 * Judges and (unless a dry run) applies the rows from `position` on, up to one step: mapping
 * writes, errors, counts and the position past them, in the caller's transaction.
 */
async function applyStep(
  tx: Queryable,
  ctx: ServiceContext,
  imp: ImportRow,
  position: number,
  keys: ReadonlySet<KeyKind> | null,
): Promise<{ next: number; keys: Set<KeyKind> }> {
  const end = position + ctx.jobs.importStepRows;
  const chunks = await tx.query<{ chunk: number; data: string | null }>(
    `select chunk, data from mapping_import_chunks
      where import_id = $1 and chunk >= $2 and chunk <= $3 order by chunk`,
    [
      imp.id,
      Math.floor(position / MAPPING_IMPORT_CHUNK),
      Math.floor((end - 1) / MAPPING_IMPORT_CHUNK),
    ],
  );
  const rows = chunks.flatMap((c) => {
    const first = Number(c.chunk) * MAPPING_IMPORT_CHUNK;
    return (JSON.parse(c.data ?? '[]') as KeptRow[]).flatMap((data, i): StepRow[] =>
      first + i >= position && first + i < end
        ? [{ position: first + i, row_number: data.row ?? first + i + 2, data }]
        : [],
    );
  });
  if (!rows.length) return { next: position, keys: new Set(keys) };
  const judged = await judgeStep(tx, imp, rows, keys);
  const verdicts = judged.verdicts;
  const rowNumber = new Map(rows.map((r) => [r.position, r.row_number]));
  const resolved = verdicts.filter((v) => v.variantId);
  const errors = verdicts.flatMap((v) =>
    v.errors.map((e) => ({ ...e, position: v.position, row: rowNumber.get(v.position)! })),
  );
  const writes = imp.dry_run ? [] : verdicts.flatMap((v) => (v.write ? [v.write] : []));
  const mapped = writes.filter((w): w is MappingWrite & { mapping: MapTo } =>
    Boolean(w.mapping && w.mapping !== 'ignored'),
  );
  const cleared = (to: 'ignored' | null) =>
    writes.filter((w) => w.mapping === to).map((w) => w.variantId);
  const step = zeroCounts();
  for (const v of verdicts) step[v.outcome]++;
  const next = rows[rows.length - 1]!.position + 1;
  const filesToCheck = mapped.length > 0;
  if (filesToCheck) {
    await enqueueJobOnce(tx, ctx, {
      providerId: imp.provider_id,
      clientId: null,
      storeId: null,
      kind: 'file_check',
    });
  }
  // The step's writes in one statement: the mappings (as `writeMappings` writes them, for
  // variants the judging found live in this transaction: not locked, so an import step and an
  // edit of the same variant at that moment apply in order, the later one winning), each
  // variant's status (one lookup of its ids by primary key per status: a join with the ids
  // would hash the whole table), the variant every row named (the record of the change, so no
  // event per variant; `mapped`: its files are marked for checking by the check job, once per
  // import), the errors, the counts and the position past the step.
  await tx.query(
    `with upserted as (
       ${upsertMappingsSql(2)}
     ), cleared as (
       delete from variant_mappings where variant_id = any($8::text[] || $9::text[])
     ), now_mapped as (
       update store_variants set mapping_status = 'mapped'
        where id = any($4::text[]) and mapping_status <> 'mapped'
     ), now_ignored as (
       update store_variants set mapping_status = 'ignored'
        where id = any($8::text[]) and mapping_status <> 'ignored'
     ), now_unmapped as (
       update store_variants set mapping_status = 'unmapped'
        where id = any($9::text[]) and mapping_status <> 'unmapped'
     ), recorded as (
       insert into mapping_import_variants (import_id, variant_id, position, row_number, mapped)
       select $1, v.variant_id, v.position, v.row_number, v.mapped
         from unnest($10::text[], $11::int[], $12::int[], $13::boolean[])
           as v(variant_id, position, row_number, mapped)
     ), failed as (
       insert into mapping_import_errors (import_id, position, row_number, col, value, code, message)
       select $1, e.position, e.row_number, e.col, e.value, e.code, e.message
         from unnest($14::int[], $15::int[], $16::text[], $17::text[], $18::text[], $19::text[])
           as e(position, row_number, col, value, code, message)
       on conflict do nothing
     )
     update mapping_imports set done_rows = $20, error_count = error_count + $21,
       files_pending = files_pending or $22,
       counts = (select jsonb_object_agg(k, coalesce((counts->>k)::int, 0) + (($23::jsonb)->>k)::int)
                 from jsonb_object_keys($23::jsonb) k),
       updated_at = $3
     where id = $1`,
    [
      imp.id,
      imp.store_id,
      ctx.clock.now(),
      ...mappingColumns(mapped),
      cleared('ignored'),
      cleared(null),
      resolved.map((v) => v.variantId),
      resolved.map((v) => v.position),
      resolved.map((v) => rowNumber.get(v.position)),
      resolved.map((v) => !imp.dry_run && v.outcome === 'mapped'),
      errors.map((e) => e.position),
      errors.map((e) => e.row),
      errors.map((e) => e.column),
      errors.map((e) => e.value.slice(0, 500)),
      errors.map((e) => e.code),
      errors.map((e) => e.message),
      Math.min(next, Number(imp.total_rows)),
      verdicts.filter((v) => v.outcome === 'failed').length,
      filesToCheck,
      JSON.stringify(step),
    ],
  );
  return { next, keys: judged.keys };
}

async function finish(tx: Queryable, ctx: ServiceContext, importId: string) {
  const now = ctx.clock.now();
  await tx.query(
    `update mapping_imports set status = 'succeeded', finished_at = $2, updated_at = $2
      where id = $1 and status in ('queued', 'running')`,
    [importId, now],
  );
}

/** The job that applies an import, a step at a time, resuming at its saved position. */
export const mappingImport: JobHandler = async (job, run, ctx) => {
  const state = job.state as { importId: string; position?: number; keys?: KeyKind[] };
  const { importId } = state;
  let position = Number(state.position ?? 0);
  // A job queued without `keys` was queued before duplicates were marked on start.
  let keys: Set<KeyKind> | null = Array.isArray(state.keys) ? new Set(state.keys) : null;
  const [head] = await ctx.db.query<{ store_id: string }>(
    'select store_id from mapping_imports where id = $1',
    [importId],
  );
  if (!head) return { skipped: 'gone' };
  const [started] = await ctx.db.query<{ total_rows: number }>(
    `update mapping_imports set status = 'running', updated_at = $2
      where id = $1 and status = 'queued' returning total_rows`,
    [importId, ctx.clock.now()],
  );
  if (started && Number(started.total_rows) >= 1000) {
    // Fresh statistics before a large import: without them (PGlite never gathers its own) the
    // planner reads whole tables to find a step's thousand variants.
    await ctx.db
      .exec('analyze store_variants; analyze variant_mappings; analyze mapping_import_variants')
      .catch(() => {});
  }
  for (;;) {
    const [imp] = await ctx.db.query<ImportRow>('select * from mapping_imports where id = $1', [
      importId,
    ]);
    if (imp?.status !== 'running') return { skipped: imp?.status ?? 'gone' };
    const total = Number(imp.total_rows);
    // Rows fill every position below the total (an import starts only once all have arrived), so
    // the position past this step is known before it runs: it is saved with the step's writes.
    const next = Math.min(position + ctx.jobs.importStepRows, total);
    // How this step names its variants is known only once it has run; what the state saves with
    // it is the union, which a step naming them one more way only widens (the lookup it saves
    // is then made on every later step: always correct, just slower).
    const known = keys;
    const reached = { keys: known };
    const saved = { importId, position: next, ...(known ? { keys: [...known] } : {}) };
    await run.checkpoint({ state: saved, done: next, total }, async (tx) => {
      const step = await applyStep(tx, ctx, imp, position, known);
      if (step.next !== next) {
        throw new Error(`Import ${importId} has a gap before row ${step.next}.`);
      }
      if (known && step.keys.size > known.size) {
        // The state was written before the step ran: again, with the way this step added.
        reached.keys = step.keys;
        await tx.query('update jobs set state = $2 where id = $1', [
          job.id,
          JSON.stringify({ ...saved, keys: [...step.keys] }),
        ]);
      }
      if (next >= total) await finish(tx, ctx, importId);
    });
    keys = reached.keys;
    if (next >= total) {
      if (total >= 1000 && !imp.dry_run) {
        await ctx.db.exec('analyze variant_mappings; analyze store_variants').catch(() => {});
      }
      const done = await loadImport(ctx.db, head.store_id, importId);
      return { importId, ...done.counts, errors: Number(done.error_count) };
    }
    position = next;
  }
};

/**
 * `mappings:bulk`: rows in one body. Up to a thousand are applied before the answer; more are kept
 * and applied by the job, like an import sent in chunks.
 */
export async function importMappingsAtOnce(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  body: z.output<typeof BulkMappingBody>,
): Promise<MappingImport> {
  const created = await createMappingImport(ctx, principal, storeId, {
    totalRows: body.rows.length,
    dryRun: body.dryRun,
  });
  for (let chunk = 0; chunk * MAPPING_IMPORT_CHUNK < body.rows.length; chunk++) {
    const rows = body.rows
      .slice(chunk * MAPPING_IMPORT_CHUNK, (chunk + 1) * MAPPING_IMPORT_CHUNK)
      .map((r, i) => ({ ...r, row: r.row ?? chunk * MAPPING_IMPORT_CHUNK + i + 2 }));
    await putImportChunk(ctx, principal, storeId, created.id, String(chunk), rows);
  }
  if (body.rows.length > INLINE_ROWS) {
    return startMappingImport(ctx, principal, storeId, created.id);
  }
  await ctx.db.transaction(async (tx) => {
    const imp = await loadImport(tx, created.storeId, created.id, true);
    await tx.query(`update mapping_imports set status = 'running' where id = $1`, [imp.id]);
    // One step holding every row: no earlier step to look up.
    await applyStep(
      tx,
      { ...ctx, jobs: { ...ctx.jobs, importStepRows: INLINE_ROWS } },
      { ...imp, status: 'running' },
      0,
      new Set(),
    );
    await finish(tx, ctx, imp.id);
  });
  return toImport(ctx.db, await loadImport(ctx.db, created.storeId, created.id));
}
