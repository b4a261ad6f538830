import { describe, expect, it } from 'vitest';
import { queryHmacValid, queryMessage, signQuery, signWebhook, webhookHmacValid } from './hmac.js';
import { normalizeShopDomain } from './shop.js';

describe('Shopify query HMAC', () => {
  // Vectors computed with Shopify's library algorithm (secret "hush").
  it('matches the published vectors', async () => {
    const plain = new URLSearchParams(
      'code=0907a61c0c8d55e99db179b68161bc00&shop=some-shop.myshopify.com&timestamp=1337178173',
    );
    expect(await signQuery('hush', plain)).toBe(
      '4712bf92ffc2917d15a2f5a273e39f0116667419aa4b6ac0b3baaf26fa3c4d20',
    );
    const withState = new URLSearchParams(
      'shop=some-shop.myshopify.com&state=0.6784241404160823&timestamp=1337178173&code=0907a61c0c8d55e99db179b68161bc00',
    );
    expect(await signQuery('hush', withState)).toBe(
      '700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf',
    );
  });

  it('signs every parameter but hmac and signature, sorted, with %20 for spaces', () => {
    const q = new URLSearchParams('b=2&hmac=x&a=hello world&signature=y&ids[]=1&ids[]=2');
    expect(queryMessage(q)).toBe('a=hello%20world&b=2&ids%5B%5D=1%2C2');
  });

  it('rejects a query whose hmac is missing, forged, or whose parameters changed', async () => {
    const q = new URLSearchParams('code=abc&shop=a.myshopify.com&state=s&timestamp=1');
    q.set('hmac', await signQuery('secret', q));
    expect(await queryHmacValid('secret', q)).toBe(true);
    expect(await queryHmacValid('other', q)).toBe(false);
    const changed = new URLSearchParams(q);
    changed.set('shop', 'b.myshopify.com');
    expect(await queryHmacValid('secret', changed)).toBe(false);
    const missing = new URLSearchParams(q);
    missing.delete('hmac');
    expect(await queryHmacValid('secret', missing)).toBe(false);
  });

  it('verifies webhook bodies byte for byte, with any of the current or previous secrets', async () => {
    const body = new TextEncoder().encode('{"id":1,"title":"Tee"}');
    const signature = await signWebhook('old-secret', body);
    expect(signature).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(await webhookHmacValid(['new-secret', 'old-secret'], signature, body)).toBe(true);
    expect(await webhookHmacValid(['new-secret'], signature, body)).toBe(false);
    const altered = new TextEncoder().encode('{"id":1,"title":"Tee "}');
    expect(await webhookHmacValid(['old-secret'], signature, altered)).toBe(false);
    expect(await webhookHmacValid(['old-secret'], null, body)).toBe(false);
  });
});

describe('Shopify shop domains', () => {
  it('accepts a shop name or its full domain, and nothing else', () => {
    expect(normalizeShopDomain('myshop', 'myshopify.com')).toBe('myshop.myshopify.com');
    expect(normalizeShopDomain(' My-Shop2 ', 'myshopify.com')).toBe('my-shop2.myshopify.com');
    expect(normalizeShopDomain('myshop.myshopify.com', 'myshopify.com')).toBe(
      'myshop.myshopify.com',
    );
    for (const bad of [
      '',
      'https://myshop.myshopify.com',
      'myshop.myshopify.com/admin',
      'myshop.myshopify.com.evil.com',
      'evil.com',
      'my.shop.myshopify.com',
      '-myshop',
      'my_shop',
      'myshop.myshopify.com:443',
      'myshop@evil.com',
      'myshop.shopify.com',
      'a'.repeat(61),
    ]) {
      expect(() => normalizeShopDomain(bad, 'myshopify.com'), bad).toThrow(/shop/);
    }
  });
});
