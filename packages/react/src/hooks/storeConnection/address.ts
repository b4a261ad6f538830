import { Url } from '@vitrine/sdk';
import type { AddressError } from './machine.js';

/** `myshop` or `myshop.myshopify.com`; the server stays the authority on the shop's domain. */
const shopPattern = /^[a-z0-9][a-z0-9-]*(\.myshopify\.com)?$/i;

/** A shop's handle, its first DNS label: what the field asks for on any Shopify domain. */
export const shopHandle = (shopUrl: string) =>
  shopUrl.replace(/^https?:\/\//i, '').split(/[./]/)[0] ?? '';

/** The Shopify shop typed, cleaned of a scheme and a path, or why it cannot be one. */
export function checkShop(value: string): { shop: string } | { error: AddressError } {
  const shop = value
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '');
  if (!shop) return { error: 'validation.required' };
  if (!shopPattern.test(shop)) return { error: 'stores.field.shopify.shop.format' };
  return { shop };
}

/** A store's web address (WooCommerce), trimmed, or why it cannot be one. */
export function checkStoreUrl(value: string): { url: string } | { error: AddressError } {
  const url = value.trim();
  if (!url) return { error: 'validation.required' };
  if (!Url.safeParse(url).success) return { error: 'stores.validation.url' };
  return { url };
}

/** The address a reconnection starts from, with a scheme for the forms that want a URL. */
export const withScheme = (shopUrl: string) =>
  /^https?:\/\//.test(shopUrl) ? shopUrl : `https://${shopUrl}`;
