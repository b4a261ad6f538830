'use client';
import { type DragEvent, useId, useRef, useState } from 'react';
import { cx } from '../../../components/cx.js';
import { useBulkCsvText } from '../../../i18n/bulkCsv.js';
import type { PartProps } from '../types.js';
import { Heading } from './Heading.js';

/**
 * Where a file is dropped or picked. The file input itself takes the focus (Space or Enter opens
 * the picker), so it works from the keyboard and with screen readers; the whole zone is its label.
 */
export function DropZone(props: PartProps & { onFile: (file: File) => void; title: boolean }) {
  const t = useBulkCsvText();
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) props.onFile(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer?.files);
  };
  return (
    <section className="vt-BulkCsvImporter-import">
      {props.title && (
        <Heading level={props.level} className="vt-BulkCsvImporter-heading">
          {t('bulkCsv.drop.title')}
        </Heading>
      )}
      <label
        className={cx('vt-BulkCsvImporter-dropzone', props.classNames.dropzone)}
        data-over={over || undefined}
        onDragEnter={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragOver={(event) => event.preventDefault()}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
        }}
        onDrop={onDrop}
      >
        <input
          ref={input}
          type="file"
          className="vt-VisuallyHidden"
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          aria-label={t('bulkCsv.drop.button')}
          aria-describedby={hintId}
          onChange={(event) => {
            take(event.target.files);
            // The same file chosen again (fixed and saved) must still count as a choice.
            event.target.value = '';
          }}
        />
        <span className="vt-BulkCsvImporter-dropText" aria-hidden="true">
          {over ? t('bulkCsv.drop.active') : t('bulkCsv.drop.label')}
        </span>
        <span
          className="vt-Button vt-BulkCsvImporter-dropButton"
          data-variant="primary"
          aria-hidden="true"
        >
          {t('bulkCsv.drop.button')}
        </span>
        <span id={hintId} className="vt-BulkCsvImporter-hint">
          {t('bulkCsv.drop.hint')}
        </span>
      </label>
    </section>
  );
}
