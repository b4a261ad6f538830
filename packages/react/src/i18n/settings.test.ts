import { describe, expect, it } from 'vitest';
import { allLocalePacks } from '../locales/all.js';
import type { Locale } from './locales.js';
import { locales } from './locales.js';
import { settingsEn } from './messages/settings/en.js';
import type { LocalePack } from './pack.js';

const settingsCatalogs = Object.fromEntries(
  Object.entries(allLocalePacks).map(([l, p]) => [l, p.settings]),
) as { [L in Locale]: LocalePack['settings'] };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const en = settingsEn as Record<string, string>;

describe('settings message catalogs', () => {
  it.each(locales)(
    '%s has every key, none empty, with the same placeholders as English',
    (locale) => {
      const catalog = settingsCatalogs[locale] as Record<string, string>;
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
      const catalog = settingsCatalogs[locale] as Record<string, string>;
      const same = Object.keys(en).filter((key) => catalog[key] === en[key]);
      expect(same.filter((key) => en[key]!.split(' ').length > 2)).toEqual([]);
    },
  );
});
