'use client';
import type { MappingImport } from '@vitrine/sdk';
import { cx } from '../../../components/cx.js';
import { useBulkCsvText } from '../../../i18n/bulkCsv.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';

const order = ['mapped', 'ignored', 'unmapped', 'unchanged', 'failed'] as const;

/** What the import did (or, for a dry run, would do) to the store's variants, row by row. */
export function Counts(props: {
  counts: MappingImport['counts'];
  /** Rows the file's own checks left out, never sent. */
  skipped: number;
  className?: string | undefined;
}) {
  const { format } = useVitrine();
  const t = useBulkCsvText();
  return (
    <dl className={cx('vt-BulkCsvImporter-counts', props.className)}>
      {order.map((key) => (
        <div key={key} data-count={key} data-zero={props.counts[key] === 0 || undefined}>
          <dt>{t(`bulkCsv.count.${key}`)}</dt>
          <dd>{format.number(props.counts[key])}</dd>
        </div>
      ))}
      {props.skipped > 0 && (
        <div data-count="skipped">
          <dt>{t('bulkCsv.count.skipped')}</dt>
          <dd>{format.number(props.skipped)}</dd>
        </div>
      )}
    </dl>
  );
}
