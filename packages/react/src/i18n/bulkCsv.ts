'use client';
import { useMemo } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { type BulkCsvMessageKey, type BulkCsvMessages, bulkCsvEn } from './messages/bulkCsv/en.js';
import { createTranslator, type TranslationKey, type Values } from './translate.js';

/** A bulk CSV catalog key, or the stem of one of its plural pairs. */
export type BulkCsvTranslationKey =
  | BulkCsvMessageKey
  | (BulkCsvMessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never);

/** Translates the main catalog's keys and the importer's keys. */
export type BulkCsvTranslate = (
  key: TranslationKey | BulkCsvTranslationKey,
  values?: Values,
) => string;

/**
 * A translator over the main catalog and the importer's catalog of one language (its pack's
 * `bulkCsv`; English when none is given).
 */
export function bulkCsvTranslator(
  t: (key: TranslationKey, values?: Values) => string,
  locale: string,
  catalog: BulkCsvMessages = bulkCsvEn,
): BulkCsvTranslate {
  const bulk = createTranslator(catalog as never, locale);
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
  const { t, locale, pack } = useVitrine();
  return useMemo(() => bulkCsvTranslator(t, locale, pack?.bulkCsv), [t, locale, pack]);
}
