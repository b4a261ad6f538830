import { describe, expect, it } from 'vitest';
import { DomainError } from '../../errors.js';
import { normalizeSiteDomain } from './site.js';

describe('Pressero site addresses', () => {
  it('reduces a storefront URL to its site domain', () => {
    expect(normalizeSiteDomain('https://print.acme.com')).toBe('print.acme.com');
    expect(normalizeSiteDomain(' HTTPS://Print.ACME.com/catalog/cards?page=2#top ')).toBe(
      'print.acme.com',
    );
    expect(normalizeSiteDomain('acme.pressero.com')).toBe('acme.pressero.com');
    expect(normalizeSiteDomain('http://acme.pressero.com./')).toBe('acme.pressero.com');
  });

  it('refuses what is not a site domain', () => {
    for (const input of [
      '',
      'acme',
      'https://localhost',
      'ftp://acme.pressero.com',
      'javascript:alert(1)',
      'https://user:pw@acme.pressero.com',
      'https://acme.pressero.com:8443',
      'https://10.0.0.1',
      'https://[::1]',
      'https://-acme.pressero.com',
      'https://acme_shop.pressero.com',
    ]) {
      expect(() => normalizeSiteDomain(input), input).toThrow(DomainError);
    }
  });
});
