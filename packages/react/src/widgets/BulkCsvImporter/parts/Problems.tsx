'use client';
import type { HeaderInfo, RowError } from '@vitrine/csv';
import { cx } from '../../../components/cx.js';
import { withCounts } from '../../../hooks/bulkImport/messages.js';
import { useBulkCsvText } from '../../../i18n/bulkCsv.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PartProps } from '../types.js';
import { Heading } from './Heading.js';
import { problemText } from './Preview.js';

/** Problems listed before "And N more in the error report". */
const LISTED = 8;

/** The first problems, by row, with the value that caused each; the rest are in the report. */
export function Problems(
  props: PartProps & { errors: readonly RowError[]; total: number; header: HeaderInfo | null },
) {
  const { format } = useVitrine();
  const translate = useBulkCsvText();
  const t = withCounts(translate, format.number);
  if (props.total === 0) return null;
  const listed = [...props.errors].sort((a, b) => a.row - b.row).slice(0, LISTED);
  const more = props.total - listed.length;
  return (
    <section className={cx('vt-BulkCsvImporter-problems', props.classNames.problems)}>
      <Heading level={props.level} className="vt-BulkCsvImporter-heading">
        {t('bulkCsv.problems.title')}
      </Heading>
      <ul className="vt-BulkCsvImporter-problemList">
        {listed.map((error, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: several problems can share a row and column
          <li key={i}>
            <span className="vt-BulkCsvImporter-problemRow">
              {error.row > 0
                ? t('bulkCsv.problems.row', { row: format.number(error.row) })
                : t('bulkCsv.problems.file')}
            </span>
            <span>
              {problemText(error, props.header, t)}
              {error.value && (
                <>
                  {' '}
                  <q className="vt-BulkCsvImporter-code">{error.value}</q>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="vt-BulkCsvImporter-hint">{t('bulkCsv.problems.more', { count: more })}</p>
      )}
    </section>
  );
}
