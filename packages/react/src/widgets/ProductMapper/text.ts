'use client';
import { useMemo } from 'react';
import {
  enProducts,
  type ProductMessageKey,
  type ProductMessages,
} from '../../i18n/messages/en.js';
import type { Translate, TranslationKey, Values } from '../../i18n/translate.js';
import { useVitrine } from '../../provider/VitrineProvider.js';

/** A product catalog key, or the stem of one of its plural pairs. */
export type ProductTranslationKey =
  | ProductMessageKey
  | (ProductMessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never);

export type ProductTranslate = (
  key: ProductTranslationKey | TranslationKey,
  values?: Values,
) => string;

/**
 * A translator over the mapper's catalog: plural forms by `values.count`, and numbers written in
 * the locale's digits (10,045 variants; 10.045 Varianten). Other keys go to `fallback`.
 */
export function createProductTranslator(
  messages: Partial<ProductMessages>,
  locale: string,
  fallback: Translate,
): ProductTranslate {
  const table = messages as Record<string, string>;
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, values) => {
    if (!(key in table) && !(`${key}_other` in table))
      return fallback(key as TranslationKey, values);
    let text = table[key] ?? key;
    if (values && typeof values.count === 'number') {
      text = table[`${key}_${plural.select(values.count)}`] ?? table[`${key}_other`] ?? text;
    }
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = values[name];
      if (value === undefined) return match;
      return typeof value === 'number' ? number.format(value) : value;
    });
  };
}

/**
 * The mapper's translator: its own catalog in the provider's locale (with the host's overrides),
 * falling back to the shared one for common words and API errors.
 */
export function useProductText(): ProductTranslate {
  const { t, locale, pack, messages } = useVitrine();
  return useMemo(() => {
    const table: Record<string, string> = { ...(pack?.products ?? enProducts) };
    if (messages) {
      for (const key of Object.keys(enProducts)) {
        const override = (messages as Partial<ProductMessages>)[key as ProductMessageKey];
        if (override !== undefined) table[key] = override;
      }
    }
    return createProductTranslator(table, locale, t);
  }, [t, locale, pack, messages]);
}
