'use client';
import type { StoreWithWebhookSecret } from '@vitrine/sdk';
import { useEffect, useRef } from 'react';
import { Button } from '../../../components/Button.js';
import { cx } from '../../../components/cx.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import { SecretField } from '../SecretField.js';
import type { StoreConnectClassNames } from '../types.js';

/** The store is connected; a Pressero store also shows what to paste into its webhook settings. */
export function ConnectedPanel(props: {
  store: StoreWithWebhookSecret;
  onDone: () => void;
  classNames: StoreConnectClassNames;
}) {
  const { t } = useVitrine();
  const { store } = props;
  const done = useRef<HTMLButtonElement>(null);
  // Done takes focus only when nothing is shown once: Enter must not dismiss a secret unread.
  useEffect(() => {
    if (!store.webhookSecret) done.current?.focus();
  }, [store.webhookSecret]);
  return (
    <div className={cx('vt-StoreConnect-connected', props.classNames.status)}>
      <p className="vt-Notice" role="status">
        {store.platform === 'manual'
          ? t('stores.connect.createdManual', { name: store.name })
          : t('stores.connect.connected', { name: store.name })}
      </p>
      {store.platform === 'pressero' && (
        <PresseroWebhookValues store={store} className={props.classNames.secret} />
      )}
      <div className={cx('vt-Actions', props.classNames.actions)}>
        <Button ref={done} variant="primary" onClick={props.onDone}>
          {t('stores.connect.done')}
        </Button>
      </div>
    </div>
  );
}

/** The integration ID, webhook URL and, this once, the webhook secret (Pressero's Security Key). */
function PresseroWebhookValues({
  store,
  className,
}: {
  store: StoreWithWebhookSecret;
  className: string | undefined;
}) {
  const { t } = useVitrine();
  return (
    <div className="vt-StoreConnect-pressero">
      <p>{t('stores.pressero.webhookSetup')}</p>
      {store.integrationId && (
        <SecretField
          label={t('stores.pressero.integrationId')}
          value={store.integrationId}
          className={className}
        />
      )}
      {store.webhookUrl && (
        <SecretField
          label={t('stores.pressero.webhookUrl')}
          value={store.webhookUrl}
          className={className}
        />
      )}
      {store.webhookSecret ? (
        <>
          <SecretField
            label={t('stores.pressero.webhookSecret')}
            value={store.webhookSecret}
            className={className}
          />
          <p className="vt-StoreConnect-once" data-tone="warning">
            {t('stores.pressero.shownOnce')}
          </p>
        </>
      ) : (
        // Connecting an existing store again keeps its secret: nothing new to paste.
        <p className="vt-StoreConnect-kept">{t('stores.pressero.secretKept')}</p>
      )}
    </div>
  );
}
