import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { caller, faultyDb, startServer } from './support.js';

describe('Idempotency-Key', () => {
  let server: TestServer;
  // The first client insert fails as a dropped connection would; later ones go through.
  let failNextClientInsert = false;
  beforeAll(async () => {
    server = await startServer({
      wrapDb: (db) =>
        faultyDb(db, (sql) => {
          if (!failNextClientInsert || !sql.includes('insert into clients')) return false;
          failNextClientInsert = false;
          return true;
        }),
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
    expect(soon.body.error.code).toBe('idempotency_in_progress');
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
      expect(refused.body.error.code).toBe('validation_failed');
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
});
