'use client';
import type { Platform } from '@vitrine/sdk';
import { Button } from '../../../components/Button.js';
import { cx } from '../../../components/cx.js';
import type { ConnectionFailure } from '../../../hooks/storeConnection/machine.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import { describeFailure } from '../connectionErrors.js';
import type { StoreConnectClassNames } from '../types.js';

/** What went wrong, translated, with what to check; "Try again" or close. */
export function FailedPanel(props: {
  failure: ConnectionFailure;
  platform: Platform | null;
  onRetry: () => void;
  onClose: () => void;
  classNames: StoreConnectClassNames;
}) {
  const { t } = useVitrine();
  const { code, message, advice } = describeFailure(props.failure, t, props.platform);
  return (
    <div
      className={cx('vt-Alert', 'vt-StoreConnect-error', props.classNames.error)}
      role="alert"
      data-tone="danger"
      data-code={code ?? undefined}
    >
      <p className="vt-StoreConnect-errorTitle">{t('stores.connect.failed')}</p>
      <p className="vt-Alert-text">{message}</p>
      {advice && <p className="vt-Alert-text">{advice}</p>}
      <div className={cx('vt-Actions', props.classNames.actions)}>
        <Button variant="ghost" onClick={props.onClose}>
          {t('common.close')}
        </Button>
        <Button variant="primary" onClick={props.onRetry}>
          {t('common.retry')}
        </Button>
      </div>
    </div>
  );
}
