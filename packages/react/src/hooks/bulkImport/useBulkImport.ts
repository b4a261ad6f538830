'use client';
import type { MappingImport } from '@vitrine/sdk';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useBulkCsvText } from '../../i18n/bulkCsv.js';
import { isRecoverable } from '../../i18n/translate.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { useCurrentSession } from '../access.js';
import { vitrineKeys } from '../keys.js';
import { analyseFile } from './analyse.js';
import { type CsvEngine, loadCsvEngine } from './engine.js';
import { importKind } from './kinds.js';
import {
  type BulkImportEvent,
  type BulkImportStep,
  fileOf,
  importOf,
  importState,
  initialStep,
  isFinished,
  transition,
} from './machine.js';
import { columnName, rowErrorText } from './messages.js';
import { fileErrorReport, type ReportText, serverErrorReport, serverErrors } from './report.js';
import type { BulkImport, DownloadKind, UseBulkImportOptions } from './types.js';
import { sleep, uploadRows } from './upload.js';

/** Saves a file the way a download link does. */
function saveFile(file: File) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Browsers read the object URL after the click's task; keep it a while.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `mappings.csv` → `mappings-errors.csv`. */
const reportName = (name: string | undefined) =>
  `${(name ?? 'import').replace(/\.(csv|txt|tsv)$/i, '') || 'import'}-errors.csv`;

/**
 * A bulk CSV import without its view: the step (see `machine.ts`) and what moves it on. Files are
 * read in a Web Worker; rows go to the server in numbered chunks (retried with backoff), a dry run
 * first; the import is polled until the server is done with it. An import still running when the
 * page opens again is picked up where it is; one whose rows never all arrived is dropped and shown
 * as interrupted. Error reports merge the file's own problems with the server's.
 */
