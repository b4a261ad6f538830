import { describe, expect, it } from 'vitest';
import { allLocalePacks } from '../locales/all.js';
import { locales } from './locales.js';
import { bulkCsvEn } from './messages/bulkCsv/en.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const en = bulkCsvEn as Record<string, string>;

describe('bulk CSV message catalogs', () => {
  it.each(locales)(
    '%s has every key, none empty, with the same placeholders as English',
    (locale) => {
      const catalog = allLocalePacks[locale].bulkCsv as Record<string, string>;
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(catalog[key]?.trim(), `${locale} ${key}`).toBeTruthy();
        expect(placeholders(catalog[key]!), `${locale} ${key}`).toEqual(placeholders(text));
      }
    },
  );

  it.each(locales)('%s keeps the importer’s words out of the main catalog', (locale) => {
    // Pages without the importer do not download them.
    const main = Object.keys(allLocalePacks[locale].messages);
    expect(main.filter((key) => key.startsWith('bulkCsv.'))).toEqual([]);
  });
});
