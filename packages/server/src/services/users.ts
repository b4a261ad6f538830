import type { Role, User } from '@vitrine/sdk';
import type { Queryable } from '../db/types.js';
import { DomainError, notFound } from '../http/errors.js';
import { iso, isoRequired, type ServiceContext } from './context.js';

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
  /** Joined from the newest invitation. */
  invite_expires_at?: Date | null;
}

/** `expired` is derived: an invited user whose newest invitation has run out. */
export function userStatus(row: UserRow, now: Date): User['status'] {
  if (row.status === 'active') return 'active';
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

export const USER_SELECT = `select u.*, (
    select i.expires_at from invitations i where i.user_id = u.id order by i.created_at desc limit 1
  ) as invite_expires_at from users u`;

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

/**
 * The user a client session stands for, if it may act now: the client is this provider's, not
 * archived, its access is on, and the user is active and not removed.
 */
export async function getActiveUserForSession(
  ctx: Pick<ServiceContext, 'db'>,
  providerId: string,
  clientId: string,
  userId: string,
): Promise<{ role: Role }> {
  const rows = await ctx.db.query<{
    role: Role;
    status: string;
    access_enabled: boolean;
    archived_at: Date | null;
  }>(
    `select u.role, u.status, c.access_enabled, c.archived_at
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
  return { role: row.role };
}
