import { errorCodes, isApiError, type Platform } from '@vitrine/sdk';
import type { ConnectionFailure } from '../../hooks/storeConnection/machine.js';
import type { MessageKey } from '../../i18n/messages/en.js';
import { errorMessage, type Translate } from '../../i18n/translate.js';

/** Codes with a troubleshooting hint beyond the error's own sentence. */
const advised = new Set([
  'credentials_invalid',
  'permissions_not_granted',
  'plan_without_api_access',
  'oauth_denied',
  'oauth_state_invalid',
  'invalid_shop_domain',
  'platform_unavailable',
  'platform_not_supported',
  'reference_id_required',
  'popup_closed',
]);

const apiCodes = new Set<string>(errorCodes);

export function failureCode(failure: ConnectionFailure): string | null {
  if ('code' in failure) return failure.code;
  return isApiError(failure.error) ? failure.error.code : null;
}

/**
 * The sentence and, where one helps, the advice a person reads for a failed connection. A
 * Pressero login is refused with the same code as API keys, but is a user name and password.
 */
export function describeFailure(
  failure: ConnectionFailure,
  t: Translate,
  platform: Platform | null = null,
) {
  const code = failureCode(failure);
  if (code === 'credentials_invalid' && platform === 'pressero') {
    return {
      code,
      message: t('stores.field.pressero.refused'),
      advice: t('stores.advice.credentials_invalid.pressero'),
    };
  }
  let message: string;
  if ('error' in failure) message = errorMessage(failure.error, t);
  else if (code === 'popup_closed') message = t('stores.connect.popupClosed');
  else if (code && apiCodes.has(code)) message = t(`error.${code}` as MessageKey);
  else message = t('error.unknown');
  const advice = code && advised.has(code) ? t(`stores.advice.${code}` as MessageKey) : undefined;
  return { code, message, advice };
}
