import type { MappingImport } from '@vitrine/sdk';
import { describe, expect, it } from 'vitest';
import {
  type BulkImportEvent,
  type BulkImportStep,
  type ChosenFile,
  canSend,
  type FileAnalysis,
  fileOf,
  importOf,
  importState,
  initialStep,
  progressOf,
  stepperStep,
  transition,
} from './machine.js';

const source: ChosenFile = { file: new Blob(['x']), name: 'mappings.csv', size: 1 };

const analysis = (over: Partial<FileAnalysis> = {}): FileAnalysis => ({
  header: null,
  format: { encoding: 'utf-8', bom: false, delimiter: ',', newline: '\r\n' },
  fatal: null,
  rows: 3,
  validRows: 2,
  invalidRows: 1,
  sample: [],
  errors: [{ row: 3, column: 'productUid', value: 'Nope', code: 'invalid_product_uid' }],
  errorCount: 1,
  ...over,
});

const anImport = (over: Partial<MappingImport> = {}): MappingImport => ({
  id: 'imp_1',
  storeId: 'st_00000000000000000001',
  status: 'receiving',
  dryRun: true,
  filename: 'mappings.csv',
  totalRows: 2,
  receivedRows: 0,
  jobId: null,
  progress: { done: 0, total: 2 },
  counts: { mapped: 0, ignored: 0, unmapped: 0, unchanged: 0, failed: 0 },
  errors: [],
  errorCount: 0,
  error: null,
  createdAt: '2026-03-02T09:00:00.000Z',
  finishedAt: null,
  ...over,
});

/** Every step a run of events passes through, from `from`. */
const run = (from: BulkImportStep, ...events: BulkImportEvent[]) => {
  const steps = [from];
  for (const event of events) steps.push(transition(steps.at(-1)!, event));
  return steps;
};
const last = (from: BulkImportStep, ...events: BulkImportEvent[]) => run(from, ...events).at(-1)!;

/** A file chosen and read. */
const previewed = (read: FileAnalysis = analysis()) =>
  last(initialStep, { type: 'choose', id: 1, source }, { type: 'read', id: 1, analysis: read });

/** Checked on the server (a dry run that went through). */
const reviewed = () =>
  last(
    previewed(),
    { type: 'check' },
    { type: 'created', importId: 'imp_1' },
    { type: 'sent', rows: 2 },
    { type: 'started', import: anImport({ status: 'queued', receivedRows: 2 }) },
    {
      type: 'polled',
      import: anImport({
        status: 'succeeded',
        receivedRows: 2,
        progress: { done: 2, total: 2 },
        counts: { mapped: 2, ignored: 0, unmapped: 0, unchanged: 0, failed: 0 },
      }),
    },
  );

