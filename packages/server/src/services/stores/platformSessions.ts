import type { Platform } from '@vitrine/sdk';
import { DomainError, notFound } from '../../errors.js';
import {
  type Credentials,
  type PlatformAdapter,
  PlatformError,
  type PlatformSession,
} from '../../platforms/types.js';
import type { ServiceContext } from '../context.js';
import { setStoreStatus, storeWebhookUrl } from './stores.js';

/**
 * Everything a piece of work needs to talk to a store's platform, and nothing about how the store
 * got connected: the adapter, the store's sealed credentials opened as a session (rotated ones
 * sealed back), its webhook address and signing secret, and what a platform failure does to the
 * store's status. Connecting, syncing, order polling and webhooks all come here; this module
 * imports none of them.
 */

/** The adapter for a platform this server has configured. */
export function adapterFor(ctx: Pick<ServiceContext, 'platforms'>, platform: string) {
  const adapter = ctx.platforms[platform as Platform];
  if (!adapter) {
    throw new DomainError(
      'platform_not_supported',
      `Connecting ${platform} stores is not available on this server.`,
    );
  }
  return adapter;
}

/** Where the platform sends this store's webhooks. */
export const webhookUrl = (
  ctx: Pick<ServiceContext, 'publicUrl'>,
  platform: string,
  storeId: string,
) => storeWebhookUrl(ctx.publicUrl, platform, storeId);

/** Sealed credentials are bound to their store: copied to another row they do not open. */
const sealedFor = (storeId: string) => `store:${storeId}`;
const sealedSecretFor = (storeId: string) => `store-webhook:${storeId}`;

/** A connection's credentials, sealed for this store's row. */
export const sealCredentials = (
  ctx: Pick<ServiceContext, 'keyring'>,
  storeId: string,
  credentials: Credentials,
) => ctx.keyring.encryptJson(credentials, sealedFor(storeId));

/** A webhook signing secret of the store's own, sealed for its row. */
export const sealWebhookSecret = (
  ctx: Pick<ServiceContext, 'keyring'>,
  storeId: string,
  secret: string,
) => ctx.keyring.encrypt(secret, sealedSecretFor(storeId));

/** A store's webhook signing secret, opened; null when its platform signs with an app secret. */
export async function storeWebhookSecret(
  ctx: ServiceContext,
  storeId: string,
  sealed: string | null,
): Promise<string | null> {
  if (!sealed) return null;
  try {
    return await ctx.keyring.decrypt(sealed, sealedSecretFor(storeId));
  } catch {
    return null;
  }
}

/**
 * A store's platform session: its credentials opened, and rotated ones sealed back. Credentials
 * that cannot be opened (a lost or rotated-away key) put the store in `needs_reauth`.
 */
export async function openSession(
  ctx: ServiceContext,
  storeId: string,
): Promise<{ adapter: PlatformAdapter; session: PlatformSession<Credentials> }> {
  const [row] = await ctx.db.query<{
    platform: string;
    shop_url: string | null;
    credentials: string | null;
  }>('select platform, shop_url, credentials from stores where id = $1', [storeId]);
  if (!row) throw notFound('store');
  const adapter = adapterFor(ctx, row.platform);
  if (!row.credentials || !row.shop_url) {
    throw new PlatformError(
      'store_needs_reauth',
      'The store has no credentials; connect it again.',
      {
        reason: 'credentials_missing',
      },
    );
  }
  let credentials: Credentials;
  try {
    credentials = await ctx.keyring.decryptJson<Credentials>(row.credentials, sealedFor(storeId));
  } catch {
    throw new PlatformError(
      'store_needs_reauth',
      'The stored credentials cannot be opened with the configured keys; connect the store again.',
      { reason: 'credentials_unreadable' },
    );
  }
  return {
    adapter,
    session: {
      shop: row.shop_url,
      credentials,
      save: async (next) => {
        await ctx.db.query('update stores set credentials = $2, updated_at = $3 where id = $1', [
          storeId,
          await ctx.keyring.encryptJson(next, sealedFor(storeId)),
          ctx.clock.now(),
        ]);
      },
    },
  };
}

/** Puts a store in the state a platform error calls for. */
export async function recordPlatformFailure(
  ctx: ServiceContext,
  storeId: string,
  error: PlatformError,
): Promise<void> {
  const now = ctx.clock.now();
  if (error.code === 'store_needs_reauth') {
    await setStoreStatus(ctx.db, storeId, 'needs_reauth', error.reason, now);
  } else if (error.code === 'permissions_not_granted' || error.code === 'plan_without_api_access') {
    await setStoreStatus(ctx.db, storeId, 'error', error.reason, now);
  }
}

/**
 * Re-seals every store's credentials with the current key (after adding a new key and keeping the
 * old one in `previousEncryptionKeys`). Returns how many were re-sealed.
 */
export async function rotateCredentials(ctx: Pick<ServiceContext, 'db' | 'keyring'>) {
  const rows = await ctx.db.query<{ id: string; credentials: string }>(
    'select id, credentials from stores where credentials is not null',
  );
  let rotated = 0;
  let unreadable = 0;
  for (const row of rows) {
    if (!(await ctx.keyring.needsRotation(row.credentials))) continue;
    try {
      const plain = await ctx.keyring.decrypt(row.credentials, sealedFor(row.id));
      const sealed = await ctx.keyring.encrypt(plain, sealedFor(row.id));
      await ctx.db.query('update stores set credentials = $2 where id = $1 and credentials = $3', [
        row.id,
        sealed,
        row.credentials,
      ]);
      rotated++;
    } catch {
      unreadable++;
    }
  }
  return { rotated, unreadable };
}
