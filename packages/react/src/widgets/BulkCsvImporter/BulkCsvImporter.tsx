'use client';
import type { MappingImport } from '@vitrine/sdk';
import { type RefObject, useEffect, useRef } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { WidgetCard } from '../../components/WidgetCard.js';
import type { CreateCsvWorker } from '../../hooks/bulkImport/engine.js';
import { type BulkImportKind, importKind } from '../../hooks/bulkImport/kinds.js';
import {
  type BulkImportState,
  type BulkImportStep,
  canSend,
  fileOf,
  progressOf,
  stepperStep,
} from '../../hooks/bulkImport/machine.js';
import { failureText, withCounts } from '../../hooks/bulkImport/messages.js';
import type { BulkImport } from '../../hooks/bulkImport/types.js';
import type { RetryPolicy } from '../../hooks/bulkImport/upload.js';
import { useBulkImport } from '../../hooks/bulkImport/useBulkImport.js';
import { type BulkCsvTranslate, useBulkCsvText } from '../../i18n/bulkCsv.js';
import type { BulkCsvMessageKey } from '../../i18n/messages/bulkCsv/en.js';
import { errorMessage, isRecoverable } from '../../i18n/translate.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { Columns } from './parts/Columns.js';
import { Downloads } from './parts/Downloads.js';
import { DropZone } from './parts/DropZone.js';
import { FileSummary } from './parts/FileSummary.js';
import { below, Heading, type HeadingLevel } from './parts/Heading.js';
import { Outcome } from './parts/Outcome.js';
import { Preview } from './parts/Preview.js';
import { Problems } from './parts/Problems.js';
import { Progress } from './parts/Progress.js';
import { Stepper } from './parts/Stepper.js';
import type { BulkCsvImporterPart, PartClassNames } from './types.js';

export type { BulkCsvImporterPart } from './types.js';

export interface BulkCsvImporterProps {
  /** The store whose variants the file maps. */
  storeId: string;
  /**
   * The file it takes. Only `'mappings'` (product mappings) today; order CSVs for manual stores
   * come as `'orders'` once the API accepts order imports. @default 'mappings'
   */
  kind?: BulkImportKind;
  /** Makes the Web Worker that reads files, when your bundler needs it written differently. */
  createWorker?: CreateCsvWorker;
  /** Pause between polls of a running import, in milliseconds. @default 1000 */
  pollIntervalMs?: number;
  /** How chunks are sent again when the connection drops. @default 4 attempts, from 1 s */
  retry?: RetryPolicy;
  /** Called with each file before the browser saves it; return `false` to save it yourself. */
  onDownload?: (file: File) => boolean | undefined;
  /** A real import finished; its counts say what changed. */
  onSuccess?: (result: MappingImport) => void;
  /** An SDK error (`error.code` for API errors), or a file that could not be read. */
  onError?: (error: unknown) => void;
  /** The session is known and any import left running was looked for. */
  onReady?: () => void;
  onStateChange?: (state: BulkImportState) => void;
  /** The title's heading level, to fit the host page's outline; sections are one below. @default 3 */
  headingLevel?: HeadingLevel;
  /** Keep the title for screen readers only, when the host page shows its own. @default false */
  hideTitle?: boolean;
  className?: string;
  classNames?: PartClassNames;
}

/** Which screen a step shows: focus moves to its heading when the user's action changes it. */
function screenOf(step: BulkImportStep): string {
  switch (step.kind) {
    case 'idle':
    case 'interrupted':
      return 'file';
    case 'reading':
      return step.previous ? 'preview' : 'reading';
    case 'uploading':
    case 'running':
      return 'progress';
    default:
      return step.kind;
  }
}

