import type { ListPostbackDeliveriesQuery, PostbackDelivery } from '@vitrine/sdk';
import { TEST_EVENT } from '@vitrine/sdk';
import type { z } from 'zod';
import { signStandardWebhook } from '../../crypto/standardWebhooks.js';
import type { Queryable } from '../../db/types.js';
import { DomainError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { OutboundRefused } from '../../outbound/guard.js';
import { readAtMost } from '../../streams.js';
import { iso, isoRequired, type ServiceContext } from '../context.js';
import type { JobHandler } from '../jobs.js';
import { enqueueEmail } from '../outbox.js';
import { decodeCursor, toPage } from '../pagination.js';
import { type EndpointRow, endpointRow, signingSecrets } from './endpoints.js';

/**
 * Postback deliveries, kept in the database so that a restart loses nothing. An event becomes a
 * delivery per subscribed endpoint (same transaction as the change it reports), with a message id
 * every attempt repeats as `webhook-id`. A dispatcher job per provider sends what is due, signed
 * with the Standard Webhooks scheme; failures are retried with exponential backoff and jitter
 * over three days; an order's events reach an endpoint in the order they happened (a later one
 * waits while an earlier one is still being retried). An endpoint that keeps failing for three
 * days, or answers 410 Gone, is switched off and its owner told.
 */

/** Waits after each failed attempt: the Standard Webhooks example schedule (about 75 hours). */
export const RETRY_SCHEDULE_SECONDS = [
  5,
  5 * 60,
  30 * 60,
  2 * 3600,
  5 * 3600,
  10 * 3600,
  14 * 3600,
  20 * 3600,
  24 * 3600,
];
/** An endpoint failing without a success for this long is switched off. */
export const DISABLE_AFTER_MS = 3 * 24 * 3600_000;
/** Attempts in flight at once, per provider. */
const CONCURRENCY = 8;
const ATTEMPT_TIMEOUT_MS = 15_000;
const EXCERPT_CHARS = 500;

interface DeliveryRow {
  id: string;
  seq: number;
  provider_id: string;
  endpoint_id: string;
  message_id: string;
  event: string;
  order_id: string | null;
  payload: string;
  status: PostbackDelivery['status'];
  attempts: number;
  next_attempt_at: Date | null;
  response_status: number | null;
  created_at: Date;
  finished_at: Date | null;
}

/**
 * Queues a provider's dispatcher to run by `at` (sooner if it was due later): one queued job per
 * provider, whose start moves earlier when something new is due.
 */
async function wakeDispatcher(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'clock' | 'jobs'>,
  providerId: string,
  at: Date,
): Promise<void> {
  const now = ctx.clock.now();
  await tx.query(
    `insert into jobs (id, provider_id, kind, status, state, max_attempts, run_after, created_at,
       updated_at)
     values ($1, $2, 'postback_delivery', 'queued', '{}', $3, $4, $5, $5)
     on conflict (provider_id) where kind = 'postback_delivery' and status = 'queued'
     do update set run_after = least(jobs.run_after, excluded.run_after)`,
    [newId('job'), providerId, ctx.jobs.maxAttempts, at, now],
  );
}

/**
 * Records an event for every enabled endpoint of the provider that wants it (all clients, or the
 * event's client), in the caller's transaction; the dispatcher sends them.
 */
export async function emitPostbacks(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'clock' | 'jobs'>,
  event: {
    providerId: string;
    clientId: string | null;
    type: string;
    orderId: string | null;
    data: unknown;
  },
): Promise<number> {
  const endpoints = await tx.query<{ id: string }>(
    `select id from postback_endpoints
      where provider_id = $1 and deleted_at is null and enabled
        and (client_id is null or client_id = $2) and $3 = any(events)`,
    [event.providerId, event.clientId, event.type],
  );
  if (!endpoints.length) return 0;
  const now = ctx.clock.now();
  const messageId = newId('msg');
  const payload = JSON.stringify({
    type: event.type,
    timestamp: now.toISOString(),
    data: event.data,
  });
  for (const endpoint of endpoints) {
    await tx.query(
      `insert into postback_deliveries (id, provider_id, endpoint_id, message_id, event, order_id,
         payload, status, next_attempt_at, created_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'pending', $8, $8)`,
      [
        newId('pbd'),
        event.providerId,
        endpoint.id,
        messageId,
        event.type,
        event.orderId,
        payload,
        now,
      ],
    );
  }
  await wakeDispatcher(tx, ctx, event.providerId, now);
  return endpoints.length;
}

interface AttemptOutcome {
  status: number | null;
  excerpt: string | null;
  error: string | null;
  durationMs: number;
}

/** One signed POST of a delivery to its endpoint, through the outbound guard. */
async function attempt(
  ctx: ServiceContext,
  endpoint: EndpointRow,
  delivery: Pick<DeliveryRow, 'message_id' | 'payload'>,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const timestamp = Math.floor(ctx.clock.now().getTime() / 1000);
  const signatures = await Promise.all(
    (await signingSecrets(ctx, endpoint)).map((secret) =>
      signStandardWebhook(secret, delivery.message_id, timestamp, delivery.payload),
    ),
  );
  try {
    const response = await ctx.outboundFetch(
      new Request(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Vitrine-Postbacks/1',
          'webhook-id': delivery.message_id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signatures.join(' '),
        },
        body: delivery.payload,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      }),
    );
    const head = await readAtMost(response.body, 4096).catch(() => null);
    return {
      status: response.status,
      excerpt: head ? new TextDecoder().decode(head).slice(0, EXCERPT_CHARS) : null,
      error: null,
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    return {
      status: null,
      excerpt: null,
      error:
        error instanceof OutboundRefused
          ? `Address refused: ${error.message}`
          : error instanceof Error && error.name === 'TimeoutError'
            ? `No answer within ${ATTEMPT_TIMEOUT_MS / 1000} s`
            : 'Could not connect',
      durationMs: Math.round(performance.now() - started),
    };
  }
}

