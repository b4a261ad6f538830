'use client';
import { useEffect, useId, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { useVitrine } from '../../provider/VitrineProvider.js';

/** A value to paste elsewhere: read-only, selectable, with a Copy button. */
export function SecretField(props: {
  label: string;
  value: string;
  className?: string | undefined;
}) {
  const { t } = useVitrine();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  useEffect(() => {
    if (copied !== 'yes') return;
    const timer = window.setTimeout(() => setCopied(null), 4000);
    return () => window.clearTimeout(timer);
  }, [copied]);
  return (
    <div className={cx('vt-Field', 'vt-SecretField', props.className)}>
      <label className="vt-Field-label" htmlFor={id}>
        {props.label}
      </label>
      <div className="vt-SecretField-row">
        <input
          id={id}
          className="vt-Input vt-SecretField-value"
          readOnly
          value={props.value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button
          aria-label={t('stores.copy.label', { label: props.label })}
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(props.value);
              setCopied('yes');
            } catch {
              setCopied('failed');
            }
          }}
        >
          {t('stores.copy')}
        </Button>
      </div>
      <p className="vt-SecretField-status" role="status">
        {copied === 'yes'
          ? t('stores.copy.done', { label: props.label })
          : copied === 'failed'
            ? t('stores.copy.failed')
            : ''}
      </p>
    </div>
  );
}
