import { createAdminApiClient } from '@shopify/admin-api-client';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../test/support.js';
import { ShopifySimulator } from './simulator.js';

const app = { apiKey: 'sim-key', apiSecret: 'sim-secret' };
const base = 'https://shopify.test';

/**
 * Fulfilling orders on the simulated Admin GraphQL API through fulfillment orders, with
 * Shopify's own Admin API client and queries written here from Shopify's reference
 * (`Order.fulfillmentOrders`, `fulfillmentCreate` with `FulfillmentInput`), not taken from the
 * server's adapter.
 */
async function setup(scope = 'read_orders,write_merchant_managed_fulfillment_orders') {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const topics: string[] = [];
  const sim = new ShopifySimulator({
    apps: [app],
    clock,
    fetch: async (request) => {
      topics.push(request.headers.get('x-shopify-topic') ?? '');
      return new Response(null, { status: 200 });
    },
  });
  const shop = sim.domainOf('vitrine-demo');
  const callback = new URL(
    await sim.approve(
      `${base}/${shop}/admin/oauth/authorize?${new URLSearchParams({
        client_id: app.apiKey,
        scope,
        redirect_uri: 'https://app.example/callback',
        state: 'nonce',
      })}`,
    ),
  );
  const issued = await sim.fetch(
    new Request(`${base}/${shop}/admin/oauth/access_token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        client_id: app.apiKey,
        client_secret: app.apiSecret,
        code: callback.searchParams.get('code'),
      }),
    }),
  );
  const { access_token: accessToken } = (await issued.json()) as { access_token: string };
  const client = createAdminApiClient({
    storeDomain: shop,
    apiVersion: '2026-01',
    accessToken,
    // The client calls https://{shop}/admin/…; the simulator has shops as path segments.
    customFetchApi: (url, init) => {
      const { host, pathname, search } = new URL(String(url));
      return sim.fetch(new Request(`${base}/${host}${pathname}${search}`, init as RequestInit));
    },
  });
  return { sim, shop, client, topics };
}

const FULFILLMENT_ORDERS = `query VitrineFulfillmentOrders($id: ID!, $first: Int!, $linesFirst: Int!) {
  order(id: $id) {
    id displayFulfillmentStatus
    fulfillmentOrders(first: $first) {
      nodes {
        id status
        supportedActions { action }
        lineItems(first: $linesFirst) { nodes { id totalQuantity remainingQuantity lineItem { id } } }
      }
    }
  }
}`;

const FULFILLMENT_CREATE = `mutation VitrineFulfillmentCreate($fulfillment: FulfillmentInput!, $message: String) {
  fulfillmentCreate(fulfillment: $fulfillment, message: $message) {
    fulfillment { id status trackingInfo { company number url } }
    userErrors { field message }
  }
}`;

interface FulfillmentOrderNode {
  id: string;
  status: string;
  supportedActions: { action: string }[];
  lineItems: {
    nodes: { id: string; totalQuantity: number; remainingQuantity: number }[];
  };
}

async function placed(sim: ShopifySimulator, client: ReturnType<typeof createAdminApiClient>) {
  await sim.createOrder('vitrine-demo', 0, 1, {
    lines: [
      { index: 0, quantity: 3 },
      { index: 1, quantity: 1 },
    ],
    test: false,
  });
  const order = sim.orders('vitrine-demo').at(-1)!;
  const read = async () => {
    const answer = await client.request(FULFILLMENT_ORDERS, {
      variables: { id: order.admin_graphql_api_id, first: 5, linesFirst: 10 },
    });
    expect(answer.errors).toBeUndefined();
    return answer.data.order as {
      displayFulfillmentStatus: string;
      fulfillmentOrders: { nodes: FulfillmentOrderNode[] };
    };
  };
  return { id: order.id as number, read };
}

describe('fulfillment orders on the Shopify simulator', () => {
  it('fulfils part of a fulfillment order with tracking, then the rest, closing it', async () => {
    const { sim, client, topics } = await setup();
    const order = await placed(sim, client);
    const before = await order.read();
    expect(before.displayFulfillmentStatus).toBe('UNFULFILLED');
    const [fo] = before.fulfillmentOrders.nodes;
    expect(fo).toMatchObject({ status: 'OPEN' });
    expect(fo!.supportedActions.map((a) => a.action)).toContain('CREATE_FULFILLMENT');
    const [posters, cards] = fo!.lineItems.nodes;

    const first = await client.request(FULFILLMENT_CREATE, {
      variables: {
        fulfillment: {
          lineItemsByFulfillmentOrder: [
            {
              fulfillmentOrderId: fo!.id,
              fulfillmentOrderLineItems: [{ id: posters!.id, quantity: 2 }],
            },
          ],
          trackingInfo: { number: '1Z999', url: 'https://track.test/1Z999', company: 'UPS' },
          notifyCustomer: true,
        },
      },
    });
    expect(first.data.fulfillmentCreate).toMatchObject({
      userErrors: [],
      fulfillment: {
        status: 'SUCCESS',
        trackingInfo: [{ company: 'UPS', number: '1Z999', url: 'https://track.test/1Z999' }],
      },
    });
    const partly = await order.read();
    expect(partly.displayFulfillmentStatus).toBe('PARTIALLY_FULFILLED');
    expect(partly.fulfillmentOrders.nodes[0]).toMatchObject({ status: 'IN_PROGRESS' });
    expect(
      partly.fulfillmentOrders.nodes[0]!.lineItems.nodes.map((l) => l.remainingQuantity),
    ).toEqual([1, 1]);

    // More than is left is refused, and nothing changes.
    const over = await client.request(FULFILLMENT_CREATE, {
      variables: {
        fulfillment: {
          lineItemsByFulfillmentOrder: [
            {
              fulfillmentOrderId: fo!.id,
              fulfillmentOrderLineItems: [{ id: posters!.id, quantity: 2 }],
            },
          ],
        },
      },
    });
    expect(over.data.fulfillmentCreate.fulfillment).toBeNull();
    expect(over.data.fulfillmentCreate.userErrors[0].message).toBe(
      'Invalid fulfillment order line item quantity requested.',
    );

    // Without line items, the whole fulfillment order: what is left of it.
    const rest = await client.request(FULFILLMENT_CREATE, {
      variables: { fulfillment: { lineItemsByFulfillmentOrder: [{ fulfillmentOrderId: fo!.id }] } },
    });
    expect(rest.data.fulfillmentCreate.userErrors).toEqual([]);
    const done = await order.read();
    expect(done.displayFulfillmentStatus).toBe('FULFILLED');
    expect(done.fulfillmentOrders.nodes[0]).toMatchObject({
      status: 'CLOSED',
      supportedActions: [],
    });
    expect(sim.fulfillments('vitrine-demo', order.id).map((f) => f.name)).toEqual([
      '#1001.1',
      '#1001.2',
    ]);
    expect(sim.order('vitrine-demo', order.id)).toMatchObject({ fulfillment_status: 'fulfilled' });
    expect(cards).toBeDefined();
    // Nothing is subscribed here, so nothing is delivered.
    expect(topics).toEqual([]);

    // A closed fulfillment order takes no more.
    const closed = await client.request(FULFILLMENT_CREATE, {
      variables: { fulfillment: { lineItemsByFulfillmentOrder: [{ fulfillmentOrderId: fo!.id }] } },
    });
    expect(closed.data.fulfillmentCreate.userErrors[0].message).toMatch(/unfulfillable status/);
  });

  it('refuses a fulfillment order on hold, and tracking that breaks the rules', async () => {
    const { sim, client } = await setup();
    const order = await placed(sim, client);
    const [fo] = sim.fulfillmentOrders('vitrine-demo', order.id);
    sim.setFulfillmentOrderStatus('vitrine-demo', fo!.id, 'ON_HOLD');
    const foGid = `gid://shopify/FulfillmentOrder/${fo!.id}`;
    const held = await client.request(FULFILLMENT_CREATE, {
      variables: { fulfillment: { lineItemsByFulfillmentOrder: [{ fulfillmentOrderId: foGid }] } },
    });
    expect(held.data.fulfillmentCreate.userErrors).toEqual([
      {
        field: ['fulfillment', 'lineItemsByFulfillmentOrder', '0', 'fulfillmentOrderId'],
        message: `Fulfillment order ${fo!.id} has an unfulfillable status= on_hold.`,
      },
    ]);
    sim.setFulfillmentOrderStatus('vitrine-demo', fo!.id, 'OPEN');
    const bad = await client.request(FULFILLMENT_CREATE, {
      variables: {
        fulfillment: {
          lineItemsByFulfillmentOrder: [{ fulfillmentOrderId: foGid }],
          trackingInfo: { url: 'https://track.test/x' },
        },
      },
    });
    expect(
      bad.data.fulfillmentCreate.userErrors.map((e: { message: string }) => e.message),
    ).toEqual(['Tracking URL requires a tracking number.']);
    // A wrong type is GraphQL's own refusal, before the mutation runs.
    const mistyped = await client.request(FULFILLMENT_CREATE, {
      variables: { fulfillment: { lineItemsByFulfillmentOrder: [{ fulfillmentOrderId: 12 }] } },
    });
    expect(mistyped.errors?.graphQLErrors?.[0]?.extensions?.code).toBe('INVALID_VARIABLE');
    expect(sim.fulfillments('vitrine-demo', order.id)).toEqual([]);
  });

  it('asks for the fulfillment order scopes', async () => {
    const { sim, client } = await setup('read_orders');
    const order = await placed(sim, client);
    const read = await client.request(FULFILLMENT_ORDERS, {
      variables: { id: `gid://shopify/Order/${order.id}`, first: 5, linesFirst: 10 },
    });
    expect(read.errors?.graphQLErrors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
    const [fo] = sim.fulfillmentOrders('vitrine-demo', order.id);
    const denied = await client.request(FULFILLMENT_CREATE, {
      variables: {
        fulfillment: {
          lineItemsByFulfillmentOrder: [
            { fulfillmentOrderId: `gid://shopify/FulfillmentOrder/${fo!.id}` },
          ],
        },
      },
    });
    expect(denied.errors?.graphQLErrors?.[0]?.extensions?.code).toBe('ACCESS_DENIED');
    expect(denied.errors?.graphQLErrors?.[0]?.message).toContain(
      '`write_merchant_managed_fulfillment_orders` access scope',
    );
  });
});