/** What the live region says: results, and progress in quarters (not every poll). */
function announcement(step: BulkImportStep, t: BulkCsvTranslate): string {
  switch (step.kind) {
    case 'preview': {
      const { analysis } = step.file;
      if (step.notice === 'canceled') return t('bulkCsv.canceled');
      if (analysis.fatal) return t('bulkCsv.fatal');
      // The file's name first: the same words are on show, and a live region repeats nothing.
      return `${step.file.source.name}: ${t('bulkCsv.preview.rows', {
        count: analysis.rows,
        valid: analysis.validRows,
        invalid: analysis.invalidRows,
      })}`;
    }
    case 'uploading':
    case 'running': {
      const progress = progressOf(step)!;
      const dryRun = step.kind === 'uploading' ? step.dryRun : step.import.dryRun;
      const name =
        fileOf(step)?.source.name ?? (step.kind === 'running' ? step.import.filename : '') ?? '';
      const label = t(dryRun ? 'bulkCsv.progress.label.check' : 'bulkCsv.progress.label.import', {
        name,
      });
      if (progress.queued || progress.total === 0) {
        return `${label}: ${t('bulkCsv.progress.queued')}`;
      }
      const quarter = Math.floor((progress.done / progress.total) * 4) * 25;
      return `${label}: ${t('bulkCsv.progress.percent', { percent: quarter })}`;
    }
    case 'reviewed': {
      const { counts } = step.import;
      const changed = counts.mapped + counts.ignored + counts.unmapped;
      return `${t('bulkCsv.reviewed.title')}. ${
        changed > 0
          ? t('bulkCsv.reviewed.changes', { count: changed })
          : t('bulkCsv.reviewed.nothing')
      }`;
    }
    case 'done': {
      const { counts, status } = step.import;
      if (status === 'canceled') return t('bulkCsv.done.canceledTitle');
      if (status === 'failed') return t('bulkCsv.done.failedTitle');
      const failed = counts.failed + (step.file?.analysis.invalidRows ?? 0);
      const changed = counts.mapped + counts.ignored + counts.unmapped;
      return [
        t('bulkCsv.done.title'),
        t('bulkCsv.done.changed', { count: changed }),
        failed > 0 ? t('bulkCsv.done.problems', { count: failed }) : '',
      ]
        .filter(Boolean)
        .join('. ');
    }
    default:
      return '';
  }
}

/**
 * Maps a store's variants in bulk from a spreadsheet: download the current mappings (or a blank
 * template), fill in Product UID and design file links, drop the file. The widget reads it in a Web
 * Worker (Excel's Windows-1252 and `;`, UTF-8 or UTF-16, platform exports), matches its columns
 * (fixable by hand), previews the first rows with their problems, checks every row on the server
 * (a dry run), then imports with live progress, and offers an error report to fix and import
 * again. Sessions with `products:manage` import; `products:read` may download only.
 */
export function BulkCsvImporter(props: BulkCsvImporterProps) {
  const { classNames = {} } = props;
  const vitrine = useVitrine();
  const t = withCounts(useBulkCsvText(), vitrine.format.number);
  const flow = useBulkImport(props);
  const level = props.headingLevel ?? 3;
  const sub = below(level);
  const { step } = flow;

  // Focus follows the user's own actions to the new step's heading, as a page change would.
  const heading = useRef<HTMLElement>(null);
  const acted = useRef(false);
  const screen = screenOf(step);
  const shown = useRef(screen);
  useEffect(() => {
    if (shown.current === screen) return;
    shown.current = screen;
    if (acted.current) heading.current?.focus();
  }, [screen]);
  const act =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      acted.current = true;
      action(...args);
    };
  const actions: BulkImport = {
    ...flow,
    choose: act(flow.choose),
    check: act(flow.check),
    confirm: act(flow.confirm),
    cancel: act(flow.cancel),
    retry: act(flow.retry),
    reset: act(flow.reset),
  };

  const loading = !flow.ready;
  return (
    <WidgetCard
      widget="BulkCsvImporter"
      title={t('bulkCsv.title')}
      description={t('bulkCsv.description')}
      headingLevel={level}
      hideTitle={props.hideTitle}
      state={loading ? 'loading' : flow.state}
      mode={flow.canImport ? 'import' : flow.canExport ? 'export' : 'none'}
      className={props.className}
      classNames={classNames}
    >
      {loading ? (
        <p className="vt-BulkCsvImporter-loading" role="status">
          <span className="vt-Spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      ) : !flow.canExport ? (
        <div className={cx('vt-Alert', classNames.error)} role="alert" data-tone="warning">
          <p className="vt-Alert-text">{t('error.forbidden')}</p>
        </div>
      ) : (
        <>
          {flow.canImport ? (
            <Stepper
              at={stepperStep(step)}
              finished={step.kind === 'done' && step.import.status === 'succeeded'}
              className={classNames.stepper}
            />
          ) : (
            <p className="vt-BulkCsvImporter-hint">{t('bulkCsv.readOnly')}</p>
          )}
          <Screen
            flow={actions}
            step={step}
            level={sub}
            classNames={classNames}
            headingRef={heading}
          />
          <p className="vt-VisuallyHidden" role="status">
            {announcement(step, t)}
          </p>
          <p className="vt-VisuallyHidden" role="status">
            {flow.downloaded ? t('bulkCsv.download.done', { name: flow.downloaded }) : ''}
          </p>
        </>
      )}
    </WidgetCard>
  );
}

