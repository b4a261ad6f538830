import type { Client, CreateClientBody, ListClientsQuery, UpdateClientBody } from '@vitrine/sdk';
import type { z } from 'zod';
import type { Queryable } from '../../db/types.js';
import { DomainError, notFound } from '../../errors.js';
import { newId } from '../../ids.js';
import { iso, isoRequired, type ServiceContext } from '../context.js';
import { decodeCursor, likeEscape, toPage } from '../pagination.js';

export interface ClientRow {
  id: string;
  provider_id: string;
  name: string;
  reference_id: string | null;
  description: string | null;
  access_enabled: boolean;
  access_enabled_at: Date | null;
  access_disabled_at: Date | null;
  admin_user_id: string | null;
  created_at: Date;
  updated_at: Date;
  archived_at: Date | null;
}

export function toClient(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    referenceId: row.reference_id,
    description: row.description,
    status: row.archived_at ? 'archived' : 'active',
    accessEnabled: row.access_enabled,
    createdAt: isoRequired(row.created_at),
    updatedAt: isoRequired(row.updated_at),
    archivedAt: iso(row.archived_at),
  };
}

/** The client of this provider, or 404: foreign and unknown ids look the same. */
export async function getClientRow(
  db: Queryable,
  providerId: string,
  clientId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ClientRow> {
  const rows = await db.query<ClientRow>(
    `select * from clients where id = $1 and provider_id = $2${options.forUpdate ? ' for update' : ''}`,
    [clientId, providerId],
  );
  const row = rows[0];
  if (!row) throw notFound('client');
  return row;
}

type ListQuery = z.output<typeof ListClientsQuery>;

export async function listClients(
  ctx: ServiceContext,
  providerId: string,
  query: ListQuery,
  onlyClientId?: string,
) {
  const params: unknown[] = [providerId];
  const where = ['provider_id = $1'];
  if (onlyClientId) {
    params.push(onlyClientId);
    where.push(`id = $${params.length}`);
  }
  if (query.status === 'active') where.push('archived_at is null');
  if (query.status === 'archived') where.push('archived_at is not null');
  if (query.search) {
    const term = likeEscape(query.search.toLowerCase());
    params.push(`%${term}%`, `${term}%`);
    where.push(
      `(lower(name) like $${params.length - 1} or lower(coalesce(reference_id, '')) like $${params.length})`,
    );
  }
  const cursor = decodeCursor(query.cursor);
  if (cursor) {
    params.push(cursor.t, cursor.i);
    where.push(`(created_at, id) < ($${params.length - 1}::timestamptz, $${params.length})`);
  }
  params.push(query.limit + 1);
  const rows = await ctx.db.query<ClientRow>(
    `select * from clients where ${where.join(' and ')}
     order by created_at desc, id desc limit $${params.length}`,
    params,
  );
  return toPage(rows, query.limit, toClient);
}

const referenceTaken = (referenceId: string) =>
  new DomainError(
    'reference_id_taken',
    `Another client already uses reference ID "${referenceId}".`,
    {
      fields: [
        { path: 'referenceId', code: 'reference_id_taken', message: 'This reference ID is taken' },
      ],
    },
  );

async function assertReferenceFree(
  db: Queryable,
  providerId: string,
  referenceId: string | null | undefined,
  exceptClientId?: string,
) {
  if (!referenceId) return;
  const rows = await db.query(
    `select 1 from clients where provider_id = $1 and lower(reference_id) = lower($2)
       and ($3::text is null or id <> $3)`,
    [providerId, referenceId, exceptClientId ?? null],
  );
  if (rows.length) throw referenceTaken(referenceId);
}

/** Unique violations still race past the pre-check; report them the same way. */
function isUniqueViolation(error: unknown) {
  return (
    typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'
  );
}

export async function createClient(
  ctx: ServiceContext,
  providerId: string,
  body: z.output<typeof CreateClientBody>,
): Promise<Client> {
  await assertReferenceFree(ctx.db, providerId, body.referenceId);
  const now = ctx.clock.now();
  try {
    const rows = await ctx.db.query<ClientRow>(
      `insert into clients (id, provider_id, name, reference_id, description, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $6) returning *`,
      [newId('cl'), providerId, body.name, body.referenceId ?? null, body.description ?? null, now],
    );
    return toClient(rows[0]!);
  } catch (error) {
    if (isUniqueViolation(error) && body.referenceId) throw referenceTaken(body.referenceId);
    throw error;
  }
}

export async function getClient(ctx: ServiceContext, providerId: string, clientId: string) {
  return toClient(await getClientRow(ctx.db, providerId, clientId));
}

export async function updateClient(
  ctx: ServiceContext,
  providerId: string,
  clientId: string,
  body: z.output<typeof UpdateClientBody>,
): Promise<Client> {
  const row = await getClientRow(ctx.db, providerId, clientId);
  if (row.archived_at) {
    throw new DomainError('client_archived', 'Archived clients cannot be changed.');
  }
  if (body.referenceId !== undefined) {
    await assertReferenceFree(ctx.db, providerId, body.referenceId, clientId);
  }
  const next = {
    name: body.name ?? row.name,
    reference_id: body.referenceId === undefined ? row.reference_id : body.referenceId,
    description: body.description === undefined ? row.description : body.description,
  };
  try {
    const rows = await ctx.db.query<ClientRow>(
      `update clients set name = $3, reference_id = $4, description = $5, updated_at = $6
       where id = $1 and provider_id = $2 returning *`,
      [clientId, providerId, next.name, next.reference_id, next.description, ctx.clock.now()],
    );
    return toClient(rows[0]!);
  } catch (error) {
    if (isUniqueViolation(error) && next.reference_id) throw referenceTaken(next.reference_id);
    throw error;
  }
}

/** Archiving keeps the client and its history; it also switches its access off. */
export async function archiveClient(ctx: ServiceContext, providerId: string, clientId: string) {
  const row = await getClientRow(ctx.db, providerId, clientId);
  if (row.archived_at) return toClient(row);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    if (row.access_enabled) {
      await tx.query(
        `insert into access_events (id, client_id, type, email, at) values ($1, $2, 'disabled', null, $3)`,
        [newId('ae'), clientId, now],
      );
      await tx.query(
        `update invitations set status = 'revoked', revoked_at = $2 where client_id = $1 and status = 'pending'`,
        [clientId, now],
      );
    }
    const rows = await tx.query<ClientRow>(
      `update clients set archived_at = $3, updated_at = $3, access_enabled = false,
         access_disabled_at = case when access_enabled then $3 else access_disabled_at end
       where id = $1 and provider_id = $2 returning *`,
      [clientId, providerId, now],
    );
    return toClient(rows[0]!);
  });
}
