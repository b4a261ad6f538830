import { isApiError } from '@vitrine/sdk';
import type * as z from 'zod';
import type { MessageKey } from '../../i18n/messages/en.js';
import type { SettingsTranslate } from '../../i18n/settings.js';

/** Field path → issue code, from the form's own check or the server's field errors. */
export type FieldCodes = Partial<Record<string, string>>;

/** The first issue of each top-level field of a failed zod check. */
export function zodFieldCodes(error: z.ZodError): FieldCodes {
  const codes: FieldCodes = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    codes[field] ??= issue.code;
  }
  return codes;
}

/** The server's field errors by path; empty when the error has none. */
export function serverFieldCodes(error: unknown): FieldCodes {
  const codes: FieldCodes = {};
  if (!isApiError(error)) return codes;
  for (const field of error.fields ?? []) codes[field.path.split('.')[0]!] ??= field.code;
  return codes;
}

/** An issue code in words, by the kind of field; zod's English is never shown. */
export function fieldCodeText(
  t: SettingsTranslate,
  code: string | undefined,
  kind: 'url' | 'email' | 'events' | 'text' = 'text',
) {
  if (!code) return undefined;
  if (code === 'postback_url_invalid' || code === 'url_not_allowed')
    return t('settings.urlNotAllowed');
  if (kind === 'events') return t('postbacks.form.eventsRequired');
  if (code === 'too_small' || code === 'invalid_type') {
    return kind === 'url' ? t('settings.urlInvalid') : t('validation.required');
  }
  if (kind === 'url') return t('settings.urlInvalid');
  if (kind === 'email') return t('validation.email');
  const text = t(`error.${code}` as MessageKey);
  return text === `error.${code}` ? t('validation.invalid') : text;
}
