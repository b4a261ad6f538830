import type { Job } from '@vitrine/sdk';
import type { Queryable } from '../../db/types.js';
import { DomainError } from '../../errors.js';
import { isPlatformError } from '../../platforms/types.js';
import type { ServiceContext } from '../context.js';
import { enqueueJob, type JobHandler, type JobRow, toJob } from '../jobs.js';
import {
  openSession,
  recordPlatformFailure,
  storeWebhookSecret,
  webhookUrl,
} from './platformSessions.js';
import { markUnseenRemoved, upsertProducts } from './storeProducts.js';
import { getStoreRow, loadStore } from './stores.js';

/** What a product sync saves at every page: enough to resume exactly there. */
interface SyncState {
  /** The pass this job belongs to (products it saw carry this mark). */
  run?: string;
  passStartedAt?: string;
  cursor?: unknown;
  /** Every page has been stored; only the closing step remains. */
  listed?: boolean;
  products?: number;
  variants?: number;
  total?: number | null;
}

const RESUME_WITHIN_MS = 24 * 3600_000;
/** Syncs of at least this many variants refresh the planner's statistics when they end. */
const ANALYZE_AFTER_ROWS = 1000;

/**
 * Queues a product sync. One runs at a time per store (a second request answers
 * `sync_in_progress`). A pass that failed recently is resumed from its cursor rather than started
 * over.
 */
export async function requestSync(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
): Promise<Job> {
  const store = await getStoreRow(ctx.db, providerId, storeId, clientId);
  if (store.platform === 'manual') {
    // No platform holds a manual store's products: orders name them, by hand or by CSV.
    throw new DomainError(
      'platform_not_supported',
      'Manual stores are not on a platform, so there are no products to sync.',
    );
  }
  if (store.status === 'disconnected') {
    throw new DomainError('store_disconnected', 'The store is disconnected; connect it again.');
  }
  if (store.status === 'needs_reauth' || store.status === 'connecting') {
    throw new DomainError(
      'store_needs_reauth',
      store.status === 'connecting'
        ? 'The store has not finished connecting.'
        : 'The store needs to be connected again before it can sync.',
    );
  }
  try {
    const job = await ctx.db.transaction((tx) =>
      enqueueProductSync(tx, ctx, { providerId, clientId: store.client_id, storeId: store.id }),
    );
    return toJob(job!);
  } catch (error) {
    // Two requests at once: the unique index lets one through.
    if ((error as { code?: string }).code === '23505') throw inProgress();
    throw error;
  }
}

/**
 * Queues a store's product sync in `tx`, resuming the cursor of a pass that failed recently.
 * With a sync already queued or running: `sync_in_progress`, or nothing when `ifActive: 'skip'`.
 */
export async function enqueueProductSync(
  tx: Queryable,
  ctx: ServiceContext,
  target: { providerId: string; clientId: string; storeId: string },
  options: { ifActive?: 'throw' | 'skip' } = {},
): Promise<JobRow | null> {
  const now = ctx.clock.now();
  const [previous] = await tx.query<JobRow>(
    `select * from jobs where store_id = $1 and kind = 'product_sync'
      order by created_at desc limit 1`,
    [target.storeId],
  );
  if (previous && (previous.status === 'queued' || previous.status === 'running')) {
    if (options.ifActive === 'skip') return null;
    throw inProgress();
  }
  const resumable =
    previous?.status === 'failed' &&
    (previous.state as SyncState).cursor &&
    now.getTime() - new Date(previous.updated_at).getTime() < RESUME_WITHIN_MS;
  const row = await enqueueJob(tx, ctx, {
    ...target,
    kind: 'product_sync',
    ...(resumable
      ? {
          state: previous.state,
          progress: { done: previous.progress_done, total: previous.progress_total },
        }
      : {}),
  });
  await tx.query('update stores set last_sync_job_id = $2, updated_at = $3 where id = $1', [
    target.storeId,
    row.id,
    now,
  ]);
  return row;
}

const inProgress = () =>
  new DomainError('sync_in_progress', 'A product sync is already running for this store.');

/**
 * The product sync job: webhooks first (once per connection), then every product page by page,
 * each page and the cursor past it committed together; at the end, products the platform no
 * longer has are marked removed.
 */
export const productSync: JobHandler = async (job, run, ctx) => {
  const storeId = job.store_id!;
  const store = await loadStore(ctx.db, storeId);
  if (store.status === 'disconnected') {
    throw new DomainError('store_disconnected', 'The store was disconnected.');
  }
  const state: SyncState = { ...(job.state as SyncState) };
  state.run ??= job.id;
  state.passStartedAt ??= ctx.clock.now().toISOString();
  state.products ??= 0;
  state.variants ??= 0;
  try {
    const { adapter, session } = await openSession(ctx, storeId);
    const [{ subscribed, secret } = { subscribed: null, secret: null }] = await ctx.db.query<{
      subscribed: Date | null;
      secret: string | null;
    }>(
      'select webhooks_subscribed_at as subscribed, webhook_secret as secret from stores where id = $1',
      [storeId],
    );
    if (!subscribed) {
      await adapter.subscribeWebhooks(
        session,
        webhookUrl(ctx, adapter.platform, storeId),
        await storeWebhookSecret(ctx, storeId, secret),
      );
      await ctx.db.query('update stores set webhooks_subscribed_at = $2 where id = $1', [
        storeId,
        ctx.clock.now(),
      ]);
    }
    if (state.total === undefined) {
      state.total = await adapter.countVariants(session);
      await run.checkpoint({ state: { ...state }, done: state.variants, total: state.total });
    }
    while (!state.listed) {
      const page = await adapter.listProducts(session, state.cursor ?? null);
      const counted = page.products.reduce((n, p) => n + p.variants.length, 0);
      state.cursor = page.next;
      state.listed = page.next === null;
      state.products += page.products.length;
      state.variants += counted;
      const total = state.total === null ? null : Math.max(state.total, state.variants);
      await run.checkpoint({ state: { ...state }, done: state.variants, total }, (tx) =>
        upsertProducts(tx, storeId, page.products, {
          run: state.run!,
          now: ctx.clock.now(),
        }).then(() => {}),
      );
    }

    const now = ctx.clock.now();
    const removed = await ctx.db.transaction(async (tx) => {
      const gone = await markUnseenRemoved(
        tx,
        storeId,
        state.run!,
        new Date(state.passStartedAt!),
        now,
      );
      await tx.query(
        `update stores set last_sync_at = $2, updated_at = $2,
           status = case when status = 'error' then 'connected' else status end,
           status_reason = case when status = 'error' then null else status_reason end
         where id = $1`,
        [storeId, now],
      );
      return gone;
    });
    // The embedded database has no autovacuum: fresh statistics keep list queries on their
    // indexes once a store has grown (PostgreSQL gets them anyway; this only hurries it).
    if (state.variants >= ANALYZE_AFTER_ROWS) {
      await ctx.db.exec('analyze store_products; analyze store_variants').catch(() => {});
    }
    return {
      products: state.products,
      variants: state.variants,
      removedProducts: removed.products,
      removedVariants: removed.variants,
    };
  } catch (error) {
    if (isPlatformError(error) && !error.transient) {
      await recordPlatformFailure(ctx, storeId, error);
    }
    throw error;
  }
};
