import type { Order, StoreVariant } from '@vitrine/sdk';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../src/app.js';
import type { TestServer } from '../testing/testServer.js';
import {
  caller,
  clientSession,
  clientWithActiveAdmin,
  connectShopify,
  startServer,
} from './support.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
const CARD = 'cards_pf_bb_pt_350-gsm-coated-silk_cl_4-4_ct_none_prt_none_sft_none_set_none_hor';
const STEPS = ['passed', 'in_production', 'printed', 'shipped', 'delivered'] as const;

/** A postback receiver on an https host the server reaches in process; it answers as told. */
function receiver(now: () => Date) {
  const received: { headers: Headers; body: string; at: Date }[] = [];
  let answer = 200;
  return {
    host: 'hooks.test',
    url: 'https://hooks.test/vitrine',
    received,
    answer: (status: number) => {
      answer = status;
    },
    fetch: async (request: Request) => {
      received.push({ headers: request.headers, body: await request.text(), at: now() });
      return new Response(answer === 200 ? 'ok' : 'down', { status: answer });
    },
  };
}

/**
 * The production loop against the GelatoConnect simulator: orders submitted with what production
 * needs, status postbacks moving them to delivered, forgeries refused, and the provider's own
 * postbacks surviving an outage and a restart.
 */
describe('production through GelatoConnect', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  const hook = receiver(() => server.clock.now());
  let clientId: string;
  let manualStore: string;
  let shopifyStore: string;
  let statusUrl: string;
  let secret: string;

  const place = async (ref: string): Promise<Order> => {
    const res = await api.post(`/v1/stores/${manualStore}/orders`, {
      orderReferenceId: ref,
      currency: 'EUR',
      shipmentMethodUid: 'standard',
      shippingAddress: {
        firstName: 'Ana',
        lastName: 'Silva',
        companyName: 'Padaria Silva',
        addressLine1: 'Rua Augusta 100',
        addressLine2: '2º andar',
        city: 'Lisboa',
        postCode: '1100-053',
        country: 'PT',
        email: 'ana@example.com',
        phone: '+351210000000',
      },
      items: [
        {
          itemReferenceId: `${ref}-1`,
          productUid: POSTER,
          quantity: 3,
          files: [{ type: 'default', url: 'https://files.test/poster.pdf' }],
        },
        {
          itemReferenceId: `${ref}-2`,
          productUid: CARD,
          quantity: 100,
          files: [
            { type: 'front', url: 'https://files.test/card-front.pdf' },
            { type: 'back', url: 'https://files.test/card-back.pdf' },
          ],
        },
      ],
    });
    if (res.status !== 201) throw new Error(`order: ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const order = async (id: string): Promise<Order> => (await api.get(`/v1/orders/${id}`)).body;
  /** Standard Webhooks verification, as the receiver did it when the postback arrived. */
  const verify = (message: { body: string; headers: Headers; at: Date }) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(message.at);
    try {
      return new Webhook(secret).verify(message.body, Object.fromEntries(message.headers)) as {
        type: string;
        data: { order: Order };
      };
    } finally {
      vi.useRealTimers();
    }
  };
  const nextPostbackAt = async () => {
    const [next] = await server.db.query<{ at: Date | null }>(
      `select min(run_after) as at from jobs where kind = 'postback_delivery' and status = 'queued'`,
    );
    return next?.at ? new Date(next.at).getTime() : null;
  };
  /** Runs due jobs, moving the clock to each next postback attempt, until none is pending. */
  const drain = async (maxRounds = 20) => {
    for (let i = 0; i < maxRounds; i++) {
      await server.runJobs();
      const at = await nextPostbackAt();
      if (at === null) return;
      server.clock.advance(Math.max(0, at - server.clock.now().getTime()));
    }
  };
  const simOrder = (ref: string) => {
    const found = server.production.order(ref);
    if (!found) throw new Error(`The simulator has no order ${ref}`);
    return found;
  };

  beforeAll(async () => {
    server = await startServer({ seedCatalog: true, hosts: { [hook.host]: hook.fetch } });
    api = caller(server, server.provider.secretKey);
    clientId = (await api.post('/v1/clients', { name: 'Padaria Silva' })).body.id;
    manualStore = (
      await api.post(`/v1/clients/${clientId}/stores`, { platform: 'manual', name: 'Orders' })
    ).body.id;
    ({ storeId: shopifyStore } = await connectShopify(server, server.provider.secretKey, clientId));
    await server.runJobs();
    // The provider connects its GelatoConnect API connector and sets its status trigger.
    const { connector } = server.production;
    const connected = await api.put('/v1/production', {
      kind: 'gelatoconnect',
      orderUrl: connector.orderUrl,
      apiKey: connector.apiKey,
    });
    expect(connected.status, JSON.stringify(connected.body)).toBe(200);
    statusUrl = connected.body.gelatoconnect.statusUrl;
    server.production.setPostbackUrl(connector.id, statusUrl);
    const endpoint = await api.post('/v1/postbacks', {
      url: hook.url,
      events: ['order.received', ...STEPS.map((s) => `order.${s}`), 'order.failed'],
    });
    secret = endpoint.body.signingSecret;
  });
  afterAll(() => server.close());

  let first: Order;

  it('submits a placed order with its items, product UIDs, files and address', async () => {
    first = await place('PR-1');
    await server.runJobs();
    const submitted = simOrder('PR-1');
    expect(submitted).toMatchObject({
      orderType: 'order',
      isTest: false,
      currency: 'EUR',
      shipmentMethodUid: 'standard',
      shippingAddress: {
        firstName: 'Ana',
        lastName: 'Silva',
        companyName: 'Padaria Silva',
        addressLine1: 'Rua Augusta 100',
        addressLine2: '2º andar',
        city: 'Lisboa',
        postCode: '1100-053',
        country: 'PT',
        email: 'ana@example.com',
        phone: '+351210000000',
      },
      metadata: [{ key: 'vitrineOrderId', value: first.id }],
    });
    expect(
      submitted.items.map((i) => ({
        ref: i.itemReferenceId,
        uid: i.productUid,
        quantity: i.quantity,
        files: i.files,
      })),
    ).toEqual([
      {
        ref: 'PR-1-1',
        uid: POSTER,
        quantity: 3,
        files: [{ type: 'default', url: 'https://files.test/poster.pdf' }],
      },
      {
        ref: 'PR-1-2',
        uid: CARD,
        quantity: 100,
        files: [
          { type: 'front', url: 'https://files.test/card-front.pdf' },
          { type: 'back', url: 'https://files.test/card-back.pdf' },
        ],
      },
    ]);
    // The key went as X-API-KEY and was accepted; the order took GelatoConnect's id.
    expect(server.production.requests().at(-1)).toMatchObject({ method: 'POST', status: 200 });
    const now = await order(first.id);
    expect(now.fulfillmentStatus).toBe('passed');
    expect(now.history.at(-1)!.note).toBe(`Sent to GelatoConnect as ${submitted.id}.`);
  });

  it('sends test orders as drafts, labelled as tests on the simulator page', async () => {
    const product = server.shopify.product('vitrine-demo', 0)!;
    const listed = (await api.get(`/v1/stores/${shopifyStore}/products?limit=100`)).body.data;
    const variant: StoreVariant = listed
      .find((p: { externalId: string }) => p.externalId === String(product.id))
      .variants.find((v: StoreVariant) => v.externalId === String(product.variants[0]!.id));
    await api.put(`/v1/stores/${shopifyStore}/variants/${variant.id}/mapping`, {
      productUid: POSTER,
      files: [{ type: 'default', url: 'https://files.test/poster.pdf' }],
    });
    const test = (await api.post(`/v1/stores/${shopifyStore}/test-order`, {})).body as Order;
    await server.runJobs();
    expect(simOrder(test.orderReferenceId)).toMatchObject({
      orderType: 'draft',
      isTest: true,
      metadata: expect.arrayContaining([{ key: 'test', value: 'true' }]),
    });
    const page = await (
      await server.production.fetch(new Request('https://gelatoconnect.test/'))
    ).text();
    const row = (ref: string) =>
      page.slice(page.indexOf(ref), page.indexOf('</tr>', page.indexOf(ref)));
    expect(row(test.orderReferenceId)).toContain('Test order');
    expect(row('PR-1<')).not.toContain('Test order');
    expect((await order(test.id)).history.at(-1)!.note).toMatch(/^Sent as a test \(a draft\)/);
  });

  it('moves an order to delivered with tracking, every step in its history and its postbacks', async () => {
    const gcId = simOrder('PR-1').id;
    for (const step of STEPS) {
      const postback = await server.production.advance(gcId);
      expect(postback, step).toMatchObject({ status: step, responseStatus: 200 });
    }
    const done = await order(first.id);
    const tracking = simOrder('PR-1').tracking!;
    expect(done.fulfillmentStatus).toBe('delivered');
    expect(done.items.map((i) => i.fulfillmentStatus)).toEqual(['delivered', 'delivered']);
    expect(done.tracking).toEqual([{ code: tracking.trackingCode, url: tracking.trackingUrl }]);
    expect(done.history.filter((e) => e.itemId === null).map((e) => e.status)).toEqual([
      'received',
      'passed',
      'in_production',
      'printed',
      'shipped',
      'delivered',
    ]);
    // The same status posted again changes nothing.
    expect((await server.production.resend(gcId))!.responseStatus).toBe(200);
    expect((await order(first.id)).history).toEqual(done.history);

    // The provider heard of each step, signed as Standard Webhooks verify it.
    await drain();
    const told = hook.received.map(verify).filter((p) => p.data.order.id === first.id);
    expect(told.map((p) => p.type)).toEqual(['order.received', ...STEPS.map((s) => `order.${s}`)]);
    expect(told.find((p) => p.type === 'order.shipped')!.data.order.tracking).toEqual([
      { code: tracking.trackingCode, url: tracking.trackingUrl },
    ]);
  });

  it('refuses a forged GelatoConnect postback and a forged status report', async () => {
    const victim = await place('PR-2');
    await server.runJobs();
    const gc = simOrder('PR-2');
    const forgedBody = JSON.stringify({
      ...server.production.statusPayload({ ...gc, fulfillmentStatus: 'shipped' }),
    });
    const token = statusUrl.split('/').at(-1)!;
    for (const path of [
      `/v1/hooks/production/${token.slice(0, -2)}xx`,
      '/v1/hooks/production/',
      `/v1/hooks/production/${'A'.repeat(32)}`,
    ]) {
      const res = await server.fetch(`${server.baseUrl}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: forgedBody,
      });
      expect([401, 404], path).toContain(res.status);
    }
    // The simulator's trigger pointed at a wrong token is refused the same way.
    server.production.setPostbackUrl(server.production.connector.id, `${statusUrl}x`);
    expect((await server.production.advance(gc.id))!.responseStatus).toBe(401);
    server.production.setPostbackUrl(server.production.connector.id, statusUrl);

    // A status report needs the provider's own secret key.
    const report = { status: 'shipped', tracking: { code: 'FORGED-1' } };
    const other = await server.createProvider('Someone Else');
    const { client, userId } = await clientWithActiveAdmin(
      server,
      server.provider.secretKey,
      'Reporter Co',
    );
    const session = await clientSession(server, server.provider.secretKey, client.id, userId);
    const attempts: [string, string | undefined, number[]][] = [
      ['no credential', undefined, [401]],
      ['a made-up key', 'vt_sk_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', [401]],
      ["another provider's key", other.secretKey, [404]],
      ['a client session', session, [401, 403]],
    ];
    for (const [who, credential, statuses] of attempts) {
      const res = await caller(server, credential).post(`/v1/orders/${victim.id}/events`, report);
      expect(statuses, who).toContain(res.status);
    }
    const untouched = await order(victim.id);
    expect(untouched.fulfillmentStatus).toBe('passed');
    expect(untouched.tracking).toEqual([]);
    // The provider's own key is heard.
    const genuine = await api.post(`/v1/orders/${victim.id}/events`, {
      status: 'in_production',
    });
    expect(genuine.body.fulfillmentStatus).toBe('in_production');
  });

  it('refuses to submit with a wrong API key: the order fails with the reason', async () => {
    const { connector } = server.production;
    await api.put('/v1/production', {
      kind: 'gelatoconnect',
      orderUrl: connector.orderUrl,
      apiKey: `${connector.apiKey.split(':')[0]}:guessed`,
    });
    const placed = await place('WK-1');
    await server.runJobs();
    expect(server.production.order('WK-1')).toBeNull();
    expect(server.production.requests().at(-1)).toMatchObject({ method: 'POST', status: 401 });
    const failed = await order(placed.id);
    expect(failed.fulfillmentStatus).toBe('failed');
    expect(failed.history.at(-1)!.note).toMatch(/refused the API key/);
    // Connected again with the right key (and a new status address for the trigger).
    const again = await api.put('/v1/production', {
      kind: 'gelatoconnect',
      orderUrl: connector.orderUrl,
      apiKey: connector.apiKey,
    });
    statusUrl = again.body.gelatoconnect.statusUrl;
    server.production.setPostbackUrl(connector.id, statusUrl);
  });

  it('rides out an hour-long postback outage: every status once, in order per order', async () => {
    await drain();
    hook.received.length = 0;
    hook.answer(503);
    const a = await place('PR-3');
    const b = await place('PR-4');
    await server.runJobs();
    // Production moves both along while the receiver is down for an hour of simulated time.
    const outageEnds = server.clock.now().getTime() + 3600_000;
    for (let round = 0; round < 5; round++) {
      await server.production.advance(simOrder('PR-3').id);
      await server.production.advance(simOrder('PR-4').id);
      await server.runJobs();
      server.clock.advance(10 * 60_000);
    }
    for (let round = 0; server.clock.now().getTime() < outageEnds && round < 50; round++) {
      await server.runJobs();
      const at = await nextPostbackAt();
      if (at === null) break;
      server.clock.advance(Math.max(0, Math.min(outageEnds, at) - server.clock.now().getTime()));
    }
    expect(hook.received.length).toBeGreaterThan(2);
    expect((await order(a.id)).fulfillmentStatus).toBe('delivered');

    hook.answer(200);
    hook.received.length = 0;
    await drain(40);
    const delivered = hook.received.map((r) => ({
      id: r.headers.get('webhook-id'),
      ...verify(r),
    }));
    expect(new Set(delivered.map((d) => d.id)).size).toBe(delivered.length);
    for (const o of [a, b]) {
      expect(delivered.filter((d) => d.data.order.id === o.id).map((d) => d.type)).toEqual([
        'order.received',
        ...STEPS.map((s) => `order.${s}`),
      ]);
    }
  });

  it('resumes the postback schedule after the server restarts on the same database', async () => {
    hook.received.length = 0;
    hook.answer(500);
    const c = await place('PR-5');
    await server.runJobs();
    await server.production.advance(simOrder('PR-5').id);
    await server.runJobs();
    const failed = hook.received.length;
    expect(failed).toBeGreaterThan(0);
    // A new process on the same database: nothing in memory carries over.
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
    for (let i = 0; i < 10; i++) {
      await restarted.runPendingJobs();
      const [next] = await server.db.query<{ at: Date | null }>(
        `select min(run_after) as at from jobs where kind = 'postback_delivery' and status = 'queued'`,
      );
      if (!next?.at) break;
      server.clock.advance(Math.max(0, new Date(next.at).getTime() - server.clock.now().getTime()));
    }
    const after = hook.received
      .slice(failed)
      .map((r) => ({ id: r.headers.get('webhook-id'), ...verify(r) }));
    const forC = after.filter((p) => p.data.order.id === c.id);
    expect(forC.map((p) => p.type)).toEqual(['order.received', 'order.passed']);
    // The retry carried the message id of the failed attempt.
    const firstTry = hook.received[0]!.headers.get('webhook-id');
    expect(forC[0]!.id).toBe(firstTry);
  });
});
