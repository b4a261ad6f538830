'use client';
import { Button } from '../../../components/Button.js';
import { cx } from '../../../components/cx.js';
import { type BulkImportStep, progressOf } from '../../../hooks/bulkImport/machine.js';
import { useBulkCsvText } from '../../../i18n/bulkCsv.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PartProps } from '../types.js';

/**
 * Rows sent, then rows applied (or judged, in a dry run), as a bar with words; a dropped
 * connection says when it tries again; Cancel stops it.
 */
export function Progress(
  props: PartProps & {
    step: Extract<BulkImportStep, { kind: 'uploading' } | { kind: 'running' }>;
    name: string;
    canCancel: boolean;
    onCancel: () => void;
  },
) {
  const { format } = useVitrine();
  const t = useBulkCsvText();
  const { step } = props;
  const progress = progressOf(step)!;
  const dryRun = step.kind === 'uploading' ? step.dryRun : step.import.dryRun;
  const known = progress.total > 0;
  const percent = known ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 0;
  const values = { done: format.number(progress.done), total: format.number(progress.total) };
  const words = progress.queued
    ? t('bulkCsv.progress.queued')
    : progress.phase === 'sending'
      ? t('bulkCsv.progress.sending', values)
      : dryRun
        ? t('bulkCsv.progress.checking', values)
        : t('bulkCsv.progress.applying', values);
  const retry = step.kind === 'uploading' ? step.retry : null;
  return (
    <div className={cx('vt-BulkCsvImporter-progress', props.classNames.progress)}>
      <div
        className="vt-Progress"
        role="progressbar"
        aria-label={t(dryRun ? 'bulkCsv.progress.label.check' : 'bulkCsv.progress.label.import', {
          name: props.name,
        })}
        aria-valuemin={0}
        aria-valuemax={progress.total}
        aria-valuenow={progress.done}
        aria-valuetext={words}
        data-phase={progress.phase}
        data-indeterminate={progress.queued || undefined}
      >
        <span
          className="vt-Progress-bar"
          style={progress.queued ? undefined : { width: `${percent}%` }}
        />
      </div>
      <p className="vt-BulkCsvImporter-progressText" aria-hidden="true">
        {words}
      </p>
      {retry && (
        <p className="vt-BulkCsvImporter-retry" data-tone="warning">
          {t('bulkCsv.retrying', { seconds: Math.max(1, Math.round(retry.delayMs / 1000)) })}
        </p>
      )}
      {step.kind === 'running' && !dryRun && (
        <p className="vt-BulkCsvImporter-hint">{t('bulkCsv.progress.leave')}</p>
      )}
      {props.canCancel && (
        <div className={cx('vt-Actions', 'vt-BulkCsvImporter-actions', props.classNames.actions)}>
          <Button variant="secondary" pending={step.canceling} onClick={props.onCancel}>
            {step.canceling ? t('bulkCsv.canceling') : t('bulkCsv.cancel')}
          </Button>
        </div>
      )}
    </div>
  );
}
