'use client';
import type { RowError } from '@vitrine/csv';
import type { Ref } from 'react';
import { Button } from '../../../components/Button.js';
import { cx } from '../../../components/cx.js';
import { type BulkImportStep, canSend } from '../../../hooks/bulkImport/machine.js';
import { withCounts } from '../../../hooks/bulkImport/messages.js';
import type { BulkImport } from '../../../hooks/bulkImport/types.js';
import { useBulkCsvText } from '../../../i18n/bulkCsv.js';
import type { MessageKey } from '../../../i18n/messages/en.js';
import { errorMessage } from '../../../i18n/translate.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PartProps } from '../types.js';
import { Counts } from './Counts.js';
import { below, Heading } from './Heading.js';
import { Problems } from './Problems.js';

/** A dry run's verdict, or how the import ended: counts, problems, the error report, what next. */
export function Outcome(
  props: PartProps & {
    flow: BulkImport;
    step: Extract<BulkImportStep, { kind: 'reviewed' } | { kind: 'done' }>;
    headingRef: Ref<HTMLElement>;
  },
) {
  const { flow, step, classNames } = props;
  const vitrine = useVitrine();
  const t = withCounts(useBulkCsvText(), vitrine.format.number);
  const imp = step.import;
  const analysis = step.file?.analysis ?? null;
  const skipped = analysis?.invalidRows ?? 0;
  const serverErrors: RowError[] = imp.errors;
  const errors = [...(analysis?.errors ?? []), ...serverErrors];
  const problems = imp.counts.failed + skipped;
  const changed = imp.counts.mapped + imp.counts.ignored + imp.counts.unmapped;
  const reviewed = step.kind === 'reviewed';
  const total = (analysis?.errorCount ?? 0) + imp.errorCount;

  const title = reviewed
    ? t('bulkCsv.reviewed.title')
    : imp.status === 'canceled'
      ? t('bulkCsv.done.canceledTitle')
      : imp.status === 'failed'
        ? t(imp.dryRun ? 'bulkCsv.done.checkFailedTitle' : 'bulkCsv.done.failedTitle')
        : t('bulkCsv.done.title');

  return (
    <section className="vt-BulkCsvImporter-outcome" data-status={imp.status}>
      <Heading level={props.level} className="vt-BulkCsvImporter-heading" ref={props.headingRef}>
        {title}
      </Heading>
      {imp.status === 'failed' && imp.error && (
        <div className={cx('vt-Alert', classNames.error)} role="alert" data-tone="danger">
          <p className="vt-Alert-text">{t(`error.${imp.error.code}` as MessageKey)}</p>
        </div>
      )}
      {reviewed && <p className="vt-BulkCsvImporter-lead">{t('bulkCsv.reviewed.intro')}</p>}
      <Counts counts={imp.counts} skipped={skipped} className={classNames.counts} />
      <div className="vt-BulkCsvImporter-sentences">
        {reviewed ? (
          <p>
            {changed > 0
              ? t('bulkCsv.reviewed.changes', { count: changed })
              : t('bulkCsv.reviewed.nothing')}
          </p>
        ) : imp.status === 'canceled' ? (
          <p>{t('bulkCsv.done.canceled')}</p>
        ) : imp.status === 'succeeded' ? (
          <p>{t('bulkCsv.done.changed', { count: changed })}</p>
        ) : null}
        {problems > 0 ? (
          <p data-tone="warning">
            {t(reviewed ? 'bulkCsv.reviewed.problems' : 'bulkCsv.done.problems', {
              count: problems,
            })}
          </p>
        ) : imp.status === 'succeeded' && !reviewed ? (
          <p>{t('bulkCsv.done.clean')}</p>
        ) : null}
      </div>
      <Problems
        errors={errors}
        total={total}
        header={analysis?.header ?? null}
        classNames={classNames}
        level={below(props.level)}
      />
      {!step.file && total > 0 && (
        <p className="vt-BulkCsvImporter-hint">{t('bulkCsv.done.noFile')}</p>
      )}
      {reviewed && !step.file && (
        <p className="vt-BulkCsvImporter-hint">{t('bulkCsv.reviewed.noFile')}</p>
      )}
      <div className={cx('vt-Actions', 'vt-BulkCsvImporter-actions', classNames.actions)}>
        {total > 0 && (
          <Button
            variant="secondary"
            pending={flow.downloading === 'report'}
            onClick={flow.downloadReport}
          >
            {flow.downloading === 'report' ? t('bulkCsv.report.preparing') : t('bulkCsv.report')}
          </Button>
        )}
        {reviewed && (
          <Button variant="ghost" onClick={flow.reset}>
            {t('bulkCsv.chooseAnother')}
          </Button>
        )}
        {reviewed && step.file && canSend(step.file.analysis) && (
          <Button variant="primary" onClick={flow.confirm}>
            {t('bulkCsv.import', { count: step.file.analysis.validRows })}
          </Button>
        )}
        {!reviewed && (
          <Button variant={total > 0 ? 'primary' : 'secondary'} onClick={flow.reset}>
            {t('bulkCsv.again')}
          </Button>
        )}
      </div>
      {flow.downloadError?.kind === 'report' && (
        <div className={cx('vt-Alert', classNames.error)} role="alert" data-tone="danger">
          <p className="vt-Alert-text">{errorMessage(flow.downloadError.error, t)}</p>
        </div>
      )}
    </section>
  );
}
