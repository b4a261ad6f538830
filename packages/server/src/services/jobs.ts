import type { ErrorCode, Job } from '@vitrine/sdk';
import { errorCodes } from '@vitrine/sdk';
import { isDatabaseUnavailable } from '../db/errors.js';
import type { Queryable } from '../db/types.js';
import { DomainError, notFound } from '../errors.js';
import { newId } from '../ids.js';
import { iso, isoRequired, type ServiceContext } from './context.js';

/**
 * Long work lives in the `jobs` table. Any number of workers (processes, or one loop in a browser)
 * claim queued jobs with `FOR UPDATE SKIP LOCKED`, hold them under a lease they renew while they
 * work, and save the job's cursor with its progress at every step. A worker that dies loses its
 * lease and another resumes from the saved cursor; transient failures are retried with backoff.
 */
export type JobKind = Job['kind'];

export interface JobRow {
  id: string;
  provider_id: string;
  client_id: string | null;
  store_id: string | null;
  kind: JobKind;
  status: Job['status'];
  progress_done: number;
  progress_total: number | null;
  state: Record<string, unknown>;
  result: Record<string, unknown> | null;
  attempts: number;
  max_attempts: number;
  error_code: string | null;
  error_message: string | null;
  run_after: Date;
  locked_by: string | null;
  locked_until: Date | null;
  created_at: Date;
  updated_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

const knownCodes = new Set<string>(errorCodes);

export function toJob(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    storeId: row.store_id,
    progress: {
      done: Number(row.progress_done),
      total: row.progress_total == null ? null : Number(row.progress_total),
    },
    result: row.result,
    // A queued job may carry the error of its last attempt: it is retrying, not failed.
    error:
      row.status === 'failed' && row.error_code
        ? {
            code: (knownCodes.has(row.error_code) ? row.error_code : 'internal_error') as ErrorCode,
            message: row.error_message ?? '',
          }
        : null,
    attempts: Number(row.attempts),
    createdAt: isoRequired(row.created_at),
    startedAt: iso(row.started_at),
    finishedAt: iso(row.finished_at),
  };
}

export async function enqueueJob(
  db: Queryable,
  ctx: Pick<ServiceContext, 'clock' | 'jobs'>,
  input: JobInput,
): Promise<JobRow> {
  const row = await insertJob(db, ctx, input, '');
  return row!;
}

export interface JobInput {
  providerId: string;
  clientId: string | null;
  storeId: string | null;
  kind: JobKind;
  state?: Record<string, unknown>;
  /** Where a job that continues earlier work starts. */
  progress?: { done: number; total: number | null };
  /** Not before then (now by default). */
  runAfter?: Date;
}

/**
 * Queues a job unless a unique index says an equivalent one is queued already (kinds that keep
 * one queued job per provider or store); null then.
 */
export async function enqueueJobOnce(
  db: Queryable,
  ctx: Pick<ServiceContext, 'clock' | 'jobs'>,
  input: JobInput,
): Promise<JobRow | null> {
  return insertJob(db, ctx, input, 'on conflict do nothing');
}

async function insertJob(
  db: Queryable,
  ctx: Pick<ServiceContext, 'clock' | 'jobs'>,
  input: JobInput,
  onConflict: string,
): Promise<JobRow | null> {
  const now = ctx.clock.now();
  const [row] = await db.query<JobRow>(
    `insert into jobs (id, provider_id, client_id, store_id, kind, status, state, progress_done,
       progress_total, max_attempts, run_after, created_at, updated_at)
     values ($1, $2, $3, $4, $5, 'queued', $6, $7, $8, $9, $11, $10, $10) ${onConflict}
     returning *`,
    [
      newId('job'),
      input.providerId,
      input.clientId,
      input.storeId,
      input.kind,
      JSON.stringify(input.state ?? {}),
      input.progress?.done ?? 0,
      input.progress?.total ?? null,
      ctx.jobs.maxAttempts,
      now,
      input.runAfter ?? now,
    ],
  );
  return row ?? null;
}

