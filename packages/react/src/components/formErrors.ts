import { errorCodes, isApiError } from '@vitrine/sdk';
import type { FormApi, FieldError as FormFieldError } from '../hooks/useForm.js';
import type { MessageKey } from '../i18n/messages/en.js';
import type { Translate } from '../i18n/translate.js';

export interface FieldRules {
  max?: number;
  min?: number;
  /** How the field's format is described when it is wrong. */
  format?: 'email' | 'referenceId';
}

const apiCodes = new Set<string>(errorCodes);

/**
 * A form field's error in words: from a zod issue code (client-side validation) or an API error
 * code the server put on that field. zod's English messages are never shown.
 */
export function fieldErrorText(
  t: Translate,
  error: FormFieldError | undefined,
  rules: FieldRules = {},
) {
  if (!error) return undefined;
  const type = String(error.type);
  if (apiCodes.has(type) && type !== 'validation_failed') return t(`error.${type}` as MessageKey);
  switch (type) {
    case 'too_small':
    case 'invalid_type':
    case 'required':
      return rules.min && rules.min > 1
        ? t('validation.tooShort', { min: rules.min })
        : t('validation.required');
    case 'too_big':
      return t('validation.tooLong', { max: rules.max ?? 0 });
    case 'invalid_format':
    case 'invalid_string':
      if (rules.format === 'email') return t('validation.email');
      if (rules.format === 'referenceId') return t('validation.referenceId');
      return t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/**
 * Puts the server's field errors on the form's fields. Returns true when every one of them found a
 * field, so the caller knows whether a general message is still needed.
 */
export function applyServerFieldErrors(
  error: unknown,
  setError: FormApi<unknown, unknown>['setError'],
  fields: readonly string[],
): boolean {
  if (!isApiError(error) || !error.fields?.length) return false;
  let all = true;
  let focused = false;
  for (const field of error.fields) {
    if (fields.includes(field.path)) {
      setError(field.path, { type: field.code, message: field.message }, { shouldFocus: !focused });
      focused = true;
    } else {
      all = false;
    }
  }
  return all;
}
