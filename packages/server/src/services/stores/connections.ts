import type {
  AuthorizeStoreBody,
  AuthorizeStoreResult,
  CreateStoreBody,
  Platform,
  Store,
  StoreWithWebhookSecret,
} from '@vitrine/sdk';
import type { z } from 'zod';
import { roleCan } from '../../auth/permissions.js';
import { actorOf, type Principal } from '../../auth/principal.js';
import type { Queryable } from '../../db/types.js';
import { DomainError, notFound } from '../../errors.js';
import { base64url, newId, sha256Hex } from '../../ids.js';
import { type Connection, type CredentialsInput, PlatformError } from '../../platforms/types.js';
import { getClientRow } from '../accounts/clients.js';
import { getActiveUserForSession } from '../accounts/users.js';
import type { ServiceContext } from '../context.js';
import { enqueueOrderPoll } from './orderPolling.js';
import {
  adapterFor,
  openSession,
  recordPlatformFailure,
  sealCredentials,
  sealWebhookSecret,
} from './platformSessions.js';
import { createManualStore, getStoreRow, loadStore, toStore } from './stores.js';
import { enqueueProductSync } from './sync.js';

/**
 * Connecting stores: the redirect round trip (a `state` nonce bound to the store, the shop and
 * the caller; single use; expiring; with PKCE where the platform wants it), WooCommerce's key
 * hand-off, credentials typed into a form, sealing what they yield, and opening it again for work
 * on the store.
 */

export const callbackUrl = (ctx: Pick<ServiceContext, 'publicUrl'>, platform: string) =>
  `${ctx.publicUrl}/v1/oauth/${platform}/callback`;

/** A store's name until the platform tells us the shop's own. */
function provisionalName(platform: Platform, shop: string | null): string {
  if (!shop) return platformNames[platform];
  try {
    return new URL(shop).hostname;
  } catch {
    return shop.split('.')[0] ?? shop;
  }
}

const platformNames: Record<Platform, string> = {
  shopify: 'Shopify store',
  etsy: 'Etsy shop',
  woocommerce: 'WooCommerce store',
  pressero: 'Pressero site',
  manual: 'Manual store',
};

async function activeClient(ctx: ServiceContext, providerId: string, clientId: string) {
  const client = await getClientRow(ctx.db, providerId, clientId);
  if (client.archived_at) {
    throw new DomainError('client_archived', 'Archived clients cannot connect stores.');
  }
  return client;
}

/**
 * Finds the store a connection attempt works on: the one named, the client's store for this
 * shop, or a new one (status `connecting`). A connected store stays connected until the new
 * authorisation completes, so an abandoned attempt breaks nothing.
 */
async function storeForAttempt(
  tx: Queryable,
  providerId: string,
  clientId: string,
  platform: Platform,
  shop: string | null,
  storeId: string | undefined,
  now: Date,
): Promise<string> {
  let id: string | undefined;
  if (storeId) {
    const store = await getStoreRow(tx, providerId, storeId, clientId);
    if (store.platform !== platform) {
      throw new DomainError('conflict', `This store is not a ${platform} store.`);
    }
    if (shop && store.shop_url && store.shop_url !== shop) {
      throw new DomainError('conflict', `This store is connected to ${store.shop_url}.`);
    }
    id = store.id;
  } else if (shop) {
    // A new store, unless the client has one for this shop already (then that one).
    const [created] = await tx.query<{ id: string }>(
      `insert into stores (id, client_id, platform, name, shop_url, status, created_at, updated_at)
       values ($1, $2, $3, $4, $5, 'connecting', $6, $6)
       on conflict (client_id, platform, shop_url) where shop_url is not null do nothing
       returning id`,
      [newId('st'), clientId, platform, provisionalName(platform, shop), shop, now],
    );
    id = created?.id;
    if (!id) {
      const [existing] = await tx.query<{ id: string }>(
        'select id from stores where client_id = $1 and platform = $2 and shop_url = $3',
        [clientId, platform, shop],
      );
      id = existing!.id;
    }
  } else {
    // The platform names the shop only after the exchange (Etsy).
    id = newId('st');
    await tx.query(
      `insert into stores (id, client_id, platform, name, status, created_at, updated_at)
       values ($1, $2, $3, $4, 'connecting', $5, $5)`,
      [id, clientId, platform, provisionalName(platform, null), now],
    );
  }
  await tx.query(
    `update stores set shop_url = coalesce($2, shop_url),
       status = case when status = 'connected' then status else 'connecting' end,
       updated_at = $3 where id = $1`,
    [id, shop, now],
  );
  return id;
}

