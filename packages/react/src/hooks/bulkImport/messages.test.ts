import { errorsColumnNames, type RowError } from '@vitrine/csv';
import { describe, expect, it } from 'vitest';
import { bulkCsvTranslator } from '../../i18n/bulkCsv.js';
import { locales } from '../../i18n/locales.js';
import { en } from '../../i18n/messages/en.js';
import { createTranslator } from '../../i18n/translate.js';
import { allLocalePacks } from '../../locales/all.js';
import { columnLetter, rowErrorCodes, rowErrorText, withCounts } from './messages.js';

const t = bulkCsvTranslator(createTranslator(en, 'en'), 'en');
const error = (code: string, message?: string): RowError => ({
  row: 4,
  column: 'sku',
  value: 'MUG-1',
  code,
  ...(message ? { message } : {}),
});

describe('bulk import words', () => {
  it.each(locales)('%s has a sentence for every row error the widget can show', (locale) => {
    const catalog = allLocalePacks[locale].bulkCsv as Record<string, string>;
    for (const code of rowErrorCodes) {
      expect(catalog[`bulkCsv.error.${code}`], `${locale} ${code}`).toBeTruthy();
    }
  });

  it.each(locales)(
    '%s names the report’s Errors column as the CSV library skips it on the way back',
    (locale) => {
      expect(errorsColumnNames).toContain(allLocalePacks[locale].bulkCsv['bulkCsv.report.errors']);
    },
  );

  it('translates the codes of the file and of the server, and says which code it does not know', () => {
    expect(rowErrorText(error('invalid_url'), t)).toBe(
      'This is not a web link starting with http:// or https://.',
    );
    expect(rowErrorText(error('product_uid_unknown'), t)).toBe(
      'This product UID is not in the catalog.',
    );
    expect(rowErrorText(error('brand_new_code'), t)).toBe(
      'This row could not be imported (brand_new_code).',
    );
  });

  it('keeps the details the server gives: the candidates of a SKU, the row that came first', () => {
    expect(
      rowErrorText(
        error(
          'sku_ambiguous',
          '2 variants share this SKU: var_1 (Black / M), var_2 (White / M). Give the Variant ID instead.',
        ),
        t,
      ),
    ).toBe(
      'Several variants of this store share this SKU (var_1 (Black / M), var_2 (White / M)): give the Variant ID instead.',
    );
    expect(rowErrorText(error('duplicate_variant', 'Row 12 already names this variant.'), t)).toBe(
      'Row 12 already names this variant.',
    );
    // Without them, the general sentence.
    expect(rowErrorText(error('duplicate_variant'), t)).toBe(
      'An earlier row already names this variant.',
    );
  });

  it('writes counts in the locale’s digits and picks the plural form by them', () => {
    const de = withCounts(
      bulkCsvTranslator(
        createTranslator(allLocalePacks.de.messages, 'de'),
        'de',
        allLocalePacks.de.bulkCsv,
      ),
      new Intl.NumberFormat('de').format,
    );
    expect(de('bulkCsv.import', { count: 100_000 })).toBe('100.000 Zeilen importieren');
    expect(de('bulkCsv.import', { count: 1 })).toBe('1 Zeile importieren');
    const english = withCounts(t, new Intl.NumberFormat('en').format);
    expect(english('bulkCsv.done.changed', { count: 12_345 })).toBe('12,345 variants changed.');
  });

  it('names columns with spreadsheet letters', () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'ZZ',
      'AAA',
    ]);
  });
});