function Screen(props: {
  flow: BulkImport;
  step: BulkImportStep;
  level: HeadingLevel;
  classNames: Partial<Record<BulkCsvImporterPart, string>>;
  headingRef: RefObject<HTMLElement | null>;
}) {
  const { flow, step, level, classNames, headingRef } = props;
  const { format } = useVitrine();
  const translate = useBulkCsvText();
  const t = withCounts(translate, format.number);
  const part = { classNames, level };

  switch (step.kind) {
    case 'idle':
    case 'interrupted':
      return (
        <>
          {step.kind === 'interrupted' && (
            <div className={cx('vt-Alert', classNames.notice)} role="alert" data-tone="warning">
              <div>
                <Heading level={level} className="vt-BulkCsvImporter-alertTitle" ref={headingRef}>
                  {t('bulkCsv.interrupted.title')}
                </Heading>
                <p className="vt-Alert-text">
                  {t('bulkCsv.interrupted.body', {
                    name: step.import.filename ?? t('bulkCsv.interrupted.unnamed'),
                    sent: format.number(step.import.receivedRows),
                    total: format.number(step.import.totalRows),
                  })}{' '}
                  {t('bulkCsv.interrupted.next')}
                </p>
              </div>
            </div>
          )}
          <Downloads {...part} flow={flow} withTemplate={flow.canImport} />
          {flow.canImport && <DropZone {...part} onFile={flow.choose} title />}
        </>
      );

    case 'reading':
      return (
        <>
          <FileSummary
            {...part}
            source={step.source}
            analysis={step.previous}
            headingRef={headingRef}
          />
          <div className={cx('vt-BulkCsvImporter-progress', classNames.progress)} aria-busy="true">
            <div
              className="vt-Progress"
              role="progressbar"
              aria-label={t('bulkCsv.reading', { name: step.source.name })}
              aria-valuemin={0}
              aria-valuemax={100}
              {...(step.progress === null
                ? {}
                : { 'aria-valuenow': Math.round(step.progress * 100) })}
              data-indeterminate={step.progress === null || undefined}
            >
              <span
                className="vt-Progress-bar"
                style={step.progress === null ? undefined : { width: `${step.progress * 100}%` }}
              />
            </div>
            <p className="vt-BulkCsvImporter-progressText">
              {t('bulkCsv.reading', { name: step.source.name })}
            </p>
          </div>
          {step.previous?.header && (
            <Columns
              {...part}
              header={step.previous.header}
              columns={importColumns(flow)}
              overrides={step.columns}
              disabled
              onChange={flow.setColumn}
            />
          )}
        </>
      );

    case 'preview': {
      const { analysis, source, columns } = step.file;
      const missing = analysis.header?.missing ?? [];
      return (
        <>
          {step.notice === 'canceled' && (
            <p className={cx('vt-Notice', classNames.notice)}>{t('bulkCsv.canceled')}</p>
          )}
          <FileSummary {...part} source={source} analysis={analysis} headingRef={headingRef} />
          {analysis.fatal && (
            <div className={cx('vt-Alert', classNames.error)} role="alert" data-tone="danger">
              <p className="vt-Alert-text">
                {t('bulkCsv.fatal')}{' '}
                {analysis.fatal.code === 'missing_column'
                  ? missing
                      .map((key) =>
                        key === 'productUid'
                          ? t('bulkCsv.fatal.missing', { field: t('bulkCsv.column.productUid') })
                          : t('bulkCsv.fatal.missingIdentifier'),
                      )
                      .join(' ')
                  : t(`bulkCsv.error.${analysis.fatal.code}` as BulkCsvMessageKey)}
              </p>
            </div>
          )}
          {analysis.header && (
            <Columns
              {...part}
              header={analysis.header}
              columns={importColumns(flow)}
              overrides={columns}
              disabled={false}
              onChange={flow.setColumn}
            />
          )}
          {!analysis.fatal && (
            <div className="vt-BulkCsvImporter-sentences">
              <p className="vt-BulkCsvImporter-lead">
                {t('bulkCsv.preview.rows', {
                  count: analysis.rows,
                  valid: format.number(analysis.validRows),
                  invalid: format.number(analysis.invalidRows),
                })}
              </p>
              {analysis.validRows === 0 ? (
                <p data-tone="warning">{t('bulkCsv.preview.nothing')}</p>
              ) : analysis.invalidRows > 0 ? (
                <p data-tone="warning">
                  {t('bulkCsv.preview.skipped', { count: analysis.invalidRows })}
                </p>
              ) : null}
            </div>
          )}
          <Preview {...part} analysis={analysis} name={source.name} />
          {analysis.fatal?.code !== 'missing_column' ? (
            <Problems
              {...part}
              errors={analysis.errors}
              total={analysis.errorCount}
              header={analysis.header}
            />
          ) : null}
          <div className={cx('vt-Actions', 'vt-BulkCsvImporter-actions', classNames.actions)}>
            {analysis.invalidRows > 0 && (
              <Button
                variant="secondary"
                pending={flow.downloading === 'report'}
                onClick={flow.downloadReport}
              >
                {flow.downloading === 'report'
                  ? t('bulkCsv.report.preparing')
                  : t('bulkCsv.report')}
              </Button>
            )}
            <Button variant="ghost" onClick={flow.reset}>
              {t('bulkCsv.chooseAnother')}
            </Button>
            <Button variant="primary" disabled={!canSend(analysis)} onClick={flow.check}>
              {t('bulkCsv.check')}
            </Button>
          </div>
          {canSend(analysis) && (
            <p className="vt-BulkCsvImporter-hint">{t('bulkCsv.check.hint')}</p>
          )}
        </>
      );
    }

    case 'uploading':
    case 'running': {
      const dryRun = step.kind === 'uploading' ? step.dryRun : step.import.dryRun;
      const file = fileOf(step);
      const name =
        file?.source.name ?? (step.kind === 'running' ? step.import.filename : null) ?? '';
      return (
        <section className="vt-BulkCsvImporter-running">
          <Heading level={level} className="vt-BulkCsvImporter-heading" ref={headingRef}>
            {t(dryRun ? 'bulkCsv.step.check' : 'bulkCsv.step.import')}
            {name && <span className="vt-BulkCsvImporter-muted"> · {name}</span>}
          </Heading>
          {step.kind === 'running' && step.resumed && (
            <p className={cx('vt-Notice', classNames.notice)}>{t('bulkCsv.resumed')}</p>
          )}
          <Progress
            {...part}
            step={step}
            name={name}
            canCancel={flow.canImport}
            onCancel={flow.cancel}
          />
        </section>
      );
    }

    case 'reviewed':
    case 'done':
      return <Outcome {...part} flow={flow} step={step} headingRef={headingRef} />;

    case 'failed': {
      const file = fileOf(step);
      return (
        <>
          {file && <FileSummary {...part} source={file.source} analysis={file.analysis} />}
          <div
            className={cx('vt-Alert', classNames.error)}
            role="alert"
            data-tone="danger"
            tabIndex={-1}
            ref={headingRef as RefObject<HTMLDivElement | null>}
          >
            <p className="vt-Alert-text">
              {failureText(step.error, t, (error) => errorMessage(error, t))}
            </p>
          </div>
          <div className={cx('vt-Actions', 'vt-BulkCsvImporter-actions', classNames.actions)}>
            <Button variant="ghost" onClick={flow.reset}>
              {t('bulkCsv.startOver')}
            </Button>
            {(isRecoverable(step.error) || step.resume.kind === 'running') && (
              <Button variant="primary" onClick={flow.retry}>
                {t('common.retry')}
              </Button>
            )}
          </div>
        </>
      );
    }
  }
}

/** The template columns the import reads, in the order the table shows them. */
const importColumns = (flow: BulkImport) => importKind(flow.kind).columns;
