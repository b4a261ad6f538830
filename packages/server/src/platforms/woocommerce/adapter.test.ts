import { WooCommerceSimulator } from '@vitrine/simulators';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../clock.js';
import { hmacSha256, toBase64 } from '../../crypto/hmac.js';
import { WooCommerceAdapter } from './adapter.js';

const runtime = {
  fetch: async () => new Response(null, { status: 599 }),
  clock: new ManualClock(new Date('2026-03-02T09:00:00Z')),
  sleep: async () => {},
};
const adapter = new WooCommerceAdapter({ allowInsecureHosts: ['localhost:4000'] }, runtime);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the WooCommerce adapter', () => {
  it('normalises store addresses to origin and path', () => {
    expect(adapter.normalizeShop(' HTTPS://Shop.Example.COM/ ')).toBe('https://shop.example.com');
    expect(adapter.normalizeShop('https://shop.example/store/?utm=1#top')).toBe(
      'https://shop.example/store',
    );
    expect(adapter.normalizeShop('https://shop.example:8443/wp-admin/admin.php?page=wc')).toBe(
      'https://shop.example:8443',
    );
    expect(adapter.normalizeShop('https://shop.example/blog/wp-json/wc/v3')).toBe(
      'https://shop.example/blog',
    );
    expect(adapter.normalizeShop('http://localhost:4000/sim/woocommerce/print-shop')).toBe(
      'http://localhost:4000/sim/woocommerce/print-shop',
    );
    for (const bad of [
      'shop.example',
      'ftp://shop.example',
      'http://shop.example',
      'http://localhost:5000/x',
      'https://user:secret@shop.example',
      'javascript:alert(1)',
    ]) {
      expect(() => adapter.normalizeShop(bad), bad).toThrow(
        expect.objectContaining({ code: 'invalid_shop_domain' }),
      );
    }
  });

  it('builds the key hand-off URL and reads the browser’s return', async () => {
    const url = new URL(
      adapter.authorizeUrl({
        shop: 'https://shop.example/',
        state: 'state-1',
        redirectUri: 'https://api.example/v1/oauth/woocommerce/callback',
        keysUrl: 'https://api.example/v1/oauth/woocommerce/keys',
      }),
    );
    expect(`${url.origin}${url.pathname}`).toBe('https://shop.example/wc-auth/v1/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      app_name: 'Vitrine',
      scope: 'read_write',
      user_id: 'state-1',
      return_url: 'https://api.example/v1/oauth/woocommerce/callback',
      callback_url: 'https://api.example/v1/oauth/woocommerce/keys',
    });
    expect(await adapter.verifyCallback(new URLSearchParams('success=1&user_id=state-1'))).toEqual({
      shop: null,
      state: 'state-1',
      code: null,
    });
    await expect(
      adapter.verifyCallback(new URLSearchParams('success=0&user_id=state-1')),
    ).rejects.toMatchObject({ code: 'oauth_denied' });
    await expect(adapter.verifyCallback(new URLSearchParams('success=1'))).rejects.toMatchObject({
      code: 'oauth_state_invalid',
    });
  });

  it('checks X-WC-Webhook-Signature over the raw body, and lets only a bare ping through', async () => {
    const body = bytes('{"id":7,"name":"Cards"}');
    const signature = toBase64(await hmacSha256('store-secret', body));
    const headers = (extra: Record<string, string>) =>
      new Headers({ 'x-wc-webhook-topic': 'product.updated', ...extra });
    expect(
      await adapter.verifyWebhook(
        headers({ 'x-wc-webhook-signature': signature }),
        body,
        'store-secret',
      ),
    ).toBe(true);
    expect(
      await adapter.verifyWebhook(headers({ 'x-wc-webhook-signature': signature }), body, 'other'),
    ).toBe(false);
    expect(
      await adapter.verifyWebhook(headers({ 'x-wc-webhook-signature': signature }), body, null),
    ).toBe(false);
    expect(await adapter.verifyWebhook(headers({}), body, 'store-secret')).toBe(false);
    expect(await adapter.verifyWebhook(new Headers(), bytes('webhook_id=12'), 'store-secret')).toBe(
      true,
    );
    expect(await adapter.verifyWebhook(new Headers(), bytes('webhook_id=12&x=1'), null)).toBe(
      false,
    );
    expect(adapter.parseWebhook(new Headers(), bytes('webhook_id=12')).event).toEqual({
      kind: 'ignored',
    });
  });

  it('parses deliveries: source normalised, variable products keep their variation ids', () => {
    const delivery = adapter.parseWebhook(
      new Headers({
        'x-wc-webhook-topic': 'product.updated',
        'x-wc-webhook-delivery-id': 'd1',
        'x-wc-webhook-source': 'https://Shop.Example/',
      }),
      bytes(
        JSON.stringify({
          id: 7,
          name: 'Flyers',
          type: 'variable',
          status: 'publish',
          date_modified_gmt: '2026-03-02T09:00:00',
          attributes: [{ name: 'Size', variation: true, options: ['A5', 'A4'] }],
          variations: [71, 72],
        }),
      ),
    );
    expect(delivery).toMatchObject({ id: 'd1', shop: 'https://shop.example' });
    expect(delivery.event).toMatchObject({
      kind: 'product_updated',
      product: {
        externalId: '7',
        status: 'active',
        updatedAt: '2026-03-02T09:00:00.000Z',
        options: [{ name: 'Size', values: ['A5', 'A4'] }],
        variants: [],
        knownVariantIds: ['71', '72'],
      },
    });
  });

  it('reports an unreachable store as unavailable after retrying', async () => {
    await expect(
      adapter.connectWithCredentials({
        platform: 'woocommerce',
        url: 'https://shop.example',
        consumerKey: `ck_${'1'.repeat(40)}`,
        consumerSecret: `cs_${'2'.repeat(40)}`,
      }),
    ).rejects.toMatchObject({ code: 'platform_unavailable', transient: true });
  });

  it('ends a product listing whose last pages vanished while it was read', async () => {
    const sim = new WooCommerceSimulator({ origin: 'https://woocommerce.test' });
    const live = new WooCommerceAdapter({}, { ...runtime, fetch: (request) => sim.fetch(request) });
    const [key] = await sim.keys('bulk-prints');
    const session = {
      shop: sim.urlOf('bulk-prints'),
      credentials: {
        consumerKey: key!.consumerKey,
        consumerSecret: key!.consumerSecret,
        api: 'wp-json' as const,
      },
      save: async () => {},
    };
    const first = await live.listProducts(session, null);
    expect(first.products).toHaveLength(100);
    expect(first.next).toEqual({ page: 2 });
    for (const product of sim.products('bulk-prints').slice(100, 230)) {
      await sim.deleteProduct('bulk-prints', product.id);
    }
    expect(await live.listProducts(session, { page: 3 })).toEqual({ products: [], next: null });
  });
});
