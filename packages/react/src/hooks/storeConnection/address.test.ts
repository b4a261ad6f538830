import { describe, expect, it } from 'vitest';
import { checkShop, checkStoreUrl, shopHandle, withScheme } from './address.js';

describe('store addresses', () => {
  it('takes a Shopify handle or myshopify.com address, cleaned of scheme and path', () => {
    expect(checkShop('  vitrine-demo ')).toEqual({ shop: 'vitrine-demo' });
    expect(checkShop('https://vitrine-demo.myshopify.com/admin/apps')).toEqual({
      shop: 'vitrine-demo.myshopify.com',
    });
    expect(checkShop('')).toEqual({ error: 'validation.required' });
    expect(checkShop('not a shop!')).toEqual({ error: 'stores.field.shopify.shop.format' });
    // Another domain is left for the owner to correct, before anything is sent.
    expect(checkShop('vitrine-demo.example.com')).toEqual({
      error: 'stores.field.shopify.shop.format',
    });
  });

  it('takes a WooCommerce store’s web address', () => {
    expect(checkStoreUrl(' https://woocommerce.test/print-shop ')).toEqual({
      url: 'https://woocommerce.test/print-shop',
    });
    expect(checkStoreUrl('')).toEqual({ error: 'validation.required' });
    expect(checkStoreUrl('print-shop')).toEqual({ error: 'stores.validation.url' });
    expect(checkStoreUrl('ftp://woocommerce.test')).toEqual({ error: 'stores.validation.url' });
  });

  it('starts a reconnection from the store’s handle and address', () => {
    expect(shopHandle('vitrine-demo.myshopify.test')).toBe('vitrine-demo');
    expect(shopHandle('https://vitrine-demo.myshopify.com/')).toBe('vitrine-demo');
    expect(withScheme('acme.pressero.test')).toBe('https://acme.pressero.test');
    expect(withScheme('http://woocommerce.test/shop')).toBe('http://woocommerce.test/shop');
  });
});