/**
 * Starts a redirect connection (OAuth, or WooCommerce's key hand-off): finds or creates the
 * store, records a state nonce (and a PKCE verifier where the platform wants one) and returns
 * the platform's authorisation URL.
 */
export async function authorizeStore(
  ctx: ServiceContext,
  principal: Principal,
  clientId: string,
  body: z.output<typeof AuthorizeStoreBody>,
): Promise<AuthorizeStoreResult> {
  const { providerId } = principal;
  await activeClient(ctx, providerId, clientId);
  const adapter = adapterFor(ctx, body.platform);
  if (!adapter.connectsWith.some((m) => m === 'oauth' || m === 'key_handoff')) {
    throw new DomainError(
      'platform_not_supported',
      `${platformNames[body.platform]}s connect with credentials, not a redirect.`,
    );
  }
  const typed = 'shop' in body ? body.shop : 'url' in body ? body.url : null;
  const shop = typed === null ? null : adapter.normalizeShop(typed);
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + ctx.oauthStateTtlSeconds * 1000);
  const state = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const stateHash = await sha256Hex(state);
  // PKCE (RFC 7636): 32 random bytes make a 43-character verifier; only S256 is offered.
  const verifier = adapter.pkce ? base64url(crypto.getRandomValues(new Uint8Array(32))) : null;

  const storeId = await ctx.db.transaction(async (tx) => {
    const id = await storeForAttempt(
      tx,
      providerId,
      clientId,
      body.platform,
      shop,
      body.storeId,
      now,
    );
    await tx.query(
      `insert into oauth_states (state_hash, platform, provider_id, client_id, store_id, shop,
         code_verifier, principal, return_url, created_at, expires_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        stateHash,
        body.platform,
        providerId,
        clientId,
        id,
        shop,
        verifier ? await ctx.keyring.encrypt(verifier, sealedVerifier(stateHash)) : null,
        actorOf(principal),
        body.returnUrl ?? null,
        now,
        expiresAt,
      ],
    );
    // Attempts long expired are of no use to anyone.
    await tx.query('delete from oauth_states where expires_at < $1', [
      new Date(now.getTime() - 24 * 3600_000),
    ]);
    return id;
  });

  return {
    store: toStore(await loadStore(ctx.db, storeId), ctx.publicUrl),
    authorizeUrl: adapter.authorizeUrl({
      shop,
      state,
      redirectUri: callbackUrl(ctx, body.platform),
      ...(verifier ? { codeChallenge: await pkceChallenge(verifier) } : {}),
      ...(adapter.connectsWith.includes('key_handoff')
        ? { keysUrl: `${ctx.publicUrl}/v1/oauth/${body.platform}/keys` }
        : {}),
    }),
    expiresAt: expiresAt.toISOString(),
  };
}

/** base64url(SHA-256(verifier)), unpadded: the S256 code challenge. */
export async function pkceChallenge(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

const sealedVerifier = (stateHash: string) => `oauth:${stateHash}`;

interface StateRow {
  state_hash: string;
  platform: string;
  provider_id: string;
  client_id: string;
  store_id: string;
  shop: string | null;
  code_verifier: string | null;
  principal: string;
  return_url: string | null;
  created_at: Date;
}

const STATE_COLUMNS = `state_hash, platform, provider_id, client_id, store_id, shop, code_verifier,
  principal, return_url, created_at`;

const stateInvalid = () =>
  new DomainError(
    'oauth_state_invalid',
    'This connection attempt is unknown, expired or already used; start again.',
  );

export interface CallbackOutcome {
  storeId: string | null;
  returnUrl: string | null;
  error: DomainError | null;
}

/**
 * The platform's redirect back: the signature is checked before anything else (so forged calls
 * cannot burn states), then the state is consumed (once), then the code is exchanged, or, for a
 * key hand-off, the keys that arrived meanwhile are looked for. The outcome says where the
 * owner's browser goes next; errors are part of it, not thrown, because a person is looking at
 * the answer.
 */
export async function completeOAuth(
  ctx: ServiceContext,
  platform: string,
  query: URLSearchParams,
): Promise<CallbackOutcome> {
  let state: StateRow | undefined;
  try {
    const adapter = adapterFor(ctx, platform);
    // Refusals carry the state too: consume it so the store does not wait for nothing.
    const refusal = await adapter.verifyCallback(query).then(
      (callback) => ({ callback, error: null }),
      (error: unknown) => {
        const stateParam = query.get('state') ?? query.get('user_id');
        if (error instanceof DomainError && error.code === 'oauth_denied' && stateParam) {
          return { callback: null, error, stateParam };
        }
        throw error;
      },
    );
    const now = ctx.clock.now();
    const stateParam = refusal.callback ? refusal.callback.state : refusal.stateParam!;
    [state] = await ctx.db.query<StateRow>(
      `update oauth_states set used_at = $2
        where state_hash = $1 and used_at is null and expires_at > $2 and platform = $3
        returning ${STATE_COLUMNS}`,
      [await sha256Hex(stateParam), now, platform],
    );
    const callback = refusal.callback;
    if (!state || (callback?.shop && state.shop !== callback.shop)) {
      state = undefined;
      throw stateInvalid();
    }
    if (!callback) {
      await failAttempt(ctx, state.store_id, 'oauth_denied');
      throw refusal.error!;
    }
    await ensureMayStillConnect(ctx, state);

    if (callback.code === null) {
      // A key hand-off: the platform has POSTed the keys by now, or the owner gave up.
      const [store] = await ctx.db.query<{ connected_at: Date | null }>(
        'select connected_at from stores where id = $1',
        [state.store_id],
      );
      if (!store?.connected_at || store.connected_at < state.created_at) {
        await failAttempt(ctx, state.store_id, 'credentials_invalid');
        throw new DomainError(
          'credentials_invalid',
          'The store did not deliver API keys; start the connection again.',
        );
      }
      return { storeId: state.store_id, returnUrl: state.return_url, error: null };
    }

    const codeVerifier = state.code_verifier
      ? await ctx.keyring.decrypt(state.code_verifier, sealedVerifier(state.state_hash))
      : undefined;
    const connection = await adapter
      .complete({
        ...callback,
        startedShop: state.shop,
        redirectUri: callbackUrl(ctx, platform),
        ...(codeVerifier ? { codeVerifier } : {}),
      })
      .catch(async (error: unknown) => {
        if (error instanceof PlatformError) await failAttempt(ctx, state!.store_id, error.reason);
        throw error;
      });
    const storeId = await attachConnection(ctx, state, connection);
    return { storeId, returnUrl: state.return_url, error: null };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return { storeId: state?.store_id ?? null, returnUrl: state?.return_url ?? null, error };
  }
}

/** An attempt that failed leaves a store that was only connecting in `error`. */
async function failAttempt(ctx: ServiceContext, storeId: string, reason: string) {
  await ctx.db.query(
    `update stores set status = 'error', status_reason = $2, updated_at = $3
      where id = $1 and status = 'connecting'`,
    [storeId, reason, ctx.clock.now()],
  );
}

interface AttemptRef {
  provider_id: string;
  client_id: string;
  store_id: string;
}

/**
 * Seals a new connection's credentials onto its store and queues the first sync. When the
 * platform names the shop only now and the client already has a store for it, that store takes
 * the connection and the provisional one goes.
 */
async function attachConnection(
  ctx: ServiceContext,
  attempt: AttemptRef,
  connection: Connection,
  options: { webhookSecret?: string } = {},
): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    let storeId = attempt.store_id;
    const [other] = await tx.query<{ id: string }>(
      `select s.id from stores s join stores mine on mine.id = $1
        where s.client_id = mine.client_id and s.platform = mine.platform and s.shop_url = $2
          and s.id <> mine.id`,
      [storeId, connection.shop],
    );
    if (other) {
      const provisional = storeId;
      storeId = other.id;
      const [untouched] = await tx.query<{ id: string }>(
        `select id from stores where id = $1 and shop_url is null
           and not exists (select 1 from store_products p where p.store_id = stores.id)
           and not exists (select 1 from jobs j where j.store_id = stores.id)`,
        [provisional],
      );
      if (untouched) {
        await tx.query('delete from oauth_states where store_id = $1', [provisional]);
        await tx.query('delete from stores where id = $1', [provisional]);
      }
    }
    const at = ctx.clock.now();
    const sealed = await sealCredentials(ctx, storeId, connection.credentials);
    const secret = options.webhookSecret
      ? await sealWebhookSecret(ctx, storeId, options.webhookSecret)
      : null;
    const [row] = await tx.query<{ platform: Platform; name: string; shop_url: string | null }>(
      'select platform, name, shop_url from stores where id = $1',
      [storeId],
    );
    const provisional = provisionalName(row!.platform, row!.shop_url);
    await tx.query(
      `update stores set status = 'connected', status_reason = null, credentials = $2,
         scopes = $3, connected_at = $4, webhooks_subscribed_at = null, updated_at = $4,
         shop_url = $5, webhook_secret = coalesce($7, webhook_secret),
         name = case when name = $8 or name = $9 then $6 else name end
       where id = $1`,
      [
        storeId,
        sealed,
        connection.scopes.join(','),
        at,
        connection.shop,
        connection.shopName,
        secret,
        provisional,
        provisionalName(row!.platform, connection.shop),
      ],
    );
    // Webhooks and the first product sync run as a job: the owner's browser does not wait.
    const target = { providerId: attempt.provider_id, clientId: attempt.client_id, storeId };
    await enqueueProductSync(tx, ctx, target, { ifActive: 'skip' });
    // Stores whose platform is polled for orders get their first poll now.
    if (ctx.platforms[row!.platform]?.pollOrders) await enqueueOrderPoll(tx, ctx, target);
    return storeId;
  });
}

/**
 * WooCommerce's key hand-off: the store POSTs the keys it created to us, server to server,
 * with the `user_id` we sent, which is the attempt's state. The keys are checked with a live
 * call before they are kept; the state stays for the owner's browser, which comes back next.
 * Any non-200 answer makes WooCommerce delete the keys again.
 */
export async function receiveHandoffKeys(
  ctx: ServiceContext,
  platform: string,
  body: { user_id: string; consumer_key: string; consumer_secret: string },
): Promise<void> {
  const [state] = await ctx.db.query<StateRow>(
    `select ${STATE_COLUMNS} from oauth_states
      where state_hash = $1 and used_at is null and expires_at > $2 and platform = $3`,
    [await sha256Hex(body.user_id), ctx.clock.now(), platform],
  );
  // An unknown attempt is a 404, like any unknown resource; WooCommerce then drops the keys.
  if (!state?.shop) throw notFound('connection attempt');
  const adapter = adapterFor(ctx, platform);
  if (
    state.platform !== 'woocommerce' ||
    !adapter.connectsWith.includes('key_handoff') ||
    !adapter.connectWithCredentials
  ) {
    throw new DomainError('platform_not_supported', `${platform} does not hand off keys.`);
  }
  await ensureMayStillConnect(ctx, state);
  const connection = await adapter
    .connectWithCredentials({
      platform: 'woocommerce',
      url: state.shop,
      consumerKey: body.consumer_key,
      consumerSecret: body.consumer_secret,
    })
    .catch(async (error: unknown) => {
      if (error instanceof PlatformError) await failAttempt(ctx, state.store_id, error.reason);
      throw error;
    });
  const webhookSecret = await secretUnlessKept(ctx, state.store_id);
  await attachConnection(ctx, state, connection, webhookSecret ? { webhookSecret } : {});
}

/** A signing secret for platforms that let us choose one: 32 random bytes, base64url. */
const newWebhookSecret = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

/**
 * Reconnecting keeps the signing secret the platform already has (Pressero's is pasted by hand,
 * WooCommerce's webhooks carry it); only a store without one gets a new one.
 */
async function secretUnlessKept(ctx: ServiceContext, storeId: string) {
  const [row] = await ctx.db.query<{ kept: boolean }>(
    'select webhook_secret is not null as kept from stores where id = $1',
    [storeId],
  );
  return row?.kept ? undefined : newWebhookSecret();
}

/**
 * Connects a store from credentials typed into a form (WooCommerce keys, a Pressero login), or
 * adds a manual store. Credentials are checked with a live call first: nothing is kept when the
 * platform refuses them. Pressero stores need the client's reference ID (their integration ID)
 * and answer with the webhook signing secret, once.
 */
export async function createStore(
  ctx: ServiceContext,
  principal: Principal,
  clientId: string,
  body: z.output<typeof CreateStoreBody>,
): Promise<StoreWithWebhookSecret> {
  const { providerId } = principal;
  const client = await activeClient(ctx, providerId, clientId);
  if (body.platform === 'manual') return createManualStore(ctx, clientId, body.name);

  const adapter = adapterFor(ctx, body.platform);
  if (!adapter.connectsWith.includes('credentials') || !adapter.connectWithCredentials) {
    throw new DomainError(
      'platform_not_supported',
      `${platformNames[body.platform]}s connect through the platform, not with credentials.`,
    );
  }
  if (body.platform === 'pressero' && !client.reference_id) {
    throw new DomainError(
      'reference_id_required',
      'Pressero orders name the client by its reference ID: give the client one, then connect.',
    );
  }
  const input: CredentialsInput =
    body.platform === 'woocommerce'
      ? {
          platform: 'woocommerce',
          url: adapter.normalizeShop(body.url),
          consumerKey: body.consumerKey,
          consumerSecret: body.consumerSecret,
        }
      : {
          platform: 'pressero',
          siteUrl: adapter.normalizeShop(body.siteUrl),
          username: body.username,
          password: body.password,
        };
  const shop = input.platform === 'woocommerce' ? input.url : input.siteUrl;
  const connection = await adapter.connectWithCredentials(input);
  const now = ctx.clock.now();
  const storeId = await ctx.db.transaction((tx) =>
    storeForAttempt(tx, providerId, clientId, body.platform, shop, undefined, now),
  );
  if (body.name) {
    await ctx.db.query('update stores set name = $2 where id = $1', [storeId, body.name]);
  }
  const webhookSecret = await secretUnlessKept(ctx, storeId);
  await attachConnection(
    ctx,
    { provider_id: providerId, client_id: clientId, store_id: storeId },
    body.name ? { ...connection, shopName: body.name } : connection,
    webhookSecret ? { webhookSecret } : {},
  );
  const store = toStore(await loadStore(ctx.db, storeId), ctx.publicUrl);
  return body.platform === 'pressero' && webhookSecret ? { ...store, webhookSecret } : store;
}

/**
 * A live call to the platform with the stored credentials. A store that answers is connected
 * again; one that does not shows why in its status. Only a platform that is down (or asks us to
 * wait) makes this an error: the caller may try again.
 */
export async function verifyStore(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
): Promise<Store> {
  const row = await getStoreRow(ctx.db, providerId, storeId, clientId);
  if (row.status === 'disconnected') {
    throw new DomainError('store_disconnected', 'The store is disconnected; connect it again.');
  }
  if (row.platform !== 'manual') {
    try {
      const { adapter, session } = await openSession(ctx, row.id);
      await adapter.verify(session);
      await ctx.db.query(
        `update stores set status = 'connected', status_reason = null, updated_at = $2
          where id = $1 and status <> 'disconnected'`,
        [row.id, ctx.clock.now()],
      );
    } catch (error) {
      if (!(error instanceof PlatformError) || error.transient) throw error;
      await recordPlatformFailure(ctx, row.id, error);
    }
  }
  return toStore(await loadStore(ctx.db, row.id), ctx.publicUrl);
}

/** Replaces a Pressero store's webhook signing secret; the answer is the only place it shows. */
export async function rotateWebhookSecret(
  ctx: ServiceContext,
  providerId: string,
  storeId: string,
  clientId: string | null,
): Promise<StoreWithWebhookSecret> {
  const row = await getStoreRow(ctx.db, providerId, storeId, clientId);
  if (row.platform !== 'pressero') {
    throw new DomainError(
      'platform_not_supported',
      'Only Pressero stores use a signing secret that you paste into the platform.',
    );
  }
  if (row.status === 'disconnected') {
    throw new DomainError('store_disconnected', 'The store is disconnected; connect it again.');
  }
  const webhookSecret = newWebhookSecret();
  await ctx.db.query('update stores set webhook_secret = $2, updated_at = $3 where id = $1', [
    row.id,
    await sealWebhookSecret(ctx, row.id, webhookSecret),
    ctx.clock.now(),
  ]);
  return { ...toStore(await loadStore(ctx.db, row.id), ctx.publicUrl), webhookSecret };
}

/** The person who started the connection must still be allowed to connect stores now. */
async function ensureMayStillConnect(
  ctx: ServiceContext,
  state: Pick<StateRow, 'principal' | 'provider_id'>,
): Promise<void> {
  const [kind, clientId, userId] = state.principal.split(':');
  if (kind !== 'u') return;
  const user = await getActiveUserForSession(ctx, state.provider_id, clientId!, userId!).catch(
    () => null,
  );
  if (!user || !roleCan(user.role, 'stores:connect')) {
    throw new DomainError('forbidden', 'The person who started this connection may no longer.');
  }
}
