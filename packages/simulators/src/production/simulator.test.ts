import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../test/support.js';
import { ProductionSimulator } from './simulator.js';

const connector = {
  id: '0c0c0c0c-0000-4000-8000-000000000001',
  name: 'Print Co',
  apiKey: 'key-1:secret-1',
  postbackUrl: 'https://psp.test/status/tok',
};

const submission = (ref: string, extra: Record<string, unknown> = {}) => ({
  orderReferenceId: ref,
  orderType: 'order',
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
      quantity: 2,
      productUid: 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver',
      files: [{ type: 'default', url: 'https://files.test/a.pdf' }],
    },
  ],
  metadata: [{ key: 'vitrineOrderId', value: 'ord_1' }],
  ...extra,
});

/** The simulator on the wire, as GelatoConnect's API clients and a PSP's receiver see it. */
function setup() {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const received: { url: string; headers: Headers; body: any }[] = [];
  let answer = 200;
  const sim = new ProductionSimulator({
    connectors: [connector],
    clock,
    fetch: async (request) => {
      received.push({
        url: request.url,
        headers: request.headers,
        body: JSON.parse(await request.text()),
      });
      return new Response('ok', { status: answer });
    },
  });
  const orderUrl = sim.orderUrl(connector.id);
  const call = async (
    method: string,
    url: string,
    body?: unknown,
    key: string | null = connector.apiKey,
  ) => {
    const res = await sim.fetch(
      new Request(url, {
        method,
        headers: {
          ...(key ? { 'x-api-key': key } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      }),
    );
    const text = await res.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // pages stay text
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };
  return { sim, clock, orderUrl, call, received, answer: (s: number) => (answer = s) };
}

describe('the production simulator (GelatoConnect order intake)', () => {
  afterEach(() => vi.useRealTimers());

  it('takes an order with the connector key, and refuses a wrong key or an unknown connector', async () => {
    const { sim, orderUrl, call } = setup();
    expect(orderUrl).toBe(`https://gelatoconnect.test/api/vitrine-print/${connector.id}/order`);
    expect((await call('POST', orderUrl, submission('A-1'), null)).status).toBe(401);
    const wrong = await call('POST', orderUrl, submission('A-1'), 'key-1:not-the-secret');
    expect(wrong).toMatchObject({ status: 401, body: { code: 401, message: 'Unauthorized' } });
    expect(
      (await call('POST', orderUrl.replace(connector.id, 'someone-else'), submission('A-1')))
        .status,
    ).toBe(404);
    expect(sim.orders()).toEqual([]);

    const created = await call('POST', orderUrl, submission('A-1'));
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      orderReferenceId: 'A-1',
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    const read = await call('GET', `${orderUrl}/${created.body.id}`);
    expect(read.body).toMatchObject({
      id: created.body.id,
      orderReferenceId: 'A-1',
      fulfillmentStatus: 'received',
      shippingAddress: { city: 'Lisboa', country: 'PT' },
      items: [
        {
          itemReferenceId: 'A-1-1',
          quantity: 2,
          productUid: 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver',
          files: [{ type: 'default', url: 'https://files.test/a.pdf' }],
        },
      ],
      metadata: [{ key: 'vitrineOrderId', value: 'ord_1' }],
    });
    // By reference too, as GelatoConnect's Get Order takes either.
    expect((await call('GET', `${orderUrl}/A-1`)).body.id).toBe(created.body.id);
  });

  it('refuses an order it could not produce, saying why', async () => {
    const { call, orderUrl } = setup();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ orderReferenceId: '' }, /orderReferenceId/],
      [{ currency: 'euro' }, /currency/],
      [{ items: [] }, /at least one item/],
      [{ items: [{ itemReferenceId: 'x', quantity: 0, productUid: 'p' }] }, /quantity/],
      [{ items: [{ itemReferenceId: 'x', quantity: 1 }] }, /productUid/],
      [{ shippingAddress: { firstName: 'A' } }, /shippingAddress\.lastName/],
    ];
    for (const [change, message] of cases) {
      const refused = await call('POST', orderUrl, submission('B-1', change));
      expect(refused.status, JSON.stringify(change)).toBe(400);
      expect(refused.body.message).toMatch(message);
    }
  });

  it('moves an order step by step, posting each status with tracking once shipped', async () => {
    const { sim, call, orderUrl, received } = setup();
    const { id } = (await call('POST', orderUrl, submission('C-1'))).body;
    for (let i = 0; i < 6; i++) await sim.advance(id);
    expect(received.map((r) => r.body.fulfillmentStatus)).toEqual([
      'passed',
      'in_production',
      'printed',
      'shipped',
      'delivered',
    ]);
    expect(received.every((r) => r.url === connector.postbackUrl)).toBe(true);
    const shipped = received[3]!.body;
    expect(shipped).toMatchObject({
      event: 'order_status_updated',
      orderId: id,
      orderReferenceId: 'C-1',
      items: [
        {
          itemReferenceId: 'C-1-1',
          fulfillmentStatus: 'shipped',
          fulfillments: [
            {
              trackingCode: expect.stringMatching(/^GC[0-9A-F]{12}$/),
              trackingUrl: expect.stringContaining('/track/GC'),
            },
          ],
        },
      ],
    });
    expect(received[0]!.body.items[0].fulfillments).toEqual([]);
    // The tracking page answers at the tracking URL.
    const track = await call('GET', shipped.items[0].fulfillments[0].trackingUrl);
    expect(track.body).toContain('delivered');
    // Done: nothing more to post.
    expect(await sim.advance(id)).toBeNull();
  });

  it('cancels before shipping and refuses after, and updates the shipment until then', async () => {
    const { sim, call, orderUrl, received } = setup();
    const a = (await call('POST', orderUrl, submission('D-1'))).body.id;
    const b = (await call('POST', orderUrl, submission('D-2'))).body.id;
    const updated = await call('PUT', `${orderUrl}/${a}/shipment`, {
      shipmentMethodUid: 'express',
    });
    expect(updated.body.shipment).toMatchObject({ shipmentMethodUid: 'express' });
    expect(await call('POST', `${orderUrl}/${a}/cancel`, {})).toMatchObject({
      status: 200,
      body: { code: 200, message: 'OK' },
    });
    expect(received.at(-1)!.body).toMatchObject({ orderId: a, fulfillmentStatus: 'canceled' });
    expect(await sim.advance(a)).toBeNull();
    for (let i = 0; i < 4; i++) await sim.advance(b);
    expect((await call('POST', `${orderUrl}/${b}/cancel`, {})).status).toBe(409);
    expect(
      (await call('PUT', `${orderUrl}/${b}/shipment`, { shipmentMethodUid: 'x' })).status,
    ).toBe(409);
  });

  it('lists orders on its page, test orders labelled, and moves them by button', async () => {
    const { sim, call, orderUrl, received } = setup();
    await call('POST', orderUrl, submission('E-1'));
    const draft = (await call('POST', orderUrl, submission('E-TEST', { orderType: 'draft' }))).body
      .id;
    const html = (await call('GET', 'https://gelatoconnect.test/')).body as string;
    expect(html).toContain('E-1');
    const testRow = html.slice(html.indexOf('E-TEST'), html.indexOf('E-TEST') + 200);
    expect(testRow).toContain('Test order');
    expect(html.slice(html.indexOf('E-1<'), html.indexOf('E-1<') + 60)).not.toContain('Test');
    expect(sim.order(draft)!.isTest).toBe(true);
    const pressed = await sim.fetch(
      new Request(`https://gelatoconnect.test/orders/${draft}/advance`, { method: 'POST' }),
    );
    expect(pressed.status).toBe(303);
    expect(decodeURIComponent(pressed.headers.get('location')!)).toContain('E-TEST is passed');
    expect(received.at(-1)!.body).toMatchObject({ orderId: draft, fulfillmentStatus: 'passed' });
  });

  it('moves every open order a step on its timer', async () => {
    vi.useFakeTimers();
    const { sim, call, orderUrl, received } = setup();
    await call('POST', orderUrl, submission('F-1'));
    await call('POST', orderUrl, submission('F-2'));
    sim.setAutoAdvance(10_000);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(received.map((r) => [r.body.orderReferenceId, r.body.fulfillmentStatus])).toEqual([
      ['F-1', 'passed'],
      ['F-2', 'passed'],
    ]);
    await vi.advanceTimersByTimeAsync(40_000);
    expect(sim.orders().map((o) => o.fulfillmentStatus)).toEqual(['delivered', 'delivered']);
    sim.setAutoAdvance(null);
    expect(received).toHaveLength(10);
  });
});