/**
 * A job of this provider, of `clientId` when the caller is confined to a client, and of one of
 * `onlyStores` for store managers; 404 otherwise, like an unknown id.
 */
export async function getJob(
  ctx: ServiceContext,
  providerId: string,
  jobId: string,
  clientId: string | null,
  onlyStores: readonly string[] | null,
): Promise<Job> {
  const [row] = await ctx.db.query<JobRow>(
    `select * from jobs where id = $1 and provider_id = $2
       and ($3::text is null or client_id = $3)
       and ($4::text[] is null or store_id = any($4::text[]))`,
    [jobId, providerId, clientId, onlyStores],
  );
  if (!row) throw notFound('job');
  return toJob(row);
}

/** Cancels a store's queued or running jobs; a running worker stops at its next checkpoint. */
export async function cancelStoreJobs(db: Queryable, storeId: string, now: Date): Promise<void> {
  await db.query(
    `update jobs set status = 'canceled', locked_by = null, locked_until = null,
       finished_at = $2, updated_at = $2
     where store_id = $1 and status in ('queued', 'running')`,
    [storeId, now],
  );
}

/** The worker no longer holds the job (its lease ran out and another took it, or it was canceled). */
export class LeaseLost extends Error {
  constructor() {
    super('The job is no longer held by this worker.');
    this.name = 'LeaseLost';
  }
}

/** The worker was asked to stop; the job goes back to the queue with its cursor. */
export class JobInterrupted extends Error {
  constructor() {
    super('The worker is stopping.');
    this.name = 'JobInterrupted';
  }
}

export interface Checkpoint {
  state: Record<string, unknown>;
  done: number;
  total: number | null;
}

/** What a handler gets besides the job: a way to save progress, and the stop signal. */
export interface JobRun {
  readonly signal: AbortSignal;
  /**
   * Saves the cursor and progress, renewing the lease, in one transaction with `writes`: the
   * work a step did and the cursor past it are committed together, so a resumed job neither
   * skips nor repeats a step. Throws `LeaseLost`, or `JobInterrupted` once stop was asked.
   */
  checkpoint(checkpoint: Checkpoint, writes?: (tx: Queryable) => Promise<void>): Promise<void>;
}

export type JobHandler = (
  job: JobRow,
  run: JobRun,
  ctx: ServiceContext,
) => Promise<Record<string, unknown>>;

export type JobHandlers = Partial<Record<JobKind, JobHandler>>;

/**
 * Claims the next job due (queued and due, or running with an expired lease). Providers take
 * turns: a job of a provider with fewer jobs running right now goes first, so one tenant's
 * backlog (or a store that hangs) cannot hold every worker while another tenant waits.
 */
export async function claimJob(
  ctx: Pick<ServiceContext, 'db' | 'clock' | 'jobs'>,
  workerId: string,
  kinds: readonly JobKind[],
): Promise<JobRow | null> {
  const now = ctx.clock.now();
  const until = new Date(now.getTime() + ctx.jobs.leaseSeconds * 1000);
  // Claims take turns (a transaction-scoped advisory lock): two workers claiming at the same
  // moment would otherwise both count the same provider as idle and both take its jobs.
  const [row] = await ctx.db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [JOB_CLAIM_LOCK]);
    return tx.query<JobRow>(
      `with next as (
       select id from jobs j0
        where kind = any($4::text[])
          and ((status = 'queued' and run_after <= $1) or (status = 'running' and locked_until < $1))
        order by (select count(*) from jobs r
                   where r.provider_id = j0.provider_id and r.status = 'running'
                     and r.locked_until >= $1),
          run_after, created_at
        limit 1
        for update skip locked
     )
     update jobs j set status = 'running', locked_by = $2, locked_until = $3,
       attempts = j.attempts + 1, started_at = coalesce(j.started_at, $1), updated_at = $1
     from next where j.id = next.id
     returning j.*`,
      [now, workerId, until, kinds],
    );
  });
  return row ?? null;
}

