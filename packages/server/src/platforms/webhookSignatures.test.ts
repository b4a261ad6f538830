import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { hmacSha256, toBase64 } from '../crypto/hmac.js';
import { EtsyAdapter } from './etsy/adapter.js';
import { PresseroAdapter } from './pressero/adapter.js';
import { signMessage } from './pressero/signature.js';
import { ShopifyAdapter } from './shopify/adapter.js';
import { signQuery, signWebhook } from './shopify/hmac.js';
import { WooCommerceAdapter } from './woocommerce/adapter.js';

// Every platform's webhook check, as the webhook route calls it: genuine deliveries pass,
// anything else (no signature, a wrong secret, a changed body) is refused.
const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
const runtime = {
  fetch: async () => new Response(null, { status: 599 }),
  clock,
  sleep: async () => {},
};
const body = new TextEncoder().encode('{"id":1001,"note":"ship it"}');
const changed = new TextEncoder().encode('{"id":1001,"note":"ship it!"}');

describe('Shopify webhook and callback signatures', () => {
  const shopify = new ShopifyAdapter(
    { apiKey: 'key', apiSecret: 'current-secret', previousApiSecrets: ['old-secret'] },
    runtime,
  );
  const delivery = (signature: string | null) =>
    new Headers(signature ? { 'x-shopify-hmac-sha256': signature } : {});

  it('accepts deliveries signed with the current or a previous app secret', async () => {
    for (const secret of ['current-secret', 'old-secret']) {
      const signature = await signWebhook(secret, body);
      expect(await shopify.verifyWebhook(delivery(signature), body, null)).toBe(true);
    }
  });

  it('refuses a missing or wrong signature, a changed body and a store secret', async () => {
    const signature = await signWebhook('current-secret', body);
    expect(await shopify.verifyWebhook(delivery(null), body, null)).toBe(false);
    expect(await shopify.verifyWebhook(delivery(signature), changed, null)).toBe(false);
    const other = await signWebhook('store-secret', body);
    expect(await shopify.verifyWebhook(delivery(other), body, 'store-secret')).toBe(false);
  });

  const callback = async (params: Record<string, string>, secret = 'current-secret') => {
    const query = new URLSearchParams(params);
    query.set('hmac', await signQuery(secret, query));
    return query;
  };
  const now = String(Math.floor(clock.now().getTime() / 1000));

  it('accepts a signed, fresh callback and reads shop, state and code from it', async () => {
    const query = await callback({
      shop: 'bakery.myshopify.com',
      code: 'c0de',
      state: 'st4te',
      timestamp: now,
    });
    expect(await shopify.verifyCallback(query)).toEqual({
      shop: 'bakery.myshopify.com',
      state: 'st4te',
      code: 'c0de',
    });
  });

  it('refuses callbacks signed with another secret, too old or too new', async () => {
    const params = { shop: 'bakery.myshopify.com', code: 'c', state: 's' };
    const code = (query: URLSearchParams) =>
      shopify.verifyCallback(query).then(
        () => 'accepted',
        (error) => `${error.code}: ${error.message}`,
      );
    expect(await code(await callback({ ...params, timestamp: now }, 'other-secret'))).toBe(
      'hmac_invalid: The callback signature does not match.',
    );
    const at = (offset: number) => String(Number(now) + offset);
    for (const timestamp of [at(-91), at(91), 'soon']) {
      expect(await code(await callback({ ...params, timestamp }))).toBe(
        'hmac_invalid: The callback is too old (or from the future).',
      );
    }
    for (const timestamp of [at(-90), at(90)]) {
      expect(await code(await callback({ ...params, timestamp }))).toBe('accepted');
    }
  });
});

