import { describe, expect, it } from 'vitest';
import { allLocalePacks } from '../locales/all.js';
import type { Locale } from './locales.js';
import { locales } from './locales.js';
import { enProducts } from './messages/en.js';
import type { LocalePack } from './pack.js';

const productCatalogs = Object.fromEntries(
  Object.entries(allLocalePacks).map(([l, p]) => [l, p.products]),
) as { [L in Locale]: LocalePack['products'] };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const english = enProducts as Record<string, string>;

describe('ProductMapper catalogs', () => {
  it('ship the same six locales as the shared catalogs', () => {
    expect(Object.keys(productCatalogs)).toEqual(locales);
  });

  it.each(locales)(
    '%s has every key, none empty, with the same placeholders as English',
    (locale) => {
      const catalog = productCatalogs[locale] as Record<string, string>;
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english)) {
        expect(catalog[key]?.trim(), `${locale} ${key}`).toBeTruthy();
        expect(placeholders(catalog[key]!), `${locale} ${key}`).toEqual(placeholders(text));
      }
    },
  );

  it.each(locales.filter((l) => l !== 'en'))(
    '%s is a translation, not a copy of English',
    (locale) => {
      const catalog = productCatalogs[locale] as Record<string, string>;
      // Units and placeholders may stay the same ("{width} × {height} mm"); sentences may not.
      const words = (text: string) =>
        text
          .replace(/\{\w+\}/g, '')
          .split(/\s+/)
          .filter((w) => /\p{L}/u.test(w)).length;
      const same = Object.keys(english).filter(
        (key) => catalog[key] === english[key] && words(english[key]!) > 2,
      );
      expect(same).toEqual([]);
    },
  );
});
