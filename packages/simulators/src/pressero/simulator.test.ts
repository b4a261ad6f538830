import { describe, expect, it } from 'vitest';
import { ManualClock, presseroHashValid } from '../../test/support.js';
import { PresseroSimulator } from './simulator.js';

const licence = {
  subscriberId: '11111111-2222-4333-8444-555555555555',
  consumerId: '66666666-7777-4888-9999-000000000000',
};
const base = 'https://admin.pressero.test';
const site = 'acme.pressero.test';
/** A login body as the Authentication endpoint takes it. */
const login = {
  UserName: 'admin@acme-print.test',
  Password: 'pressero-demo',
  SubscriberId: licence.subscriberId,
  ConsumerID: licence.consumerId,
};

/** The simulator on the wire, without the adapter: what a Pressero API client would see. */
function setup(options: { receiver?: (request: Request) => Promise<Response> } = {}) {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const sim = new PresseroSimulator({
    ...licence,
    clock,
    ...(options.receiver ? { fetch: options.receiver } : {}),
  });
  const call = async (
    method: string,
    path: string,
    init: { token?: string; body?: unknown } = {},
  ) => {
    const res = await sim.fetch(
      new Request(`${base}${path}`, {
        method,
        headers: {
          ...(init.token ? { authorization: `token ${init.token}` } : {}),
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      }),
    );
    const text = await res.text();
    let body: any = text;
    try {
      body = JSON.parse(text);
    } catch {
      // pages stay text
    }
    return { status: res.status, headers: res.headers, body };
  };
  const authenticate = (body: Record<string, unknown> = {}) =>
    call('POST', '/api/V2/Authentication', { body: { ...login, ...body } });
  const token = async () => (await authenticate()).body.Data as string;
  return { sim, clock, call, authenticate, token };
}

describe('the Pressero simulator', () => {
  it('logs in with the licence and an admin login, and validates the token it issued', async () => {
    const { call, authenticate } = setup();
    const ok = await authenticate();
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ Code: 200, Data: expect.any(String) });

    const valid = await call('GET', `/api/v2/Authentication/${ok.body.Data}/Validate`);
    expect(valid.body).toMatchObject({ Code: 200, Data: true });
    const forged = await call('GET', `/api/v2/Authentication/${ok.body.Data}x/Validate`);
    expect(forged.body).toMatchObject({ Code: 200, Data: false });

    expect(await authenticate({ Password: 'wrong' })).toMatchObject({
      status: 401,
      body: { Code: 401 },
    });
    expect(await authenticate({ UserName: 'nobody@acme-print.test' })).toMatchObject({
      status: 401,
    });
    expect(await authenticate({ ConsumerID: 'another-consumer' })).toMatchObject({
      status: 403,
      body: { Code: 403 },
    });
  });

  it('answers paths in any case, as Pressero does', async () => {
    const { call, token } = setup();
    const t = await token();
    expect(
      (await call('GET', `/API/SITE/${site}/PRODUCTS?pageNumber=0&pageSize=1`, { token: t }))
        .status,
    ).toBe(200);
    expect((await call('POST', '/api/v2/authentication', { body: login })).status).toBe(200);
  });

  it('pages a site’s products from page 0, at most 100 at a time', async () => {
    const { sim, call, token } = setup();
    const t = await token();
    const first = await call('GET', `/api/site/${site}/products?pageNumber=0&pageSize=15`, {
      token: t,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ PageNumber: 0, PageSize: 15, TotalItems: 40 });
    expect(first.body.Items).toHaveLength(15);
    expect(first.body.Items[0]).toMatchObject({
      ProductId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4/),
      ProductName: 'Standard',
      CategoryName: 'Business Cards',
      MisId: expect.stringMatching(/^MIS-ACME-BC-01$/),
      PrintersPartNum: 'PSP-BC-01',
    });
    const last = await call('GET', `/api/site/${site}/products?pageNumber=2&pageSize=15`, {
      token: t,
    });
    expect(last.body.Items).toHaveLength(10);
    const big = await call('GET', `/api/site/${site}/products?pageNumber=0&pageSize=500`, {
      token: t,
    });
    expect(big.body).toMatchObject({ PageSize: 100 });
    expect(big.body.Items).toHaveLength(40);
    // The same products on every run: ids are derived from the site.
    expect(new PresseroSimulator(licence).products(site)).toEqual(sim.products(site));

    const one = await call('GET', `/api/site/${site}/products/${first.body.Items[3].ProductId}`, {
      token: t,
    });
    expect(one.body).toEqual(first.body.Items[3]);
    expect((await call('GET', `/api/site/${site}`, { token: t })).body).toMatchObject({
      SiteName: 'Acme Print Portal',
      SiteDomain: site,
      MisId: 'ACME-001',
    });
  });

  it('refuses calls without a valid token, unknown sites, and sites the admin may not open', async () => {
    const { sim, call, token } = setup();
    const path = `/api/site/${site}/products?pageNumber=0&pageSize=1`;
    expect((await call('GET', path)).status).toBe(401);
    expect((await call('GET', path, { token: 'made-up.token' })).status).toBe(401);
    const t = await token();
    expect(
      (await call('GET', '/api/site/nowhere.pressero.test/products', { token: t })).status,
    ).toBe(404);

    sim.addSite({ domain: 'globex.pressero.test', name: 'Globex', products: 2 });
    sim.addAdmin({ username: 'limited@acme-print.test', password: 'pw', sites: [site] });
    const limited = (
      await call('POST', '/api/V2/Authentication', {
        body: { ...login, UserName: 'limited@acme-print.test', Password: 'pw' },
      })
    ).body.Data as string;
    expect(
      (await call('GET', '/api/site/globex.pressero.test/products', { token: limited })).status,
    ).toBe(403);
    expect((await call('GET', path, { token: limited })).status).toBe(200);
  });

  it('kills every token when the password changes, and refuses the old password', async () => {
    const { sim, call, authenticate, token } = setup();
    const t = await token();
    sim.changePassword(login.UserName, 'new-password');
    expect((await call('GET', `/api/v2/Authentication/${t}/Validate`)).body.Data).toBe(false);
    expect((await call('GET', `/api/site/${site}/products`, { token: t })).status).toBe(401);
    expect((await authenticate()).status).toBe(401);
    expect((await authenticate({ Password: 'new-password' })).status).toBe(200);
  });

  it('expires tokens, keeps them across a restart with the same token secret', async () => {
    const clock = new ManualClock();
    const one = new PresseroSimulator({
      ...licence,
      clock,
      tokenSecret: 'kept',
      tokenTtlSeconds: 60,
    });
    const issued = await one.fetch(
      new Request(`${base}/api/V2/Authentication`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(login),
      }),
    );
    const t = ((await issued.json()) as { Data: string }).Data;
    const ask = (sim: PresseroSimulator) =>
      sim.fetch(
        new Request(`${base}/api/site/${site}`, { headers: { authorization: `token ${t}` } }),
      );
    const restarted = new PresseroSimulator({ ...licence, clock, tokenSecret: 'kept' });
    expect((await ask(restarted)).status).toBe(200);
    expect((await ask(new PresseroSimulator({ ...licence, clock }))).status).toBe(401);
    clock.advance(61_000);
    expect((await ask(one)).status).toBe(401);
  });

  it('answers 429 with Retry-After, and outages, when told to', async () => {
    const { sim, call, token } = setup();
    const t = await token();
    sim.rateLimitNext(2, 3);
    sim.failNext(1, 503);
    const path = `/api/site/${site}/products?pageNumber=0&pageSize=1`;
    const limited = await call('GET', path, { token: t });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await call('GET', path, { token: t })).status).toBe(429);
    expect((await call('GET', path, { token: t })).status).toBe(503);
    expect((await call('GET', path, { token: t })).status).toBe(200);
    expect(sim.stats()).toMatchObject({ rateLimited: 2, faults: 1 });
  });

  it('switches the API feature off: logins answer 403', async () => {
    const { sim, authenticate } = setup();
    sim.setApiAccess(false);
    expect((await authenticate()).status).toBe(403);
    sim.setApiAccess(true);
    expect((await authenticate()).status).toBe(200);
  });

  it('sends OrderPlaced signed with the Security Key, keeps the order for search and details', async () => {
    const received: Request[] = [];
    const { sim, call, token } = setup({
      receiver: async (request) => {
        received.push(request.clone());
        return new Response('ok');
      },
    });
    // No webhook set up: the order is placed, nobody is told.
    expect((await sim.placeOrder(site)).delivery).toBeNull();

    sim.configureWebhook(site, { url: 'https://psp.example/hooks', securityKey: 'key-1' });
    const { order, delivery } = await sim.placeOrder(site, { product: 2, quantity: 500 });
    expect(delivery?.status).toBe(200);
    expect(received).toHaveLength(1);
    const body = await received[0]!.text();
    expect(JSON.parse(body)).toEqual({
      Type: 10,
      TypeName: 'OrderPlaced',
      Timestamp: '2026-03-02T09:00:00.000Z',
      Data: {
        OrderId: order.OrderId,
        OrderNumber: order.OrderNumber,
        OrderItemSeq: 1,
        SiteId: order.SiteId,
      },
      SubscriberId: licence.subscriberId,
      SiteId: sim.siteId(site),
      MessageID: delivery!.messageId,
    });
    const hash = received[0]!.headers.get('messagehash');
    expect(hash).toMatch(/^[0-9a-f]{40}$/);
    expect(presseroHashValid('key-1', hash, body)).toBe(true);
    expect(presseroHashValid('key-2', hash, body)).toBe(false);

    const again = await sim.redeliver(delivery!.messageId);
    expect(again.body).toBe(body);
    expect(received[1]!.headers.get('messagehash')).toBe(hash);

    const t = await token();
    const found = await call('POST', '/api/V2/Orders/Search?pageNumber=0&pageSize=10', {
      token: t,
      body: [{ Column: 'OrderNumber', Value: String(order.OrderNumber), Operator: 'equals' }],
    });
    expect(found.body).toMatchObject({
      TotalItems: 1,
      Items: [{ OrderId: order.OrderId, ItemCount: 1 }],
    });
    const details = await call('GET', `/api/v2/orders/${order.OrderNumber}/Details`, { token: t });
    expect(details.body.Items[0]).toMatchObject({
      ProductName: sim.products(site)[2]!.ProductName,
      Quantity: 500,
      MisId: sim.products(site)[2]!.MisId,
    });
    expect((await call('GET', '/api/v2/orders/99999/Details', { token: t })).status).toBe(404);
  });

  it('serves order items with their attributes flattened, and sends OrderItemDenied per denied item', async () => {
    const received: Request[] = [];
    const { sim, call, token } = setup({
      receiver: async (request) => {
        received.push(request);
        return new Response('ok');
      },
    });
    sim.configureWebhook(site, { url: 'https://psp.example/hooks', securityKey: 'key-1' });
    const products = sim.products(site);
    const { order } = await sim.placeOrder(site, {
      items: [{ product: 1, quantity: 2, attributes: { 'Number of Pages': '48' } }, { product: 4 }],
    });
    const t = await token();
    const items = await call('GET', `/api/v2/orders/${order.OrderNumber}/items`, { token: t });
    expect(items.body).toEqual([
      expect.objectContaining({
        OrderId: order.OrderId,
        OrderNumber: order.OrderNumber,
        OrderItemNumber: 1,
        OrderItemId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        ProductId: products[1]!.ProductId,
        MisId: products[1]!.MisId,
        PrinterPartNumber: products[1]!.PrintersPartNum,
        Quantity: 2,
        IsDenied: false,
        ProductAttributeName1: 'Paper',
        ProductAttributeValue1: products[1]!.Attributes[0]!.AttributeValue,
        ProductAttributeName2: 'Number of Pages',
        ProductAttributeValue2: '48',
      }),
      expect.objectContaining({
        OrderItemNumber: 2,
        ProductId: products[4]!.ProductId,
        Quantity: 250,
      }),
    ]);
    const details = await call('GET', `/api/v2/orders/${order.OrderNumber}/Details`, { token: t });
    expect(details.body).toMatchObject({
      OrderId: order.OrderId,
      SiteId: sim.siteId(site),
      SiteDomain: site,
      Currency: 'USD',
    });
    const record = await call('GET', `/api/site/${site}`, { token: t });
    expect(record.body).toMatchObject({
      SiteId: sim.siteId(site),
      MisId: 'ACME-001',
      Currency: 'USD',
    });

    received.length = 0;
    const denied = await sim.denyItems(site, order.OrderNumber, [2]);
    expect(denied).toHaveLength(1);
    const body = await received[0]!.text();
    expect(JSON.parse(body)).toMatchObject({
      Type: 9,
      TypeName: 'OrderItemDenied',
      Data: { OrderId: order.OrderId, OrderNumber: order.OrderNumber, OrderItemSeq: 2 },
      SiteId: sim.siteId(site),
      MessageID: denied[0]!.messageId,
    });
    expect(presseroHashValid('key-1', received[0]!.headers.get('messagehash'), body)).toBe(true);
    const after = await call('GET', `/api/v2/orders/${order.OrderNumber}/items`, { token: t });
    expect(after.body.map((i: { IsDenied: boolean }) => i.IsDenied)).toEqual([false, true]);
  });

  it('serves a control page that saves the webhook and places a test order', async () => {
    const received: Request[] = [];
    const { sim } = setup({
      receiver: async (request) => {
        received.push(request);
        return new Response(null, { status: 204 });
      },
    });
    const index = await (await sim.fetch(new Request(`${base}/`))).text();
    expect(index).toContain('Acme Print Portal');
    expect(index).toContain('admin@acme-print.test');
    const sitePage = await sim.fetch(new Request(`${base}/sites/${site}`));
    expect(await sitePage.text()).toContain('Place a test order');

    const form = (action: string, fields: Record<string, string> = {}) =>
      sim.fetch(
        new Request(`${base}/sites/${site}/${action}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(fields).toString(),
        }),
      );
    const saved = await form('webhook', {
      url: 'https://psp.example/hooks/1',
      securityKey: 'sekret',
    });
    expect(saved.status).toBe(303);
    expect(sim.webhook(site)).toEqual({
      url: 'https://psp.example/hooks/1',
      securityKey: 'sekret',
    });
    const placed = await form('order');
    expect(decodeURIComponent(placed.headers.get('location')!)).toContain(
      'the webhook answered 204',
    );
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe('https://psp.example/hooks/1');

    await form('password');
    const refused = await sim.fetch(
      new Request(`${base}/api/V2/Authentication`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(login),
      }),
    );
    expect(refused.status).toBe(401);
  });
});