describe('Etsy webhook signatures (Standard Webhooks)', () => {
  const secret = `whsec_${btoa('etsy-webhook-secret-32-bytes-long')}`;
  const etsy = (webhookSecret?: string) =>
    new EtsyAdapter({ keystring: 'k', sharedSecret: 's', webhookSecret }, runtime);
  // Signed by the reference library, as Etsy signs.
  const signed = (at: Date, payload = body) => {
    const headers = new Webhook(secret).sign('msg_1', at, new TextDecoder().decode(payload));
    return new Headers({
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': headers,
    });
  };

  it('accepts a delivery signed now with the app webhook secret', async () => {
    expect(await etsy(secret).verifyWebhook(signed(clock.now()), body)).toBe(true);
  });

  it('refuses without a configured secret, a changed body or a stale timestamp', async () => {
    expect(await etsy().verifyWebhook(signed(clock.now()), body)).toBe(false);
    expect(await etsy(secret).verifyWebhook(signed(clock.now()), changed)).toBe(false);
    const stale = new Date(clock.now().getTime() - 6 * 60_000);
    expect(await etsy(secret).verifyWebhook(signed(stale), body)).toBe(false);
  });
});

describe('WooCommerce webhook signatures', () => {
  const woo = new WooCommerceAdapter({}, runtime);
  const signed = async (secret: string, payload = body) =>
    new Headers({
      'x-wc-webhook-topic': 'order.created',
      'x-wc-webhook-signature': toBase64(await hmacSha256(secret, payload)),
    });

  it("accepts a delivery signed with the store's secret", async () => {
    expect(await woo.verifyWebhook(await signed('store-secret'), body, 'store-secret')).toBe(true);
  });

  it('refuses another secret, a changed body, or a store without a secret', async () => {
    expect(await woo.verifyWebhook(await signed('other'), body, 'store-secret')).toBe(false);
    expect(await woo.verifyWebhook(await signed('store-secret'), changed, 'store-secret')).toBe(
      false,
    );
    expect(await woo.verifyWebhook(await signed('store-secret'), body, null)).toBe(false);
  });

  it('lets only the unsigned ping through, nothing else unsigned', async () => {
    const ping = new TextEncoder().encode('webhook_id=42');
    expect(await woo.verifyWebhook(new Headers(), ping, 'store-secret')).toBe(true);
    const unsigned = new Headers({ 'x-wc-webhook-topic': 'order.created' });
    expect(await woo.verifyWebhook(unsigned, ping, 'store-secret')).toBe(false);
    expect(await woo.verifyWebhook(new Headers(), body, 'store-secret')).toBe(false);
    const longest = new TextEncoder().encode(`webhook_id=${'1'.repeat(52)}`);
    expect(await woo.verifyWebhook(new Headers(), longest, 'store-secret')).toBe(true);
    const long = new TextEncoder().encode(`webhook_id=${'1'.repeat(53)}`);
    expect(await woo.verifyWebhook(new Headers(), long, 'store-secret')).toBe(false);
    for (const text of ['webhook_id=4x', 'xwebhook_id=4', 'webhook_id=']) {
      expect(await woo.verifyWebhook(new Headers(), new TextEncoder().encode(text), 's')).toBe(
        false,
      );
    }
  });
});

describe('Pressero webhook signatures', () => {
  const pressero = new PresseroAdapter({ subscriberId: 'sub', consumerId: 'con' }, runtime);
  const signed = async (key: string, payload = body) =>
    new Headers({ messagehash: await signMessage(key, payload) });

  it('signs text and its bytes alike', async () => {
    expect(await signMessage('sec-key', 'ship it')).toBe(
      await signMessage('sec-key', new TextEncoder().encode('ship it')),
    );
  });

  it("accepts a delivery signed with the store's Security Key", async () => {
    expect(await pressero.verifyWebhook(await signed('sec-key'), body, 'sec-key')).toBe(true);
  });

  it('refuses another key, a changed body, or a store without a key', async () => {
    expect(await pressero.verifyWebhook(await signed('other'), body, 'sec-key')).toBe(false);
    expect(await pressero.verifyWebhook(await signed('sec-key'), changed, 'sec-key')).toBe(false);
    expect(await pressero.verifyWebhook(await signed('sec-key'), body, null)).toBe(false);
  });
});