export function useBulkImport(options: UseBulkImportOptions): BulkImport {
  const { storeId, kind = 'mappings', pollIntervalMs = 1000 } = options;
  const spec = importKind(kind);
  const { client, queryClient, locale } = useVitrine();
  const t = useBulkCsvText();
  const session = useCurrentSession();
  const capabilities = session.data?.capabilities ?? [];
  const canExport = capabilities.includes('products:read');
  const canImport = capabilities.includes('products:manage');
  const api = useMemo(() => spec.api(client), [spec, client]);
  // Kept current in a ref: inline callbacks change on every host render and must not re-fire.
  const callbacks = useRef(options);
  callbacks.current = options;

  // The step lives in a ref too, so async work reads where the flow is now, not where it began.
  const [step, setStep] = useState<BulkImportStep>(initialStep);
  const current = useRef(step);
  /** Where the flow is now (a function, so checks on it do not narrow later reads). */
  const now = () => current.current;
  const dispatch = useCallback((event: BulkImportEvent) => {
    const next = transition(current.current, event);
    if (next === current.current) return;
    current.current = next;
    setStep(next);
  }, []);
  const state = importState(step);

  const engine = useRef<Promise<CsvEngine> | null>(null);
  const getEngine = useCallback(() => {
    engine.current ??= loadCsvEngine(callbacks.current.createWorker);
    return engine.current;
  }, []);

  /** The reading or sending under way; a new one (or leaving) stops it. */
  const work = useRef<AbortController | null>(null);
  const begin = () => {
    work.current?.abort();
    const controller = new AbortController();
    work.current = controller;
    return controller;
  };
  const sequence = useRef(0);

  useEffect(
    () => () => {
      work.current?.abort();
      downloads.current?.abort();
      void engine.current?.then((e) => e.close()).catch(() => {});
      engine.current = null;
    },
    [],
  );

  const fail = useCallback(
    (error: unknown) => {
      dispatch({ type: 'failed', error });
      callbacks.current.onError?.(error);
    },
    [dispatch],
  );

  const read = async (step: Extract<BulkImportStep, { kind: 'reading' }>) => {
    const controller = begin();
    try {
      const csv = await getEngine();
      // A few updates a second are enough for a bar; each one renders the widget.
      let shownAt = 0;
      const analysis = await analyseFile({
        engine: csv,
        spec,
        file: step.source.file,
        columns: step.columns,
        signal: controller.signal,
        onProgress: (share) => {
          const time = performance.now();
          if (time - shownAt < 150) return;
          shownAt = time;
          dispatch({ type: 'readProgress', id: step.id, progress: Math.floor(share * 100) / 100 });
        },
      });
      dispatch({ type: 'read', id: step.id, analysis });
    } catch (error) {
      if (!controller.signal.aborted) fail(error);
    }
  };

  const upload = async (step: Extract<BulkImportStep, { kind: 'uploading' }>) => {
    const controller = begin();
    const { source, columns, analysis } = step.file;
    try {
      const started = await uploadRows({
        engine: await getEngine(),
        spec,
        api,
        storeId,
        file: source.file,
        filename: source.name,
        columns,
        expectedRows: analysis.validRows,
        dryRun: step.dryRun,
        importId: step.importId,
        sentRows: step.sentRows,
        retry: callbacks.current.retry,
        signal: controller.signal,
        onCreated: (importId) => dispatch({ type: 'created', importId }),
        onSent: (rows) => dispatch({ type: 'sent', rows }),
        onRetry: (retry) => dispatch({ type: 'retrying', retry }),
      });
      if (!controller.signal.aborted) dispatch({ type: 'started', import: started });
    } catch (error) {
      if (!controller.signal.aborted) fail(error);
    }
  };

  // An import left running (or half sent) when the page closed is picked up on the way in.
  const [looked, setLooked] = useState(false);
  // Another store: what was under way belongs to the previous one.
  const storeShown = useRef(storeId);
  useEffect(() => {
    if (storeShown.current === storeId) return;
    storeShown.current = storeId;
    work.current?.abort();
    dispatch({ type: 'reset' });
    setLooked(false);
  }, [storeId, dispatch]);
  useEffect(() => {
    if (!session.isSuccess) return;
    if (!canImport) {
      setLooked(true);
      return;
    }
    const controller = new AbortController();
    const { signal } = controller;
    api
      .active(storeId, { signal })
      .then(async (found) => {
        if (!found || signal.aborted) return;
        dispatch({ type: 'found', import: found });
        // Its rows cannot be sent again without the file: the server drops it.
        if (found.status === 'receiving' && current.current.kind === 'interrupted') {
          await api.cancel(storeId, found.id, { signal });
          dispatch({ type: 'dropped' });
        }
      })
      .catch((error: unknown) => {
        if (!signal.aborted) callbacks.current.onError?.(error);
      })
      .finally(() => {
        if (!signal.aborted) setLooked(true);
      });
    return () => controller.abort();
  }, [session.isSuccess, canImport, api, storeId, dispatch]);

  // A running import is polled until the server is done with it.
  const runningId = step.kind === 'running' ? step.import.id : null;
  useEffect(() => {
    if (!runningId) return;
    const controller = new AbortController();
    const { signal } = controller;
    void (async () => {
      let failures = 0;
      for (;;) {
        try {
          await sleep(pollIntervalMs, signal);
          const imp = await api.get(storeId, runningId, { signal });
          failures = 0;
          dispatch({ type: 'polled', import: imp });
          if (isFinished(imp)) return;
        } catch (error) {
          if (signal.aborted) return;
          // A dropped connection while the server works: keep asking, a few times.
          if (isRecoverable(error) && ++failures < 5) continue;
          fail(error);
          return;
        }
      }
    })();
    return () => controller.abort();
  }, [runningId, api, storeId, pollIntervalMs, dispatch, fail]);

  // A real import that finished changed the store: its counts and product lists are refetched.
  const finishedImport: MappingImport | null =
    step.kind === 'done' && !step.import.dryRun ? step.import : null;
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (!finishedImport || handled.current === finishedImport.id) return;
    handled.current = finishedImport.id;
    void queryClient.invalidateQueries({ queryKey: vitrineKeys.store(storeId) });
    void queryClient.invalidateQueries({ queryKey: [...vitrineKeys.all, 'stores'] });
    // ProductMapper's lists, counts and products of this store.
    void queryClient.invalidateQueries({ queryKey: vitrineKeys.products(storeId) });
    if (finishedImport.status === 'succeeded') callbacks.current.onSuccess?.(finishedImport);
  }, [finishedImport, queryClient, storeId]);

  useEffect(() => {
    callbacks.current.onStateChange?.(state);
  }, [state]);

  const ready = looked || session.isError;
  const announced = useRef(false);
  useEffect(() => {
    if (ready && !announced.current) {
      announced.current = true;
      callbacks.current.onReady?.();
    }
  }, [ready]);

  // Downloads: the export, a blank template, the error report.
  const downloads = useRef<AbortController | null>(null);
  const [downloading, setDownloading] = useState<DownloadKind | null>(null);
  const [downloadError, setDownloadError] = useState<BulkImport['downloadError']>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const download = async (
    kind: DownloadKind,
    make: (signal: AbortSignal) => Promise<{ name: string; parts: string[] }>,
  ) => {
    downloads.current?.abort();
    const controller = new AbortController();
    downloads.current = controller;
    setDownloading(kind);
    setDownloadError(null);
    setDownloaded(null);
    try {
      const { name, parts } = await make(controller.signal);
      if (controller.signal.aborted) return;
      const file = new File(parts, name, { type: 'text/csv;charset=utf-8' });
      if (callbacks.current.onDownload?.(file) !== false) saveFile(file);
      setDownloaded(name);
    } catch (error) {
      if (controller.signal.aborted) return;
      setDownloadError({ kind, error });
      callbacks.current.onError?.(error);
    } finally {
      if (downloads.current === controller) {
        downloads.current = null;
        setDownloading(null);
      }
    }
  };

  const reportText = (header: Parameters<typeof columnName>[1]): ReportText => ({
    errorsHeader: t('bulkCsv.report.errors'),
    error: (error, column) => {
      const text = rowErrorText(error, t);
      return column ? `${column}: ${text}` : text;
    },
    row: t('bulkCsv.report.row'),
    column: t('bulkCsv.report.column'),
    value: t('bulkCsv.report.value'),
    columnName: (key) => columnName(key, header, t),
  });

  return {
    step,
    state,
    kind,
    storeId,
    ready,
    canExport,
    canImport,
    choose: (file) => {
      const id = ++sequence.current;
      dispatch({ type: 'choose', id, source: { file, name: file.name, size: file.size } });
      const next = now();
      if (next.kind === 'reading' && next.id === id) void read(next);
    },
    setColumn: (key, column) => {
      const id = ++sequence.current;
      dispatch({ type: 'setColumn', id, key, column });
      const next = now();
      if (next.kind === 'reading' && next.id === id) void read(next);
    },
    // Only the press that moved the flow sends anything: a second click finds it sending.
    check: () => {
      const before = now();
      dispatch({ type: 'check' });
      const next = now();
      if (next !== before && next.kind === 'uploading') void upload(next);
    },
    confirm: () => {
      const before = now();
      dispatch({ type: 'import' });
      const next = now();
      if (next !== before && next.kind === 'uploading') void upload(next);
    },
    cancel: () => {
      const at = now();
      if ((at.kind !== 'uploading' && at.kind !== 'running') || at.canceling) return;
      dispatch({ type: 'cancel' });
      if (at.kind === 'uploading') {
        // Sending stops now; the server drops what it received.
        work.current?.abort();
        const importId = at.importId;
        void (async () => {
          if (importId) await api.cancel(storeId, importId).catch(() => {});
          dispatch({ type: 'canceled' });
        })();
        return;
      }
      api.cancel(storeId, at.import.id).then(
        (imp) => dispatch({ type: 'polled', import: imp }),
        (error: unknown) => fail(error),
      );
    },
    retry: () => {
      if (now().kind !== 'failed') return;
      dispatch({ type: 'retry', id: ++sequence.current });
      const next = now();
      if (next.kind === 'reading') void read(next);
      else if (next.kind === 'uploading') void upload(next);
    },
    reset: () => {
      work.current?.abort();
      dispatch({ type: 'reset' });
    },
    downloadExport: ({ excel }) =>
      void download('export', async (signal) => {
        const text = await api.exportCsv(storeId, { locale, excel }, { signal });
        // Reading the answer as text drops the byte order mark the server wrote; Excel needs it.
        const bom = excel && !text.startsWith('\uFEFF') ? '\uFEFF' : '';
        return { name: `${spec.names.export}.csv`, parts: [bom + text] };
      }),
    downloadTemplate: ({ excel }) =>
      void download('template', async () => {
        const csv = await import('@vitrine/csv');
        const text = csv.toCsvString([], spec.template(csv), {
          columns: spec.blankColumns as never[],
          locale: csv.locales.find((l) => l === locale) ?? 'en',
          delimiter: excel ? ';' : ',',
          bom: excel,
        });
        return { name: `${spec.names.template}.csv`, parts: [text] };
      }),
    downloadReport: () =>
      void download('report', async (signal) => {
        const at = now();
        const file = fileOf(at);
        const imp = importOf(at);
        const csv = await getEngine();
        const server = imp ? await serverErrors(api, storeId, imp.id, { signal }) : [];
        const text = reportText(file?.analysis.header ?? null);
        const parts = file
          ? await fileErrorReport({
              engine: csv,
              spec,
              file: file.source.file,
              columns: file.columns,
              server,
              text,
              signal,
            })
          : serverErrorReport(csv, spec, server, text);
        return { name: reportName(file?.source.name ?? imp?.filename ?? undefined), parts };
      }),
    downloading,
    downloadError,
    downloaded,
  };
}
