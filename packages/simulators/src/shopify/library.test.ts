import '@shopify/shopify-api/adapters/web-api';
import { createAdminApiClient } from '@shopify/admin-api-client';
import { ApiVersion, InvalidOAuthError, LogSeverity, shopifyApi } from '@shopify/shopify-api';
import { setAbstractFetchFunc } from '@shopify/shopify-api/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ShopifySimulator } from './simulator.js';

/**
 * The simulator driven by Shopify's own Node library, `@shopify/shopify-api` (OAuth begin and
 * callback with its HMAC, state-cookie and shop checks; webhook validation) and by
 * `@shopify/admin-api-client` (cursor paging). The library only talks to `*.myshopify.com`, so
 * the shops here live under that domain and its requests are routed to the simulator in process.
 */
const app = { apiKey: 'library-key', apiSecret: 'library-secret' };
const base = 'https://shopify.test';
const appHost = 'app.example';
const callbackPath = '/auth/callback';

/** `https://{shop}/admin/…` → the simulator, where shops are path segments. */
const toSimulator = (sim: ShopifySimulator) => (input: RequestInfo | URL, init?: RequestInit) => {
  const request = new Request(input, init);
  const { host, pathname, search } = new URL(request.url);
  return sim.fetch(new Request(`${base}/${host}${pathname}${search}`, request));
};

const received: Request[] = [];
const sim = new ShopifySimulator({
  apps: [{ ...app, redirectUrls: [`https://${appHost}${callbackPath}`] }],
  shopDomain: 'myshopify.com',
  fetch: async (request) => {
    received.push(request);
    return new Response(null, { status: 200 });
  },
});

const shopify = shopifyApi({
  apiKey: app.apiKey,
  apiSecretKey: app.apiSecret,
  scopes: ['read_products', 'read_orders'],
  hostName: appHost,
  hostScheme: 'https',
  apiVersion: ApiVersion.January26,
  isEmbeddedApp: false,
  // The refusals below are expected; the library would log each as an error.
  logger: { level: LogSeverity.Error, log: async () => {} },
});

beforeAll(() => setAbstractFetchFunc(toSimulator(sim)));
afterAll(() => setAbstractFetchFunc(fetch));

/** OAuth with the library: begin (redirect + state cookie), the owner approves, callback. */
async function install(shop: string) {
  const begun = (await shopify.auth.begin({
    shop,
    callbackPath,
    isOnline: false,
    rawRequest: new Request(`https://${appHost}/auth?shop=${shop}`),
  })) as Response;
  expect(begun.status).toBe(302);
  const authorizeUrl = begun.headers.get('location')!;
  const cookie = begun.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const landing = await sim.approve(authorizeUrl.replace(`https://${shop}/`, `${base}/${shop}/`));
  return { authorizeUrl, cookie, landing };
}

describe("Shopify's own library against the simulator", () => {
  it('completes OAuth: begin, the signed redirect back, state and HMAC checked, token exchanged', async () => {
    const shop = sim.domainOf('vitrine-demo');
    const { authorizeUrl, cookie, landing } = await install(shop);
    const authorize = new URL(authorizeUrl);
    expect(authorize.pathname).toBe('/admin/oauth/authorize');
    expect(authorize.searchParams.get('client_id')).toBe(app.apiKey);
    const callback = new URL(landing);
    expect(`${callback.origin}${callback.pathname}`).toBe(`https://${appHost}${callbackPath}`);
    expect(callback.searchParams.get('state')).toBe(authorize.searchParams.get('state'));

    const { session } = await shopify.auth.callback({
      rawRequest: new Request(landing, { headers: { cookie } }),
    });
    expect(session).toMatchObject({ shop, isOnline: false });
    expect(session.accessToken).toBeTruthy();
    expect(session.scope?.split(',').sort()).toEqual(['read_orders', 'read_products']);

    // The token works with Shopify's Admin API client, paging products by cursor.
    const client = createAdminApiClient({
      storeDomain: shop,
      apiVersion: '2026-01',
      accessToken: session.accessToken!,
      customFetchApi: (url, init) => toSimulator(sim)(String(url), init as RequestInit),
    });
    const titles: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: any = await client.request(
        `query VitrineProducts($first: Int!, $after: String, $variantsFirst: Int!) {
          products(first: $first, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { id legacyResourceId title variants(first: $variantsFirst) { nodes { sku } } }
          }
        }`,
        { variables: { first: 5, after, variantsFirst: 3 } },
      );
      expect(page.errors).toBeUndefined();
      expect(page.extensions.cost.throttleStatus.maximumAvailable).toBe(2000);
      titles.push(...page.data.products.nodes.map((p: { title: string }) => p.title));
      after = page.data.products.pageInfo.hasNextPage
        ? page.data.products.pageInfo.endCursor
        : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(titles).toHaveLength(sim.counts(shop).products);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('is refused by the library when the redirect back is tampered with or the state is not its own', async () => {
    const shop = sim.domainOf('vitrine-demo');
    const { cookie, landing } = await install(shop);
    const tampered = new URL(landing);
    tampered.searchParams.set('code', `${tampered.searchParams.get('code')}0`);
    await expect(
      shopify.auth.callback({ rawRequest: new Request(tampered, { headers: { cookie } }) }),
    ).rejects.toBeInstanceOf(InvalidOAuthError);

    // Another install's state cookie: the redirect is signed, but not for this browser.
    const other = await install(shop);
    await expect(
      shopify.auth.callback({
        rawRequest: new Request(landing, { headers: { cookie: other.cookie } }),
      }),
    ).rejects.toBeInstanceOf(InvalidOAuthError);
  });

  it('validates a webhook the simulator sends, and rejects it altered', async () => {
    const shop = sim.domainOf('vitrine-demo');
    const { cookie, landing } = await install(shop);
    const { session } = await shopify.auth.callback({
      rawRequest: new Request(landing, { headers: { cookie } }),
    });
    const subscribe = await toSimulator(sim)(`https://${shop}/admin/api/2026-01/graphql.json`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-shopify-access-token': session.accessToken!,
      },
      body: JSON.stringify({
        query:
          'mutation VitrineWebhookSubscribe($topic: WebhookSubscriptionTopic!, $uri: URL!) { webhookSubscriptionCreate(topic: $topic, webhookSubscription: { uri: $uri }) { webhookSubscription { id } userErrors { field message } } }',
        variables: { topic: 'ORDERS_CREATE', uri: `https://${appHost}/webhooks` },
      }),
    });
    expect(subscribe.status).toBe(200);
    received.length = 0;
    await sim.createOrder('vitrine-demo');
    const delivery = received.shift()!;
    const rawBody = await delivery.text();
    const check = await shopify.webhooks.validate({ rawBody, rawRequest: delivery });
    expect(check).toMatchObject({
      valid: true,
      topic: 'ORDERS_CREATE',
      domain: shop,
      // The version the subscription was made with, as long as Shopify still supports it.
      apiVersion: sim.servedVersion('2026-01'),
    });
    const altered = await shopify.webhooks.validate({
      rawBody: rawBody.replace(/"id":(\d)/, '"id":9$1'),
      rawRequest: delivery,
    });
    expect(altered).toMatchObject({ valid: false });
  });
});
