import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/types.js';
import type { TestServer } from '../testing/testServer.js';
import { admin, caller, faultyDb, startServer } from './support.js';

/** Frees a key (as housekeeping would) just before the server reads it back, once, when set. */
function freeingKeys(db: Db, next: () => string | null): Db {
  return {
    dialect: db.dialect,
    exec: (sql) => db.exec(sql),
    async query(sql, params) {
      const key = sql.startsWith('select * from idempotency_keys') ? next() : null;
      if (key) await db.query('delete from idempotency_keys where key = $1', [key]);
      return db.query(sql, params);
    },
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
  };
}

describe('Idempotency-Key', () => {
  let server: TestServer;
  // The first client insert fails as a dropped connection would; later ones go through.
  let failNextClientInsert = false;
  let freeBeforeRead: string | null = null;
  beforeAll(async () => {
    server = await startServer({
      wrapDb: (db) =>
        freeingKeys(
          faultyDb(db, (sql) => {
            if (!failNextClientInsert || !sql.includes('insert into clients')) return false;
            failNextClientInsert = false;
            return true;
          }),
          () => {
            const key = freeBeforeRead;
            freeBeforeRead = null;
            return key;
          },
        ),
    });
  });
  afterAll(() => server.close());

  const freshCaller = async () =>
    caller(server, (await server.createProvider(`p-${Math.random()}`)).secretKey);
  const names = async (api: ReturnType<typeof caller>) =>
    ((await api.get('/v1/clients')).body.data as { name: string }[]).map((c) => c.name);

  it('keeps keys apart per caller: the same key from two providers creates twice', async () => {
    const [one, two] = [await freshCaller(), await freshCaller()];
    const headers = { 'idempotency-key': 'shared-key-1' };
    const a = await one.post('/v1/clients', { name: 'Same Name' }, headers);
    const b = await two.post('/v1/clients', { name: 'Same Name' }, headers);
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(b.body.id).not.toBe(a.body.id);
    expect(await names(two)).toEqual(['Same Name']);
  });

  it('never stores a server error for replay: the retry runs again and succeeds', async () => {
    const api = await freshCaller();
    const headers = { 'idempotency-key': 'after-a-failure' };
    failNextClientInsert = true;
    const failed = await api.post('/v1/clients', { name: 'Retried' }, headers);
    // The insert fails as a dropped connection does: a 503 to come back to, never stored.
    expect(failed.status).toBe(503);
    const retried = await api.post('/v1/clients', { name: 'Retried' }, headers);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(await names(api)).toEqual(['Retried']);
  });

  it('lets a retry take over a key left running by a process that died', async () => {
    const api = await freshCaller();
    const body = { name: 'Interrupted' };
    const headers = { 'idempotency-key': 'crashed-mid-request' };
    // What a process killed mid-request leaves behind: the key taken, no answer stored.
    const first = await api.post('/v1/clients', body, headers);
    await server.db.query(
      `update idempotency_keys set state = 'in_progress', response_status = null,
         response_body = null where key = $1`,
      ['crashed-mid-request'],
    );
    await server.db.query('delete from clients where id = $1', [first.body.id]);

    const soon = await api.post('/v1/clients', body, headers);
    expect(soon.status).toBe(409);
    expect(soon.body.error).toMatchObject({
      code: 'idempotency_in_progress',
      message: 'A request with this Idempotency-Key is still running.',
    });
    expect(Number(soon.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    server.clock.advance(3 * 60_000);
    const later = await api.post('/v1/clients', body, headers);
    expect(later.status).toBe(201);
    expect(await names(api)).toEqual(['Interrupted']);
    // The new answer is the one replayed from now on.
    const replay = await api.post('/v1/clients', body, headers);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.id).toBe(later.body.id);
  });

  it('tells a caller racing a running request when to retry, within 1 to 5 seconds', async () => {
    const api = await freshCaller();
    const headers = { 'idempotency-key': 'still-running' };
    await api.post('/v1/clients', { name: 'Racing' }, headers);
    await server.db.query(
      `update idempotency_keys set state = 'in_progress', response_status = null,
         response_body = null where key = $1`,
      ['still-running'],
    );
    const early = await api.post('/v1/clients', { name: 'Racing' }, headers);
    expect(early.status).toBe(409);
    expect(early.headers.get('retry-after')).toBe('5');
    server.clock.advance(2 * 60_000 - 1500);
    const late = await api.post('/v1/clients', { name: 'Racing' }, headers);
    expect(late.headers.get('retry-after')).toBe('2');
    server.clock.advance(1000);
    const last = await api.post('/v1/clients', { name: 'Racing' }, headers);
    expect(last.headers.get('retry-after')).toBe('1');
  });

  it('takes keys of 1 to 255 visible ASCII characters and refuses others with 400', async () => {
    const api = await freshCaller();
    const longest = 'k'.repeat(255);
    expect(
      (await api.post('/v1/clients', { name: 'Long' }, { 'idempotency-key': longest })).status,
    ).toBe(201);
    for (const key of ['k'.repeat(256), 'two words', 'tab\there']) {
      const refused = await api.post(
        '/v1/clients',
        { name: 'Bad key' },
        { 'idempotency-key': key },
      );
      expect(refused.status).toBe(400);
      expect(refused.body.error).toMatchObject({
        code: 'validation_failed',
        message: 'Idempotency-Key must be 1 to 255 visible ASCII characters.',
        fields: [
          { path: 'Idempotency-Key', code: 'invalid_format', message: 'Invalid idempotency key' },
        ],
      });
    }
    expect(await names(api)).toEqual(['Long']);
  });

  it('applies a key to POST only: other methods run every time', async () => {
    const { secretKey } = await server.createProvider(`p-${Math.random()}`);
    const api = caller(server, secretKey);
    const client = (await api.post('/v1/clients', { name: 'Before' })).body;
    const patch = (name: string) =>
      server.fetch(`${server.baseUrl}/v1/clients/${client.id}`, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${secretKey}`,
          'content-type': 'application/json',
          'idempotency-key': 'patch-key',
        },
        body: JSON.stringify({ name }),
      });
    expect((await patch('First')).status).toBe(200);
    const second = await patch('Second');
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    expect(await names(api)).toEqual(['Second']);
  });

  it('replays a finished answer for a day, then frees the key', async () => {
    const api = await freshCaller();
    const headers = { 'idempotency-key': 'a-day-long' };
    const first = await api.post('/v1/clients', { name: 'Day One' }, headers);
    server.clock.advance(23 * 3600_000);
    const replay = await api.post('/v1/clients', { name: 'Day One' }, headers);
    expect(replay.body.id).toBe(first.body.id);
    server.clock.advance(2 * 3600_000);
    const fresh = await api.post('/v1/clients', { name: 'Day Two' }, headers);
    expect(fresh.status).toBe(201);
    expect(fresh.body.id).not.toBe(first.body.id);
  });

  it('forgets expired keys when the server tidies up', async () => {
    const api = await freshCaller();
    await api.post('/v1/clients', { name: 'Tidy' }, { 'idempotency-key': 'to-forget' });
    const count = async () =>
      (await server.db.query('select 1 from idempotency_keys where key = $1', ['to-forget']))
        .length;
    await server.app.housekeeping();
    expect(await count()).toBe(1);
    server.clock.advance(25 * 3600_000);
    await server.app.housekeeping();
    expect(await count()).toBe(0);
  });

  it('keeps the key of a running request through housekeeping until its lease is over', async () => {
    const api = await freshCaller();
    await api.post('/v1/clients', { name: 'Running' }, { 'idempotency-key': 'running-key' });
    await server.db.query(
      `update idempotency_keys set state = 'in_progress', response_status = null,
         response_body = null where key = $1`,
      ['running-key'],
    );
    const count = async () =>
      (await server.db.query('select 1 from idempotency_keys where key = $1', ['running-key']))
        .length;
    server.clock.advance(60_000);
    await server.app.housekeeping();
    expect(await count()).toBe(1);
    server.clock.advance(2 * 60_000);
    await server.app.housekeeping();
    expect(await count()).toBe(0);
  });

  it('refuses a key reused on another path even with the same body', async () => {
    const api = await freshCaller();
    const keys = [(await api.post('/v1/keys')).body, (await api.post('/v1/keys')).body];
    const headers = { 'idempotency-key': 'revoke-once' };
    expect((await api.post(`/v1/keys/${keys[0].id}/revoke`, undefined, headers)).status).toBe(200);
    const reused = await api.post(`/v1/keys/${keys[1].id}/revoke`, undefined, headers);
    expect(reused.status).toBe(422);
    expect(reused.body.error).toMatchObject({
      code: 'idempotency_key_reuse',
      message: 'This Idempotency-Key was used for a different request; use a new key per request.',
    });
    // The second key was not revoked: it still works.
    expect((await caller(server, keys[1].secretKey).get('/v1/clients')).status).toBe(200);
  });

  it('answers a retried key creation with a conflict, never the secret again', async () => {
    const api = await freshCaller();
    const headers = { 'idempotency-key': 'new-key-once' };
    const made = await api.post('/v1/keys', undefined, headers);
    expect(made.status).toBe(201);
    const again = await api.post('/v1/keys', undefined, headers);
    expect(again.status).toBe(409);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('shown only once'),
    });
    expect(JSON.stringify(again.body)).not.toContain(made.body.secretKey);
  });

  it('keeps anonymous keys apart per path: two invitations accepted with the same key', async () => {
    const api = await freshCaller();
    const tokens: string[] = [];
    for (const name of ['Anon One', 'Anon Two']) {
      const client = (await api.post('/v1/clients', { name })).body;
      const email = `anon+${client.id}@example.com`;
      await api.put(`/v1/clients/${client.id}/access`, { admin: { ...admin, email } });
      tokens.push(await server.inviteToken(email));
    }
    const headers = { 'idempotency-key': 'accept-click' };
    const anon = caller(server);
    const first = await anon.post(`/v1/invitations/${tokens[0]}/accept`, {}, headers);
    const second = await anon.post(`/v1/invitations/${tokens[1]}/accept`, {}, headers);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    const replay = await anon.post(`/v1/invitations/${tokens[0]}/accept`, {}, headers);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body).toEqual(first.body);
  });

  it('takes the key again when it is freed between the claim and the read', async () => {
    const api = await freshCaller();
    const headers = { 'idempotency-key': 'freed-meanwhile' };
    await api.post('/v1/clients', { name: 'Earlier' }, headers);
    freeBeforeRead = 'freed-meanwhile';
    const later = await api.post('/v1/clients', { name: 'Earlier' }, headers);
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(freeBeforeRead).toBeNull();
  });

  it('runs a request again after the store was unavailable: a 502 is not replayed', async () => {
    const api = await freshCaller();
    const client = (await api.post('/v1/clients', { name: 'Woo Retry' })).body;
    const name = `shop-${Math.random().toString(36).slice(2, 8)}`;
    const url = server.woocommerce.addStore({
      name,
      title: 'Retry Shop',
      catalogue: { kind: 'print' },
    });
    const key = await server.woocommerce.createKey(name, 'read_write');
    const body = {
      platform: 'woocommerce',
      url,
      consumerKey: key.consumerKey,
      consumerSecret: key.consumerSecret,
    };
    const headers = { 'idempotency-key': 'connect-woo' };
    server.woocommerce.failNext(name, 4, 503);
    const down = await api.post(`/v1/clients/${client.id}/stores`, body, headers);
    expect(down.status).toBe(502);
    expect(down.body.error.code).toBe('platform_unavailable');
    const retried = await api.post(`/v1/clients/${client.id}/stores`, body, headers);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(retried.body.status).toBe('connected');
  });
});
