'use client';
import type { ColumnMatch, ColumnOverrides, HeaderInfo } from '@vitrine/csv';
import { cx } from '../../../components/cx.js';
import type { MatchableColumn } from '../../../hooks/bulkImport/kinds.js';
import { columnLetter } from '../../../hooks/bulkImport/messages.js';
import { useBulkCsvText } from '../../../i18n/bulkCsv.js';
import type { BulkCsvMessageKey } from '../../../i18n/messages/bulkCsv/en.js';
import type { PartProps } from '../types.js';
import { Heading } from './Heading.js';

/** Template columns a platform export leaves to the file's own added columns. */
const ownColumns = (key: string) => key === 'productUid' || key.endsWith('FileUrl');

/**
 * How the file's columns were matched to the fields the import reads, with a dropdown per field
 * to fix it: a low-confidence guess says so, a required field that is missing stands out.
 */
export function Columns(
  props: PartProps & {
    header: HeaderInfo;
    columns: readonly MatchableColumn[];
    overrides: ColumnOverrides;
    disabled: boolean;
    onChange: (key: string, column: number | null | undefined) => void;
  },
) {
  const t = useBulkCsvText();
  const { header } = props;
  const byKey = new Map(header.columns.map((c) => [c.key, c]));
  const shown = props.columns.filter((c) => c.primary || (byKey.get(c.key)?.index ?? -1) >= 0);
  const more = props.columns.filter((c) => !shown.includes(c));
  const missing = new Set(header.missing);
  const unused = header.unknown.map((c) => c.header).filter(Boolean);

  const table = (rows: readonly MatchableColumn[], caption?: string) => (
    <table className="vt-BulkCsvImporter-table vt-BulkCsvImporter-columnTable">
      {caption && <caption className="vt-VisuallyHidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('bulkCsv.columns.field')}</th>
          <th scope="col">{t('bulkCsv.columns.column')}</th>
          <th scope="col">{t('bulkCsv.columns.match')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((column) => (
          <ColumnRow
            key={column.key}
            column={column}
            match={byKey.get(column.key)}
            header={header}
            overridden={column.key in props.overrides}
            missing={missing.has(column.key)}
            disabled={props.disabled}
            onChange={props.onChange}
          />
        ))}
      </tbody>
    </table>
  );

  return (
    <section className={cx('vt-BulkCsvImporter-columns', props.classNames.columns)}>
      <Heading level={props.level} className="vt-BulkCsvImporter-heading">
        {t('bulkCsv.columns.title')}
      </Heading>
      {!header.platform && (
        <p className="vt-BulkCsvImporter-hint">{t('bulkCsv.columns.identifier')}</p>
      )}
      {table(shown)}
      {more.length > 0 && (
        <details className="vt-BulkCsvImporter-more">
          <summary>{t('bulkCsv.columns.more')}</summary>
          {table(more, t('bulkCsv.columns.more'))}
        </details>
      )}
      {unused.length > 0 && (
        <p className="vt-BulkCsvImporter-hint">
          {t('bulkCsv.columns.unused', { headers: unused.join(', ') })}
        </p>
      )}
    </section>
  );
}

function ColumnRow(props: {
  column: MatchableColumn;
  match: ColumnMatch | undefined;
  header: HeaderInfo;
  overridden: boolean;
  missing: boolean;
  disabled: boolean;
  onChange: (key: string, column: number | null | undefined) => void;
}) {
  const t = useBulkCsvText();
  const { column, match, header } = props;
  const field = t(`bulkCsv.column.${column.key}` as BulkCsvMessageKey);
  const index = match?.index ?? -1;
  const kind = match?.match ?? 'none';
  const editable = !header.platform || ownColumns(column.key);
  const tone = props.missing
    ? 'danger'
    : kind === 'fuzzy'
      ? 'warning'
      : index >= 0
        ? 'success'
        : 'neutral';
  return (
    <tr data-missing={props.missing || undefined}>
      <th scope="row">
        {field}
        {match?.required && (
          <span className="vt-BulkCsvImporter-muted"> ({t('bulkCsv.columns.required')})</span>
        )}
      </th>
      <td>
        {editable ? (
          <select
            className="vt-Input vt-BulkCsvImporter-select"
            aria-label={t('bulkCsv.columns.selectLabel', { field })}
            aria-invalid={props.missing || undefined}
            value={index >= 0 ? String(index) : 'none'}
            disabled={props.disabled}
            onChange={(event) => {
              const value = event.target.value;
              props.onChange(
                column.key,
                value === 'auto' ? undefined : value === 'none' ? null : Number(value),
              );
            }}
          >
            {props.overridden && <option value="auto">{t('bulkCsv.columns.reset')}</option>}
            <option value="none">{t('bulkCsv.columns.none')}</option>
            {header.headers.map((text, i) =>
              text.trim() ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a header's position is its identity
                <option key={i} value={String(i)}>
                  {t('bulkCsv.columns.option', { letter: columnLetter(i), header: text })}
                </option>
              ) : null,
            )}
          </select>
        ) : (
          <span>{index >= 0 ? header.headers[index] : t('bulkCsv.columns.none')}</span>
        )}
      </td>
      <td>
        <span className="vt-Badge" data-tone={tone}>
          {t(`bulkCsv.match.${kind}` as BulkCsvMessageKey)}
        </span>
      </td>
    </tr>
  );
}
