import { createAdminApiClient } from '@shopify/admin-api-client';
import { describe, expect, it } from 'vitest';
import { bodySignature, ManualClock } from '../../test/support.js';
import { ShopifySimulator } from './simulator.js';

const app = { apiKey: 'sim-key', apiSecret: 'sim-secret' };
const base = 'https://shopify.test';

/**
 * Creating products on the simulated Admin GraphQL API, as any client would: queries written
 * here from Shopify's documentation, not taken from the server's adapter.
 */
async function setup(scope = 'read_products,write_products,read_orders,write_publications') {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const received: { topic: string; body: string; hmac: string }[] = [];
  const sim = new ShopifySimulator({
    apps: [app],
    clock,
    fetch: async (request) => {
      received.push({
        topic: request.headers.get('x-shopify-topic') ?? '',
        body: await request.text(),
        hmac: request.headers.get('x-shopify-hmac-sha256') ?? '',
      });
      return new Response(null, { status: 200 });
    },
  });
  const shop = sim.domainOf('vitrine-demo');
  const tokenFor = async (scopes: string) => {
    const callback = new URL(
      await sim.approve(
        `${base}/${shop}/admin/oauth/authorize?${new URLSearchParams({
          client_id: app.apiKey,
          scope: scopes,
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
    return ((await issued.json()) as { access_token: string }).access_token;
  };
  const accessToken = await tokenFor(scope);
  const graphql = async (
    query: string,
    variables: Record<string, unknown> = {},
    token = accessToken,
  ) => {
    const res = await sim.fetch(
      new Request(`${base}/${shop}/admin/api/2026-01/graphql.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shopify-access-token': token },
        body: JSON.stringify({ query, variables }),
      }),
    );
    return (await res.json()) as any;
  };
  return { sim, clock, shop, received, tokenFor, accessToken, graphql };
}

const PRODUCT_SET = `mutation VitrineProductSet($input: ProductSetInput!, $synchronous: Boolean!, $variantsFirst: Int!) {
  productSet(input: $input, synchronous: $synchronous) {
    product { id legacyResourceId title handle status productType options { name values }
      variants(first: $variantsFirst) { nodes { id legacyResourceId title sku price } } }
    userErrors { field message code }
  }
}`;
const BY_SKU = `query VitrineProductBySku($query: String!, $first: Int!, $variantsFirst: Int!) {
  productVariants(first: $first, query: $query) {
    nodes { sku product { legacyResourceId title variants(first: $variantsFirst) { nodes { sku } } } }
  }
}`;
const PUBLICATIONS = `query VitrinePublications($first: Int!) {
  publications(first: $first) { nodes { id name autoPublish catalog { title } } }
}`;
const PUBLISH = `mutation VitrinePublish($id: ID!, $input: [PublicationInput!]!) {
  publishablePublish(id: $id, input: $input) { publishable { ... on Product { id } } userErrors { field message } }
}`;

const poster = (extra: Record<string, unknown> = {}) => ({
  title: 'Harbour at dusk',
  descriptionHtml: '<p>A3 poster</p>',
  productType: 'Poster',
  status: 'ACTIVE',
  productOptions: [{ name: 'Title', position: 1, values: [{ name: 'Default Title' }] }],
  variants: [
    {
      optionValues: [{ optionName: 'Title', name: 'Default Title' }],
      price: '24.00',
      sku: 'VT-ABC123',
    },
  ],
  ...extra,
});

