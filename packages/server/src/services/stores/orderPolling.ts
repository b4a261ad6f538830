import type { Queryable } from '../../db/types.js';
import { isPlatformError, type WebhookDelivery } from '../../platforms/types.js';
import type { ServiceContext } from '../context.js';
import { enqueueJob, type JobHandler, type JobRow } from '../jobs.js';
import { recordDelivery, requestOrderIntake } from './platformEvents.js';
import { openSession, recordPlatformFailure } from './platformSessions.js';
import { loadStore } from './stores.js';

/**
 * Order polling for platforms whose webhooks are not enough on their own (Etsy's are for
 * commercial apps only): each `order_poll` job asks the platform for orders changed since the
 * last poll, keeps them in `platform_events` exactly as webhook deliveries are kept (deduplicated
 * by delivery id), and queues the next poll with the position it reached.
 */

/** Time between two polls of one store. */
export const ORDER_POLL_INTERVAL_SECONDS = 5 * 60;

interface PollState {
  /** The platform's own position after the last poll (Etsy: epoch seconds). */
  since?: string | null;
}

/**
 * Queues a store's order poll, unless one is queued or running; it continues from where the
 * store's last poll stopped. A running poll queues its successor with `next` (its new position)
 * and a delay.
 */
export async function enqueueOrderPoll(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'clock' | 'jobs'>,
  target: { providerId: string; clientId: string; storeId: string },
  options: { next?: PollState; delaySeconds?: number } = {},
): Promise<JobRow | null> {
  const busy = options.next ? ['queued'] : ['queued', 'running'];
  const [active] = await tx.query(
    `select 1 from jobs where store_id = $1 and kind = 'order_poll' and status = any($2::text[])`,
    [target.storeId, busy],
  );
  if (active) return null;
  let since = options.next?.since ?? null;
  if (!options.next) {
    const [last] = await tx.query<Pick<JobRow, 'state'>>(
      `select state from jobs where store_id = $1 and kind = 'order_poll'
        order by created_at desc, updated_at desc limit 1`,
      [target.storeId],
    );
    since = (last?.state as PollState | undefined)?.since ?? null;
  }
  const row = await enqueueJob(tx, ctx, { ...target, kind: 'order_poll', state: { since } });
  if (options.delaySeconds) {
    const runAfter = new Date(ctx.clock.now().getTime() + options.delaySeconds * 1000);
    await tx.query('update jobs set run_after = $2 where id = $1', [row.id, runAfter]);
    row.run_after = runAfter;
  }
  return row;
}

/** Keeps polled orders like webhook deliveries; returns how many were new. */
async function keepDeliveries(
  tx: Queryable,
  storeId: string,
  platform: string,
  deliveries: readonly WebhookDelivery[],
  now: Date,
): Promise<number> {
  let fresh = 0;
  for (const delivery of deliveries) {
    const kept = delivery.event.kind === 'order_created' ? delivery.event.payload : null;
    if (await recordDelivery(tx, storeId, platform, delivery, kept, now)) fresh++;
  }
  return fresh;
}

/**
 * One poll of one store. The orders found and the next poll (with the new position) commit
 * together. A platform that is down or asks us to wait only delays the next poll; a store that
 * must be connected again stops polling until it is (connecting queues a poll again).
 */
export const orderPoll: JobHandler = async (job, run, ctx) => {
  const storeId = job.store_id!;
  const store = await loadStore(ctx.db, storeId);
  if (store.status !== 'connected') return { skipped: store.status, orders: 0 };
  const state = job.state as PollState;
  const target = { providerId: job.provider_id, clientId: store.client_id, storeId };
  try {
    const { adapter, session } = await openSession(ctx, storeId);
    if (!adapter.pollOrders) return { skipped: 'not_polled', orders: 0 };
    const poll = await adapter.pollOrders(session, state.since ?? null);
    let fresh = 0;
    const next = { since: poll.since };
    await run.checkpoint(
      { state: next, done: poll.deliveries.length, total: poll.deliveries.length },
      async (tx) => {
        fresh = await keepDeliveries(
          tx,
          storeId,
          adapter.platform,
          poll.deliveries,
          ctx.clock.now(),
        );
        await enqueueOrderPoll(tx, ctx, target, {
          next,
          delaySeconds: ORDER_POLL_INTERVAL_SECONDS,
        });
        if (fresh > 0) await requestOrderIntake(tx, ctx, target);
      },
    );
    return { orders: poll.deliveries.length, new: fresh, since: poll.since };
  } catch (error) {
    if (!isPlatformError(error)) throw error;
    if (!error.transient) {
      await recordPlatformFailure(ctx, storeId, error);
      throw error;
    }
    // Retrying this job would race the schedule: the next poll simply starts later.
    await ctx.db.transaction((tx) =>
      enqueueOrderPoll(tx, ctx, target, {
        next: { since: state.since ?? null },
        delaySeconds: Math.max(ORDER_POLL_INTERVAL_SECONDS, error.retryAfter ?? 0),
      }),
    );
    return { orders: 0, new: 0, since: state.since ?? null, error: error.code };
  }
};
