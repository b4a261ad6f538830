'use client';
import type { HeaderInfo, RowError } from '@vitrine/csv';
import { useId } from 'react';
import { cx } from '../../../components/cx.js';
import type { FileAnalysis } from '../../../hooks/bulkImport/machine.js';
import { columnName, rowErrorText } from '../../../hooks/bulkImport/messages.js';
import { type BulkCsvTranslate, useBulkCsvText } from '../../../i18n/bulkCsv.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PartProps } from '../types.js';
import { Heading } from './Heading.js';

const fileKeys = [
  'designFileUrl',
  'frontFileUrl',
  'backFileUrl',
  'insideFileUrl',
  'neckInnerFileUrl',
  'neckOuterFileUrl',
  'sleeveLeftFileUrl',
  'sleeveRightFileUrl',
];

/** The first rows of the file as the import reads them, each with its problems or "Ready". */
export function Preview(props: PartProps & { analysis: FileAnalysis; name: string }) {
  const { format } = useVitrine();
  const t = useBulkCsvText();
  const { analysis } = props;
  const header = analysis.header;
  const titleId = useId();
  if (!header || analysis.sample.length === 0) return null;
  const cell = (cells: readonly string[], key: string) => {
    const index = header.columnMap[key];
    return index === undefined ? '' : (cells[index] ?? '');
  };
  return (
    <section className={cx('vt-BulkCsvImporter-preview', props.classNames.preview)}>
      <Heading level={props.level} className="vt-BulkCsvImporter-heading">
        <span id={titleId}>{t('bulkCsv.preview.title')}</span>
      </Heading>
      {/* Wide rows scroll on their own; the region takes the focus so the keyboard can scroll it. */}
      <section
        className="vt-BulkCsvImporter-scroll"
        aria-labelledby={titleId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take the focus
        tabIndex={0}
      >
        <table className="vt-BulkCsvImporter-table">
          <thead>
            <tr>
              <th scope="col">{t('bulkCsv.preview.row')}</th>
              <th scope="col">{t('bulkCsv.preview.status')}</th>
              <th scope="col">{t('bulkCsv.preview.variant')}</th>
              <th scope="col">{columnName('productUid', header, t)}</th>
              <th scope="col">{t('bulkCsv.preview.files')}</th>
            </tr>
          </thead>
          <tbody>
            {analysis.sample.map((row) => {
              const files = fileKeys.map((key) => cell(row.cells, key)).filter(Boolean);
              return (
                <tr key={row.row} data-invalid={row.errors.length > 0 || undefined}>
                  <th scope="row">{format.number(row.row)}</th>
                  <td>
                    {row.errors.length === 0 ? (
                      <span className="vt-Badge" data-tone="success">
                        {t('bulkCsv.preview.ready')}
                      </span>
                    ) : (
                      <ul className="vt-BulkCsvImporter-rowErrors">
                        {row.errors.map((error, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: errors of one row in order
                          <li key={i}>{problemText(error, header, t)}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="vt-BulkCsvImporter-code">
                    {cell(row.cells, 'variantId') || cell(row.cells, 'sku')}
                  </td>
                  <td className="vt-BulkCsvImporter-code">{cell(row.cells, 'productUid')}</td>
                  <td className="vt-BulkCsvImporter-code">
                    {files[0] ?? ''}
                    {files.length > 1 && (
                      <span className="vt-BulkCsvImporter-muted">
                        {' '}
                        {t('bulkCsv.preview.moreFiles', { count: files.length - 1 })}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </section>
  );
}

/** "Product UID: This is not a product UID…", or the sentence alone for whole-row problems. */
export function problemText(error: RowError, header: HeaderInfo | null, t: BulkCsvTranslate) {
  const text = rowErrorText(error, t);
  return error.column ? `${columnName(error.column, header, t)}: ${text}` : text;
}
