import { describe, expect, it } from 'vitest';
import { ManualClock, standardWebhookValid } from '../../test/support.js';
import { EtsySimulator } from './simulator.js';

const app = {
  keystring: 'simkeystring',
  sharedSecret: 'simsecret',
  title: 'Print Partner',
  redirectUris: ['https://app.example/callback'],
  webhookSecret: `whsec_${btoa('webhook-signing-key-for-tests')}`,
};
const base = 'https://etsy.test';
// RFC 7636, appendix B.
const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

/** The simulator on the wire, without the adapter: what an Etsy client would see. */
function setup() {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const sim = new EtsySimulator({ apps: [app], clock });
  const authorize = (extra: Record<string, string> = {}) =>
    `${base}/oauth/connect?${new URLSearchParams({
      response_type: 'code',
      client_id: app.keystring,
      redirect_uri: 'https://app.example/callback',
      scope: 'listings_r shops_r transactions_r',
      state: 'nonce-1',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...extra,
    })}`;
  const token = async (form: Record<string, string>) => {
    const res = await sim.fetch(
      new Request(`${base}/v3/public/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: app.keystring, ...form }).toString(),
      }),
    );
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };
  const exchange = async (code: string, extra: Record<string, string> = {}) =>
    token({
      grant_type: 'authorization_code',
      redirect_uri: 'https://app.example/callback',
      code,
      code_verifier: verifier,
      ...extra,
    });
  const get = async (
    path: string,
    accessToken: string | null,
    apiKey: string | null = `${app.keystring}:${app.sharedSecret}`,
  ) => {
    const headers: Record<string, string> = {};
    if (apiKey !== null) headers['x-api-key'] = apiKey;
    if (accessToken) headers.authorization = `Bearer ${accessToken}`;
    const res = await sim.fetch(new Request(`${base}/v3/application${path}`, { headers }));
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  const connect = async (shopName?: string) => {
    const code = new URL(await sim.approve(authorize(), shopName)).searchParams.get('code')!;
    return (await exchange(code)).body as { access_token: string; refresh_token: string };
  };
  return { sim, clock, authorize, token, exchange, get, connect };
}

describe('the Etsy simulator', () => {
  it('shows a consent page naming the app and the scopes, with Allow and Deny', async () => {
    const { sim, authorize } = setup();
    const html = await (await sim.fetch(new Request(authorize()))).text();
    expect(html).toContain('Print Partner would like to connect to your Etsy account');
    expect(html).toContain('<code>transactions_r</code>');
    expect(html).toContain('Allow access</button>');
    expect(html).toContain('Deny</button>');
    expect(html).toContain('Maya Lindqvist (InkwellPrintStudio)');
  });

  it('refuses unknown apps, unregistered redirects, missing state and non-S256 challenges', async () => {
    const { sim, authorize } = setup();
    const status = async (extra: Record<string, string>) =>
      (await sim.fetch(new Request(authorize(extra)))).status;
    expect(await status({ client_id: 'nope' })).toBe(400);
    expect(await status({ redirect_uri: 'https://evil.example/callback' })).toBe(400);
    expect(await status({ state: '' })).toBe(400);
    expect(await status({ code_challenge_method: 'plain' })).toBe(400);
    expect(await status({ code_challenge: 'short' })).toBe(400);
    expect(await status({})).toBe(200);
  });

  it('redirects with a code and the state, and exchanges it once against the right verifier', async () => {
    const { sim, authorize, exchange, get } = setup();
    const callback = new URL(await sim.approve(authorize(), 'VitrineMegaMerch'));
    expect(callback.origin + callback.pathname).toBe('https://app.example/callback');
    expect(callback.searchParams.get('state')).toBe('nonce-1');
    const code = callback.searchParams.get('code')!;

    const issued = await exchange(code);
    expect(issued).toMatchObject({
      status: 200,
      body: { token_type: 'Bearer', expires_in: 3600 },
    });
    // Etsy tokens start with the user's id.
    expect(issued.body.access_token).toMatch(/^81230002\./);
    expect((await exchange(code)).body.error).toBe('invalid_grant');
    const me = await get('/users/me', issued.body.access_token);
    expect(me.body).toEqual({ user_id: 81230002, shop_id: 41230002 });
  });

  it('enforces PKCE: a wrong verifier burns the code, a missing one is refused', async () => {
    const { sim, authorize, token, exchange } = setup();
    const code = new URL(await sim.approve(authorize())).searchParams.get('code')!;
    expect(await exchange(code, { code_verifier: `${verifier.slice(0, -1)}x` })).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant' },
    });
    // The genuine verifier after a wrong guess: the code is gone.
    expect((await exchange(code)).body.error).toBe('invalid_grant');

    const other = new URL(await sim.approve(authorize())).searchParams.get('code')!;
    const withoutVerifier = await token({
      grant_type: 'authorization_code',
      redirect_uri: 'https://app.example/callback',
      code: other,
    });
    expect(withoutVerifier).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    // A redirect_uri other than the one authorised is refused too.
    expect((await exchange(other, { redirect_uri: 'https://app.example/other' })).body.error).toBe(
      'invalid_grant',
    );
  });

  it('redirects a refusal back with access_denied and the state', async () => {
    const { sim, authorize } = setup();
    const back = new URL(await sim.deny(authorize()));
    expect(Object.fromEntries(back.searchParams)).toEqual({
      error: 'access_denied',
      error_description: 'The user denied the request.',
      state: 'nonce-1',
    });
  });

  it('wants keystring:shared_secret in x-api-key on every call, with Etsy’s 403 bodies', async () => {
    const { get, connect } = setup();
    const { access_token } = await connect();
    expect(await get('/users/me', access_token, app.keystring)).toMatchObject({
      status: 403,
      body: { error: 'Shared secret is required in x-api-key header.' },
    });
    expect((await get('/users/me', access_token, `${app.keystring}:wrong`)).body.error).toBe(
      "Invalid API key: should be in the format 'keystring:shared_secret'.",
    );
    expect((await get('/users/me', access_token, 'unknown:secret')).body.error).toBe(
      'Invalid API key',
    );
    expect((await get('/users/me', access_token, null)).status).toBe(403);
    expect((await get('/users/me', null)).status).toBe(401);
    expect((await get('/users/me', access_token)).status).toBe(200);
  });

  it('expires access tokens after an hour and rotates refresh tokens', async () => {
    const { clock, token, get, connect } = setup();
    const first = await connect();
    clock.advance(3600_000);
    expect((await get('/users/me', first.access_token)).status).toBe(401);
    const renewed = await token({
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token,
    });
    expect(renewed.status).toBe(200);
    expect(renewed.body.refresh_token).not.toBe(first.refresh_token);
    expect((await get('/users/me', renewed.body.access_token)).status).toBe(200);
    // The replaced refresh token is spent.
    expect(
      (await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token })).body.error,
    ).toBe('invalid_grant');
  });

  it('revokes a shop’s tokens, access and refresh alike', async () => {
    const { sim, token, get, connect } = setup();
    const tokens = await connect();
    sim.revokeTokens('InkwellPrintStudio');
    expect((await get('/users/me', tokens.access_token)).status).toBe(401);
    expect(
      (await token({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token })).body
        .error,
    ).toBe('invalid_grant');
  });

  it('pages listings by offset with their inventory, {count, results}', async () => {
    const { sim, get, connect } = setup();
    const { access_token } = await connect('VitrineMegaMerch');
    const listings = (offset: number) =>
      get(
        `/shops/41230002/listings?state=active&limit=100&offset=${offset}&includes=Inventory`,
        access_token,
      );
    const seen = new Set<number>();
    let variants = 0;
    for (let offset = 0; ; offset += 100) {
      const page = (await listings(offset)).body;
      expect(page.count).toBe(320);
      for (const listing of page.results) {
        seen.add(listing.listing_id);
        variants += listing.inventory.products.filter((p: any) => !p.is_deleted).length;
      }
      if (offset + 100 >= page.count) break;
    }
    expect(seen.size).toBe(320);
    expect(variants).toBe(sim.counts('VitrineMegaMerch').variants);
    expect(variants).toBeGreaterThan(1000);

    const first = (await listings(0)).body.results[1];
    expect(first.inventory.products[0]).toMatchObject({
      sku: expect.any(String),
      offerings: [{ price: { amount: expect.any(Number), divisor: 100, currency_code: 'USD' } }],
      property_values: [
        { property_name: 'Size', values: ['S'] },
        { property_name: 'Color', values: ['Black'] },
      ],
    });
    expect((await get('/shops/41230002/listings?limit=101', access_token)).status).toBe(400);
    // Another seller's shop is not this token's.
    expect((await get('/shops/41230001/listings', access_token)).status).toBe(403);
  });

  it('answers 429 with retry-after over the per-second quota, with x-limit headers', async () => {
    const { sim, clock, get, connect } = setup();
    const { access_token } = await connect();
    sim.setLimits({ perSecond: 3 });
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await get('/users/me', access_token));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[0]!.headers.get('x-limit-per-second')).toBe('3');
    expect(answers.map((a) => a.headers.get('x-remaining-this-second'))).toEqual([
      '2',
      '1',
      '0',
      '0',
    ]);
    expect(answers[3]!.headers.get('retry-after')).toBe('1');
    expect(answers[0]!.headers.get('x-remaining-today')).toBe('9999');
    clock.advance(1000);
    expect((await get('/users/me', access_token)).status).toBe(200);

    sim.setLimits({ perSecond: 100, perDay: 2 });
    await get('/users/me', access_token);
    await get('/users/me', access_token);
    const spent = await get('/users/me', access_token);
    expect(spent.status).toBe(429);
    expect(spent.headers.get('x-remaining-today')).toBe('0');
    expect(Number(spent.headers.get('retry-after'))).toBeGreaterThan(3600);
  });

  it('keeps receipts, filtered by min_last_modified and paged, and signs order.paid webhooks', async () => {
    const received: Request[] = [];
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const sim = new EtsySimulator({
      apps: [app],
      clock,
      fetch: async (request) => {
        received.push(request.clone());
        return new Response('{}');
      },
    });
    sim.addWebhookEndpoint('https://app.example/hooks');
    const code = new URL(
      await sim.approve(
        `${base}/oauth/connect?${new URLSearchParams({
          response_type: 'code',
          client_id: app.keystring,
          redirect_uri: 'https://app.example/callback',
          scope: 'transactions_r',
          state: 's',
          code_challenge: challenge,
          code_challenge_method: 'S256',
        })}`,
      ),
    ).searchParams.get('code')!;
    const issued = await sim.fetch(
      new Request(`${base}/v3/public/oauth/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: app.keystring,
          redirect_uri: 'https://app.example/callback',
          code,
          code_verifier: verifier,
        }),
      }),
    );
    const { access_token } = (await issued.json()) as { access_token: string };

    const { receipt, deliveries } = await sim.addReceipt('InkwellPrintStudio', {
      listingIndex: 1,
      productIndex: 4,
      quantity: 2,
    });
    clock.advance(60_000);
    await sim.addReceipt('InkwellPrintStudio', { listingIndex: 2 });
    expect(receipt.transactions[0]).toMatchObject({ quantity: 2, sku: expect.any(String) });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.status).toBe(200);
    const hook = received[0]!;
    expect(JSON.parse(await hook.clone().text())).toEqual({
      event_type: 'order.paid',
      resource_url: `https://api.etsy.com/v3/application/shops/41230001/receipts/${receipt.receipt_id}`,
      shop_id: 41230001,
    });
    const body = new Uint8Array(await hook.arrayBuffer());
    const now = Math.floor(clock.now().getTime() / 1000);
    expect(standardWebhookValid(app.webhookSecret, hook.headers, body, now)).toBe(true);
    expect(standardWebhookValid(app.webhookSecret, hook.headers, body, now + 3600)).toBe(false);

    const list = async (query: string) => {
      const res = await sim.fetch(
        new Request(`${base}/v3/application/shops/41230001/receipts?${query}`, {
          headers: {
            'x-api-key': `${app.keystring}:${app.sharedSecret}`,
            authorization: `Bearer ${access_token}`,
          },
        }),
      );
      return (await res.json()) as { count: number; results: { receipt_id: number }[] };
    };
    expect((await list('')).count).toBe(2);
    const later = await list(`min_last_modified=${receipt.update_timestamp + 1}`);
    expect(later.results.map((r) => r.receipt_id)).toEqual([receipt.receipt_id + 1]);
    const paged = await list('sort_on=updated&sort_order=asc&limit=1&offset=1');
    expect(paged).toMatchObject({ count: 2, results: [{ receipt_id: receipt.receipt_id + 1 }] });
  });
  it('sells several listings on one receipt, serves it alone, and cancels it without a webhook', async () => {
    const received: Request[] = [];
    const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
    const sim = new EtsySimulator({
      apps: [app],
      clock,
      fetch: async (request) => {
        received.push(request);
        return new Response('{}');
      },
    });
    sim.addWebhookEndpoint('https://app.example/hooks');
    const code = new URL(
      await sim.approve(
        `${base}/oauth/connect?${new URLSearchParams({
          response_type: 'code',
          client_id: app.keystring,
          redirect_uri: 'https://app.example/callback',
          scope: 'transactions_r',
          state: 's',
          code_challenge: challenge,
          code_challenge_method: 'S256',
        })}`,
      ),
    ).searchParams.get('code')!;
    const issued = await sim.fetch(
      new Request(`${base}/v3/public/oauth/token`, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: app.keystring,
          redirect_uri: 'https://app.example/callback',
          code,
          code_verifier: verifier,
        }),
      }),
    );
    const { access_token } = (await issued.json()) as { access_token: string };
    const one = async (id: number) => {
      const res = await sim.fetch(
        new Request(`${base}/v3/application/shops/41230001/receipts/${id}`, {
          headers: {
            'x-api-key': `${app.keystring}:${app.sharedSecret}`,
            authorization: `Bearer ${access_token}`,
          },
        }),
      );
      return { status: res.status, body: (await res.json()) as Record<string, any> };
    };

    const tee = sim.listing('InkwellPrintStudio', 1)!;
    const card = sim.listing('InkwellPrintStudio', 2)!;
    const { receipt } = await sim.addReceipt('InkwellPrintStudio', {
      lines: [
        { listingIndex: 1, productIndex: 3, quantity: 2 },
        { listingIndex: 2, quantity: 5 },
      ],
    });
    expect(receipt.transactions).toMatchObject([
      {
        listing_id: tee.listing_id,
        product_id: tee.inventory.products.filter((p) => !p.is_deleted)[3]!.product_id,
        quantity: 2,
        variations: [
          { formatted_name: 'Size', formatted_value: expect.any(String) },
          { formatted_name: 'Color', formatted_value: expect.any(String) },
        ],
      },
      {
        listing_id: card.listing_id,
        product_id: card.inventory.products[0]!.product_id,
        quantity: 5,
      },
    ]);
    expect(new Set(receipt.transactions.map((t) => t.transaction_id)).size).toBe(2);
    const price = (i: number) => receipt.transactions[i]!.price.amount;
    expect(receipt.grandtotal.amount).toBe(price(0) * 2 + price(1) * 5 + 450);
    expect(await one(receipt.receipt_id)).toMatchObject({
      status: 200,
      body: { receipt_id: receipt.receipt_id, status: 'paid' },
    });
    expect(await one(1)).toEqual({ status: 404, body: { error: 'Receipt not found' } });

    // Etsy sends order.paid only: a cancellation shows in the receipt, found by polling.
    clock.advance(5000);
    const canceled = sim.updateReceipt('InkwellPrintStudio', receipt.receipt_id, {
      status: 'canceled',
    });
    expect(canceled.update_timestamp).toBe(receipt.create_timestamp + 5);
    expect((await one(receipt.receipt_id)).body.status).toBe('canceled');
    expect(received).toHaveLength(1);
  });
});