/** The advisory lock key claims serialise on (any constant, the same in every process). */
const JOB_CLAIM_LOCK = 0x76_74_6a_6f_62; // "vtjob"

/**
 * Gives the jobs these workers hold back to the queue at once (a process shutting down), without
 * counting the attempt: another process takes them without waiting for the lease to lapse. A
 * handler still running finds its lease gone at its next checkpoint.
 */
export async function releaseJobs(
  db: Queryable,
  workerIds: readonly string[],
  now: Date,
): Promise<number> {
  if (workerIds.length === 0) return 0;
  const rows = await db.query(
    `update jobs set status = 'queued', locked_by = null, locked_until = null, run_after = $2,
       attempts = greatest(attempts - 1, 0), updated_at = $2
     where locked_by = any($1::text[]) and status = 'running' returning id`,
    [workerIds, now],
  );
  return rows.length;
}

export interface RunPendingJobsOptions {
  /** Names this worker in leases; random by default. */
  workerId?: string;
  /** Stop after this many jobs (default 20). */
  maxJobs?: number;
  /** Stops the worker: the current job is saved and goes back to the queue. */
  signal?: AbortSignal;
  /** Told of every job this worker ran, and how it ended (for logs). */
  onJobEnded?: (job: JobEnded) => void;
}

export interface JobEnded {
  id: string;
  kind: JobKind;
  /** Which attempt this was: 1 for a job run once. */
  attempt: number;
  outcome: 'succeeded' | 'failed' | 'retried' | 'interrupted';
  workerId: string;
}

export interface RunPendingJobsResult {
  ran: number;
  succeeded: number;
  failed: number;
  retried: number;
  interrupted: number;
}

/**
 * Runs due jobs one after another until none is left (or `maxJobs`). Runtime-agnostic: Node drives
 * it on an interval; tests and browsers call it directly.
 */
export async function runPendingJobs(
  ctx: ServiceContext,
  handlers: JobHandlers,
  options: RunPendingJobsOptions = {},
): Promise<RunPendingJobsResult> {
  const workerId = options.workerId ?? newId('wrk');
  const kinds = Object.keys(handlers) as JobKind[];
  const result: RunPendingJobsResult = {
    ran: 0,
    succeeded: 0,
    failed: 0,
    retried: 0,
    interrupted: 0,
  };
  const max = options.maxJobs ?? 20;
  while (result.ran < max && !options.signal?.aborted) {
    const job = await claimJob(ctx, workerId, kinds);
    if (!job) break;
    result.ran++;
    const outcome = await runJob(ctx, handlers[job.kind]!, job, workerId, options.signal);
    result[outcome]++;
    options.onJobEnded?.({ id: job.id, kind: job.kind, attempt: job.attempts, outcome, workerId });
  }
  return result;
}

