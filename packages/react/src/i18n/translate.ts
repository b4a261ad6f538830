import { isApiError, isContractError, isNetworkError, isTimeoutError } from '@vitrine/sdk';
import type { MessageKey, Messages } from './messages/en.js';

export type Values = Record<string, string | number>;
/** A catalog key, or the stem of a plural pair (`users.count` for `users.count_one`/`_other`). */
export type TranslationKey =
  | MessageKey
  | (MessageKey extends infer K ? (K extends `${infer B}_one` ? B : never) : never);
export type Translate = (key: TranslationKey, values?: Values) => string;

/**
 * A translator over one catalog: `{name}` placeholders are filled; when `values.count` is given
 * and the catalog has `key_one`/`key_other` forms, Intl.PluralRules picks one.
 */
export function createTranslator(messages: Messages, locale: string): Translate {
  const plural = new Intl.PluralRules(locale);
  const table = messages as Record<string, string>;
  return (key, values) => {
    let text = table[key] ?? key;
    if (values && typeof values.count === 'number') {
      text = table[`${key}_${plural.select(values.count)}`] ?? table[`${key}_other`] ?? text;
    }
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) =>
      values[name] === undefined ? match : String(values[name]),
    );
  };
}

/** The sentence a person should read for an SDK error: codes in, words out. */
export function errorMessage(error: unknown, t: Translate): string {
  if (isApiError(error)) return t(`error.${error.code}` as MessageKey);
  if (isNetworkError(error)) return t('error.network');
  if (isTimeoutError(error)) return t('error.timeout');
  if (isContractError(error)) return t('error.contract');
  return t('error.unknown');
}

/** Whether offering "Try again" makes sense for this error. */
export function isRecoverable(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { recoverable?: boolean }).recoverable === true
  );
}
