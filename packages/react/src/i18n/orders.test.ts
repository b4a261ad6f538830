import { describe, expect, it } from 'vitest';
import { allLocalePacks } from '../locales/all.js';
import type { Locale } from './locales.js';
import { locales } from './locales.js';
import { ordersEn } from './messages/orders/en.js';
import type { LocalePack } from './pack.js';

const orderCatalogs = Object.fromEntries(
  Object.entries(allLocalePacks).map(([l, p]) => [l, p.orders]),
) as { [L in Locale]: LocalePack['orders'] };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const en = ordersEn as Record<string, string>;

describe('order message catalogs', () => {
  it.each(locales)(
    '%s has every key, none empty, with the same placeholders as English',
    (locale) => {
      const catalog = orderCatalogs[locale] as Record<string, string>;
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
      const catalog = orderCatalogs[locale] as Record<string, string>;
      const same = Object.keys(en).filter((key) => catalog[key] === en[key]);
      expect(same.filter((key) => en[key]!.split(' ').length > 2)).toEqual([]);
    },
  );

  it('names every fulfillment status, source and item problem in every language', async () => {
    const { fulfillmentStatuses, OrderSource, OrderItemProblem } = await import('@vitrine/sdk');
    for (const locale of locales) {
      const catalog = orderCatalogs[locale] as Record<string, string>;
      for (const s of fulfillmentStatuses) expect(catalog[`orders.status.${s}`]).toBeTruthy();
      for (const s of OrderSource.options) expect(catalog[`orders.source.${s}`]).toBeTruthy();
      for (const p of OrderItemProblem.options) expect(catalog[`orders.problem.${p}`]).toBeTruthy();
    }
  });
});
