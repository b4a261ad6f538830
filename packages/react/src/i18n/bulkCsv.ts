'use client';
import { useMemo } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import type { Locale } from './locales.js';
import { bulkCsvDe } from './messages/bulkCsv/de.js';
import { type BulkCsvMessageKey, type BulkCsvMessages, bulkCsvEn } from './messages/bulkCsv/en.js';
import { bulkCsvEs } from './messages/bulkCsv/es.js';
import { bulkCsvFr } from './messages/bulkCsv/fr.js';
import { bulkCsvIt } from './messages/bulkCsv/it.js';
import { bulkCsvPtBR } from './messages/bulkCsv/pt-BR.js';
import { createTranslator, type TranslationKey, type Values } from './translate.js';

/** BulkCsvImporter's words in the six shipped languages. */
export const bulkCsvCatalogs = {
  en: bulkCsvEn,
  'pt-BR': bulkCsvPtBR,
  es: bulkCsvEs,
  fr: bulkCsvFr,
  it: bulkCsvIt,
  de: bulkCsvDe,
} as const satisfies Record<Locale, BulkCsvMessages>;

/** A bulk CSV catalog key, or the stem of one of its plural pairs. */
export type BulkCsvTranslationKey =
  | BulkCsvMessageKey
  | (BulkCsvMessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never);

/** Translates the main catalog's keys and the importer's keys. */
export type BulkCsvTranslate = (
  key: TranslationKey | BulkCsvTranslationKey,
  values?: Values,
) => string;

/** A translator over the main catalog and the importer's catalog of one language. */
export function bulkCsvTranslator(
  t: (key: TranslationKey, values?: Values) => string,
  locale: Locale,
): BulkCsvTranslate {
  const bulk = createTranslator(bulkCsvCatalogs[locale] as never, locale);
  return (key, values) => {
    const text = t(key as TranslationKey, values);
    return text === key ? bulk(key as TranslationKey, values) : text;
  };
}

/**
 * The importer's translator: the provider's (its catalog with the host's `messages`, so a host
 * overrides the importer's words the same way as any other), then the importer's catalog.
 */
export function useBulkCsvText(): BulkCsvTranslate {
  const { t, locale } = useVitrine();
  return useMemo(() => bulkCsvTranslator(t, locale), [t, locale]);
}
