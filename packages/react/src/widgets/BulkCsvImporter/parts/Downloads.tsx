'use client';
import { useId, useState } from 'react';
import { Button } from '../../../components/Button.js';
import { cx } from '../../../components/cx.js';
import type { BulkImport } from '../../../hooks/bulkImport/types.js';
import { useBulkCsvText } from '../../../i18n/bulkCsv.js';
import { errorMessage } from '../../../i18n/translate.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PartProps } from '../types.js';
import { Heading } from './Heading.js';

/**
 * "Start from a spreadsheet": the store's current data (the server's export, in the widget's
 * language) or a blank template, as plain CSV or for Excel (`;` and a byte order mark).
 */
export function Downloads(props: PartProps & { flow: BulkImport; withTemplate: boolean }) {
  const { flow, classNames } = props;
  const { locale } = useVitrine();
  const t = useBulkCsvText();
  // Excel outside English-speaking countries expects `;` between cells.
  const [excel, setExcel] = useState(locale !== 'en');
  const excelId = useId();
  const hintId = useId();
  const failed = flow.downloadError?.kind === 'export' || flow.downloadError?.kind === 'template';
  return (
    <section className={cx('vt-BulkCsvImporter-downloads', classNames.downloads)}>
      <Heading level={props.level} className="vt-BulkCsvImporter-heading">
        {t('bulkCsv.download.title')}
      </Heading>
      <p className="vt-BulkCsvImporter-hint">{t('bulkCsv.download.exportHint')}</p>
      <div className="vt-BulkCsvImporter-downloadActions">
        <Button
          variant="secondary"
          pending={flow.downloading === 'export'}
          onClick={() => flow.downloadExport({ excel })}
        >
          {flow.downloading === 'export'
            ? t('bulkCsv.download.preparing')
            : t('bulkCsv.download.export')}
        </Button>
        {props.withTemplate && (
          <>
            <span className="vt-BulkCsvImporter-or">{t('bulkCsv.download.or')}</span>
            <Button
              variant="ghost"
              pending={flow.downloading === 'template'}
              onClick={() => flow.downloadTemplate({ excel })}
            >
              {t('bulkCsv.download.template')}
            </Button>
          </>
        )}
      </div>
      <div className="vt-BulkCsvImporter-check">
        <input
          id={excelId}
          type="checkbox"
          checked={excel}
          onChange={(event) => setExcel(event.target.checked)}
          aria-describedby={hintId}
        />
        <label htmlFor={excelId}>{t('bulkCsv.download.excel')}</label>
        <span id={hintId} className="vt-BulkCsvImporter-hint">
          {t('bulkCsv.download.excelHint')}
        </span>
      </div>
      {failed && flow.downloadError ? (
        <div className={cx('vt-Alert', classNames.error)} role="alert" data-tone="danger">
          <p className="vt-Alert-text">{errorMessage(flow.downloadError.error, t)}</p>
        </div>
      ) : null}
    </section>
  );
}
