import type { Role, User } from '@vitrine/sdk';
import type { Queryable } from '../../db/types.js';
import { notFound } from '../../errors.js';
import { iso, isoRequired } from '../context.js';

/** A client's user as stored, and how it reads in the contract. */
export interface UserRow {
  id: string;
  client_id: string;
  email: string;
  first_name: string;
  last_name: string;
  role: Role;
  store_ids: string[];
  status: 'invited' | 'active';
  invited_at: Date | null;
  activated_at: Date | null;
  removed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  /**
   * Joined from the newest invitation: when it stops working, or stopped (a revoked one, e.g.
   * when access was switched off, stopped when it was revoked).
   */
  invite_expires_at?: Date | null;
  invite_status?: 'pending' | 'accepted' | 'revoked' | null;
}

/**
 * `expired` is derived: an invited user whose newest invitation no longer works, because it ran
 * out or was revoked. The contract has no separate revoked status (SDKs validate the closed enum),
 * and both cases read the same to people: the link is dead, send a new one.
 */
export function userStatus(row: UserRow, now: Date): User['status'] {
  if (row.status === 'active') return 'active';
  if (row.invite_status === 'revoked') return 'expired';
  if (row.invite_expires_at && new Date(row.invite_expires_at).getTime() <= now.getTime())
    return 'expired';
  return 'invited';
}

export function toUser(row: UserRow, now: Date): User {
  return {
    id: row.id,
    clientId: row.client_id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    role: row.role,
    storeIds: row.store_ids ?? [],
    status: userStatus(row, now),
    invitedAt: iso(row.invited_at),
    inviteExpiresAt: row.status === 'invited' ? iso(row.invite_expires_at) : null,
    activatedAt: iso(row.activated_at),
    createdAt: isoRequired(row.created_at),
    updatedAt: isoRequired(row.updated_at),
  };
}

// Issuing an invitation revokes the earlier ones in the same instant, so at equal times the
// one not revoked is the newest.
export const USER_SELECT = `select u.*,
    case when ni.status = 'revoked' then ni.revoked_at else ni.expires_at end as invite_expires_at,
    ni.status as invite_status
  from users u left join lateral (
    select i.expires_at, i.status, i.revoked_at from invitations i where i.user_id = u.id
     order by i.created_at desc, (i.status = 'revoked') limit 1
  ) ni on true`;

export async function getUserRow(
  db: Queryable,
  clientId: string,
  userId: string,
): Promise<UserRow> {
  const rows = await db.query<UserRow>(
    `${USER_SELECT} where u.id = $1 and u.client_id = $2 and u.removed_at is null`,
    [userId, clientId],
  );
  if (!rows[0]) throw notFound('user');
  return rows[0];
}

/** Stores a user may be assigned to: those of `storeIds` that belong to the client. */
export async function assignableStoreIds(
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
