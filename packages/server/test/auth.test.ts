import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capabilities } from '../src/auth/permissions.js';
import { type SessionClaims, signSession } from '../src/auth/tokens.js';
import { hmacSha256 } from '../src/crypto/hmac.js';
import { base64url } from '../src/ids.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, clientSession, clientWithActiveAdmin, startServer } from './support.js';

// Known here so tests can sign what only someone holding the secret could: tokens of another
// format, or incomplete ones. The server must still refuse them.
const sessionSecret = 'auth-test-session-secret-0123456789abcdef';

describe('authentication and tenancy', () => {
  let server: TestServer;
  let providerA: ReturnType<typeof caller>;
  let providerB: ReturnType<typeof caller>;
  let secretB: string;
  beforeAll(async () => {
    server = await startServer({ sessionSecret });
    providerA = caller(server, server.provider.secretKey);
    secretB = (await server.createProvider('Rival Print')).secretKey;
    providerB = caller(server, secretB);
  });
  afterAll(() => server.close());

  it('asks for a credential, and refuses unknown ones', async () => {
    const none = await caller(server).get('/v1/clients');
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({
      code: 'missing_authorization',
      type: 'authentication_error',
      message: expect.stringContaining('Authorization: Bearer'),
    });
    // Each refusal says what was wrong with the credential.
    expect((await caller(server, 'vt_sk_unknown').get('/v1/clients')).body.error).toMatchObject({
      code: 'invalid_api_key',
      message: expect.stringContaining('unknown or revoked'),
    });
    expect((await caller(server, 'vt_ses_forged.sig').get('/v1/clients')).body.error).toMatchObject(
      { code: 'invalid_session', message: expect.stringContaining('malformed') },
    );
    expect((await caller(server, 'garbage').get('/v1/clients')).body.error).toMatchObject({
      code: 'invalid_session',
      message: expect.stringContaining('neither a secret key nor a session token'),
    });
  });

  it('reads the Authorization header as one Bearer credential, nothing before or after', async () => {
    const send = (authorization: string) =>
      server.fetch(`${server.baseUrl}/v1/clients`, { headers: { authorization } });
    const key = server.provider.secretKey;
    expect((await send(`Bearer   ${key}`)).status).toBe(200);
    expect((await send(`bearer ${key}`)).status).toBe(200);
    for (const header of [`XBearer ${key}`, `Basic Bearer ${key}`, `Bearer ${key} ${key}`]) {
      const res = await send(header);
      expect(res.status).toBe(401);
      expect(((await res.json()) as any).error.code).toBe('missing_authorization');
    }
  });

  it('needs no credential on public routes, and ignores a bad one there', async () => {
    for (const who of [caller(server), caller(server, 'vt_sk_unknown')]) {
      const res = await who.get('/v1/invitations/vt_inv_unknown');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('invitation_not_found');
    }
  });

  it("never shows one provider's clients to another: 404, as if unknown", async () => {
    const a = (await providerA.post('/v1/clients', { name: 'Only Mine', referenceId: 'MINE' }))
      .body;
    for (const res of [
      await providerB.get(`/v1/clients/${a.id}`),
      await providerB.patch(`/v1/clients/${a.id}`, { name: 'Stolen' }),
      await providerB.delete(`/v1/clients/${a.id}`),
      await providerB.get(`/v1/clients/${a.id}/access`),
      await providerB.put(`/v1/clients/${a.id}/access`, {
        admin: { email: 'x@example.com', firstName: 'X', lastName: 'Y' },
      }),
      await providerB.post(`/v1/clients/${a.id}/access/resend-invite`),
    ]) {
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect((await providerB.get('/v1/clients?search=Only')).body.data).toEqual([]);
    expect((await providerA.get(`/v1/clients/${a.id}`)).body.name).toBe('Only Mine');
    // Nor can a provider mint a session for another provider's client.
    const access = await providerA.put(`/v1/clients/${a.id}/access`, {
      admin: { email: 'mine@example.com', firstName: 'M', lastName: 'N' },
    });
    const stolen = await providerB.post('/v1/sessions', {
      scope: 'client',
      clientId: a.id,
      userId: access.body.admin.userId,
    });
    expect(stolen.status).toBe(404);
  });

  it('mints provider sessions that act like the key, for a limited time', async () => {
    const res = await providerA.post('/v1/sessions', { scope: 'provider' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      scope: 'provider',
      providerId: server.provider.id,
      clientId: null,
    });
    expect(res.body.token).toMatch(/^vt_ses_/);
    expect(Date.parse(res.body.expiresAt) - server.clock.now().getTime()).toBe(15 * 60_000);
    const session = caller(server, res.body.token);
    expect((await session.post('/v1/clients', { name: 'Via Session' })).status).toBe(201);
    const current = (await session.get('/v1/sessions/current')).body;
    expect(current).toMatchObject({ kind: 'session', scope: 'provider' });
    // A provider holds every capability of the permission table, provider-level ones included.
    expect([...current.capabilities].sort()).toEqual([...capabilities].sort());

    server.clock.advance(15 * 60_000);
    const expired = await session.get('/v1/clients');
    expect(expired.status).toBe(401);
    expect(expired.body.error).toMatchObject({
      code: 'session_expired',
      message: expect.stringContaining('expired'),
    });
  });

  it('ends the sessions a secret key minted the moment the key is revoked', async () => {
    const owner = await server.createProvider('Revoking Print');
    const key = caller(server, owner.secretKey);
    const { client, userId } = await clientWithActiveAdmin(server, owner.secretKey, 'Revoked Co');
    const provider = caller(
      server,
      (await key.post('/v1/sessions', { scope: 'provider' })).body.token,
    );
    const client1 = caller(server, await clientSession(server, owner.secretKey, client.id, userId));
    expect((await provider.get('/v1/clients')).status).toBe(200);
    expect((await client1.get('/v1/sessions/current')).status).toBe(200);

    await server.db.query('update api_keys set revoked_at = $2 where provider_id = $1', [
      owner.id,
      server.clock.now(),
    ]);
    for (const session of [provider, client1]) {
      const res = await session.get('/v1/sessions/current');
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({
        code: 'invalid_session',
        message: expect.stringContaining('the secret key that created it was revoked'),
      });
    }
    expect((await key.get('/v1/clients')).body.error.code).toBe('invalid_api_key');
    // Sessions of the provider's other keys live on.
    expect((await providerA.get('/v1/clients')).status).toBe(200);
  });

  it('rotates secret keys over the API: list, create once, revoke, and never show a secret twice', async () => {
    const owner = await server.createProvider('Rotating Print');
    const oldKey = caller(server, owner.secretKey);
    const session = caller(
      server,
      (await oldKey.post('/v1/sessions', { scope: 'provider' })).body.token,
    );

    const listed = await oldKey.get('/v1/keys');
    expect(listed.status).toBe(200);
    expect(listed.body.data).toEqual([
      expect.objectContaining({ last4: owner.secretKey.slice(-4), revokedAt: null }),
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(owner.secretKey);
    const oldId = listed.body.data[0].id;

    const made = await oldKey.post('/v1/keys', {}, { 'idempotency-key': 'rotate-1' });
    expect(made.status).toBe(201);
    expect(made.body.secretKey).toMatch(/^vt_sk_/);
    expect(made.body.last4).toBe(made.body.secretKey.slice(-4));
    // A retry is told the key exists, never handed the secret again, and makes no second key.
    const retried = await oldKey.post('/v1/keys', {}, { 'idempotency-key': 'rotate-1' });
    expect(retried.status).toBe(409);
    expect(JSON.stringify(retried.body)).not.toContain(made.body.secretKey);
    const stored = await server.db.query<{ response_body: string }>(
      "select response_body from idempotency_keys where key = 'rotate-1'",
    );
    expect(stored[0]!.response_body).not.toContain(made.body.secretKey);
    expect((await oldKey.get('/v1/keys')).body.data).toHaveLength(2);

    const newKey = caller(server, made.body.secretKey);
    const self = await newKey.post(`/v1/keys/${made.body.id}/revoke`);
    expect(self.status).toBe(409);
    expect((await newKey.get('/v1/clients')).status).toBe(200);

    const revoked = await newKey.post(`/v1/keys/${oldId}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: oldId, revokedAt: expect.any(String) });
    expect((await oldKey.get('/v1/clients')).body.error.code).toBe('invalid_api_key');
    expect((await session.get('/v1/clients')).body.error.code).toBe('invalid_session');
    expect((await newKey.get('/v1/clients')).status).toBe(200);

    // Another provider's key is not there to revoke, and sessions cannot manage keys.
    const rivalKeys = await providerB.get('/v1/keys');
    const rivalId = rivalKeys.body.data[0].id;
    expect((await newKey.post(`/v1/keys/${rivalId}/revoke`)).status).toBe(404);
    expect((await providerB.get('/v1/clients')).status).toBe(200);
    const newSession = caller(
      server,
      (await newKey.post('/v1/sessions', { scope: 'provider' })).body.token,
    );
    expect((await newSession.get('/v1/keys')).body.error.code).toBe('secret_key_required');
    expect((await newSession.post('/v1/keys')).status).toBe(403);
  });

  it('lets only a secret key mint sessions', async () => {
    const token = (await providerA.post('/v1/sessions', { scope: 'provider', ttlSeconds: 600 }))
      .body.token;
    const res = await caller(server, token).post('/v1/sessions', { scope: 'provider' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({
      code: 'secret_key_required',
      message: 'This call needs the provider secret key, not a session.',
    });
  });

  it('rejects a token whose signature was tampered with', async () => {
    const token: string = (await providerA.post('/v1/sessions', { scope: 'provider' })).body.token;
    const [payload, mac] = token.slice('vt_ses_'.length).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    claims.pid = 'prov_someoneelse';
    const forged = `vt_ses_${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${mac}`;
    expect((await caller(server, forged).get('/v1/clients')).body.error.code).toBe(
      'invalid_session',
    );
  });

  it('keeps a client session inside its own client', async () => {
    const mine = await clientWithActiveAdmin(server, server.provider.secretKey, 'Session Client');
    const other = (await providerA.post('/v1/clients', { name: 'Neighbour' })).body;
    const token = await clientSession(
      server,
      server.provider.secretKey,
      mine.client.id,
      mine.userId,
    );
    const session = caller(server, token);

    expect((await session.get(`/v1/clients/${mine.client.id}`)).body.name).toBe('Session Client');
    expect((await session.get(`/v1/clients/${mine.client.id}/access`)).status).toBe(200);
    for (const res of [
      await session.get(`/v1/clients/${other.id}`),
      await session.get(`/v1/clients/${other.id}/access`),
      await session.patch(`/v1/clients/${other.id}`, { name: 'x' }),
    ]) {
      expect(res.status).toBe(404);
      // The same answer as for a client that does not exist: ids cannot be probed.
      expect(res.body.error).toMatchObject({
        code: 'not_found',
        message: 'No such client, or it belongs to someone else.',
      });
    }
    // Provider-level operations are not a client's to make.
    for (const res of [
      await session.get('/v1/clients'),
      await session.post('/v1/clients', { name: 'New' }),
      await session.patch(`/v1/clients/${mine.client.id}`, { name: 'Renamed' }),
      await session.delete(`/v1/clients/${mine.client.id}/access`),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.error).toMatchObject({
        code: 'forbidden',
        message: 'The admin role may not do this.',
      });
    }
    const current = (await session.get('/v1/sessions/current')).body;
    expect(current).toMatchObject({
      scope: 'client',
      clientId: mine.client.id,
      userId: mine.userId,
      role: 'admin',
    });
    expect(current.capabilities).toContain('clients:read');
    expect(current.capabilities).not.toContain('clients:list');
  });

  it('mints client sessions only for active users of clients with access on', async () => {
    const c = (await providerA.post('/v1/clients', { name: 'Pending Co' })).body;
    const access = (
      await providerA.put(`/v1/clients/${c.id}/access`, {
        admin: { email: 'pending@example.com', firstName: 'P', lastName: 'Q' },
      })
    ).body;
    const res = await providerA.post('/v1/sessions', {
      scope: 'client',
      clientId: c.id,
      userId: access.admin.userId,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('user_not_active');
    const bad = await providerA.post('/v1/sessions', {
      scope: 'client',
      clientId: c.id,
      userId: 'nope',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('userId');
  });

  it('ends client sessions when access is switched off', async () => {
    const mine = await clientWithActiveAdmin(server, server.provider.secretKey, 'Soon Off');
    const session = caller(
      server,
      await clientSession(server, server.provider.secretKey, mine.client.id, mine.userId),
    );
    expect((await session.get(`/v1/clients/${mine.client.id}`)).status).toBe(200);
    await providerA.delete(`/v1/clients/${mine.client.id}/access`);
    const res = await session.get(`/v1/clients/${mine.client.id}`);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({
      code: 'invalid_session',
      message: expect.stringContaining('the user was removed or access was disabled'),
    });
  });

  it('states when a client session ends', async () => {
    const mine = await clientWithActiveAdmin(server, server.provider.secretKey, 'Timed Co');
    const res = await providerA.post('/v1/sessions', {
      scope: 'client',
      clientId: mine.client.id,
      userId: mine.userId,
      ttlSeconds: 600,
    });
    expect(res.status).toBe(201);
    expect(Date.parse(res.body.expiresAt) - server.clock.now().getTime()).toBe(600_000);
  });

  it('refuses a client token edited into a provider one, or with a part added', async () => {
    const mine = await clientWithActiveAdmin(server, server.provider.secretKey, 'Edited Co');
    const token = await clientSession(
      server,
      server.provider.secretKey,
      mine.client.id,
      mine.userId,
    );
    const [payload, mac] = token.slice('vt_ses_'.length).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect((await caller(server, token).get('/v1/clients')).status).toBe(403);
    const provider = { ...claims, scope: 'provider' };
    delete provider.cid;
    delete provider.uid;
    const forged = `vt_ses_${Buffer.from(JSON.stringify(provider)).toString('base64url')}.${mac}`;
    for (const bad of [forged, `${token}.${mac}`]) {
      const res = await caller(server, bad).get('/v1/clients');
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('invalid_session');
    }
  });

  it('refuses signed tokens of another format, or incomplete ones', async () => {
    const keyId = (await providerA.get('/v1/keys')).body.data[0].id as string;
    const mine = await clientWithActiveAdmin(server, server.provider.secretKey, 'Signed Co');
    const iat = Math.floor(server.clock.now().getTime() / 1000);
    const valid: SessionClaims = {
      v: 1,
      sid: 'ses_handmade',
      pid: server.provider.id,
      kid: keyId,
      scope: 'provider',
      iat,
      exp: iat + 600,
    };
    const sign = (claims: object) => signSession(sessionSecret, claims as SessionClaims);
    // The secret is the server's: a well-formed token signed with it is accepted.
    expect((await caller(server, await sign(valid)).get('/v1/clients')).status).toBe(200);

    const malformed = [
      await sign({ ...valid, v: 2 }),
      await sign({ ...valid, exp: String(iat + 600) }),
      await sign({ ...valid, pid: 7 }),
      // Not JSON, though signed.
      await (async () => {
        const payload = base64url(new TextEncoder().encode('not json'));
        return `vt_ses_${payload}.${base64url(await hmacSha256(sessionSecret, payload))}`;
      })(),
    ];
    for (const token of malformed) {
      const res = await caller(server, token).get('/v1/clients');
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({
        code: 'invalid_session',
        message: expect.stringContaining('malformed'),
      });
    }
    const client = { ...valid, scope: 'client', cid: mine.client.id, uid: mine.userId };
    expect((await caller(server, await sign(client)).get('/v1/sessions/current')).status).toBe(200);
    for (const incomplete of [
      { ...client, cid: undefined },
      { ...client, uid: undefined },
    ]) {
      const res = await caller(server, await sign(incomplete)).get('/v1/sessions/current');
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({
        code: 'invalid_session',
        message: expect.stringContaining('incomplete'),
      });
    }
  });

  it("confines a client session to its client's stores", async () => {
    const mine = await clientWithActiveAdmin(server, server.provider.secretKey, 'Own Stores');
    const other = (await providerA.post('/v1/clients', { name: 'Other Stores' })).body;
    const store = async (clientId: string) =>
      (
        await providerA.post(`/v1/clients/${clientId}/stores`, {
          platform: 'manual',
          name: 'Counter',
        })
      ).body.id as string;
    const own = await store(mine.client.id);
    const theirs = await store(other.id);
    const session = caller(
      server,
      await clientSession(server, server.provider.secretKey, mine.client.id, mine.userId),
    );
    expect((await session.get(`/v1/stores/${own}/products`)).status).toBe(200);
    expect((await session.get(`/v1/stores/${theirs}/products`)).status).toBe(404);
    expect((await session.get(`/v1/stores/${theirs}`)).status).toBe(404);
    expect((await providerA.get(`/v1/stores/${theirs}/products`)).status).toBe(200);
  });

  it('keeps idempotency keys apart between the provider and each client user', async () => {
    const one = await clientWithActiveAdmin(server, server.provider.secretKey, 'Keys One');
    const two = await clientWithActiveAdmin(server, server.provider.secretKey, 'Keys Two');
    const session = async (c: typeof one) =>
      caller(server, await clientSession(server, server.provider.secretKey, c.client.id, c.userId));
    const key = { 'idempotency-key': 'invite-shared' };
    const invite = (email: string) => ({ email, firstName: 'I', lastName: 'J', role: 'viewer' });
    const byProvider = await providerA.post(
      `/v1/clients/${one.client.id}/users`,
      invite('first@example.com'),
      key,
    );
    expect(byProvider.status).toBe(201);
    // The same key from someone else is theirs: a new call, not the provider's replay.
    const byAdmin = await (await session(one)).post(
      `/v1/clients/${one.client.id}/users`,
      invite('second@example.com'),
      key,
    );
    expect(byAdmin.status).toBe(201);
    expect(byAdmin.headers.get('idempotent-replayed')).toBeNull();
    expect(byAdmin.body.id).not.toBe(byProvider.body.id);
    const byOther = await (await session(two)).post(
      `/v1/clients/${two.client.id}/users`,
      invite('third@example.com'),
      key,
    );
    expect(byOther.status).toBe(201);
    expect(byOther.body.email).toBe('third@example.com');
  });
});
