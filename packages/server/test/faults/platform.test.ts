import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../testing/testServer.js';
import { caller, startServer } from '../support.js';
import { runUntilEnded } from './jobs.js';

type Mode = 'ok' | 'hang' | 'html' | 'truncated' | 'not-a-list' | 'wrong-shape';

/**
 * A store that misbehaves while the server syncs it: it stops answering, or answers with
 * something that is not its API. Each sync ends (a reason the owner can read, never a hidden
 * crash), what was synced before stays, and once the store behaves again nothing is doubled.
 */
describe('a store that hangs or answers garbage', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  let mode: Mode = 'ok';
  let storeId: string;
  let synced: number;

  const misbehaving = async (request: Request): Promise<Response> => {
    const listing = /\/wc\/v3\/products(\?|$)/.test(request.url);
    if (mode === 'ok' || !listing) return server.woocommerce.fetch(request);
    if (mode === 'hang') {
      // Accepts the request and never answers, until the caller gives up.
      return new Promise((_, reject) =>
        request.signal.addEventListener('abort', () => reject(request.signal.reason)),
      );
    }
    const json = { 'content-type': 'application/json; charset=UTF-8' };
    if (mode === 'html') {
      return new Response('<html><body><h1>Error establishing a database connection</h1>', {
        headers: { 'content-type': 'text/html' },
      });
    }
    if (mode === 'truncated') return new Response('[{"id": 101, "name": "Print', { headers: json });
    if (mode === 'not-a-list') return new Response('{"variants":"notarray"}', { headers: json });
    return new Response(JSON.stringify([{ id: 'not-a-number', variations: 'none' }]), {
      headers: { ...json, 'x-wp-total': '1', 'x-wp-totalpages': '1' },
    });
  };

  beforeAll(async () => {
    server = await startServer({
      platformTimeoutMs: 300,
      hosts: { 'woocommerce.test': (request) => misbehaving(request) },
    });
    api = caller(server, server.provider.secretKey);
    const client = (await api.post('/v1/clients', { name: 'Garbage In Prints' })).body;
    const url = server.woocommerce.addStore({
      name: 'flaky',
      title: 'Flaky Prints',
      catalogue: { kind: 'generated', products: 250 },
    });
    const key = await server.woocommerce.createKey('flaky', 'read_write');
    const connected = await api.post(`/v1/clients/${client.id}/stores`, {
      platform: 'woocommerce',
      url,
      consumerKey: key.consumerKey,
      consumerSecret: key.consumerSecret,
    });
    expect(connected.status).toBe(201);
    storeId = connected.body.id;
    await runUntilEnded(server, connected.body.lastSyncJobId);
    synced = (await api.get(`/v1/stores/${storeId}`)).body.productCount;
    expect(synced).toBe(250);
  });
  afterAll(() => server.close());

  it.each<Mode>(['hang', 'html', 'truncated', 'not-a-list', 'wrong-shape'])(
    'a sync against a store that answers %s ends with a reason and keeps what was there',
    async (fault) => {
      mode = fault;
      const started = await api.post(`/v1/stores/${storeId}/sync`);
      expect(started.status).toBe(202);
      await runUntilEnded(server, started.body.id);
      const job = (await api.get(`/v1/jobs/${started.body.id}`)).body;
      expect(job.status).toBe('failed');
      // The owner is told what went wrong with the store, not that the server broke.
      expect(job.error.code).not.toBe('internal_error');
      expect(job.error.message).toMatch(/\w{3,}/);
      expect((await api.get(`/v1/stores/${storeId}`)).body.productCount).toBe(synced);

      mode = 'ok';
      const again = await api.post(`/v1/stores/${storeId}/sync`);
      await runUntilEnded(server, again.body.id);
      expect((await api.get(`/v1/jobs/${again.body.id}`)).body.status).toBe('succeeded');
      expect((await api.get(`/v1/stores/${storeId}`)).body.productCount).toBe(synced);
    },
  );
});