describe('the bulk import flow', () => {
  it('reads a chosen file, then shows its preview with the format and problems', () => {
    const steps = run(
      initialStep,
      { type: 'choose', id: 1, source },
      { type: 'readProgress', id: 1, progress: 0.5 },
      { type: 'read', id: 1, analysis: analysis() },
    );
    expect(steps.map((s) => s.kind)).toEqual(['idle', 'reading', 'reading', 'preview']);
    expect(steps[2]).toMatchObject({ progress: 0.5 });
    expect(steps[3]).toEqual({
      kind: 'preview',
      file: { source, columns: {}, analysis: analysis() },
      notice: null,
    });
    expect(steps.map(importState)).toEqual(['idle', 'reading', 'reading', 'preview']);
    expect(steps.map(stepperStep)).toEqual(['file', 'columns', 'columns', 'columns']);
  });

  it('re-reads the file when a column is matched by hand, keeping the last analysis on show', () => {
    const before = analysis({
      fatal: { row: 1, column: 'productUid', value: '', code: 'missing_column' },
    });
    const step = last(previewed(before), {
      type: 'setColumn',
      id: 2,
      key: 'productUid',
      column: 4,
    });
    expect(step).toMatchObject({
      kind: 'reading',
      id: 2,
      columns: { productUid: 4 },
      previous: before,
    });
    // Another change while reading starts over with both; `undefined` gives a column back.
    const again = last(
      step,
      { type: 'setColumn', id: 3, key: 'sku', column: null },
      { type: 'setColumn', id: 4, key: 'productUid', column: undefined },
    );
    expect(again).toMatchObject({ kind: 'reading', id: 4, columns: { sku: null } });
    // The reading that was overtaken does not land.
    expect(transition(again, { type: 'read', id: 2, analysis: analysis() })).toBe(again);
    expect(last(again, { type: 'read', id: 4, analysis: analysis() })).toMatchObject({
      kind: 'preview',
      file: { columns: { sku: null } },
    });
  });

  it('checks only files with rows to send and no fatal problem', () => {
    expect(canSend(analysis())).toBe(true);
    expect(canSend(analysis({ validRows: 0 }))).toBe(false);
    expect(canSend(null)).toBe(false);
    const empty = previewed(analysis({ validRows: 0, invalidRows: 3 }));
    expect(transition(empty, { type: 'check' })).toBe(empty);
    const fatal = previewed(
      analysis({ fatal: { row: 0, column: '', value: '', code: 'empty_file' } }),
    );
    expect(transition(fatal, { type: 'check' })).toBe(fatal);
  });

  it('runs a dry run (send, start, poll) to a verdict, then the import to its end', () => {
    const check = run(
      previewed(),
      { type: 'check' },
      { type: 'created', importId: 'imp_1' },
      { type: 'retrying', retry: { attempt: 2, delayMs: 1000 } },
      { type: 'sent', rows: 2 },
      { type: 'started', import: anImport({ status: 'queued', receivedRows: 2 }) },
    );
    expect(check.map((s) => s.kind)).toEqual([
      'preview',
      'uploading',
      'uploading',
      'uploading',
      'uploading',
      'running',
    ]);
    expect(check[3]).toMatchObject({ importId: 'imp_1', retry: { attempt: 2 } });
    // A chunk that went through clears the retry notice.
    expect(check[4]).toMatchObject({ sentRows: 2, retry: null });
    expect(check.slice(1).map(importState)).toEqual(Array(5).fill('checking'));
    expect(progressOf(check[4]!)).toEqual({ phase: 'sending', done: 2, total: 2, queued: false });
    expect(progressOf(check[5]!)).toEqual({ phase: 'applying', done: 0, total: 2, queued: true });

    const verdict = reviewed();
    expect(verdict).toMatchObject({
      kind: 'reviewed',
      resumed: false,
      import: { status: 'succeeded' },
    });
    expect(stepperStep(verdict)).toBe('check');

    const real = run(
      verdict,
      { type: 'import' },
      { type: 'created', importId: 'imp_2' },
      { type: 'sent', rows: 2 },
      { type: 'started', import: anImport({ id: 'imp_2', dryRun: false, status: 'queued' }) },
      {
        type: 'polled',
        import: anImport({
          id: 'imp_2',
          dryRun: false,
          status: 'running',
          progress: { done: 1, total: 2 },
        }),
      },
      {
        type: 'polled',
        import: anImport({
          id: 'imp_2',
          dryRun: false,
          status: 'succeeded',
          progress: { done: 2, total: 2 },
        }),
      },
    );
    expect(real.map((s) => s.kind)).toEqual([
      'reviewed',
      'uploading',
      'uploading',
      'uploading',
      'running',
      'running',
      'done',
    ]);
    expect(real.slice(1, 6).map(importState)).toEqual(Array(5).fill('importing'));
    expect(progressOf(real[5]!)).toEqual({ phase: 'applying', done: 1, total: 2, queued: false });
    expect(real.map(stepperStep).slice(1)).toEqual(Array(6).fill('import'));
    expect(fileOf(real[6]!)?.source).toBe(source);
  });

  it('ignores polls of another import and events meant for other steps', () => {
    const running = last(
      previewed(),
      { type: 'check' },
      { type: 'started', import: anImport({ status: 'running' }) },
    );
    expect(transition(running, { type: 'polled', import: anImport({ id: 'imp_9' }) })).toBe(
      running,
    );
    expect(transition(initialStep, { type: 'check' })).toBe(initialStep);
    expect(transition(initialStep, { type: 'import' })).toBe(initialStep);
    expect(transition(initialStep, { type: 'sent', rows: 1 })).toBe(initialStep);
    expect(transition(initialStep, { type: 'retry', id: 1 })).toBe(initialStep);
    // No new file while rows are on their way or being applied.
    expect(transition(running, { type: 'choose', id: 5, source })).toBe(running);
    // A dry run's verdict is only imported with the file in hand.
    const resumedVerdict: BulkImportStep = {
      kind: 'reviewed',
      file: null,
      import: anImport({ status: 'succeeded' }),
      resumed: true,
    };
    expect(transition(resumedVerdict, { type: 'import' })).toBe(resumedVerdict);
  });

  it('cancels: sending stops and the file stays; a running import ends canceled', () => {
    const sending = last(previewed(), { type: 'check' }, { type: 'created', importId: 'imp_1' });
    const canceling = transition(sending, { type: 'cancel' });
    expect(canceling).toMatchObject({ kind: 'uploading', canceling: true });
    // Late acknowledgements of chunks change nothing any more.
    expect(transition(canceling, { type: 'sent', rows: 2 })).toBe(canceling);
    expect(transition(canceling, { type: 'cancel' })).toBe(canceling);
    expect(transition(canceling, { type: 'canceled' })).toMatchObject({
      kind: 'preview',
      notice: 'canceled',
    });

    const importing = last(
      reviewed(),
      { type: 'import' },
      { type: 'started', import: anImport({ id: 'imp_2', dryRun: false, status: 'running' }) },
      { type: 'cancel' },
    );
    expect(importing).toMatchObject({ kind: 'running', canceling: true });
    const ended = transition(importing, {
      type: 'polled',
      import: anImport({ id: 'imp_2', dryRun: false, status: 'canceled' }),
    });
    expect(ended).toMatchObject({ kind: 'done', import: { status: 'canceled' } });

    // A canceled dry run wrote nothing: back to the preview.
    const checking = last(
      previewed(),
      { type: 'check' },
      { type: 'started', import: anImport({ status: 'running' }) },
      { type: 'cancel' },
      { type: 'polled', import: anImport({ status: 'canceled' }) },
    );
    expect(checking).toMatchObject({ kind: 'preview', notice: 'canceled' });
  });

  it('keeps where a failure happened, and goes back there on "Try again"', () => {
    const sending = last(
      previewed(),
      { type: 'check' },
      { type: 'created', importId: 'imp_1' },
      { type: 'retrying', retry: { attempt: 3, delayMs: 2000 } },
    );
    const failed = transition(sending, { type: 'failed', error: new Error('offline') });
    expect(failed).toMatchObject({
      kind: 'failed',
      resume: { kind: 'uploading', importId: 'imp_1', sentRows: 0, retry: null },
    });
    expect(importState(failed)).toBe('error');
    expect(stepperStep(failed)).toBe('check');
    expect(fileOf(failed)?.source).toBe(source);
    expect(transition(failed, { type: 'retry', id: 7 })).toMatchObject({
      kind: 'uploading',
      importId: 'imp_1',
    });

    // A file that could not be read is read again, as a new reading.
    const unread = last(
      initialStep,
      { type: 'choose', id: 1, source },
      { type: 'failed', error: 1 },
    );
    expect(transition(unread, { type: 'retry', id: 2 })).toMatchObject({ kind: 'reading', id: 2 });
    // A new file can be chosen instead.
    expect(transition(unread, { type: 'choose', id: 3, source })).toMatchObject({
      kind: 'reading',
      id: 3,
    });
  });

  it('resumes an import found running when the page opens again, without its file', () => {
    const found = transition(initialStep, {
      type: 'found',
      import: anImport({ dryRun: false, status: 'running', progress: { done: 1000, total: 5000 } }),
    });
    expect(found).toMatchObject({ kind: 'running', file: null, resumed: true });
    expect(importState(found)).toBe('importing');
    expect(progressOf(found)).toMatchObject({ done: 1000, total: 5000 });
    const done = transition(found, {
      type: 'polled',
      import: anImport({ dryRun: false, status: 'succeeded' }),
    });
    expect(done).toMatchObject({ kind: 'done', file: null, resumed: true });
    expect(importOf(done)?.status).toBe('succeeded');

    // Found too late: the user already chose a file.
    const busy = last(initialStep, { type: 'choose', id: 1, source });
    expect(transition(busy, { type: 'found', import: anImport({ status: 'running' }) })).toBe(busy);
    // Finished imports are not "found".
    expect(
      transition(initialStep, { type: 'found', import: anImport({ status: 'succeeded' }) }),
    ).toBe(initialStep);
  });

  it('shows an upload that never started as interrupted, until the server drops it', () => {
    const found = transition(initialStep, {
      type: 'found',
      import: anImport({ status: 'receiving', receivedRows: 2000, totalRows: 5000 }),
    });
    expect(found).toMatchObject({ kind: 'interrupted', canceled: false });
    expect(importState(found)).toBe('interrupted');
    expect(stepperStep(found)).toBe('file');
    expect(transition(found, { type: 'dropped' })).toMatchObject({ canceled: true });
    // The next step is choosing the file again.
    expect(transition(found, { type: 'choose', id: 1, source })).toMatchObject({
      kind: 'reading',
    });
  });

  it('starts afresh on reset', () => {
    expect(transition(reviewed(), { type: 'reset' })).toBe(initialStep);
  });
});
