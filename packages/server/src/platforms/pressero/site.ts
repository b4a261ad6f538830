import { DomainError } from '../../errors.js';

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const invalid = () =>
  new DomainError(
    'invalid_shop_domain',
    'Enter the address of the Pressero storefront, e.g. https://print.acme.com or acme.pressero.com.',
    { fields: [{ path: 'siteUrl', code: 'invalid_shop_domain', message: 'Not a site address' }] },
  );

/**
 * A Pressero storefront address as its site domain, the key Pressero's API names sites by
 * (`/api/site/{siteDomain}/…`): `https://print.acme.com/any/page` and `PRINT.acme.com` both give
 * `print.acme.com`. A path, query or trailing dot is dropped (owners paste whatever page they are
 * on); a scheme other than http(s), credentials, a port, an IP address or a single-label name is
 * refused: none of them is a site domain.
 */
export function normalizeSiteDomain(input: string): string {
  const value = input.trim();
  if (!value || value.length > 2048) throw invalid();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    throw invalid();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw invalid();
  if (url.username || url.password || url.port) throw invalid();
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const labels = host.split('.');
  if (host.length > 253 || labels.length < 2) throw invalid();
  if (!labels.every((l) => label.test(l))) throw invalid();
  // A numeric top-level label means an IPv4 address, not a storefront.
  if (/^\d+$/.test(labels[labels.length - 1]!)) throw invalid();
  return host;
}
