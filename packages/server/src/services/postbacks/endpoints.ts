import type { CreatePostbackBody, Postback, UpdatePostbackBody } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../../db/types.js';
import { DomainError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { checkOutboundUrl, OutboundRefused } from '../../outbound/guard.js';
import { getClientRow } from '../accounts/clients.js';
import { iso, isoRequired, type ServiceContext } from '../context.js';
import { decodeCursor, toPage } from '../pagination.js';

/**
 * A provider's postback endpoints: where its systems hear of orders. Each has a signing secret
 * (`whsec_` + 32 random bytes, base64) sealed at rest and shown only when made; a rotation keeps
 * the previous secret signing for a day, so receivers can switch without missing a delivery.
 */

export interface EndpointRow {
  id: string;
  provider_id: string;
  client_id: string | null;
  url: string;
  events: string[];
  enabled: boolean;
  disabled_reason: Postback['disabledReason'];
  failing_since: Date | null;
  notify_email: string | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** How long a rotated-out secret keeps signing. */
export const ROTATION_OVERLAP_MS = 24 * 3600_000;

const sealedFor = (id: string) => `postback:${id}`;

export const newSigningSecret = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return `whsec_${btoa(bin)}`;
};

/** The secrets deliveries are signed with now: the current one, and the previous one in overlap. */
export async function signingSecrets(
  ctx: Pick<ServiceContext, 'keyring' | 'clock'>,
  row: Pick<EndpointRow, 'id' | 'secret' | 'previous_secret' | 'previous_secret_expires_at'>,
): Promise<string[]> {
  const secrets = [await ctx.keyring.decrypt(row.secret, sealedFor(row.id))];
  if (
    row.previous_secret &&
    row.previous_secret_expires_at &&
    new Date(row.previous_secret_expires_at).getTime() > ctx.clock.now().getTime()
  ) {
    secrets.push(await ctx.keyring.decrypt(row.previous_secret, sealedFor(row.id)));
  }
  return secrets;
}

export function toPostback(row: EndpointRow, signingSecret?: string): Postback {
  return {
    id: row.id,
    url: row.url,
    events: row.events as Postback['events'],
    clientId: row.client_id,
    enabled: row.enabled,
    disabledReason: row.disabled_reason,
    failingSince: iso(row.failing_since),
    notifyEmail: row.notify_email,
    ...(signingSecret ? { signingSecret } : {}),
    previousSecretExpiresAt: row.previous_secret ? iso(row.previous_secret_expires_at) : null,
    createdAt: isoRequired(row.created_at),
    updatedAt: isoRequired(row.updated_at),
  };
}

/** A live endpoint of this provider, or 404. */
export async function endpointRow(
  db: Queryable,
  providerId: string,
  postbackId: string,
  lock = false,
): Promise<EndpointRow> {
  const [row] = await db.query<EndpointRow>(
    `select * from postback_endpoints where id = $1 and provider_id = $2 and deleted_at is null
     ${lock ? 'for update' : ''}`,
    [postbackId, providerId],
  );
  if (!row) throw notFound('postback endpoint');
  return row;
}

/** Refused now rather than on every delivery: addresses the outbound guard will not call. */
async function checkUrl(ctx: ServiceContext, url: string): Promise<void> {
  try {
    await checkOutboundUrl(new URL(url), ctx.outboundPolicy);
  } catch (error) {
    if (!(error instanceof OutboundRefused)) return;
    throw new DomainError('postback_url_invalid', `Postbacks cannot go there: ${error.message}`, {
      fields: [{ path: 'url', code: 'postback_url_invalid', message: error.message }],
    });
  }
}

export async function createPostback(
  ctx: ServiceContext,
  providerId: string,
  body: z.output<typeof CreatePostbackBody>,
): Promise<Postback> {
  await checkUrl(ctx, body.url);
  if (body.clientId) await getClientRow(ctx.db, providerId, body.clientId);
  const id = newId('pb');
  const secret = newSigningSecret();
  const now = ctx.clock.now();
  const [row] = await ctx.db.query<EndpointRow>(
    `insert into postback_endpoints (id, provider_id, client_id, url, events, notify_email, secret,
       created_at, updated_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $8) returning *`,
    [
      id,
      providerId,
      body.clientId ?? null,
      body.url,
      [...new Set(body.events)],
      body.notifyEmail ?? null,
      await ctx.keyring.encrypt(secret, sealedFor(id)),
      now,
    ],
  );
  return toPostback(row!, secret);
}

export async function listPostbacks(
  ctx: ServiceContext,
  providerId: string,
  query: { cursor?: string | undefined; limit: number },
) {
  const cursor = decodeCursor(query.cursor);
  const rows = await ctx.db.query<EndpointRow>(
    `select * from postback_endpoints where provider_id = $1 and deleted_at is null
        and ($2::timestamptz is null or (created_at, id) < ($2::timestamptz, $3::text))
      order by created_at desc, id desc limit $4`,
    [providerId, cursor?.t ?? null, cursor?.i ?? null, query.limit + 1],
  );
  return toPage(rows, query.limit, (r) => toPostback(r));
}

export async function getPostback(ctx: ServiceContext, providerId: string, postbackId: string) {
  return toPostback(await endpointRow(ctx.db, providerId, postbackId));
}

export async function updatePostback(
  ctx: ServiceContext,
  providerId: string,
  postbackId: string,
  body: z.output<typeof UpdatePostbackBody>,
): Promise<Postback> {
  if (body.url) await checkUrl(ctx, body.url);
  return ctx.db.transaction(async (tx) => {
    const row = await endpointRow(tx, providerId, postbackId, true);
    const enabling = body.enabled === true && !row.enabled;
    const disabling = body.enabled === false && row.enabled;
    const [updated] = await tx.query<EndpointRow>(
      `update postback_endpoints set url = $2, events = $3, notify_email = $4, enabled = $5,
         disabled_reason = $6, failing_since = $7, updated_at = $8
       where id = $1 returning *`,
      [
        row.id,
        body.url ?? row.url,
        body.events ? [...new Set(body.events)] : row.events,
        body.notifyEmail === undefined ? row.notify_email : body.notifyEmail,
        body.enabled ?? row.enabled,
        enabling ? null : disabling ? 'by_user' : row.disabled_reason,
        enabling ? null : row.failing_since,
        ctx.clock.now(),
      ],
    );
    return toPostback(updated!);
  });
}

export async function rotatePostbackSecret(
  ctx: ServiceContext,
  providerId: string,
  postbackId: string,
): Promise<Postback> {
  return ctx.db.transaction(async (tx) => {
    const row = await endpointRow(tx, providerId, postbackId, true);
    const secret = newSigningSecret();
    const now = ctx.clock.now();
    const [updated] = await tx.query<EndpointRow>(
      `update postback_endpoints set secret = $2, previous_secret = $3,
         previous_secret_expires_at = $4, updated_at = $5 where id = $1 returning *`,
      [
        row.id,
        await ctx.keyring.encrypt(secret, sealedFor(row.id)),
        row.secret,
        new Date(now.getTime() + ROTATION_OVERLAP_MS),
        now,
      ],
    );
    return toPostback(updated!, secret);
  });
}

/** Removes an endpoint; what was still waiting to reach it is canceled. */
export async function deletePostback(ctx: ServiceContext, providerId: string, postbackId: string) {
  await ctx.db.transaction(async (tx) => {
    const row = await endpointRow(tx, providerId, postbackId, true);
    const now = ctx.clock.now();
    await tx.query(
      'update postback_endpoints set deleted_at = $2, enabled = false, updated_at = $2 where id = $1',
      [row.id, now],
    );
    await tx.query(
      `update postback_deliveries set status = 'canceled', next_attempt_at = null, finished_at = $2
        where endpoint_id = $1 and status = 'pending'`,
      [row.id, now],
    );
  });
  return { id: postbackId, deleted: true as const };
}
