import type { ProductionConnection, PutProductionBody } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../../db/types.js';
import { DomainError } from '../../errors.js';
import { base64url, sha256Hex, timingSafeEqual } from '../../ids.js';
import { checkOutboundUrl, OutboundRefused } from '../../outbound/guard.js';
import { iso, type ServiceContext } from '../context.js';
import type { GelatoConnectTarget } from './gelatoconnect.js';

/**
 * A provider's production connection: none, postbacks (its system takes `order.received` and
 * reports through the API), or GelatoConnect (orders submitted, status postbacks accepted at a
 * URL whose token only its hash is kept of). Without one of its own, a provider uses the server's
 * default (the production simulator in development).
 */

interface ConnectionRow {
  provider_id: string;
  kind: 'none' | 'postbacks' | 'gelatoconnect';
  order_url: string | null;
  api_key: string | null;
  api_key_last4: string | null;
  status_token_hash: string | null;
  updated_at: Date;
}

/** Where a provider's orders go now: its own connection, or the server's default. */
export interface ResolvedConnection {
  kind: ConnectionRow['kind'];
  isDefault: boolean;
  gelatoconnect: GelatoConnectTarget | null;
}

const sealedFor = (providerId: string) => `production:${providerId}`;

export async function resolveConnection(
  db: Queryable,
  ctx: Pick<ServiceContext, 'keyring' | 'production'>,
  providerId: string,
): Promise<ResolvedConnection> {
  const [row] = await db.query<ConnectionRow>(
    'select * from production_connections where provider_id = $1',
    [providerId],
  );
  if (row) {
    return {
      kind: row.kind,
      isDefault: false,
      gelatoconnect:
        row.kind === 'gelatoconnect' && row.order_url && row.api_key
          ? {
              orderUrl: row.order_url,
              apiKey: await ctx.keyring.decrypt(row.api_key, sealedFor(providerId)),
            }
          : null,
    };
  }
  if (ctx.production) {
    return {
      kind: 'gelatoconnect',
      isDefault: true,
      gelatoconnect: { orderUrl: ctx.production.orderUrl, apiKey: ctx.production.apiKey },
    };
  }
  return { kind: 'none', isDefault: false, gelatoconnect: null };
}

const statusUrl = (ctx: Pick<ServiceContext, 'publicUrl'>, token: string) =>
  `${ctx.publicUrl}/v1/hooks/production/${token}`;

export async function getProduction(
  ctx: ServiceContext,
  providerId: string,
): Promise<ProductionConnection> {
  const [row] = await ctx.db.query<ConnectionRow>(
    'select * from production_connections where provider_id = $1',
    [providerId],
  );
  if (!row) {
    return ctx.production
      ? {
          kind: 'gelatoconnect',
          isDefault: true,
          gelatoconnect: {
            orderUrl: ctx.production.orderUrl,
            apiKeyLast4: ctx.production.apiKey.slice(-4),
            statusUrl: statusUrl(ctx, ctx.production.statusToken),
          },
          updatedAt: null,
        }
      : { kind: 'none', isDefault: false, gelatoconnect: null, updatedAt: null };
  }
  return {
    kind: row.kind,
    isDefault: false,
    gelatoconnect:
      row.kind === 'gelatoconnect'
        ? { orderUrl: row.order_url!, apiKeyLast4: row.api_key_last4!, statusUrl: null }
        : null,
    updatedAt: iso(row.updated_at),
  };
}

export async function putProduction(
  ctx: ServiceContext,
  providerId: string,
  body: z.output<typeof PutProductionBody>,
): Promise<ProductionConnection> {
  const now = ctx.clock.now();
  if (body.kind !== 'gelatoconnect') {
    await ctx.db.query(
      `insert into production_connections (provider_id, kind, updated_at) values ($1, $2, $3)
       on conflict (provider_id) do update set kind = excluded.kind, order_url = null,
         api_key = null, api_key_last4 = null, status_token_hash = null, updated_at = $3`,
      [providerId, body.kind, now],
    );
    return getProduction(ctx, providerId);
  }
  try {
    await checkOutboundUrl(new URL(body.orderUrl), ctx.outboundPolicy);
  } catch (error) {
    if (!(error instanceof OutboundRefused)) throw error;
    throw new DomainError('validation_failed', `Orders cannot go there: ${error.message}`, {
      fields: [{ path: 'orderUrl', code: 'url_not_allowed', message: error.message }],
    });
  }
  const token = base64url(crypto.getRandomValues(new Uint8Array(24)));
  await ctx.db.query(
    `insert into production_connections (provider_id, kind, order_url, api_key, api_key_last4,
       status_token_hash, updated_at)
     values ($1, 'gelatoconnect', $2, $3, $4, $5, $6)
     on conflict (provider_id) do update set kind = excluded.kind, order_url = excluded.order_url,
       api_key = excluded.api_key, api_key_last4 = excluded.api_key_last4,
       status_token_hash = excluded.status_token_hash, updated_at = excluded.updated_at`,
    [
      providerId,
      body.orderUrl,
      await ctx.keyring.encrypt(body.apiKey, sealedFor(providerId)),
      body.apiKey.slice(-4),
      await sha256Hex(token),
      now,
    ],
  );
  const saved = await getProduction(ctx, providerId);
  return { ...saved, gelatoconnect: { ...saved.gelatoconnect!, statusUrl: statusUrl(ctx, token) } };
}

/**
 * Whose status postback this is, by the token in its path: a provider's own connection, or the
 * server's default (`'default'`); null for a token nobody holds.
 */
export async function connectionOfToken(
  ctx: Pick<ServiceContext, 'db' | 'production'>,
  token: string,
): Promise<{ providerId: string } | 'default' | null> {
  if (ctx.production && timingSafeEqual(token, ctx.production.statusToken)) return 'default';
  const [row] = await ctx.db.query<{ provider_id: string }>(
    'select provider_id from production_connections where status_token_hash = $1',
    [await sha256Hex(token)],
  );
  return row ? { providerId: row.provider_id } : null;
}
