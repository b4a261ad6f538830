'use client';
import { useMemo } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import type { Locale } from './locales.js';
import { ordersDe } from './messages/orders/de.js';
import { type OrderMessageKey, type OrderMessages, ordersEn } from './messages/orders/en.js';
import { ordersEs } from './messages/orders/es.js';
import { ordersFr } from './messages/orders/fr.js';
import { ordersIt } from './messages/orders/it.js';
import { ordersPtBR } from './messages/orders/pt-BR.js';
import { createTranslator, type TranslationKey, type Values } from './translate.js';

/** The order widgets' words in the six shipped languages. */
export const orderCatalogs = {
  en: ordersEn,
  'pt-BR': ordersPtBR,
  es: ordersEs,
  fr: ordersFr,
  it: ordersIt,
  de: ordersDe,
} as const satisfies Record<Locale, OrderMessages>;

/** An order catalog key, or the stem of one of its plural pairs. */
export type OrderTranslationKey =
  | OrderMessageKey
  | (OrderMessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never);

/** Translates the main catalog's keys and the order widgets' keys. */
export type OrderTranslate = (key: TranslationKey | OrderTranslationKey, values?: Values) => string;

/**
 * The order widgets' translator: the provider's (its catalog with the host's `messages`, so a host
 * overrides order words the same way as any other), then the order catalog of its language.
 */
export function useOrderText(): OrderTranslate {
  const { t, locale } = useVitrine();
  return useMemo(() => {
    const orders = createTranslator(orderCatalogs[locale] as never, locale);
    return (key, values) => {
      const text = t(key as TranslationKey, values);
      return text === key ? orders(key as TranslationKey, values) : text;
    };
  }, [t, locale]);
}
