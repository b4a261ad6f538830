'use client';
import { useMemo } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { type SettingsMessageKey, settingsEn } from './messages/settings/en.js';
import { createTranslator, type TranslationKey, type Values } from './translate.js';

/** A settings catalog key, or the stem of one of its plural pairs. */
export type SettingsTranslationKey =
  | SettingsMessageKey
  | (SettingsMessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never);

/** Translates the main catalog's keys and the settings widgets' keys. */
export type SettingsTranslate = (
  key: TranslationKey | SettingsTranslationKey,
  values?: Values,
) => string;

/**
 * The settings widgets' translator: the provider's (its catalog with the host's `messages`, so a host
 * overrides their words the same way as any other), then the settings catalog of its language.
 */
export function useSettingsText(): SettingsTranslate {
  const { t, locale, pack } = useVitrine();
  return useMemo(() => {
    const settings = createTranslator((pack?.settings ?? settingsEn) as never, locale);
    return (key, values) => {
      const text = t(key as TranslationKey, values);
      return text === key ? settings(key as TranslationKey, values) : text;
    };
  }, [t, locale, pack]);
}
