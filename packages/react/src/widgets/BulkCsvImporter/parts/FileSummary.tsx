'use client';
import type { Ref } from 'react';
import { cx } from '../../../components/cx.js';
import type { ChosenFile, FileAnalysis } from '../../../hooks/bulkImport/machine.js';
import { formatText } from '../../../hooks/bulkImport/messages.js';
import { useBulkCsvText } from '../../../i18n/bulkCsv.js';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PartProps } from '../types.js';
import { Heading } from './Heading.js';

const sizeFormats = new Map<string, Intl.NumberFormat>();

/** A size as people read it: 0.4 kB, 12 kB, 3.4 MB. */
export function fileSize(bytes: number, locale: string) {
  const [value, unit] =
    bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : [bytes / 1000, 'kilobyte'];
  const digits = value < 10 ? 1 : 0;
  // Formatters are costly to make, and the summary renders again as the file is read.
  const key = `${locale} ${unit} ${digits}`;
  let format = sizeFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: digits,
    });
    sizeFormats.set(key, format);
  }
  return format.format(value);
}

/** The file chosen and how it was written: encoding, separator, and the platform it came from. */
export function FileSummary(
  props: PartProps & {
    source: ChosenFile;
    analysis: FileAnalysis | null;
    headingRef?: Ref<HTMLElement> | undefined;
  },
) {
  const { locale } = useVitrine();
  const t = useBulkCsvText();
  const { analysis } = props;
  const format = analysis?.format ?? null;
  const text = format ? formatText(format, analysis?.header?.platform ?? null, t) : null;
  return (
    <section className={cx('vt-BulkCsvImporter-format', props.classNames.format)}>
      <Heading level={props.level} className="vt-BulkCsvImporter-heading" ref={props.headingRef}>
        {t('bulkCsv.format.title')}
      </Heading>
      <dl className="vt-BulkCsvImporter-facts">
        <div>
          <dt>{t('bulkCsv.file.label')}</dt>
          <dd>
            <span className="vt-BulkCsvImporter-fileName">{props.source.name}</span>{' '}
            <span className="vt-BulkCsvImporter-muted">
              ({fileSize(props.source.size, locale)})
            </span>
          </dd>
        </div>
        {text && (
          <>
            <div>
              <dt>{t('bulkCsv.format.encoding')}</dt>
              <dd>{text.encoding}</dd>
            </div>
            <div>
              <dt>{t('bulkCsv.format.separator')}</dt>
              <dd>{text.separator}</dd>
            </div>
            <div>
              <dt>{t('bulkCsv.format.source')}</dt>
              <dd>{text.source}</dd>
            </div>
          </>
        )}
      </dl>
      {analysis?.header?.platform && (
        <p className="vt-BulkCsvImporter-hint">{t('bulkCsv.format.platformNote')}</p>
      )}
    </section>
  );
}
