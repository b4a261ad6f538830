import type { CreateStoreBody, ListStoresQuery, Store } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../db/types.js';
import { DomainError, notFound } from '../http/errors.js';
import { newId } from '../ids.js';
import { getClientRow } from './clients.js';
import { iso, isoRequired, type ServiceContext } from './context.js';
import { decodeCursor, toPage } from './pagination.js';

export interface StoreRow {
  id: string;
  client_id: string;
  platform: Store['platform'];
  name: string;
  shop_url: string | null;
  status: Store['status'];
  status_reason: string | null;
  last_sync_at: Date | null;
  last_sync_job_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export function toStore(row: StoreRow): Store {
  return {
    id: row.id,
    clientId: row.client_id,
    platform: row.platform,
    name: row.name,
    shopUrl: row.shop_url,
    status: row.status,
    statusReason: row.status_reason,
    lastSyncAt: iso(row.last_sync_at),
    lastSyncJobId: row.last_sync_job_id,
    productCount: 0,
    variantCount: 0,
    mappedVariantCount: 0,
    webhookUrl: null,
    integrationId: null,
    createdAt: isoRequired(row.created_at),
    updatedAt: isoRequired(row.updated_at),
  };
}

/**
 * A store of this provider (and of `clientId` when the caller is confined to one client), or 404:
 * foreign and unknown stores look the same.
 */
export async function getStoreRow(
  db: Queryable,
  providerId: string,
  storeId: string,
  clientId: string | null,
): Promise<StoreRow> {
  const rows = await db.query<StoreRow>(
    `select s.* from stores s join clients c on c.id = s.client_id
      where s.id = $1 and c.provider_id = $2 and ($3::text is null or s.client_id = $3)`,
    [storeId, providerId, clientId],
  );
  if (!rows[0]) throw notFound('store');
  return rows[0];
}

export async function listStores(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
  query: z.output<typeof ListStoresQuery>,
  onlyStores: readonly string[] | null,
) {
  await getClientRow(ctx.db, providerId, clientId);
  const params: unknown[] = [clientId];
  const where = ['client_id = $1'];
  if (onlyStores) {
    params.push(onlyStores);
    where.push(`id = any($${params.length}::text[])`);
  }
  if (query.platform) {
    params.push(query.platform);
    where.push(`platform = $${params.length}`);
  }
  if (query.status) {
    params.push(query.status);
    where.push(`status = $${params.length}`);
  }
  const cursor = decodeCursor(query.cursor);
  if (cursor) {
    params.push(cursor.t, cursor.i);
    where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(query.limit + 1);
  const rows = await ctx.db.query<StoreRow>(
    `select * from stores where ${where.join(' and ')}
     order by created_at desc, id desc limit $${params.length}`,
    params,
  );
  return toPage(rows, query.limit, toStore);
}

/** Stores of one client among `storeIds`: the ones that exist. */
export async function existingStoreIds(
  db: Queryable,
  clientId: string,
  storeIds: readonly string[],
) {
  if (!storeIds.length) return [];
  const rows = await db.query<{ id: string }>(
    'select id from stores where client_id = $1 and id = any($2::text[])',
    [clientId, storeIds],
  );
  return rows.map((r) => r.id);
}

export async function createStore(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
  body: z.output<typeof CreateStoreBody>,
): Promise<Store> {
  const client = await getClientRow(ctx.db, providerId, clientId);
  if (client.archived_at)
    throw new DomainError('client_archived', 'Archived clients cannot add stores.');
  if (body.platform !== 'manual') {
    throw new DomainError(
      'platform_not_supported',
      `Connecting ${body.platform} stores is not available on this server.`,
    );
  }
  const now = ctx.clock.now();
  const [row] = await ctx.db.query<StoreRow>(
    `insert into stores (id, client_id, platform, name, status, created_at, updated_at)
     values ($1, $2, 'manual', $3, 'connected', $4, $4) returning *`,
    [newId('st'), clientId, body.name, now],
  );
  return toStore(row!);
}

export async function getStore(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
) {
  return toStore(await getStoreRow(ctx.db, providerId, storeId, clientId));
}

export async function renameStore(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
  name: string | undefined,
) {
  const row = await getStoreRow(ctx.db, providerId, storeId, clientId);
  if (!name) return toStore(row);
  const [updated] = await ctx.db.query<StoreRow>(
    'update stores set name = $2, updated_at = $3 where id = $1 returning *',
    [row.id, name, ctx.clock.now()],
  );
  return toStore(updated!);
}

/** Disconnecting keeps the store and its history; a later connection can bring it back. */
export async function disconnectStore(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
) {
  const row = await getStoreRow(ctx.db, providerId, storeId, clientId);
  if (row.status === 'disconnected') return toStore(row);
  const [updated] = await ctx.db.query<StoreRow>(
    `update stores set status = 'disconnected', status_reason = null, updated_at = $2 where id = $1 returning *`,
    [row.id, ctx.clock.now()],
  );
  return toStore(updated!);
}
