import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { caller, clientSession, clientWithActiveAdmin, startServer } from './support.js';

/** Manual stores: a name, no platform; orders come by hand or by CSV. */
describe('manual stores', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  beforeAll(async () => {
    server = await startServer();
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  const newStore = async (name = 'Counter Sales', referenceId?: string) => {
    const client = (
      await api.post('/v1/clients', { name: 'Manual Co', ...(referenceId ? { referenceId } : {}) })
    ).body;
    const created = await api.post(`/v1/clients/${client.id}/stores`, {
      platform: 'manual',
      name,
    });
    expect(created.status).toBe(201);
    return { clientId: client.id as string, store: created.body };
  };

  it('is created connected, with no platform address, webhook or integration fields', async () => {
    // Even for a client with a reference ID: only Pressero stores carry it as integration ID.
    const { clientId, store } = await newStore('Counter Sales', 'MANUAL-REF');
    expect(store).toMatchObject({
      platform: 'manual',
      name: 'Counter Sales',
      status: 'connected',
      statusReason: null,
      shopUrl: null,
      webhookUrl: null,
      integrationId: null,
      lastSyncJobId: null,
      productCount: 0,
    });
    expect(store).not.toHaveProperty('webhookSecret');
    const listed = (await api.get(`/v1/clients/${clientId}/stores`)).body.data;
    expect(listed).toEqual([store]);
    const [row] = await server.db.query<{
      credentials: string | null;
      webhook_secret: string | null;
    }>('select credentials, webhook_secret from stores where id = $1', [store.id]);
    expect(row).toEqual({ credentials: null, webhook_secret: null });
    const jobs = await server.db.query('select id from jobs where store_id = $1', [store.id]);
    expect(jobs).toEqual([]);
  });

  it('needs a name', async () => {
    const client = (await api.post('/v1/clients', { name: 'Nameless Co' })).body;
    const res = await api.post(`/v1/clients/${client.id}/stores`, { platform: 'manual' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect((await api.get(`/v1/clients/${client.id}/stores`)).body.data).toEqual([]);
  });

  it('refuses to sync, to rotate a webhook secret, or to take platform webhooks', async () => {
    const { store } = await newStore();
    const sync = await api.post(`/v1/stores/${store.id}/sync`);
    expect(sync.status).toBe(422);
    expect(sync.body.error).toMatchObject({
      code: 'platform_not_supported',
      message: expect.stringContaining('Manual stores'),
    });
    const secret = await api.post(`/v1/stores/${store.id}/webhook-secret`);
    expect(secret.status).toBe(422);
    expect(secret.body.error.code).toBe('platform_not_supported');
    const hook = await server.fetch(`${server.baseUrl}/v1/hooks/manual/${store.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(hook.status).toBe(422);
    expect(((await hook.json()) as { error: { code: string } }).error.code).toBe(
      'platform_not_supported',
    );
    const after = (await api.get(`/v1/stores/${store.id}`)).body;
    expect(after).toMatchObject({ status: 'connected', lastSyncJobId: null });
  });

  it('verifies as it is: no platform to ask, nothing changes', async () => {
    const { store } = await newStore();
    server.clock.advance(1000);
    const verified = await api.post(`/v1/stores/${store.id}/verify`);
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual(store);
  });

  it('is renamed, and disconnected like any store, keeping its history', async () => {
    const { clientId, store } = await newStore('Phone Orders');
    server.clock.advance(1000);
    const renamed = await api.patch(`/v1/stores/${store.id}`, { name: 'Phone & Email Orders' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Phone & Email Orders', status: 'connected' });
    expect(Date.parse(renamed.body.updatedAt)).toBeGreaterThan(Date.parse(store.updatedAt));

    const gone = await api.delete(`/v1/stores/${store.id}`);
    expect(gone.status).toBe(200);
    expect(gone.body).toMatchObject({ id: store.id, status: 'disconnected' });
    expect((await api.get(`/v1/clients/${clientId}/stores`)).body.data).toHaveLength(1);
    const verify = await api.post(`/v1/stores/${store.id}/verify`);
    expect(verify.status).toBe(409);
    expect(verify.body.error.code).toBe('store_disconnected');
  });

  it('is added by a client admin, whose session sees no secret either', async () => {
    const { client, userId } = await clientWithActiveAdmin(
      server,
      server.provider.secretKey,
      'Self Serve Co',
    );
    const token = await clientSession(server, server.provider.secretKey, client.id, userId);
    const created = await caller(server, token).post(`/v1/clients/${client.id}/stores`, {
      platform: 'manual',
      name: 'Trade Counter',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ platform: 'manual', status: 'connected' });
    expect(created.body).not.toHaveProperty('webhookSecret');
  });
});