async function runJob(
  ctx: ServiceContext,
  handler: JobHandler,
  job: JobRow,
  workerId: string,
  stop: AbortSignal | undefined,
): Promise<'succeeded' | 'failed' | 'retried' | 'interrupted'> {
  const { db, clock, jobs } = ctx;
  const lease = () => new Date(clock.now().getTime() + jobs.leaseSeconds * 1000);
  const held = async (sql: string, params: unknown[]) =>
    (
      await db.query(
        `${sql} where id = $1 and locked_by = $2 and status = 'running' returning id`,
        [job.id, workerId, ...params],
      )
    ).length > 0;

  // A job whose worker died on its last allowed attempt is not tried again.
  if (job.attempts > job.max_attempts) {
    await held(
      `update jobs set status = 'failed', error_code = 'internal_error',
         error_message = 'The job stopped answering too many times.', locked_by = null,
         locked_until = null, finished_at = $3, updated_at = $3`,
      [clock.now()],
    );
    return 'failed';
  }

  const controller = new AbortController();
  const onStop = () => controller.abort();
  stop?.addEventListener('abort', onStop, { once: true });
  // The lease is renewed in the background too, so long platform waits between checkpoints do
  // not let it lapse.
  const heartbeat = setInterval(
    () => {
      held('update jobs set locked_until = $3', [lease()])
        .then((ok) => {
          if (!ok) controller.abort();
        })
        .catch(() => {});
    },
    Math.max(1000, (jobs.leaseSeconds * 1000) / 3),
  );
  const run: JobRun = {
    signal: controller.signal,
    async checkpoint(checkpoint, writes) {
      await db.transaction(async (tx) => {
        const rows = await tx.query(
          `update jobs set state = $3, progress_done = $4, progress_total = $5, locked_until = $6,
             updated_at = $7
           where id = $1 and locked_by = $2 and status = 'running' returning id`,
          [
            job.id,
            workerId,
            JSON.stringify(checkpoint.state),
            checkpoint.done,
            checkpoint.total,
            lease(),
            clock.now(),
          ],
        );
        if (!rows.length) throw new LeaseLost();
        await writes?.(tx);
      });
      if (controller.signal.aborted) {
        throw stop?.aborted ? new JobInterrupted() : new LeaseLost();
      }
    },
  };

  try {
    const output = await handler(job, run, ctx);
    const now = clock.now();
    const done = await held(
      `update jobs set status = 'succeeded', result = $3, error_code = null, error_message = null,
         progress_total = greatest(coalesce(progress_total, 0), progress_done),
         locked_by = null, locked_until = null, finished_at = $4, updated_at = $4`,
      [JSON.stringify(output), now],
    );
    return done ? 'succeeded' : 'interrupted';
  } catch (error) {
    const now = clock.now();
    if (error instanceof LeaseLost) return 'interrupted';
    if (error instanceof JobInterrupted || (stop?.aborted && !isDomainError(error))) {
      // Stopping is not the job's fault: the attempt is given back.
      await held(
        `update jobs set status = 'queued', attempts = greatest(attempts - 1, 0), run_after = $3,
           locked_by = null, locked_until = null, updated_at = $3`,
        [now],
      );
      return 'interrupted';
    }
    const { code, message, transient, retryAfter } = describe(error);
    if (!isDomainError(error)) ctx.onError?.(error, job.id);
    if (transient && job.attempts < job.max_attempts) {
      const backoff = Math.min(
        jobs.retryMaxSeconds,
        jobs.retryBaseSeconds * 2 ** Math.max(0, job.attempts - 1),
      );
      const wait = Math.max(backoff, retryAfter ?? 0);
      await held(
        `update jobs set status = 'queued', run_after = $3, error_code = $4, error_message = $5,
           locked_by = null, locked_until = null, updated_at = $6`,
        [new Date(now.getTime() + wait * 1000), code, message, now],
      );
      return 'retried';
    }
    await held(
      `update jobs set status = 'failed', error_code = $3, error_message = $4, locked_by = null,
         locked_until = null, finished_at = $5, updated_at = $5`,
      [code, message, now],
    );
    return 'failed';
  } finally {
    clearInterval(heartbeat);
    stop?.removeEventListener('abort', onStop);
  }
}

const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

function describe(error: unknown): {
  code: ErrorCode;
  message: string;
  transient: boolean;
  retryAfter: number | undefined;
} {
  if (isDomainError(error)) {
    const transient = (error as { transient?: unknown }).transient === true;
    return { code: error.code, message: error.message, transient, retryAfter: error.retryAfter };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      code: 'service_unavailable',
      message: 'The database could not be reached; the job will try again.',
      transient: true,
      retryAfter: undefined,
    };
  }
  return {
    code: 'internal_error',
    message: 'The job failed unexpectedly; it has been logged.',
    transient: true,
    retryAfter: undefined,
  };
}
