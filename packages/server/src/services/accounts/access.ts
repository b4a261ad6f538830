import type { Access, EnableAccessBody } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../../db/types.js';
import { DomainError } from '../../errors.js';
import { newId } from '../../ids.js';
import { iso, isoRequired, type ServiceContext } from '../context.js';
import { type ClientRow, getClientRow } from './clients.js';
import { issueInvitation } from './invitations.js';
import { USER_SELECT, type UserRow, userStatus } from './userRows.js';

async function event(
  tx: Queryable,
  clientId: string,
  type: string,
  email: string | null,
  at: Date,
) {
  await tx.query(
    'insert into access_events (id, client_id, type, email, at) values ($1, $2, $3, $4, $5)',
    [newId('ae'), clientId, type, email, at],
  );
}

async function readAccess(db: Queryable, ctx: ServiceContext, client: ClientRow): Promise<Access> {
  const now = ctx.clock.now();
  const admin = client.admin_user_id
    ? (await db.query<UserRow>(`${USER_SELECT} where u.id = $1`, [client.admin_user_id]))[0]
    : undefined;
  const [sent] = admin
    ? await db.query<{ at: Date | null }>(
        `select max(created_at) as at from invitations where user_id = $1`,
        [admin.id],
      )
    : [];
  const history = await db.query<{
    type: Access['history'][number]['type'];
    at: Date;
    email: string | null;
  }>('select type, at, email from access_events where client_id = $1 order by seq desc limit 100', [
    client.id,
  ]);
  return {
    clientId: client.id,
    enabled: client.access_enabled,
    enabledAt: iso(client.access_enabled_at),
    disabledAt: iso(client.access_disabled_at),
    admin:
      admin && !admin.removed_at
        ? {
            userId: admin.id,
            email: admin.email,
            firstName: admin.first_name,
            lastName: admin.last_name,
            status: userStatus(admin, now),
            invitedAt: iso(admin.invited_at),
            lastInviteSentAt: iso(sent?.at ?? null),
            inviteExpiresAt: admin.status === 'invited' ? iso(admin.invite_expires_at) : null,
            activatedAt: iso(admin.activated_at),
          }
        : null,
    history: history.map((h) => ({ type: h.type, at: isoRequired(h.at), email: h.email })),
  };
}

export async function getAccess(ctx: ServiceContext, providerId: string, clientId: string) {
  return readAccess(ctx.db, ctx, await getClientRow(ctx.db, providerId, clientId));
}

/**
 * Switches access on and invites the admin. Enabling again with the same admin changes nothing
 * (PUT is idempotent); a different admin while access is on is refused, so nobody is replaced by
 * accident. Re-enabling after a disable keeps the history and an already active admin stays active.
 */
export async function enableAccess(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
  body: z.output<typeof EnableAccessBody>,
): Promise<Access> {
  return ctx.db.transaction(async (tx) => {
    const client = await getClientRow(tx, providerId, clientId, { forUpdate: true });
    if (client.archived_at)
      throw new DomainError('client_archived', 'Archived clients cannot get access.');
    const now = ctx.clock.now();
    const email = body.admin.email;
    const [existing] = await tx.query<UserRow>(
      `${USER_SELECT} where u.client_id = $1 and u.email = $2 and u.removed_at is null`,
      [clientId, email],
    );

    if (client.access_enabled) {
      if (existing && existing.id === client.admin_user_id) return readAccess(tx, ctx, client);
      throw new DomainError(
        'access_already_enabled',
        'Access is already on with another admin; switch it off first or invite this person as a user.',
        {
          fields: [
            {
              path: 'admin.email',
              code: 'access_already_enabled',
              message: 'Access already has an admin',
            },
          ],
        },
      );
    }

    let admin: UserRow;
    if (existing) {
      const [row] = await tx.query<UserRow>(
        `update users set role = 'admin', store_ids = '{}', first_name = $2, last_name = $3, updated_at = $4,
           locale = coalesce($5, locale)
         where id = $1 returning *`,
        [existing.id, body.admin.firstName, body.admin.lastName, now, body.admin.locale ?? null],
      );
      admin = row!;
    } else {
      const [row] = await tx.query<UserRow>(
        `insert into users (id, client_id, email, first_name, last_name, role, status, created_at, updated_at, locale)
         values ($1, $2, $3, $4, $5, 'admin', 'invited', $6, $6, $7) returning *`,
        [
          newId('usr'),
          clientId,
          email,
          body.admin.firstName,
          body.admin.lastName,
          now,
          body.admin.locale ?? null,
        ],
      );
      admin = row!;
    }

    const [updated] = await tx.query<ClientRow>(
      `update clients set access_enabled = true, access_enabled_at = $2, admin_user_id = $3, updated_at = $2
       where id = $1 returning *`,
      [clientId, now, admin.id],
    );
    await event(tx, clientId, 'enabled', email, now);
    if (admin.status !== 'active') {
      await issueInvitation(tx, ctx, { providerId, clientId, user: admin });
      await event(tx, clientId, 'invite_sent', email, now);
    }
    return readAccess(tx, ctx, updated!);
  });
}

/** Switching access off keeps users and history; pending invitations stop working. */
export async function disableAccess(ctx: ServiceContext, providerId: string, clientId: string) {
  return ctx.db.transaction(async (tx) => {
    const client = await getClientRow(tx, providerId, clientId, { forUpdate: true });
    if (!client.access_enabled) return readAccess(tx, ctx, client);
    const now = ctx.clock.now();
    await tx.query(
      `update invitations set status = 'revoked', revoked_at = $2 where client_id = $1 and status = 'pending'`,
      [clientId, now],
    );
    const [updated] = await tx.query<ClientRow>(
      `update clients set access_enabled = false, access_disabled_at = $2, updated_at = $2
       where id = $1 returning *`,
      [clientId, now],
    );
    await event(tx, clientId, 'disabled', null, now);
    return readAccess(tx, ctx, updated!);
  });
}

export async function resendAccessInvite(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
) {
  return ctx.db.transaction(async (tx) => {
    const client = await getClientRow(tx, providerId, clientId, { forUpdate: true });
    if (!client.access_enabled || !client.admin_user_id) {
      throw new DomainError('access_not_enabled', 'Switch access on before sending invitations.');
    }
    const [admin] = await tx.query<UserRow>(`${USER_SELECT} where u.id = $1`, [
      client.admin_user_id,
    ]);
    if (!admin || admin.status === 'active') {
      throw new DomainError('invite_not_pending', 'The admin has already accepted the invitation.');
    }
    await issueInvitation(tx, ctx, { providerId, clientId, user: admin });
    await event(tx, clientId, 'invite_resent', admin.email, ctx.clock.now());
    return readAccess(tx, ctx, client);
  });
}
