import type { AcceptedInvitation, Invitation } from '@vitrine/sdk';
import type { Queryable } from '../../db/types.js';
import { DomainError } from '../../errors.js';
import { newId, randomSecret, sha256Hex } from '../../ids.js';
import { isoRequired, type ServiceContext } from '../context.js';
import { enqueueEmail } from '../outbox.js';
import { invitationLanguage, invitationWords } from './invitationEmail.js';
import type { UserRow } from './userRows.js';

export const INVITATION_PREFIX = 'vt_inv_';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Issues a fresh invitation for `user` and queues its email. Earlier pending invitations of the
 * user are revoked, so only the newest link works. The token is returned only inside the email:
 * the database keeps its hash.
 */
export async function issueInvitation(
  tx: Queryable,
  ctx: ServiceContext,
  input: {
    providerId: string;
    clientId: string;
    user: Pick<UserRow, 'id' | 'email' | 'first_name' | 'role' | 'locale'>;
  },
): Promise<{ expiresAt: Date }> {
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.invitationTtlSeconds * 1000);
  const token = randomSecret(INVITATION_PREFIX);
  await tx.query(
    `update invitations set status = 'revoked', revoked_at = $2 where user_id = $1 and status = 'pending'`,
    [input.user.id, now],
  );
  await tx.query(
    `insert into invitations (id, user_id, client_id, token_hash, status, expires_at, created_at)
     values ($1, $2, $3, $4, 'pending', $5, $6)`,
    [newId('inv'), input.user.id, input.clientId, await sha256Hex(token), expiresAt, now],
  );
  await tx.query('update users set invited_at = $2, updated_at = $2 where id = $1', [
    input.user.id,
    now,
  ]);

  const [names] = await tx.query<{
    client_name: string;
    provider_name: string;
    invite_url_template: string | null;
  }>(
    `select c.name as client_name, p.name as provider_name, p.invite_url_template
       from clients c join providers p on p.id = c.provider_id where c.id = $1`,
    [input.clientId],
  );
  const template = names?.invite_url_template ?? ctx.inviteUrlTemplate;
  const link = template.replace('{token}', encodeURIComponent(token));
  const clientName = names?.client_name ?? '';
  const providerName = names?.provider_name ?? '';
  const words = invitationWords(input.user.locale);
  const role = words.roles[input.user.role] ?? input.user.role;
  const days = Math.round(ctx.invitationTtlSeconds / 86400);
  const parts = { provider: providerName, client: clientName, role };
  const html = (text: string) => escapeHtml(text);
  await enqueueEmail(tx, now, {
    providerId: input.providerId,
    kind: 'invitation',
    to: input.user.email,
    subject: words.subject(parts),
    text: [
      words.hello(input.user.first_name),
      '',
      words.invited(parts),
      `${words.acceptHere} ${link}`,
      '',
      words.expires(days),
    ].join('\n'),
    html: `<html lang="${invitationLanguage(input.user.locale)}"><p>${html(words.hello(input.user.first_name))}</p><p>${words.invited({ provider: html(providerName), client: `<strong>${html(clientName)}</strong>`, role: html(role) })}</p><p><a href="${html(link)}">${html(words.accept)}</a></p><p>${html(words.expires(days))}</p></html>`,
    link,
  });
  return { expiresAt };
}

interface InvitationRow {
  id: string;
  user_id: string;
  client_id: string;
  status: 'pending' | 'accepted' | 'revoked';
  expires_at: Date;
  email: string;
  first_name: string;
  last_name: string;
  role: UserRow['role'];
  client_name: string;
  provider_name: string;
  provider_id: string;
  admin_user_id: string | null;
}

async function findByToken(
  db: Queryable,
  token: string,
  forUpdate = false,
): Promise<InvitationRow> {
  if (!token.startsWith(INVITATION_PREFIX) || token.length > 200) {
    throw new DomainError('invitation_not_found', 'This invitation link is not valid.');
  }
  const rows = await db.query<InvitationRow>(
    `select i.id, i.user_id, i.client_id, i.status, i.expires_at, u.email, u.first_name, u.last_name,
            u.role, c.name as client_name, p.name as provider_name, p.id as provider_id, c.admin_user_id
       from invitations i
       join users u on u.id = i.user_id
       join clients c on c.id = i.client_id
       join providers p on p.id = c.provider_id
      where i.token_hash = $1${forUpdate ? ' for update of i' : ''}`,
    [await sha256Hex(token)],
  );
  if (!rows[0]) throw new DomainError('invitation_not_found', 'This invitation link is not valid.');
  return rows[0];
}

function statusOf(row: InvitationRow, now: Date): Invitation['status'] {
  if (row.status !== 'pending') return row.status;
  return new Date(row.expires_at).getTime() <= now.getTime() ? 'expired' : 'pending';
}

export async function getInvitation(ctx: ServiceContext, token: string): Promise<Invitation> {
  const row = await findByToken(ctx.db, token);
  return {
    status: statusOf(row, ctx.clock.now()),
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    role: row.role,
    clientName: row.client_name,
    providerName: row.provider_name,
    expiresAt: isoRequired(row.expires_at),
  };
}

/** Single use: the first acceptance wins; later ones see `invitation_used`. */
export async function acceptInvitation(
  ctx: ServiceContext,
  token: string,
  body: { firstName?: string | undefined; lastName?: string | undefined },
): Promise<AcceptedInvitation> {
  return ctx.db.transaction(async (tx) => {
    const row = await findByToken(tx, token, true);
    const now = ctx.clock.now();
    const status = statusOf(row, now);
    if (status === 'accepted')
      throw new DomainError('invitation_used', 'This invitation was already accepted.');
    if (status === 'revoked') {
      throw new DomainError(
        'invitation_revoked',
        'This invitation was withdrawn or replaced by a newer one.',
      );
    }
    if (status === 'expired')
      throw new DomainError(
        'invitation_expired',
        'This invitation has expired; ask for a new one.',
      );
    await tx.query(`update invitations set status = 'accepted', accepted_at = $2 where id = $1`, [
      row.id,
      now,
    ]);
    await tx.query(
      `update users set status = 'active', activated_at = $2, updated_at = $2,
         first_name = coalesce($3, first_name), last_name = coalesce($4, last_name)
       where id = $1`,
      [row.user_id, now, body.firstName ?? null, body.lastName ?? null],
    );
    if (row.admin_user_id === row.user_id) {
      await tx.query(
        `insert into access_events (id, client_id, type, email, at) values ($1, $2, 'invite_accepted', $3, $4)`,
        [newId('ae'), row.client_id, row.email, now],
      );
    }
    return {
      clientId: row.client_id,
      userId: row.user_id,
      email: row.email,
      role: row.role,
      status: 'active' as const,
      activatedAt: now.toISOString(),
    };
  });
}
