import type { CreateSessionBody, Session } from '@vitrine/sdk';
import type { Principal } from '../../auth/principal.js';
import { SESSION_PREFIX, signSession, verifySession } from '../../auth/tokens.js';
import { DomainError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { ServiceContext } from '../context.js';
import { findSecretKey, SECRET_KEY_PREFIX, secretKeyLive } from './providers.js';
import { getActiveUserForSession } from './users.js';

/** Mints a session token. Only a secret key may: a session cannot extend itself. */
export async function createSession(
  ctx: ServiceContext,
  minter: { providerId: string; keyId: string },
  body: Extract<CreateSessionBody, object> & { ttlSeconds?: number | undefined },
): Promise<Session> {
  const now = ctx.clock.now();
  const ttl = body.ttlSeconds ?? ctx.sessionTtlSeconds;
  const iat = Math.floor(now.getTime() / 1000);
  const exp = iat + ttl;
  // Stryker disable next-line StringLiteral: the session id is carried, never shown or looked up by its prefix
  const sid = newId('ses');
  const { providerId, keyId: kid } = minter;
  if (body.scope === 'provider') {
    const token = await signSession(ctx.sessionSecret, {
      v: 1,
      sid,
      pid: providerId,
      kid,
      scope: 'provider',
      iat,
      exp,
    });
    return {
      token,
      expiresAt: new Date(exp * 1000).toISOString(),
      scope: 'provider',
      providerId,
      clientId: null,
      userId: null,
      role: null,
    };
  }
  const user = await getActiveUserForSession(ctx, providerId, body.clientId, body.userId);
  const token = await signSession(ctx.sessionSecret, {
    v: 1,
    sid,
    pid: providerId,
    kid,
    // Stryker disable next-line StringLiteral: authentication reads a token as a client's unless it says 'provider'
    scope: 'client',
    cid: body.clientId,
    uid: body.userId,
    role: user.role,
    iat,
    exp,
  });
  return {
    token,
    expiresAt: new Date(exp * 1000).toISOString(),
    scope: 'client',
    providerId,
    clientId: body.clientId,
    userId: body.userId,
    role: user.role,
  };
}

/** Turns an `Authorization` header into a principal, or refuses with the precise reason. */
export async function authenticate(
  ctx: ServiceContext,
  authorization: string | undefined,
): Promise<Principal> {
  const match = authorization?.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]) {
    throw new DomainError(
      'missing_authorization',
      'Send `Authorization: Bearer <secret key or session token>`.',
    );
  }
  const credential = match[1];
  if (credential.startsWith(SECRET_KEY_PREFIX)) {
    const key = await findSecretKey(ctx, credential);
    if (!key) throw new DomainError('invalid_api_key', 'This secret key is unknown or revoked.');
    return { kind: 'secret_key', scope: 'provider', providerId: key.providerId, keyId: key.keyId };
  }
  if (!credential.startsWith(SESSION_PREFIX)) {
    throw new DomainError(
      'invalid_session',
      'The bearer token is neither a secret key nor a session token.',
    );
  }
  const claims = await verifySession(ctx.sessionSecret, credential);
  if (!claims)
    throw new DomainError(
      'invalid_session',
      'The session token is malformed or its signature is wrong.',
    );
  const expiresAt = new Date(claims.exp * 1000);
  if (expiresAt.getTime() <= ctx.clock.now().getTime()) {
    throw new DomainError('session_expired', 'The session token has expired; fetch a new one.');
  }
  // A session lives only as long as the key that minted it: revoking a leaked key ends them all.
  // Stryker disable next-line ConditionalExpression: every token this server signs names its key
  if (claims.kid !== undefined && !(await secretKeyLive(ctx, claims.pid, claims.kid))) {
    throw new DomainError(
      'invalid_session',
      'This session no longer grants access: the secret key that created it was revoked.',
    );
  }
  if (claims.scope === 'provider') {
    return {
      kind: 'session',
      scope: 'provider',
      providerId: claims.pid,
      sessionId: claims.sid,
      expiresAt,
    };
  }
  if (!claims.cid || !claims.uid)
    throw new DomainError('invalid_session', 'The session token is incomplete.');
  // The database, not the token, decides whether this user may still act, and in which role.
  const user = await getActiveUserForSession(ctx, claims.pid, claims.cid, claims.uid).catch(() => {
    throw new DomainError(
      'invalid_session',
      'This session no longer grants access: the user was removed or access was disabled.',
    );
  });
  return {
    kind: 'session',
    scope: 'client',
    providerId: claims.pid,
    sessionId: claims.sid,
    expiresAt,
    clientId: claims.cid,
    userId: claims.uid,
    role: user.role,
    storeIds: user.storeIds,
  };
}
