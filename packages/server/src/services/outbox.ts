import type { Queryable } from '../db/types.js';
import { newId } from '../ids.js';
import { iso, isoRequired, type ServiceContext } from './context.js';

export interface OutboxMessage {
  id: string;
  providerId: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  link: string | null;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
}

interface OutboxRow {
  id: string;
  provider_id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  link: string | null;
  created_at: Date;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
}

const toMessage = (r: OutboxRow): OutboxMessage => ({
  id: r.id,
  providerId: r.provider_id,
  kind: r.kind,
  to: r.to_address,
  subject: r.subject,
  text: r.text_body,
  html: r.html_body,
  link: r.link,
  createdAt: isoRequired(r.created_at),
  sentAt: iso(r.sent_at),
  attempts: Number(r.attempts),
  lastError: r.last_error,
});

/**
 * Emails are written to the outbox in the same transaction as the change that causes them, and
 * sent afterwards by a dispatcher: a failed send never loses an invitation, and a rolled-back
 * change never sends one.
 */
export async function enqueueEmail(
  db: Queryable,
  now: Date,
  message: {
    providerId: string;
    kind: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    link?: string;
  },
): Promise<string> {
  const id = newId('msg');
  await db.query(
    `insert into outbox (id, provider_id, kind, to_address, subject, text_body, html_body, link, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      message.providerId,
      message.kind,
      message.to,
      message.subject,
      message.text,
      message.html,
      message.link ?? null,
      now,
    ],
  );
  return id;
}

export async function listOutbox(
  ctx: Pick<ServiceContext, 'db'>,
  options: { limit?: number; to?: string } = {},
): Promise<OutboxMessage[]> {
  const rows = await ctx.db.query<OutboxRow>(
    `select * from outbox where ($1::text is null or to_address = $1)
     order by created_at desc, id desc limit $2`,
    [options.to?.toLowerCase() ?? null, options.limit ?? 50],
  );
  return rows.map(toMessage);
}

/**
 * Claims unsent messages for one dispatcher. `for update skip locked` lets several server
 * instances share the outbox without sending twice.
 */
export async function sendPendingEmails(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  send: (message: OutboxMessage) => Promise<void>,
  options: { batch?: number; maxAttempts?: number } = {},
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await ctx.db.transaction(async (tx) => {
    const rows = await tx.query<OutboxRow>(
      `select * from outbox where sent_at is null and attempts < $1
       order by created_at limit $2 for update skip locked`,
      [options.maxAttempts ?? 5, options.batch ?? 20],
    );
    for (const row of rows) {
      try {
        await send(toMessage(row));
        await tx.query(
          'update outbox set sent_at = $2, attempts = attempts + 1, last_error = null where id = $1',
          [row.id, ctx.clock.now()],
        );
        sent++;
      } catch (error) {
        await tx.query('update outbox set attempts = attempts + 1, last_error = $2 where id = $1', [
          row.id,
          error instanceof Error ? error.message.slice(0, 500) : 'send failed',
        ]);
        failed++;
      }
    }
  });
  return { sent, failed };
}
