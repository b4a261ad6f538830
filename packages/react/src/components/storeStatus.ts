import type { StoreStatus } from '@vitrine/sdk';
import type { MessageKey } from '../i18n/messages/en.js';
import type { Translate } from '../i18n/translate.js';

/** The badge tone of each store status, wherever a store's status is shown. */
export const storeStatusTones = {
  connected: 'success',
  connecting: 'warning',
  needs_reauth: 'warning',
  error: 'danger',
  disconnected: 'neutral',
} as const satisfies Record<StoreStatus, string>;

/** A store status in words: "Connected", "Needs reconnecting"… */
export const storeStatusText = (status: StoreStatus, t: Translate) => t(`stores.status.${status}`);

/** The translated reason a store is not connected (its `statusReason`), if it is a known one. */
export function statusReasonText(reason: string | null, t: Translate): string | null {
  if (!reason) return null;
  const key = `stores.reason.${reason}` as MessageKey;
  const text = t(key);
  return text === key ? t('stores.reason.other', { reason }) : text;
}
