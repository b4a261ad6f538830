'use client';
import { useMemo } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { type OrderMessageKey, ordersEn } from './messages/orders/en.js';
import { createTranslator, type TranslationKey, type Values } from './translate.js';

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
  const { t, locale, pack } = useVitrine();
  return useMemo(() => {
    const orders = createTranslator((pack?.orders ?? ordersEn) as never, locale);
    return (key, values) => {
      const text = t(key as TranslationKey, values);
      return text === key ? orders(key as TranslationKey, values) : text;
    };
  }, [t, locale, pack]);
}
