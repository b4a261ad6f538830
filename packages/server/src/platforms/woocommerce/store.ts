import { DomainError } from '../../errors.js';

/** Where WordPress admin and REST addresses start: pasting one of those still names the store. */
const wordpressPaths = /\/(wp-admin|wp-json|wc-auth|wp-login\.php)(\/.*)?$/;

/**
 * A WooCommerce store's address, as typed: an absolute http(s) URL. The answer is its origin and
 * path, host lowercased, without query, fragment or trailing slash. HTTPS is required (WooCommerce
 * only accepts Basic auth over TLS) unless the host is in `insecureHosts` (a local simulator).
 */
export function normalizeStoreUrl(input: string, insecureHosts: readonly string[] = []): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw invalid('Enter the store’s full address, e.g. https://shop.example.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw invalid('Enter the store’s web address (https://…).');
  }
  if (url.username || url.password) {
    throw invalid('The store address must not contain a user name or password.');
  }
  if (url.protocol === 'http:' && !insecureHosts.includes(url.host)) {
    throw invalid('WooCommerce API keys only work over HTTPS: use the https:// address.');
  }
  const path = url.pathname.replace(wordpressPaths, '').replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}`;
}

const invalid = (message: string) =>
  new DomainError('invalid_shop_domain', message, {
    fields: [{ path: 'url', code: 'invalid_shop_domain', message }],
  });
