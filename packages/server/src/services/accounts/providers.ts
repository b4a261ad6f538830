import { newId, randomSecret, sha256Hex } from '../../ids.js';
import type { ServiceContext } from '../context.js';

export const SECRET_KEY_PREFIX = 'vt_sk_';

export interface Provider {
  id: string;
  name: string;
  inviteUrlTemplate: string | null;
}

/** Creates a provider and its first secret key. The key is returned once; only its hash is kept. */
export async function createProvider(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  input: { name: string; id?: string },
): Promise<{ provider: Provider; secretKey: string }> {
  const name = input.name.trim();
  if (!name || name.length > 120)
    throw new Error('A provider name of 1 to 120 characters is required');
  const id = input.id ?? newId('prov');
  await ctx.db.query('insert into providers (id, name, created_at) values ($1, $2, $3)', [
    id,
    name,
    ctx.clock.now(),
  ]);
  const secretKey = await createSecretKey(ctx, id);
  return { provider: { id, name, inviteUrlTemplate: null }, secretKey };
}

export async function createSecretKey(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  providerId: string,
): Promise<string> {
  return (await issueSecretKey(ctx, providerId)).secretKey;
}

/** A new key for the provider, with the summary the API lists it by. */
export async function issueSecretKey(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  providerId: string,
): Promise<SecretKeySummary & { secretKey: string }> {
  const secretKey = randomSecret(SECRET_KEY_PREFIX);
  const key = {
    id: newId('key'),
    providerId,
    last4: secretKey.slice(-4),
    createdAt: ctx.clock.now(),
    revokedAt: null,
  };
  await ctx.db.query(
    'insert into api_keys (id, provider_id, key_hash, last4, created_at) values ($1, $2, $3, $4, $5)',
    [key.id, providerId, await sha256Hex(secretKey), key.last4, key.createdAt],
  );
  return { ...key, secretKey };
}

/**
 * Keys are high-entropy random strings, so a plain SHA-256 is the right hash: a slow password hash
 * would add latency to every request and no security.
 */
export async function findSecretKey(
  ctx: Pick<ServiceContext, 'db'>,
  secretKey: string,
): Promise<{ keyId: string; providerId: string } | null> {
  const rows = await ctx.db.query<{ id: string; provider_id: string }>(
    'select id, provider_id from api_keys where key_hash = $1 and revoked_at is null',
    [await sha256Hex(secretKey)],
  );
  const row = rows[0];
  return row ? { keyId: row.id, providerId: row.provider_id } : null;
}

/** Whether a key is still in force: sessions it minted are checked against it on every request. */
export async function secretKeyLive(
  ctx: Pick<ServiceContext, 'db'>,
  providerId: string,
  keyId: string,
): Promise<boolean> {
  const rows = await ctx.db.query<{ id: string }>(
    'select id from api_keys where id = $1 and provider_id = $2 and revoked_at is null',
    [keyId, providerId],
  );
  return rows.length > 0;
}

export interface SecretKeySummary {
  id: string;
  providerId: string;
  /** The key's last four characters, to tell keys apart; the key itself is never kept. */
  last4: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** A provider's keys (every provider's without one), oldest first, revoked ones included. */
export async function listSecretKeys(
  ctx: Pick<ServiceContext, 'db'>,
  providerId?: string,
): Promise<SecretKeySummary[]> {
  const rows = await ctx.db.query<{
    id: string;
    provider_id: string;
    last4: string;
    created_at: Date;
    revoked_at: Date | null;
  }>(
    `select id, provider_id, last4, created_at, revoked_at from api_keys
      where $1::text is null or provider_id = $1 order by created_at, id`,
    [providerId ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    providerId: r.provider_id,
    last4: r.last4,
    createdAt: new Date(r.created_at),
    revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
  }));
}

/**
 * Revokes a key: it stops working at once, and so does every session it minted. Returns false
 * for an unknown key; revoking a revoked key keeps its first revocation time.
 */
export async function revokeSecretKey(
  ctx: Pick<ServiceContext, 'db' | 'clock'>,
  keyId: string,
): Promise<SecretKeySummary | null> {
  await ctx.db.query('update api_keys set revoked_at = $2 where id = $1 and revoked_at is null', [
    keyId,
    ctx.clock.now(),
  ]);
  const rows = await ctx.db.query<{ provider_id: string }>(
    'select provider_id from api_keys where id = $1',
    [keyId],
  );
  if (!rows[0]) return null;
  return (await listSecretKeys(ctx, rows[0].provider_id)).find((k) => k.id === keyId) ?? null;
}

export async function getProvider(
  ctx: Pick<ServiceContext, 'db'>,
  providerId: string,
): Promise<Provider | null> {
  const rows = await ctx.db.query<{ id: string; name: string; invite_url_template: string | null }>(
    'select id, name, invite_url_template from providers where id = $1',
    [providerId],
  );
  const row = rows[0];
  return row ? { id: row.id, name: row.name, inviteUrlTemplate: row.invite_url_template } : null;
}

export async function findProviderByName(ctx: Pick<ServiceContext, 'db'>, name: string) {
  const rows = await ctx.db.query<{ id: string }>('select id from providers where name = $1', [
    name,
  ]);
  return rows[0]?.id ?? null;
}
