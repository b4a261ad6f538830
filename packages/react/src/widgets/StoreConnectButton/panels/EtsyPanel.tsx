'use client';
import { cx } from '../../../components/cx.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PanelProps } from '../types.js';
import { ContinueActions } from './AddressForm.js';

/** Nothing to type: the owner signs in to Etsy in its window. */
export function EtsyPanel({ connection, classNames }: PanelProps) {
  const { t } = useVitrine();
  return (
    <div className={cx('vt-StoreConnect-form', classNames.form)}>
      <p className="vt-StoreConnect-instructions">{t('stores.etsy.instructions')}</p>
      <ContinueActions
        platform="etsy"
        onBack={connection.back}
        onContinue={connection.connectEtsy}
        className={classNames.actions}
      />
    </div>
  );
}
