import { errorCodes } from '@vitrine/sdk';
import { describe, expect, it } from 'vitest';
import { allLocalePacks } from '../locales/all.js';
import { type Locale, locales, resolveLocale } from './locales.js';
import type { LocalePack } from './pack.js';

const catalogs = Object.fromEntries(
  Object.entries(allLocalePacks).map(([l, p]) => [l, p.messages]),
) as { [L in Locale]: LocalePack['messages'] };

import { en } from './messages/en.js';
import { createTranslator } from './translate.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  it('ship six locales', () => {
    expect(locales).toEqual(['en', 'pt-BR', 'es', 'fr', 'it', 'de']);
  });

  it.each(locales)(
    '%s has every key, none empty, with the same placeholders as English',
    (locale) => {
      const catalog = catalogs[locale] as Record<string, string>;
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(catalog[key]?.trim(), `${locale} ${key}`).toBeTruthy();
        expect(placeholders(catalog[key]!), `${locale} ${key}`).toEqual(placeholders(text));
      }
    },
  );

  it.each(locales.filter((l) => l !== 'en'))(
    '%s is a translation, not a copy of English',
    (locale) => {
      const catalog = catalogs[locale] as Record<string, string>;
      const same = Object.keys(en).filter(
        (key) => catalog[key] === (en as Record<string, string>)[key],
      );
      // Product names and a few short words (e.g. "Admin") may stay the same; sentences may not.
      expect(
        same.filter((key) => (en as Record<string, string>)[key]!.split(' ').length > 2),
      ).toEqual([]);
    },
  );

  it('has a message for every API error code', () => {
    for (const code of errorCodes) expect(en).toHaveProperty(`error.${code}`);
  });
});

describe('translator', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = createTranslator(en, 'en');
    expect(t('clientForm.success.create', { name: 'Acme' })).toBe('Client “Acme” created.');
    expect(t('validation.tooLong')).toBe('Use at most {max} characters.');
  });

  it('picks plural forms with Intl.PluralRules', () => {
    const messages = {
      ...en,
      'x.items_one': '{count} item',
      'x.items_other': '{count} items',
    } as typeof en;
    const t = createTranslator(messages, 'en');
    expect(t('x.items' as keyof typeof en, { count: 1 })).toBe('1 item');
    expect(t('x.items' as keyof typeof en, { count: 3 })).toBe('3 items');
  });

  it('resolves locales by language, falling back to English', () => {
    expect(resolveLocale('pt')).toBe('pt-BR');
    expect(resolveLocale('pt-PT')).toBe('pt-BR');
    expect(resolveLocale('de-AT')).toBe('de');
    expect(resolveLocale('ja')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });
});
