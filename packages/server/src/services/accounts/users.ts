import type { InviteUserBody, ListUsersQuery, Role, UpdateUserBody, User } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../../db/types.js';
import { DomainError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import type { ServiceContext } from '../context.js';
import { decodeCursor, toPage } from '../pagination.js';
import { getClientRow } from './clients.js';
import { issueInvitation } from './invitations.js';
import {
  assignableStoreIds,
  getUserRow,
  toUser,
  USER_SELECT,
  type UserRow,
  userStatus,
} from './userRows.js';

/**
 * The user a client session stands for, if it may act now: the client is this provider's, not
 * archived, its access is on, and the user is active and not removed.
 */
export async function getActiveUserForSession(
  ctx: Pick<ServiceContext, 'db'>,
  providerId: string,
  clientId: string,
  userId: string,
): Promise<{ role: Role; storeIds: string[] }> {
  const rows = await ctx.db.query<{
    role: Role;
    store_ids: string[];
    status: string;
    access_enabled: boolean;
    archived_at: Date | null;
  }>(
    `select u.role, u.store_ids, u.status, c.access_enabled, c.archived_at
       from users u join clients c on c.id = u.client_id
      where u.id = $1 and u.client_id = $2 and c.provider_id = $3 and u.removed_at is null`,
    [userId, clientId, providerId],
  );
  const row = rows[0];
  if (!row) throw notFound('user');
  if (row.archived_at) throw new DomainError('client_archived', 'This client is archived.');
  if (!row.access_enabled) {
    throw new DomainError(
      'access_not_enabled',
      "This client's Storefronts access is switched off.",
    );
  }
  if (row.status !== 'active') {
    throw new DomainError('user_not_active', 'This user has not accepted their invitation yet.');
  }
  return { role: row.role, storeIds: row.store_ids ?? [] };
}

// ---------------------------------------------------------------------------------------------
// Team management

async function activeAdminCount(db: Queryable, clientId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from users
      where client_id = $1 and role = 'admin' and status = 'active' and removed_at is null`,
    [clientId],
  );
  return Number(row?.n ?? 0);
}

const lastAdmin = () =>
  new DomainError(
    'last_admin',
    'Every client needs at least one active admin; promote someone else first.',
  );

async function assertStores(
  db: Queryable,
  clientId: string,
  role: Role,
  storeIds: readonly string[],
): Promise<string[]> {
  if (role !== 'store_manager') return [];
  const unique = [...new Set(storeIds)];
  if (!unique.length) {
    throw new DomainError('stores_required', 'A store manager needs at least one store.', {
      fields: [{ path: 'storeIds', code: 'stores_required', message: 'Choose at least one store' }],
    });
  }
  const found = await assignableStoreIds(db, clientId, unique);
  const missing = unique.filter((id) => !found.includes(id));
  if (missing.length) {
    throw new DomainError('not_found', `No such store in this client: ${missing.join(', ')}.`, {
      fields: missing.map((id) => ({
        path: 'storeIds',
        code: 'not_found',
        message: `Unknown store ${id}`,
      })),
    });
  }
  return unique;
}

export async function listUsers(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
  query: z.output<typeof ListUsersQuery>,
) {
  await getClientRow(ctx.db, providerId, clientId);
  const now = ctx.clock.now();
  const params: unknown[] = [clientId];
  const where = ['u.client_id = $1', 'u.removed_at is null'];
  if (query.role) {
    params.push(query.role);
    where.push(`u.role = $${params.length}`);
  }
  const cursor = decodeCursor(query.cursor);
  if (cursor) {
    params.push(cursor.t, cursor.i);
    where.push(`(u.created_at, u.id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  // Status is partly derived (expired), so that filter runs on the mapped rows.
  params.push(query.status ? 1000 : query.limit + 1);
  const rows = await ctx.db.query<UserRow>(
    `${USER_SELECT} where ${where.join(' and ')} order by u.created_at desc, u.id desc limit $${params.length}`,
    params,
  );
  const kept = query.status ? rows.filter((r) => userStatus(r, now) === query.status) : rows;
  return toPage(kept, query.limit, (r) => toUser(r, now));
}

export async function inviteUser(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
  body: z.output<typeof InviteUserBody>,
): Promise<User> {
  return ctx.db.transaction(async (tx) => {
    const client = await getClientRow(tx, providerId, clientId, { forUpdate: true });
    if (client.archived_at) throw new DomainError('client_archived', 'This client is archived.');
    if (!client.access_enabled) {
      throw new DomainError(
        'access_not_enabled',
        'Switch Storefronts access on before inviting users.',
      );
    }
    const [taken] = await tx.query(
      'select 1 from users where client_id = $1 and email = $2 and removed_at is null',
      [clientId, body.email],
    );
    if (taken) {
      throw new DomainError(
        'email_taken',
        'Someone with this email is already a user of this client.',
        {
          fields: [{ path: 'email', code: 'email_taken', message: 'Already a user' }],
        },
      );
    }
    const storeIds = await assertStores(tx, clientId, body.role, body.storeIds);
    const now = ctx.clock.now();
    const [row] = await tx.query<UserRow>(
      `insert into users (id, client_id, email, first_name, last_name, role, store_ids, status, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $7, 'invited', $8, $8) returning *`,
      [newId('usr'), clientId, body.email, body.firstName, body.lastName, body.role, storeIds, now],
    );
    await issueInvitation(tx, ctx, { providerId, clientId, user: row! });
    return toUser((await tx.query<UserRow>(`${USER_SELECT} where u.id = $1`, [row!.id]))[0]!, now);
  });
}

export async function updateUser(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
  userId: string,
  body: z.output<typeof UpdateUserBody>,
): Promise<User> {
  return ctx.db.transaction(async (tx) => {
    await getClientRow(tx, providerId, clientId, { forUpdate: true });
    const user = await getUserRow(tx, clientId, userId);
    const role = body.role ?? user.role;
    if (user.role === 'admin' && role !== 'admin' && user.status === 'active') {
      if ((await activeAdminCount(tx, clientId)) <= 1) throw lastAdmin();
    }
    const storeIds =
      role === 'store_manager'
        ? await assertStores(
            tx,
            clientId,
            role,
            body.storeIds ?? (user.role === 'store_manager' ? user.store_ids : []),
          )
        : [];
    const now = ctx.clock.now();
    await tx.query(
      `update users set role = $2, store_ids = $3, first_name = coalesce($4, first_name),
         last_name = coalesce($5, last_name), updated_at = $6 where id = $1`,
      [userId, role, storeIds, body.firstName ?? null, body.lastName ?? null, now],
    );
    return toUser(await getUserRow(tx, clientId, userId), now);
  });
}

/**
 * Removes a user, or revokes the invitation of one who has not accepted. Their sessions stop
 * working at once (sessions are checked against the database on every request).
 */
export async function removeUser(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
  userId: string,
) {
  return ctx.db.transaction(async (tx) => {
    const client = await getClientRow(tx, providerId, clientId, { forUpdate: true });
    const user = await getUserRow(tx, clientId, userId);
    if (
      user.role === 'admin' &&
      user.status === 'active' &&
      (await activeAdminCount(tx, clientId)) <= 1
    ) {
      throw lastAdmin();
    }
    const now = ctx.clock.now();
    await tx.query(
      `update invitations set status = 'revoked', revoked_at = $2 where user_id = $1 and status = 'pending'`,
      [userId, now],
    );
    await tx.query('update users set removed_at = $2, updated_at = $2 where id = $1', [
      userId,
      now,
    ]);
    if (client.admin_user_id === userId) {
      // The access admin shown to the provider becomes the longest-standing remaining admin.
      await tx.query(
        `update clients set admin_user_id = (
           select id from users where client_id = $1 and role = 'admin' and removed_at is null
           order by (status = 'active') desc, created_at limit 1)
         where id = $1`,
        [clientId],
      );
    }
    return { id: userId, deleted: true as const };
  });
}

export async function resendUserInvite(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
  userId: string,
) {
  return ctx.db.transaction(async (tx) => {
    const client = await getClientRow(tx, providerId, clientId, { forUpdate: true });
    if (!client.access_enabled) {
      throw new DomainError(
        'access_not_enabled',
        'Switch Storefronts access on before sending invitations.',
      );
    }
    const user = await getUserRow(tx, clientId, userId);
    if (user.status === 'active')
      throw new DomainError('invite_not_pending', 'This user has already joined.');
    await issueInvitation(tx, ctx, { providerId, clientId, user });
    return toUser(await getUserRow(tx, clientId, userId), ctx.clock.now());
  });
}
