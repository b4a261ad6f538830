import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../test/support.js';
import { WooCommerceSimulator } from './simulator.js';

const origin = 'https://woocommerce.test';

/**
 * Orders marked shipped on the simulated WooCommerce REST API with WooCommerce's own JavaScript
 * client, as its REST reference describes them: `PUT /orders/{id}` with a status, and order notes
 * (`POST /orders/{id}/notes`, `note` required, `customer_note` emails the customer).
 */
async function setup() {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const topics: string[] = [];
  const sim = new WooCommerceSimulator({
    origin,
    clock,
    fetch: async (request) => {
      topics.push(request.headers.get('x-wc-webhook-topic') ?? '');
      return new Response('ok', { status: 200 });
    },
  });
  const key = await sim.createKey('print-shop', 'read_write');
  const client = new WooCommerceRestApi({
    url: `${origin}/print-shop`,
    consumerKey: key.consumerKey,
    consumerSecret: key.consumerSecret,
    version: 'wc/v3',
    // The client sends Basic auth over HTTPS through axios; its fetch adapter reaches the
    // simulator in process.
    axiosConfig: {
      adapter: 'fetch',
      env: {
        fetch: (input: RequestInfo | URL, init?: RequestInit) =>
          sim.fetch(new Request(input, init)),
      },
    },
  } as ConstructorParameters<typeof WooCommerceRestApi>[0]);
  const simple = sim
    .products('print-shop')
    .find((p) => p.type === 'simple' && p.status === 'publish')!;
  const { order } = await sim.createOrder('print-shop', simple.id, 1);
  return { sim, client, orderId: order.id as number, topics };
}

const refusal = (error: any) => error.response;

describe('orders on the WooCommerce simulator', () => {
  it('keeps notes to the customer, emails them, and completes the order', async () => {
    const { sim, client, orderId } = await setup();
    const note = await client.post(`orders/${orderId}/notes`, {
      note: 'Your order has shipped. Tracking number: JD0146',
      customer_note: true,
    });
    expect(note.status).toBe(201);
    expect(note.data).toMatchObject({
      id: expect.any(Number),
      note: 'Your order has shipped. Tracking number: JD0146',
      customer_note: true,
      date_created_gmt: expect.any(String),
    });
    await client.post(`orders/${orderId}/notes`, { note: 'Packed by the night shift' });
    const customer = await client.get(`orders/${orderId}/notes`, { type: 'customer' });
    expect(customer.data.map((n: { note: string }) => n.note)).toEqual([
      'Your order has shipped. Tracking number: JD0146',
    ]);
    expect((await client.get(`orders/${orderId}/notes`)).data).toHaveLength(2);

    const completed = await client.put(`orders/${orderId}`, { status: 'completed' });
    expect(completed.data.status).toBe('completed');
    expect(sim.customerEmails('print-shop', orderId).map((e) => e.kind)).toEqual([
      'customer_note',
      'completed_order',
    ]);
    // Completing it again sends nothing more.
    await client.put(`orders/${orderId}`, { status: 'completed' });
    expect(sim.customerEmails('print-shop', orderId)).toHaveLength(2);
  });

  it('refuses a note without text, a status it does not know, and orders it does not have', async () => {
    const { client, orderId } = await setup();
    const empty = await client
      .post(`orders/${orderId}/notes`, { customer_note: true })
      .catch(refusal);
    expect(empty.status).toBe(400);
    expect(empty.data).toMatchObject({
      code: 'rest_missing_callback_param',
      message: 'Missing parameter(s): note',
    });
    const shipped = await client.put(`orders/${orderId}`, { status: 'shipped' }).catch(refusal);
    expect(shipped.status).toBe(400);
    expect(shipped.data).toMatchObject({
      code: 'rest_invalid_param',
      data: { params: { status: expect.stringContaining('completed') } },
    });
    const missing = await client.get('orders/1/notes').catch(refusal);
    expect(missing.status).toBe(404);
    expect(missing.data.code).toBe('woocommerce_rest_order_invalid_id');
  });
});
