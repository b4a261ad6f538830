'use client';
import { Button } from '../../../components/Button.js';
import { cx } from '../../../components/cx.js';
import type { ConnectionStep } from '../../../hooks/storeConnection/machine.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PanelProps } from '../types.js';

/** Waiting for the owner in the platform's window (with a way to bring it back), or leaving for it. */
export function AuthorizingPanel({
  connection,
  step,
  classNames,
}: PanelProps & { step: Extract<ConnectionStep, { kind: 'authorizing' }> }) {
  const { t } = useVitrine();
  const platform = t(`stores.platform.${step.platform}`);
  return (
    <div
      className={cx('vt-StoreConnect-status', classNames.status)}
      role="status"
      aria-live="polite"
    >
      <p className="vt-StoreConnect-waiting">
        <span className="vt-Spinner" aria-hidden="true" />{' '}
        {step.popup
          ? t('stores.connect.waiting', { platform })
          : t('stores.connect.redirecting', { platform })}
      </p>
      {step.popup && <p className="vt-StoreConnect-hint">{t('stores.connect.waitingHint')}</p>}
      <div className={cx('vt-Actions', classNames.actions)}>
        <Button variant="ghost" onClick={connection.cancel}>
          {t('common.cancel')}
        </Button>
        {step.popup && (
          <Button disabled={!step.authorizeUrl} onClick={connection.reopen}>
            {t('stores.connect.reopen')}
          </Button>
        )}
      </div>
    </div>
  );
}