const delay = (failures: number) => {
  const base = RETRY_SCHEDULE_SECONDS[failures - 1];
  if (base === undefined) return null;
  // Up to 20 % later, so endpoints that failed together are not retried together. Never earlier:
  // the schedule (about 75 hours) must outlast the three days after which an endpoint is
  // switched off, or a delivery could give up before its endpoint counts as failing that long.
  return Math.round(base * 1000 * (1 + Math.random() * 0.2));
};

/**
 * Records an attempt and what it means: success ends the delivery (and the endpoint's failing
 * spell); 410 ends it and switches the endpoint off; anything else schedules the next try, or
 * fails the delivery when the schedule is spent. A manual attempt never moves the schedule.
 */
async function settle(
  tx: Queryable,
  ctx: ServiceContext,
  endpoint: EndpointRow,
  delivery: DeliveryRow,
  outcome: AttemptOutcome,
  trigger: 'scheduled' | 'manual',
): Promise<void> {
  const now = ctx.clock.now();
  await tx.query(
    `insert into postback_attempts (delivery_id, attempted_at, duration_ms, response_status,
       response_excerpt, error, trigger)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [delivery.id, now, outcome.durationMs, outcome.status, outcome.excerpt, outcome.error, trigger],
  );
  const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
  const attempts = Number(delivery.attempts) + 1;
  if (ok) {
    await tx.query(
      `update postback_deliveries set status = 'succeeded', attempts = $2, response_status = $3,
         next_attempt_at = null, finished_at = $4 where id = $1`,
      [delivery.id, attempts, outcome.status, now],
    );
    await tx.query('update postback_endpoints set failing_since = null where id = $1', [
      endpoint.id,
    ]);
    return;
  }
  const gone = outcome.status === 410;
  // A manual attempt leaves a pending delivery's schedule as it was.
  const wait = trigger === 'manual' ? null : delay(attempts);
  const next = gone
    ? null
    : trigger === 'manual'
      ? delivery.next_attempt_at
      : wait === null
        ? null
        : new Date(now.getTime() + wait);
  const stillPending =
    !gone && (trigger === 'manual' ? delivery.status === 'pending' : next !== null);
  await tx.query(
    `update postback_deliveries set status = $2, attempts = $3, response_status = $4,
       next_attempt_at = $5, finished_at = $6 where id = $1`,
    [
      delivery.id,
      stillPending ? 'pending' : 'failed',
      attempts,
      outcome.status,
      stillPending ? next : null,
      stillPending ? null : now,
    ],
  );
  const failingSince = endpoint.failing_since ?? now;
  await tx.query(
    'update postback_endpoints set failing_since = coalesce(failing_since, $2) where id = $1',
    [endpoint.id, now],
  );
  const tooLong = now.getTime() - new Date(failingSince).getTime() >= DISABLE_AFTER_MS;
  if ((gone || (tooLong && !stillPending)) && endpoint.enabled) {
    await disable(tx, endpoint, gone ? 'gone' : 'failing', now);
  }
}

async function disable(
  tx: Queryable,
  endpoint: EndpointRow,
  reason: 'gone' | 'failing',
  now: Date,
) {
  await tx.query(
    `update postback_endpoints set enabled = false, disabled_reason = $2, updated_at = $3
      where id = $1`,
    [endpoint.id, reason, now],
  );
  await tx.query(
    `update postback_deliveries set status = 'canceled', next_attempt_at = null, finished_at = $2
      where endpoint_id = $1 and status = 'pending'`,
    [endpoint.id, now],
  );
  endpoint.enabled = false;
  if (endpoint.notify_email) {
    const why =
      reason === 'gone'
        ? 'it answered 410 Gone'
        : 'its deliveries have failed for three days without a success';
    const text = `Postbacks to ${endpoint.url} were switched off because ${why}. Fix the endpoint, then switch it on again in your postback settings; deliveries that failed meanwhile can be sent again from its log.`;
    await enqueueEmail(tx, now, {
      providerId: endpoint.provider_id,
      kind: 'postback_disabled',
      to: endpoint.notify_email,
      subject: 'A postback endpoint was switched off',
      text,
      html: `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`,
    });
  }
}

/**
 * Pending deliveries that may go next: one about an order waits while an earlier one about the
 * same order to the same endpoint is still pending.
 */
const RUNNABLE = `d.provider_id = $1 and d.status = 'pending'
  and (d.order_id is null or not exists (
    select 1 from postback_deliveries e
     where e.endpoint_id = d.endpoint_id and e.order_id = d.order_id
       and e.status = 'pending' and e.seq < d.seq))`;

/** Deliveries due now, at most `limit`. */
async function due(db: Queryable, providerId: string, now: Date, limit: number) {
  return db.query<DeliveryRow>(
    `select d.* from postback_deliveries d where ${RUNNABLE} and d.next_attempt_at <= $2
      order by d.next_attempt_at, d.seq limit $3`,
    [providerId, now, limit],
  );
}

/** The dispatcher of one provider: sends what is due, a few at a time, then sleeps till next. */
export const postbackDispatch: JobHandler = async (job, run, ctx) => {
  let sent = 0;
  for (;;) {
    const batch = await due(ctx.db, job.provider_id, ctx.clock.now(), CONCURRENCY);
    if (!batch.length) break;
    const endpoints = new Map<string, EndpointRow>();
    for (const d of batch) {
      if (!endpoints.has(d.endpoint_id)) {
        const [row] = await ctx.db.query<EndpointRow>(
          'select * from postback_endpoints where id = $1',
          [d.endpoint_id],
        );
        if (row) endpoints.set(d.endpoint_id, row);
      }
    }
    const outcomes = await Promise.all(
      batch.map((d) => attempt(ctx, endpoints.get(d.endpoint_id)!, d)),
    );
    sent += batch.length;
    await run.checkpoint({ state: {}, done: sent, total: null }, async (tx) => {
      for (const [i, d] of batch.entries()) {
        const endpoint = endpoints.get(d.endpoint_id)!;
        // A delivery canceled meanwhile (endpoint removed or switched off) stays canceled.
        const [current] = await tx.query<DeliveryRow>(
          `select * from postback_deliveries where id = $1 and status = 'pending' for update`,
          [d.id],
        );
        if (current) await settle(tx, ctx, endpoint, current, outcomes[i]!, 'scheduled');
      }
    });
  }
  // The next runnable delivery's time: ones waiting behind an earlier one follow it.
  const [next] = await ctx.db.query<{ at: Date | null }>(
    `select min(d.next_attempt_at) as at from postback_deliveries d where ${RUNNABLE}`,
    [job.provider_id],
  );
  if (next?.at) {
    await ctx.db.transaction((tx) => wakeDispatcher(tx, ctx, job.provider_id, new Date(next.at!)));
  }
  return { sent };
};

function toDelivery(
  row: DeliveryRow,
  attempts: {
    attempted_at: Date;
    duration_ms: number;
    response_status: number | null;
    response_excerpt: string | null;
    error: string | null;
    trigger: 'scheduled' | 'manual';
  }[],
): PostbackDelivery {
  return {
    id: row.id,
    postbackId: row.endpoint_id,
    messageId: row.message_id,
    event: row.event as PostbackDelivery['event'],
    orderId: row.order_id,
    status: row.status,
    attempts: Number(row.attempts),
    responseStatus: row.response_status,
    nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
    attemptLog: attempts.map((a) => ({
      at: isoRequired(a.attempted_at),
      durationMs: Number(a.duration_ms),
      responseStatus: a.response_status,
      responseExcerpt: a.response_excerpt,
      error: a.error,
      trigger: a.trigger,
    })),
    createdAt: isoRequired(row.created_at),
    finishedAt: iso(row.finished_at),
  };
}

async function withAttempts(db: Queryable, rows: DeliveryRow[]): Promise<PostbackDelivery[]> {
  if (!rows.length) return [];
  const attempts = await db.query<{
    delivery_id: string;
    attempted_at: Date;
    duration_ms: number;
    response_status: number | null;
    response_excerpt: string | null;
    error: string | null;
    trigger: 'scheduled' | 'manual';
  }>(
    `select * from (
       select a.*, row_number() over (partition by delivery_id order by seq desc) as n
         from postback_attempts a where delivery_id = any($1::text[])) x
      where n <= 10 order by delivery_id, seq desc`,
    [rows.map((r) => r.id)],
  );
  return rows.map((r) =>
    toDelivery(
      r,
      attempts.filter((a) => a.delivery_id === r.id),
    ),
  );
}

export async function listDeliveries(
  ctx: ServiceContext,
  providerId: string,
  postbackId: string,
  query: z.output<typeof ListPostbackDeliveriesQuery>,
) {
  const endpoint = await endpointRow(ctx.db, providerId, postbackId);
  const cursor = decodeCursor(query.cursor);
  const rows = await ctx.db.query<DeliveryRow>(
    `select * from postback_deliveries
      where endpoint_id = $1
        and ($2::text is null or status = $2)
        and ($3::text is null or event = $3)
        and ($4::text is null or order_id = $4)
        and ($5::timestamptz is null or (created_at, id) < ($5::timestamptz, $6::text))
      order by created_at desc, id desc limit $7`,
    [
      endpoint.id,
      query.status ?? null,
      query.event ?? null,
      query.orderId ?? null,
      cursor?.t ?? null,
      cursor?.i ?? null,
      query.limit + 1,
    ],
  );
  const page = toPage(rows, query.limit, (r) => r);
  return { data: await withAttempts(ctx.db, page.data), nextCursor: page.nextCursor };
}

async function sendNow(
  ctx: ServiceContext,
  endpoint: EndpointRow,
  deliveryId: string,
): Promise<PostbackDelivery> {
  const [delivery] = await ctx.db.query<DeliveryRow>(
    'select * from postback_deliveries where id = $1',
    [deliveryId],
  );
  if (!delivery) throw notFound('delivery');
  const outcome = await attempt(ctx, endpoint, delivery);
  await ctx.db.transaction(async (tx) => {
    const [current] = await tx.query<DeliveryRow>(
      'select * from postback_deliveries where id = $1 for update',
      [deliveryId],
    );
    await settle(tx, ctx, endpoint, current!, outcome, 'manual');
  });
  const [after] = await ctx.db.query<DeliveryRow>(
    'select * from postback_deliveries where id = $1',
    [deliveryId],
  );
  return (await withAttempts(ctx.db, [after!]))[0]!;
}

/** A signed test event, sent at once; its delivery (with the attempt) is the answer. */
export async function testPostback(
  ctx: ServiceContext,
  providerId: string,
  postbackId: string,
): Promise<PostbackDelivery> {
  const endpoint = await endpointRow(ctx.db, providerId, postbackId);
  const now = ctx.clock.now();
  const id = newId('pbd');
  await ctx.db.query(
    `insert into postback_deliveries (id, provider_id, endpoint_id, message_id, event, payload,
       status, created_at)
     values ($1, $2, $3, $4, $5, $6, 'failed', $7)`,
    [
      id,
      providerId,
      endpoint.id,
      newId('msg'),
      TEST_EVENT,
      JSON.stringify({
        type: TEST_EVENT,
        timestamp: now.toISOString(),
        data: { message: 'A test event from Vitrine: your endpoint receives signed postbacks.' },
      }),
      now,
    ],
  );
  return sendNow(ctx, endpoint, id);
}

/** Sends a delivery again now, under its message id (a receiver dedupes on it). */
export async function redeliver(
  ctx: ServiceContext,
  providerId: string,
  postbackId: string,
  deliveryId: string,
): Promise<PostbackDelivery> {
  const endpoint = await endpointRow(ctx.db, providerId, postbackId);
  const [delivery] = await ctx.db.query<{ id: string; status: string }>(
    'select id, status from postback_deliveries where id = $1 and endpoint_id = $2',
    [deliveryId, endpoint.id],
  );
  if (!delivery) throw notFound('delivery');
  if (delivery.status === 'canceled') {
    throw new DomainError('conflict', 'This delivery was canceled with its endpoint.');
  }
  return sendNow(ctx, endpoint, delivery.id);
}
