import type { Postback, PostbackDelivery } from '@vitrine/sdk';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, startServer } from './support.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

/** A receiver on an https host the server reaches in process; it answers as it is told. */
function receiver() {
  const received: { headers: Headers; body: string }[] = [];
  let answer = 200;
  return {
    host: 'hooks.test',
    url: 'https://hooks.test/vitrine',
    received,
    answer: (status: number) => {
      answer = status;
    },
    fetch: async (request: Request) => {
      received.push({ headers: request.headers, body: await request.text() });
      return new Response(answer === 200 ? 'ok' : 'down for maintenance', { status: answer });
    },
  };
}

/** Signed postbacks: endpoints, deliveries, retries across an outage and a restart, ordering. */
describe('postbacks', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  const hook = receiver();
  let storeId: string;
  let clientId: string;

  const placeOrder = async (ref: string) =>
    (
      await api.post(`/v1/stores/${storeId}/orders`, {
        orderReferenceId: ref,
        currency: 'EUR',
        shippingAddress: {
          firstName: 'Ana',
          lastName: 'Silva',
          addressLine1: 'Rua Augusta 100',
          city: 'Lisboa',
          postCode: '1100-053',
          country: 'PT',
          email: 'ana@example.com',
        },
        items: [
          {
            itemReferenceId: `${ref}-1`,
            productUid: POSTER,
            quantity: 1,
            files: [{ type: 'default', url: 'https://files.test/a.pdf' }],
          },
        ],
      })
    ).body;
  /** Standard Webhooks verification at the server's (simulated) time. */
  const verify = (key: string, message: { body: string; headers: Headers }) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(server.clock.now());
    try {
      return new Webhook(key).verify(message.body, Object.fromEntries(message.headers));
    } finally {
      vi.useRealTimers();
    }
  };
  const moveTo = (at: number) =>
    server.clock.advance(Math.max(0, at - server.clock.now().getTime()));
  /** Runs due jobs, moving the clock to each next attempt, until nothing is pending. */
  const drain = async (maxRounds = 20) => {
    for (let i = 0; i < maxRounds; i++) {
      await server.runJobs();
      const [next] = await server.db.query<{ at: Date | null }>(
        `select min(run_after) as at from jobs where kind = 'postback_delivery' and status = 'queued'`,
      );
      if (!next?.at) return;
      moveTo(new Date(next.at).getTime());
    }
  };

  beforeAll(async () => {
    server = await startServer({ seedCatalog: true, hosts: { [hook.host]: hook.fetch } });
    api = caller(server, server.provider.secretKey);
    clientId = (await api.post('/v1/clients', { name: 'Postback Co' })).body.id;
    storeId = (await api.post(`/v1/clients/${clientId}/stores`, { platform: 'manual', name: 'M' }))
      .body.id;
  });
  afterAll(() => server.close());

  let endpoint: Postback;
  let secret: string;

  it('adds an endpoint whose secret shows once, and refuses private addresses', async () => {
    const created = await api.post('/v1/postbacks', {
      url: hook.url,
      events: ['order.received', 'order.canceled'],
      notifyEmail: 'ops@provider.example',
    });
    expect(created.status).toBe(201);
    endpoint = created.body;
    secret = endpoint.signingSecret!;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const read = (await api.get(`/v1/postbacks/${endpoint.id}`)).body;
    expect(read.signingSecret).toBeUndefined();
    expect(JSON.stringify((await api.get('/v1/postbacks')).body)).not.toContain(secret);
    for (const url of [
      'http://hooks.test/x',
      'https://127.0.0.1/x',
      'https://169.254.169.254/latest',
    ]) {
      const refused = await api.post('/v1/postbacks', { url, events: ['order.received'] });
      expect(refused.status, url).toBe(400);
      expect(refused.body.error.code).toBe('postback_url_invalid');
    }
  });

  it('delivers an order event with the whole order, signed as Standard Webhooks verify it', async () => {
    const order = await placeOrder('PB-1');
    const pending: PostbackDelivery[] = (
      await api.get(`/v1/postbacks/${endpoint.id}/deliveries?status=pending`)
    ).body.data;
    expect(pending).toMatchObject([{ event: 'order.received', orderId: order.id }]);
    await drain();
    expect(hook.received).toHaveLength(1);
    const [message] = hook.received;
    const verified = verify(secret, message!) as {
      type: string;
      data: {
        order: {
          id: string;
          items: { productUid: string; files: unknown[] }[];
          shippingAddress: { city: string };
        };
      };
    };
    expect(verified.type).toBe('order.received');
    expect(verified.data.order).toMatchObject({
      id: order.id,
      items: [
        { productUid: POSTER, files: [{ type: 'default', url: 'https://files.test/a.pdf' }] },
      ],
      shippingAddress: { city: 'Lisboa' },
    });
    expect(message!.headers.get('webhook-id')).toBe(pending[0]!.messageId);
    // A forged body does not verify.
    expect(() =>
      verify(secret, { ...message!, body: message!.body.replace('Lisboa', 'Paris') }),
    ).toThrow(/No matching signature/);
    const [done] = (await api.get(`/v1/postbacks/${endpoint.id}/deliveries`)).body.data;
    expect(done).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      responseStatus: 200,
      attemptLog: [{ responseStatus: 200, responseExcerpt: 'ok', trigger: 'scheduled' }],
    });
  });

  it('rides out an hour-long outage: every event once, in order, after it', async () => {
    hook.received.length = 0;
    hook.answer(503);
    const a = await placeOrder('PB-2');
    const b = await placeOrder('PB-3');
    await api.post(`/v1/orders/${a.id}/cancel`);
    // An hour of failures on a simulated clock.
    const outageEnds = server.clock.now().getTime() + 3600_000;
    for (let round = 0; server.clock.now().getTime() < outageEnds && round < 50; round++) {
      await server.runJobs();
      const [next] = await server.db.query<{ at: Date | null }>(
        `select min(run_after) as at from jobs where kind = 'postback_delivery' and status = 'queued'`,
      );
      if (!next?.at) break;
      moveTo(Math.min(outageEnds, new Date(next.at).getTime()));
    }
    const failedTries = hook.received.length;
    expect(failedTries).toBeGreaterThan(3);
    // A's cancellation never went before A's receipt, not even while failing.
    const seenA = hook.received
      .map((r) => JSON.parse(r.body))
      .filter((p) => p.data.order.id === a.id)
      .map((p) => p.type);
    expect(
      seenA.indexOf('order.canceled') === -1 ||
        seenA.lastIndexOf('order.received') < seenA.indexOf('order.canceled'),
    ).toBe(true);

    hook.answer(200);
    hook.received.length = 0;
    await drain();
    const delivered = hook.received.map(
      (r) => JSON.parse(r.body) as { type: string; data: { order: { id: string } } },
    );
    const ids = hook.received.map((r) => r.headers.get('webhook-id'));
    expect(new Set(ids).size).toBe(ids.length);
    const forA = delivered.filter((p) => p.data.order.id === a.id).map((p) => p.type);
    expect(forA).toEqual(['order.received', 'order.canceled']);
    expect(delivered.filter((p) => p.data.order.id === b.id).map((p) => p.type)).toEqual([
      'order.received',
    ]);
    const pending = (await api.get(`/v1/postbacks/${endpoint.id}/deliveries?status=pending`)).body
      .data;
    expect(pending).toEqual([]);
    expect((await api.get(`/v1/postbacks/${endpoint.id}`)).body.failingSince).toBeNull();
  });

  it('resumes its retry schedule after the server restarts', async () => {
    hook.received.length = 0;
    hook.answer(500);
    await placeOrder('PB-4');
    await server.runJobs();
    expect(hook.received).toHaveLength(1);
    // A new server process on the same database: nothing in memory carries over.
    const restarted = createApp({
      db: server.db,
      clock: server.clock,
      sessionSecret: 'a-new-process-with-a-new-session-secret!',
      encryptionKey: server.encryptionKey,
      publicUrl: server.baseUrl,
      rateLimit: false,
      platformFetch: async (request) => hook.fetch(request),
    });
    hook.answer(200);
    server.clock.advance(10_000);
    await restarted.runPendingJobs();
    expect(hook.received).toHaveLength(2);
    expect(hook.received[0]!.headers.get('webhook-id')).toBe(
      hook.received[1]!.headers.get('webhook-id'),
    );
    expect(verify(secret, hook.received[1]!)).toBeTruthy();
  });

  it('sends test events and redeliveries now, and logs every attempt', async () => {
    hook.answer(500);
    const test = await api.post(`/v1/postbacks/${endpoint.id}/test`);
    expect(test.status).toBe(201);
    expect(test.body).toMatchObject({
      event: 'postback.test',
      status: 'failed',
      attemptLog: [
        { responseStatus: 500, responseExcerpt: 'down for maintenance', trigger: 'manual' },
      ],
    });
    hook.answer(200);
    const again = await api.post(
      `/v1/postbacks/${endpoint.id}/deliveries/${test.body.id}/redeliver`,
    );
    expect(again.body).toMatchObject({ status: 'succeeded', attempts: 2 });
    expect(again.body.attemptLog.map((a: { responseStatus: number }) => a.responseStatus)).toEqual([
      200, 500,
    ]);
  });

  it('signs with both secrets during a rotation', async () => {
    const rotated = (await api.post(`/v1/postbacks/${endpoint.id}/rotate-secret`)).body;
    expect(rotated.signingSecret).not.toBe(secret);
    hook.received.length = 0;
    await api.post(`/v1/postbacks/${endpoint.id}/test`);
    const [message] = hook.received;
    const headers = Object.fromEntries(message!.headers);
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(verify(secret, message!)).toBeTruthy();
    expect(verify(rotated.signingSecret, message!)).toBeTruthy();
    secret = rotated.signingSecret;
    server.clock.advance(25 * 3600_000);
    hook.received.length = 0;
    await api.post(`/v1/postbacks/${endpoint.id}/test`);
    expect(hook.received[0]!.headers.get('webhook-signature')!.split(' ')).toHaveLength(1);
  });

  it('switches off an endpoint that keeps failing for days, and tells its owner', async () => {
    hook.answer(503);
    // The retries' jitter at its lowest: the schedule must still outlast the three days.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0);
    await placeOrder('PB-5');
    await drain(30);
    random.mockRestore();
    const off = (await api.get(`/v1/postbacks/${endpoint.id}`)).body;
    expect(off).toMatchObject({ enabled: false, disabledReason: 'failing' });
    const mail = await server.outbox('ops@provider.example');
    expect(mail[0]).toMatchObject({ subject: 'A postback endpoint was switched off' });
    // While off, nothing is queued for it.
    await placeOrder('PB-6');
    expect(
      (await api.get(`/v1/postbacks/${endpoint.id}/deliveries?status=pending`)).body.data,
    ).toEqual([]);
    hook.answer(200);
    const on = await api.patch(`/v1/postbacks/${endpoint.id}`, { enabled: true });
    expect(on.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
  });

  it('switches off an endpoint that answers 410 Gone at once', async () => {
    const gone = (await api.post('/v1/postbacks', { url: hook.url, events: ['order.received'] }))
      .body;
    hook.answer(410);
    await placeOrder('PB-7');
    await server.runJobs();
    expect((await api.get(`/v1/postbacks/${gone.id}`)).body).toMatchObject({
      enabled: false,
      disabledReason: 'gone',
    });
    hook.answer(200);
    expect((await api.delete(`/v1/postbacks/${gone.id}`)).body).toEqual({
      id: gone.id,
      deleted: true,
    });
    expect((await api.get(`/v1/postbacks/${gone.id}`)).status).toBe(404);
  });

  it("keeps other providers' endpoints apart", async () => {
    const other = await server.createProvider('Other');
    const them = caller(server, other.secretKey);
    expect((await them.get(`/v1/postbacks/${endpoint.id}`)).status).toBe(404);
    expect((await them.get('/v1/postbacks')).body.data).toEqual([]);
    const foreignClient = await them.post('/v1/postbacks', {
      url: hook.url,
      events: ['order.received'],
      clientId,
    });
    expect(foreignClient.status).toBe(404);
  });
});
