import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import {
  admin,
  caller,
  clientSession,
  clientWithActiveAdmin,
  faultyDb,
  startServer,
} from './support.js';

/**
 * Requests here come from a socket address the test chooses: the server reads it where Node's
 * server would put the peer's address.
 */
const PEER = 'x-test-peer';
const from = (address: string, headers: Record<string, string> = {}) => ({
  [PEER]: address,
  ...headers,
});

async function invite(server: TestServer, email: string) {
  const api = caller(server, server.provider.secretKey);
  const client = (await api.post('/v1/clients', { name: `Client ${email}` })).body;
  const res = await api.put(`/v1/clients/${client.id}/access`, { admin: { ...admin, email } });
  expect(res.status).toBe(200);
  return server.inviteToken(email);
}

// Buckets in this process's memory, and in the database that several processes share.
describe.each(['memory', 'database'] as const)('rate limits by caller (%s buckets)', (store) => {
  let server: TestServer;
  let proxied: TestServer;
  beforeAll(async () => {
    const options = {
      rateLimit: { capacity: 5, refillPerSecond: 0.01, store },
      clientAddress: (request: Request) => request.headers.get(PEER) ?? undefined,
    };
    server = await startServer(options);
    proxied = await startServer({ ...options, trustProxyHops: 1 });
  });
  afterAll(async () => {
    await server.close();
    await proxied.close();
  });

  it('keeps answering an invitee while someone else floods the invitation routes', async () => {
    const token = await invite(server, 'invitee@example.com');
    const flood = caller(server);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const path = `/v1/invitations/vt_inv_bogus${i}`;
      statuses.push((await flood.get(path, from('203.0.113.7'))).status);
      statuses.push((await flood.post(`${path}/accept`, {}, from('203.0.113.7'))).status);
    }
    expect(statuses).toContain(429);

    const invitee = caller(server);
    const page = await invitee.get(`/v1/invitations/${token}`, from('198.51.100.20'));
    expect(page.status).toBe(200);
    const accepted = await invitee.post(
      `/v1/invitations/${token}/accept`,
      {},
      from('198.51.100.20'),
    );
    expect(accepted.status).toBe(200);
  });

  it('ignores X-Forwarded-For unless a proxy in front is trusted', async () => {
    const anon = caller(server);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const forged = from('203.0.113.50', { 'x-forwarded-for': `10.0.0.${i}` });
      statuses.push((await anon.get(`/v1/invitations/vt_inv_x${i}`, forged)).status);
    }
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
  });

  it('believes the trusted proxy about the client, not what the client forged', async () => {
    const anon = caller(proxied);
    const proxy = '10.0.0.2';
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      // The client forges an address; the proxy appends the one it saw.
      const headers = from(proxy, { 'x-forwarded-for': `192.0.2.${i}, 203.0.113.60` });
      statuses.push((await anon.get(`/v1/invitations/vt_inv_y${i}`, headers)).status);
    }
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // Another client behind the same proxy is not slowed down.
    const other = await anon.get(
      '/v1/invitations/vt_inv_z',
      from(proxy, { 'x-forwarded-for': '203.0.113.61' }),
    );
    expect(other.status).toBe(404);
  });

  it('limits failed authentication by address', async () => {
    const badKey = caller(server, 'vt_sk_not_a_real_key');
    const badSession = caller(server, 'vt_ses_forged.token');
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await badKey.get('/v1/clients', from('203.0.113.90'))).status);
      statuses.push((await badSession.get('/v1/clients', from('203.0.113.90'))).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // Someone else who mistypes a key is told so, not throttled.
    expect((await badKey.get('/v1/clients', from('198.51.100.91'))).status).toBe(401);
    // A valid key from the flooding address still works: its own bucket.
    const good = caller(server, server.provider.secretKey);
    expect((await good.get('/v1/clients', from('203.0.113.90'))).status).toBe(200);
  });

  it('gives each key and each session subject a bucket of its own', async () => {
    const refill = () => server.clock.advance(600_000);
    refill();
    const owner = await server.createProvider(`Buckets ${store}`);
    const rival = await server.createProvider(`Rival buckets ${store}`);
    const one = await clientWithActiveAdmin(server, owner.secretKey, 'Bucket One');
    const two = await clientWithActiveAdmin(server, owner.secretKey, 'Bucket Two');
    refill();
    const key = caller(server, owner.secretKey);
    const providerSession = async (secretKey: string) =>
      caller(
        server,
        (await caller(server, secretKey).post('/v1/sessions', { scope: 'provider' })).body.token,
      );
    const ownerSession = await providerSession(owner.secretKey);
    const rivalSession = await providerSession(rival.secretKey);
    const userOne = caller(
      server,
      await clientSession(server, owner.secretKey, one.client.id, one.userId),
    );
    const userOneAgain = caller(
      server,
      await clientSession(server, owner.secretKey, one.client.id, one.userId),
    );
    const userTwo = caller(
      server,
      await clientSession(server, owner.secretKey, two.client.id, two.userId),
    );
    // Minting took from the key's bucket: start the floods full.
    refill();
    // Spends what is left of a bucket (five at most) until the caller is held up.
    const flood = async (who: ReturnType<typeof caller>, path: string) => {
      const statuses: number[] = [];
      for (let i = 0; i < 6 && statuses.at(-1) !== 429; i++)
        statuses.push((await who.get(path)).status);
      expect(statuses.at(-1)).toBe(429);
      expect(new Set(statuses.slice(0, -1))).toEqual(new Set([200]));
    };

    await flood(key, '/v1/clients');
    // The provider's session and another provider's key are not held up by the key's flood.
    expect((await ownerSession.get('/v1/clients')).status).toBe(200);
    expect((await caller(server, rival.secretKey).get('/v1/clients')).status).toBe(200);

    await flood(ownerSession, '/v1/clients');
    expect((await rivalSession.get('/v1/clients')).status).toBe(200);
    expect((await userOne.get(`/v1/clients/${one.client.id}`)).status).toBe(200);

    // A fresh token for the same user shares the user's bucket; another user's does not.
    await flood(userOne, `/v1/clients/${one.client.id}`);
    expect((await userOneAgain.get(`/v1/clients/${one.client.id}`)).status).toBe(429);
    expect((await userTwo.get(`/v1/clients/${two.client.id}`)).status).toBe(200);
  });

  it("limits webhooks per address, so one store's flood leaves the others alone", async () => {
    const hooks = caller(server);
    const address = from('203.0.113.150');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await hooks.post('/v1/hooks/manual/sto_flooded', {}, address)).status);
    }
    expect(statuses.slice(0, 5)).not.toContain(429);
    expect(statuses[5]).toBe(429);
    expect((await hooks.post('/v1/hooks/manual/sto_quiet', {}, address)).status).not.toBe(429);
    expect((await hooks.get('/v1/invitations/vt_inv_none', address)).status).toBe(404);
  });

  it('tells how long to wait, refills with time, and forgets buckets that are full again', async () => {
    const anon = caller(server);
    const address = from('203.0.113.120');
    for (let i = 0; i < 5; i++) {
      expect((await anon.get(`/v1/invitations/vt_inv_r${i}`, address)).status).toBe(404);
    }
    const limited = await anon.get('/v1/invitations/vt_inv_r5', address);
    expect(limited.status).toBe(429);
    // One token comes back every 100 s.
    expect(limited.headers.get('retry-after')).toBe('100');
    server.clock.advance(99_000);
    expect((await anon.get('/v1/invitations/vt_inv_r6', address)).status).toBe(429);
    server.clock.advance(2_000);
    expect((await anon.get('/v1/invitations/vt_inv_r7', address)).status).toBe(404);
    expect((await anon.get('/v1/invitations/vt_inv_r8', address)).status).toBe(429);

    if (store === 'database') {
      const buckets = () =>
        server.db.query("select key from rate_limit_buckets where key = 'ip:203.0.113.120'");
      expect(await buckets()).toHaveLength(1);
      server.clock.advance(600_000);
      await server.app.housekeeping();
      expect(await buckets()).toHaveLength(0);
    }
  });
});

describe('failed authentication', () => {
  let server: TestServer;
  let failing = false;
  beforeAll(async () => {
    server = await startServer({
      rateLimit: { capacity: 5, refillPerSecond: 0.01, store: 'memory' },
      clientAddress: (request: Request) => request.headers.get(PEER) ?? undefined,
      wrapDb: (db) => faultyDb(db, (sql) => failing && sql.includes('from api_keys')),
    });
  });
  afterAll(() => server.close());

  it('counts refused credentials only, not a server that could not check them', async () => {
    const key = caller(server, server.provider.secretKey);
    const address = from('203.0.113.200');
    failing = true;
    for (let i = 0; i < 6; i++) {
      expect((await key.get('/v1/clients', address)).status).toBeGreaterThanOrEqual(500);
    }
    failing = false;
    const wrong = await caller(server, 'vt_sk_mistyped').get('/v1/clients', address);
    expect(wrong.status).toBe(401);
    expect((await key.get('/v1/clients', address)).status).toBe(200);
  });
});
