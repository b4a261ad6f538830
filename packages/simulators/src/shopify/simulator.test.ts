import { describe, expect, it } from 'vitest';
import { bodySignature, ManualClock, shopifyQueryValid } from '../../test/support.js';
import { ShopifySimulator } from './simulator.js';

const app = { apiKey: 'sim-key', apiSecret: 'sim-secret' };
const base = 'https://shopify.test';

/** The simulator on the wire, without the adapter: what a Shopify client would see. */
function setup() {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const sim = new ShopifySimulator({ apps: [app], clock });
  const shop = sim.domainOf('vitrine-demo');
  const authorize = (extra: Record<string, string> = {}) =>
    `${base}/${shop}/admin/oauth/authorize?${new URLSearchParams({
      client_id: app.apiKey,
      scope: 'read_products,read_orders',
      redirect_uri: 'https://app.example/callback',
      state: 'nonce-1',
      ...extra,
    })}`;
  const token = async (body: Record<string, unknown>) => {
    const res = await sim.fetch(
      new Request(`${base}/${shop}/admin/oauth/access_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: app.apiKey, client_secret: app.apiSecret, ...body }),
      }),
    );
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const graphql = async (accessToken: string, query: string, variables = {}) => {
    const res = await sim.fetch(
      new Request(`${base}/${shop}/admin/api/2026-01/graphql.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shopify-access-token': accessToken },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  return { sim, clock, shop, authorize, token, graphql };
}

describe('the Shopify simulator', () => {
  it('redirects back with a query signed like Shopify signs it, and a single-use code', async () => {
    const { sim, shop, authorize, token } = setup();
    const callback = new URL(await sim.approve(authorize()));
    expect(callback.origin + callback.pathname).toBe('https://app.example/callback');
    expect(callback.searchParams.get('shop')).toBe(shop);
    expect(callback.searchParams.get('state')).toBe('nonce-1');
    expect(callback.searchParams.get('timestamp')).toBe(
      String(Date.parse('2026-03-02T09:00:00Z') / 1000),
    );
    expect(shopifyQueryValid(app.apiSecret, callback.searchParams)).toBe(true);
    expect(shopifyQueryValid('another-secret', callback.searchParams)).toBe(false);

    const code = callback.searchParams.get('code')!;
    const offline = await token({ code });
    expect(offline.status).toBe(200);
    expect(offline.body).toEqual({
      access_token: expect.stringMatching(/^shpat_/),
      scope: 'read_products,read_orders',
    });
    const again = await token({ code });
    expect(again).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await token({ code, client_secret: 'wrong' })).toMatchObject({
      status: 400,
      body: { error: 'invalid_client' },
    });
  });

  it('refuses unknown apps and redirect URLs that are not URLs', async () => {
    const { sim, authorize } = setup();
    expect((await sim.fetch(new Request(authorize({ client_id: 'nope' })))).status).toBe(400);
    expect(
      (await sim.fetch(new Request(authorize({ redirect_uri: 'javascript:alert(1)' })))).status,
    ).toBe(400);
    expect(
      (await sim.fetch(new Request(authorize().replace('vitrine-demo', 'nobody')))).status,
    ).toBe(404);
  });

  it('issues expiring tokens with single-use refresh tokens', async () => {
    const { sim, clock, authorize, token, graphql } = setup();
    const code = new URL(await sim.approve(authorize())).searchParams.get('code')!;
    const first = (await token({ code, expiring: 1 })).body;
    expect(first).toMatchObject({
      expires_in: 3600,
      refresh_token: expect.stringMatching(/^shprt_/),
    });
    const shopQuery = 'query VitrineShop { shop { name myshopifyDomain } }';
    expect((await graphql(first.access_token, shopQuery)).status).toBe(200);
    clock.advance(3600_000);
    expect((await graphql(first.access_token, shopQuery)).status).toBe(401);

    const renewed = await token({
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    expect(renewed.status).toBe(200);
    expect((await graphql(renewed.body.access_token, shopQuery)).body.data.shop.name).toBe(
      'Vitrine Demo Prints',
    );
    const reused = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token });
    expect(reused).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
  });

  it('delivers webhooks to subscriptions with every header, signed with the app secret', async () => {
    const received: Request[] = [];
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const sim = new ShopifySimulator({
      apps: [app],
      clock,
      fetch: async (request) => {
        received.push(request);
        return new Response(null, { status: 200 });
      },
    });
    const shop = sim.domainOf('vitrine-demo');
    const code = new URL(
      await sim.approve(
        `${base}/${shop}/admin/oauth/authorize?client_id=${app.apiKey}&scope=read_products,read_orders&redirect_uri=https://app.example/cb&state=s`,
      ),
    ).searchParams.get('code');
    const issued = await sim.fetch(
      new Request(`${base}/${shop}/admin/oauth/access_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: app.apiKey, client_secret: app.apiSecret, code }),
      }),
    );
    const { access_token } = (await issued.json()) as { access_token: string };
    const subscribed = await sim.fetch(
      new Request(`${base}/${shop}/admin/api/2026-01/graphql.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shopify-access-token': access_token },
        body: JSON.stringify({
          query: 'mutation VitrineWebhookSubscribe($topic: String!, $uri: String!) { … }',
          variables: { topic: 'ORDERS_CREATE', uri: 'https://app.example/hooks' },
        }),
      }),
    );
    expect(subscribed.status).toBe(200);
    const [delivery] = await sim.createOrder('vitrine-demo');
    expect(delivery).toMatchObject({ topic: 'orders/create', status: 200 });
    const hook = received[0]!;
    expect(hook.url).toBe('https://app.example/hooks');
    const body = await hook.text();
    expect(body).toBe(delivery!.body);
    expect(hook.headers.get('x-shopify-topic')).toBe('orders/create');
    expect(hook.headers.get('x-shopify-shop-domain')).toBe(shop);
    expect(hook.headers.get('x-shopify-webhook-id')).toBe(delivery!.id);
    expect(hook.headers.get('x-shopify-hmac-sha256')).toBe(bodySignature(app.apiSecret, body));
  });

  it('keeps tokens valid across a restart with the same token secret, until revoked', async () => {
    const clock = new ManualClock();
    const one = new ShopifySimulator({ apps: [app], clock, tokenSecret: 'persisted' });
    const shop = one.domainOf('vitrine-demo');
    const code = new URL(
      await one.approve(
        `${base}/${shop}/admin/oauth/authorize?client_id=${app.apiKey}&scope=read_products&redirect_uri=https://a.example/cb&state=s`,
      ),
    ).searchParams.get('code');
    const issued = await one.fetch(
      new Request(`${base}/${shop}/admin/oauth/access_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: app.apiKey, client_secret: app.apiSecret, code }),
      }),
    );
    const { access_token } = (await issued.json()) as { access_token: string };
    const ask = (sim: ShopifySimulator, accessToken = access_token) =>
      sim.fetch(
        new Request(`${base}/${shop}/admin/api/2026-01/graphql.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-shopify-access-token': accessToken },
          body: JSON.stringify({ query: 'query VitrineShop { shop { name } }' }),
        }),
      );
    const restarted = new ShopifySimulator({ apps: [app], clock, tokenSecret: 'persisted' });
    expect((await ask(restarted)).status).toBe(200);
    expect((await ask(new ShopifySimulator({ apps: [app], clock }))).status).toBe(401);
    expect((await ask(restarted, `${access_token.slice(0, -2)}xx`)).status).toBe(401);
    const revoke = await restarted.fetch(
      new Request(`${base}/${shop}/admin/api_permissions/current.json`, {
        method: 'DELETE',
        headers: { 'x-shopify-access-token': access_token },
      }),
    );
    expect(revoke.status).toBe(200);
    expect((await ask(restarted)).status).toBe(401);
  });

  it('prices queries, throttles past the bucket, and refuses queries over the cost limit', async () => {
    const { sim, authorize, token, graphql } = setup();
    const code = new URL(await sim.approve(authorize())).searchParams.get('code')!;
    const { access_token } = (await token({ code })).body;
    const products =
      'query VitrineProducts($first: Int!, $after: String, $variantsFirst: Int!) { … }';
    const page = await graphql(access_token, products, { first: 5, variantsFirst: 3 });
    expect(page.headers.get('x-shopify-api-version')).toBe('2026-01');
    expect(page.body.data.products.nodes).toHaveLength(5);
    expect(page.body.extensions.cost).toMatchObject({
      requestedQueryCost: 2 + 5 * (5 + 3),
      throttleStatus: { maximumAvailable: 2000, restoreRate: 100 },
    });
    const { actualQueryCost, throttleStatus } = page.body.extensions.cost;
    expect(actualQueryCost).toBeLessThanOrEqual(2 + 5 * 8);
    expect(throttleStatus.currentlyAvailable).toBe(2000 - actualQueryCost);

    const next = await graphql(access_token, products, {
      first: 5,
      variantsFirst: 3,
      after: page.body.data.products.pageInfo.endCursor,
    });
    expect(next.body.data.products.nodes[0].legacyResourceId).toBe('8000000006');

    const tooBig = await graphql(access_token, products, { first: 250, variantsFirst: 250 });
    expect(tooBig.body.errors[0].extensions.code).toBe('MAX_COST_EXCEEDED');

    sim.drain('vitrine-demo');
    const throttled = await graphql(access_token, products, { first: 5, variantsFirst: 3 });
    expect(throttled.status).toBe(200);
    expect(throttled.body.errors).toEqual([
      expect.objectContaining({
        message: 'Throttled',
        extensions: expect.objectContaining({ code: 'THROTTLED' }),
      }),
    ]);
    expect(throttled.body.extensions.cost.throttleStatus.currentlyAvailable).toBe(0);
  });

  it('limits GraphQL by cost alone: requests as fast as the bucket allows, never a 429', async () => {
    const { sim, authorize, token, graphql } = setup();
    const code = new URL(await sim.approve(authorize())).searchParams.get('code')!;
    const { access_token } = (await token({ code })).body;
    const query = 'query VitrineShop { shop { name } }';
    // Sixty requests in the same instant: Shopify counts points, not requests.
    const answers = await Promise.all(
      Array.from({ length: 60 }, () => graphql(access_token, query)),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    expect(answers.every((a) => a.body.data.shop.name)).toBe(true);
    expect(sim.requests('vitrine-demo').filter((r) => r.status === 429)).toEqual([]);
    // Out of points it is THROTTLED, still with 200 and the bucket's state.
    sim.drain('vitrine-demo');
    const throttled = await graphql(access_token, query);
    expect(throttled.status).toBe(200);
    expect(throttled.headers.get('retry-after')).toBeNull();
    expect(throttled.body.errors[0].extensions.code).toBe('THROTTLED');
    expect(throttled.body.extensions.cost.throttleStatus).toMatchObject({ currentlyAvailable: 0 });
  });

  it('serves an unsupported API version as the oldest supported one, and says which', async () => {
    const { sim, shop, authorize, token } = setup();
    const code = new URL(await sim.approve(authorize())).searchParams.get('code')!;
    const { access_token } = (await token({ code })).body;
    // On 2 March 2026 Shopify supports 2025-04 to 2026-01; 2026-04 is the release candidate.
    expect(sim.apiVersions()).toEqual(['2025-04', '2025-07', '2025-10', '2026-01']);
    const ask = async (version: string, accessToken = access_token) => {
      const res = await sim.fetch(
        new Request(`${base}/${shop}/admin/api/${version}/graphql.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-shopify-access-token': accessToken },
          body: JSON.stringify({ query: 'query VitrineShop { shop { name } }' }),
        }),
      );
      return { status: res.status, version: res.headers.get('x-shopify-api-version') };
    };
    expect(await ask('2025-10')).toEqual({ status: 200, version: '2025-10' });
    expect(await ask('2026-04')).toEqual({ status: 200, version: '2026-04' });
    expect(await ask('unstable')).toEqual({ status: 200, version: 'unstable' });
    for (const retired of ['2024-10', '2025-01', '2023-07', '2026-02', '2027-01', 'latest']) {
      expect(await ask(retired)).toEqual({ status: 200, version: '2025-04' });
    }
    // Every answer names the version, refusals included.
    expect(await ask('2019-04', 'not-a-token')).toEqual({ status: 401, version: '2025-04' });
  });

  it('moves the supported versions on with the calendar, webhooks keeping the version they were made with', async () => {
    const received: Request[] = [];
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const sim = new ShopifySimulator({
      apps: [app],
      clock,
      fetch: async (request) => {
        received.push(request);
        return new Response(null, { status: 200 });
      },
    });
    const shop = sim.domainOf('vitrine-demo');
    const code = new URL(
      await sim.approve(
        `${base}/${shop}/admin/oauth/authorize?client_id=${app.apiKey}&scope=read_products,read_orders&redirect_uri=https://app.example/cb&state=s`,
      ),
    ).searchParams.get('code');
    const issued = await sim.fetch(
      new Request(`${base}/${shop}/admin/oauth/access_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ client_id: app.apiKey, client_secret: app.apiSecret, code }),
      }),
    );
    const { access_token } = (await issued.json()) as { access_token: string };
    await sim.fetch(
      new Request(`${base}/${shop}/admin/api/2025-07/graphql.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shopify-access-token': access_token },
        body: JSON.stringify({
          query: 'mutation VitrineWebhookSubscribe($topic: String!, $uri: String!) { … }',
          variables: { topic: 'ORDERS_CREATE', uri: 'https://app.example/hooks' },
        }),
      }),
    );
    await sim.createOrder('vitrine-demo');
    expect(received.shift()!.headers.get('x-shopify-api-version')).toBe('2025-07');
    // A year on, 2025-07 is retired: deliveries come in the oldest version still supported.
    clock.advance(365 * 24 * 3600_000);
    expect(sim.apiVersions()).toEqual(['2026-04', '2026-07', '2026-10', '2027-01']);
    await sim.createOrder('vitrine-demo');
    expect(received.shift()!.headers.get('x-shopify-api-version')).toBe('2026-04');
    expect(sim.servedVersion('2026-01')).toBe('2026-04');
    expect(sim.servedVersion('2027-04')).toBe('2027-04');
  });

  it('counts variants up to the default limit of 10,000 unless asked for all', async () => {
    const { sim } = setup();
    const shop = sim.domainOf('vitrine-big');
    const code = new URL(
      await sim.approve(
        `${base}/${shop}/admin/oauth/authorize?client_id=${app.apiKey}&scope=read_products&redirect_uri=https://a.example/cb&state=s`,
      ),
    ).searchParams.get('code');
    const tokenRes = await sim.fetch(
      new Request(`${base}/${shop}/admin/oauth/access_token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: app.apiKey,
          client_secret: app.apiSecret,
          code: code!,
        }),
      }),
    );
    const { access_token } = (await tokenRes.json()) as { access_token: string };
    const count = async (query: string) =>
      (
        (await (
          await sim.fetch(
            new Request(`${base}/${shop}/admin/api/2026-01/graphql.json`, {
              method: 'POST',
              headers: {
                'content-type': 'application/json',
                'x-shopify-access-token': access_token,
              },
              body: JSON.stringify({ query }),
            }),
          )
        ).json()) as any
      ).data.productVariantsCount;
    expect(
      await count('query VitrineVariantCount { productVariantsCount { count precision } }'),
    ).toEqual({
      count: 10_000,
      precision: 'AT_LEAST',
    });
    expect(
      await count(
        'query VitrineVariantCount { productVariantsCount(limit: null) { count precision } }',
      ),
    ).toEqual({ count: sim.counts('vitrine-big').variants, precision: 'EXACT' });
  });
});
