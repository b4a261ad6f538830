import { DomainError } from '../../errors.js';

const label = /^[a-z0-9][a-z0-9-]*$/;

/**
 * `myshop` or `myshop.<shopDomain>` (e.g. `myshop.myshopify.com`), case-insensitive, and nothing
 * else: no scheme, path, port, other domain or look-alike suffix. Returns the full hostname.
 */
export function normalizeShopDomain(input: string, shopDomain: string): string {
  const value = input.trim().toLowerCase();
  const suffix = `.${shopDomain.toLowerCase()}`;
  const name = value.endsWith(suffix) ? value.slice(0, -suffix.length) : value;
  if (name.length > 0 && name.length <= 60 && label.test(name)) return `${name}${suffix}`;
  throw new DomainError(
    'invalid_shop_domain',
    `Enter the shop's name (myshop) or its ${shopDomain} address (myshop${suffix}).`,
    { fields: [{ path: 'shop', code: 'invalid_shop_domain', message: 'Not a shop address' }] },
  );
}

export function isShopDomain(value: string, shopDomain: string): boolean {
  try {
    return normalizeShopDomain(value, shopDomain) === value;
  } catch {
    return false;
  }
}
