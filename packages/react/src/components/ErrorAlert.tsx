'use client';
import { errorMessage, isRecoverable } from '../i18n/translate.js';
import { useVitrine } from '../provider/VitrineProvider.js';
import { Button } from './Button.js';
import { cx } from './cx.js';

/** A translated error with "Try again" when a retry can help. */
export function ErrorAlert({
  error,
  onRetry,
  className,
}: {
  error: unknown;
  onRetry?: (() => void) | undefined;
  className?: string | undefined;
}) {
  const { t } = useVitrine();
  return (
    <div className={cx('vt-Alert', className)} role="alert" data-tone="danger">
      <p className="vt-Alert-text">{errorMessage(error, t)}</p>
      {onRetry && isRecoverable(error) && (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </div>
  );
}