describe('creating products on the Shopify simulator', () => {
  it('creates a product with productSet, prices it, and adds it to the shop', async () => {
    const { sim, shop, graphql, received } = await setup();
    const before = sim.counts('vitrine-demo');
    // Another app of the shop listens for new products.
    await graphql('mutation VitrineWebhookSubscribe($topic: String!, $uri: String!) { … }', {
      topic: 'PRODUCTS_CREATE',
      uri: 'https://app.example/hooks',
    });
    const created = await graphql(PRODUCT_SET, {
      input: poster(),
      synchronous: true,
      variantsFirst: 10,
    });
    expect(created.extensions.cost.requestedQueryCost).toBe(11);
    expect(created.data.productSet.userErrors).toEqual([]);
    const product = created.data.productSet.product;
    expect(product).toMatchObject({
      id: `gid://shopify/Product/${product.legacyResourceId}`,
      title: 'Harbour at dusk',
      handle: 'harbour-at-dusk',
      status: 'ACTIVE',
      productType: 'Poster',
      options: [{ name: 'Title', values: ['Default Title'] }],
      variants: { nodes: [{ title: 'Default Title', sku: 'VT-ABC123', price: '24.00' }] },
    });
    // After the generated catalogue: the next product id.
    expect(Number(product.legacyResourceId)).toBe(8_000_000_000 + 12 + 1);
    expect(sim.counts('vitrine-demo')).toEqual({
      products: before.products + 1,
      variants: before.variants + 1,
    });
    expect(sim.createdProducts('vitrine-demo')).toEqual([
      expect.objectContaining({ index: 12, channels: [] }),
    ]);

    // The last page of products lists it; a SKU search finds it, whatever the case.
    const page = await graphql(
      'query VitrineProducts($first: Int!, $after: String, $variantsFirst: Int!) { … }',
      { first: 50, variantsFirst: 5 },
    );
    expect(page.data.products.nodes.at(-1).legacyResourceId).toBe(product.legacyResourceId);
    const found = await graphql(BY_SKU, {
      query: 'sku:"vt-abc123"',
      first: 5,
      variantsFirst: 5,
    });
    // The simulator answers the operation's full selection (it matches operations by name).
    expect(found.data.productVariants.nodes).toMatchObject([
      {
        sku: 'VT-ABC123',
        product: {
          legacyResourceId: product.legacyResourceId,
          title: 'Harbour at dusk',
          variants: { nodes: [{ sku: 'VT-ABC123' }] },
        },
      },
    ]);
    const none = await graphql(BY_SKU, { query: 'sku:VT-NOPE', first: 5, variantsFirst: 5 });
    expect(none.data.productVariants.nodes).toEqual([]);

    // products/create, signed with the app's secret, in REST shape.
    const hook = received.find((r) => r.topic === 'products/create')!;
    expect(hook.hmac).toBe(bodySignature(app.apiSecret, hook.body));
    expect(JSON.parse(hook.body)).toMatchObject({
      id: Number(product.legacyResourceId),
      title: 'Harbour at dusk',
      status: 'active',
      body_html: '<p>A3 poster</p>',
      variants: [{ sku: 'VT-ABC123', price: '24.00', option1: 'Default Title' }],
    });

    // The shop's admin page shows it.
    const admin = await (await sim.fetch(new Request(`${base}/${shop}/admin`))).text();
    expect(admin).toContain('Harbour at dusk');
    expect(admin).toContain('VT-ABC123');
  });

  it('answers refusals as userErrors and wrong types as variable errors, creating nothing', async () => {
    const { sim, graphql } = await setup();
    const before = sim.counts('vitrine-demo');
    const refused = async (input: Record<string, unknown>) =>
      (await graphql(PRODUCT_SET, { input, synchronous: true, variantsFirst: 1 })).data.productSet;

    expect(await refused(poster({ title: '  ' }))).toMatchObject({
      product: null,
      userErrors: [
        { field: ['input', 'title'], message: "Title can't be blank", code: 'INVALID_PRODUCT' },
      ],
    });
    const negative = poster();
    (negative.variants as { price: string }[])[0]!.price = '-1.00';
    expect((await refused(negative)).userErrors).toEqual([
      {
        field: ['input', 'variants', '0', 'price'],
        message: 'Price must be greater than or equal to 0',
        code: 'INVALID_VARIANT',
      },
    ]);
    expect((await refused(poster({ productOptions: [] }))).userErrors[0]).toMatchObject({
      code: 'PRODUCT_OPTIONS_INPUT_MISSING',
    });
    const unknownValue = poster();
    (unknownValue.variants as { optionValues: unknown }[])[0]!.optionValues = [
      { optionName: 'Size', name: 'A3' },
    ];
    expect((await refused(unknownValue)).userErrors[0]).toMatchObject({
      code: 'OPTION_VALUE_DOES_NOT_EXIST',
    });

    const badStatus = await graphql(PRODUCT_SET, {
      input: poster({ status: 'LIVE' }),
      synchronous: true,
      variantsFirst: 1,
    });
    expect(badStatus.data).toBeUndefined();
    expect(badStatus.errors[0]).toMatchObject({
      message: expect.stringContaining('invalid value for status'),
      extensions: { code: 'INVALID_VARIABLE' },
    });
    const badPrice = poster();
    (badPrice.variants as { price: string }[])[0]!.price = 'cheap';
    const coerced = await graphql(PRODUCT_SET, {
      input: badPrice,
      synchronous: true,
      variantsFirst: 1,
    });
    expect(coerced.errors[0].message).toContain('Could not coerce value "cheap" to Money');
    expect(sim.counts('vitrine-demo')).toEqual(before);
  });

  it('denies writes to a token without write_products, naming the scope, like Shopify', async () => {
    const { graphql, tokenFor } = await setup();
    const readOnly = await tokenFor('read_products');
    const denied = await graphql(
      PRODUCT_SET,
      { input: poster(), synchronous: true, variantsFirst: 1 },
      readOnly,
    );
    expect(denied.errors).toEqual([
      {
        message:
          'Access denied for productSet field. Required access: `write_products` access scope.',
        extensions: { code: 'ACCESS_DENIED' },
      },
    ]);
    const channels = await graphql(PUBLICATIONS, { first: 10 }, readOnly);
    expect(channels.errors[0].extensions.code).toBe('ACCESS_DENIED');
    // Reading by SKU only needs read_products.
    expect(
      (await graphql(BY_SKU, { query: 'sku:X', first: 1, variantsFirst: 1 }, readOnly)).data,
    ).toEqual({ productVariants: { nodes: [] } });
  });

  it('lists the sales channels and publishes a product on one, telling webhooks once', async () => {
    const { sim, graphql, received } = await setup();
    await graphql('mutation VitrineWebhookSubscribe($topic: String!, $uri: String!) { … }', {
      topic: 'PRODUCTS_UPDATE',
      uri: 'https://app.example/hooks',
    });
    const { product } = (
      await graphql(PRODUCT_SET, { input: poster(), synchronous: true, variantsFirst: 1 })
    ).data.productSet;
    const publications = (await graphql(PUBLICATIONS, { first: 10 })).data.publications.nodes;
    const online = publications.find(
      (p: { catalog: { title: string } }) => p.catalog.title === 'Online Store',
    );
    expect(online).toMatchObject({ id: expect.stringMatching(/^gid:\/\/shopify\/Publication\//) });

    const published = await graphql(PUBLISH, {
      id: product.id,
      input: [{ publicationId: online.id }],
    });
    expect(published.data.publishablePublish).toEqual({
      publishable: { id: product.id },
      userErrors: [],
    });
    expect(sim.createdProducts('vitrine-demo')[0]!.channels).toEqual(['Online Store']);
    expect(received.filter((r) => r.topic === 'products/update')).toHaveLength(1);
    // Publishing again changes nothing and sends nothing.
    await graphql(PUBLISH, { id: product.id, input: [{ publicationId: online.id }] });
    expect(received.filter((r) => r.topic === 'products/update')).toHaveLength(1);

    const unknown = await graphql(PUBLISH, {
      id: product.id,
      input: [{ publicationId: 'gid://shopify/Publication/1' }],
    });
    expect(unknown.data.publishablePublish.userErrors).toEqual([
      { field: ['input', '0', 'publicationId'], message: 'Publication does not exist' },
    ]);
  });

  it("answers Shopify's own Admin API client", async () => {
    const { sim, shop, accessToken } = await setup();
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
    const created = await client.request(PRODUCT_SET, {
      variables: { input: poster({ status: 'DRAFT' }), synchronous: true, variantsFirst: 5 },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.productSet.product).toMatchObject({
      status: 'DRAFT',
      title: 'Harbour at dusk',
    });
    const found = await client.request(BY_SKU, {
      variables: { query: 'sku:"VT-ABC123"', first: 1, variantsFirst: 1 },
    });
    expect(found.data.productVariants.nodes[0].product.legacyResourceId).toBe(
      created.data.productSet.product.legacyResourceId,
    );
    const denied = await client.request(PUBLISH, {
      variables: { id: 'gid://shopify/Product/1', input: [] },
    });
    expect(denied.data.publishablePublish.userErrors[0].message).toBe('Product does not exist');
  });
});
