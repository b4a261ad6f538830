import type { ListStoresQuery, Store } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../../db/types.js';
import { notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { getClientRow } from '../accounts/clients.js';
import { iso, isoRequired, type ServiceContext } from '../context.js';
import { cancelStoreJobs } from '../jobs.js';
import { decodeCursor, toPage } from '../pagination.js';

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
  product_count: number;
  variant_count: number;
  mapped_variant_count: number;
  not_connected_order_count: number;
  client_reference_id: string | null;
}

/**
 * A store with its live product counts. Columns are listed, not `s.*`: sealed credentials stay
 * in the table unless a service asks for them by name.
 */
export const STORE_SELECT = `select s.id, s.client_id, s.platform, s.name, s.shop_url, s.status,
    s.status_reason, s.last_sync_at, s.last_sync_job_id, s.created_at, s.updated_at,
    (select count(*) from store_products p
      where p.store_id = s.id and p.removed_at is null)::int as product_count,
    (select count(*) from store_variants v
      where v.store_id = s.id and v.removed_at is null)::int as variant_count,
    (select count(*) from store_variants v
      where v.store_id = s.id and v.removed_at is null and v.mapping_status = 'mapped')::int
      as mapped_variant_count,
    (select count(*) from orders o
      where o.store_id = s.id and o.fulfillment_status = 'not_connected')::int
      as not_connected_order_count,
    (select c.reference_id from clients c where c.id = s.client_id) as client_reference_id
  from stores s`;

/**
 * The API's view of a store. Pressero stores also show where Pressero posts orders and the
 * integration ID (the client's reference ID) their products carry.
 */
export function toStore(row: StoreRow, publicUrl: string): Store {
  const pressero = row.platform === 'pressero';
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
    productCount: Number(row.product_count ?? 0),
    variantCount: Number(row.variant_count ?? 0),
    mappedVariantCount: Number(row.mapped_variant_count ?? 0),
    notConnectedOrderCount: Number(row.not_connected_order_count ?? 0),
    webhookUrl: pressero ? storeWebhookUrl(publicUrl, row.platform, row.id) : null,
    integrationId: pressero ? row.client_reference_id : null,
    createdAt: isoRequired(row.created_at),
    updatedAt: isoRequired(row.updated_at),
  };
}

/** Where a store's platform posts its webhooks. */
export const storeWebhookUrl = (publicUrl: string, platform: string, storeId: string) =>
  `${publicUrl}/v1/hooks/${platform}/${storeId}`;

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
    `${STORE_SELECT} join clients c on c.id = s.client_id
      where s.id = $1 and c.provider_id = $2 and ($3::text is null or s.client_id = $3)`,
    [storeId, providerId, clientId],
  );
  if (!rows[0]) throw notFound('store');
  return rows[0];
}

/** A store by id alone, for work that already knows it may touch it (jobs, webhooks). */
export async function loadStore(db: Queryable, storeId: string): Promise<StoreRow> {
  const [row] = await db.query<StoreRow>(`${STORE_SELECT} where s.id = $1`, [storeId]);
  if (!row) throw notFound('store');
  return row;
}

/** Moves a store to a status; `reason` says why it needs attention (null when it does not). */
export async function setStoreStatus(
  db: Queryable,
  storeId: string,
  status: Store['status'],
  reason: string | null,
  now: Date,
): Promise<void> {
  await db.query(
    'update stores set status = $2, status_reason = $3, updated_at = $4 where id = $1',
    [storeId, status, reason, now],
  );
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
    `${STORE_SELECT} where ${where.join(' and ')}
     order by created_at desc, id desc limit $${params.length}`,
    params,
  );
  return toPage(rows, query.limit, (row) => toStore(row, ctx.publicUrl));
}

/** Adds a manual store: a name and no platform; orders are placed by hand or by CSV. */
export async function createManualStore(
  ctx: ServiceContext,
  clientId: string,
  name: string,
): Promise<Store> {
  const now = ctx.clock.now();
  const id = newId('st');
  await ctx.db.query(
    `insert into stores (id, client_id, platform, name, status, created_at, updated_at)
     values ($1, $2, 'manual', $3, 'connected', $4, $4)`,
    [id, clientId, name, now],
  );
  return toStore(await loadStore(ctx.db, id), ctx.publicUrl);
}

export async function getStore(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
) {
  return toStore(await getStoreRow(ctx.db, providerId, storeId, clientId), ctx.publicUrl);
}

export async function renameStore(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
  name: string | undefined,
) {
  const row = await getStoreRow(ctx.db, providerId, storeId, clientId);
  if (!name) return toStore(row, ctx.publicUrl);
  await ctx.db.query('update stores set name = $2, updated_at = $3 where id = $1', [
    row.id,
    name,
    ctx.clock.now(),
  ]);
  return toStore(await loadStore(ctx.db, row.id), ctx.publicUrl);
}

/**
 * Disconnecting keeps the store, its products and history; a later connection can bring it back.
 * Its credentials are forgotten and its running sync is canceled.
 */
export async function disconnectStore(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
) {
  const row = await getStoreRow(ctx.db, providerId, storeId, clientId);
  if (row.status === 'disconnected') return toStore(row, ctx.publicUrl);
  const now = ctx.clock.now();
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `update stores set status = 'disconnected', status_reason = null, credentials = null,
         updated_at = $2 where id = $1`,
      [row.id, now],
    );
    await cancelStoreJobs(tx, row.id, now);
  });
  return toStore(await loadStore(ctx.db, row.id), ctx.publicUrl);
}
