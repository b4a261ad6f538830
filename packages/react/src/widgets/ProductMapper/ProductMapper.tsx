'use client';
import type { Job, MappingCounts, StoreProduct, StoreVariant } from '@vitrine/sdk';
import {
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { WidgetCard } from '../../components/WidgetCard.js';
import { useCurrentSession } from '../../hooks/access.js';
import { vitrineKeys } from '../../hooks/keys.js';
import { usePublishingProducts } from '../../hooks/productCreation.js';
import {
  useApplyMapping,
  useFileChecks,
  useMapVariant,
  useProductCounts,
  useStoreProducts,
  useUnmapVariant,
  useUnmapVariants,
} from '../../hooks/products.js';
import { useJob, useStore, useSyncStore } from '../../hooks/stores.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { AddProductDialog } from './AddProductDialog.js';
import { ConnectDialog, type ConnectMapping, type ConnectTarget } from './ConnectDialog.js';
import { checkText, variantCheck } from './fileChecks.js';
import { MapperTable, type RowHandlers, type SelectionState } from './MapperTable.js';
import {
  buildRows,
  hasFilters,
  initialMapperState,
  isVariantSelected,
  listQuery,
  type MapperFilters,
  type MapperRow,
  type MappingFilter,
  mapperReducer,
  productSelectionState,
  type StatusFilter,
  selectedVariantCount,
  selectionTarget,
} from './mapperState.js';
import { type ProductTranslate, useProductText } from './text.js';

export type ProductMapperAction = 'map' | 'ignore' | 'unmap' | 'create';

export type ProductMapperPart =
  | 'root'
  | 'header'
  | 'title'
  | 'toolbar'
  | 'search'
  | 'tabs'
  | 'filters'
  | 'summary'
  | 'bulkBar'
  | 'table'
  | 'row'
  | 'badge'
  | 'actions'
  | 'empty'
  | 'notice'
  | 'error'
  | 'dialog';

export interface ProductMapperProps {
  storeId: string;
  /** Filters to start with, e.g. `{ mapping: 'unmapped' }`. */
  defaultFilters?: Partial<MapperFilters>;
  /** Called after a change was saved, with how many variants it changed. */
  onSuccess?: (action: ProductMapperAction, result: { updated: number }) => void;
  onError?: (error: unknown, action?: ProductMapperAction) => void;
  /** Called once, with the store's counts, when the first page of products is shown. */
  onReady?: (counts: MappingCounts) => void;
  /** Show the products without any action even when the session may map them. @default false */
  readOnly?: boolean;
  /** The title's heading level, to fit the host page's outline. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Keep the title for screen readers only, when the host page shows its own. @default false */
  hideTitle?: boolean;
  /**
   * Offer "Add product" (a product made from the catalog and published to the store) to
   * sessions that may manage products, on stores that can take one (not Pressero). @default true
   */
  allowAddProduct?: boolean;
  /** Called when a product made from the catalog was created (it may still be publishing). */
  onProductAdded?: (product: StoreProduct) => void;
  /**
   * Pause between polls while products publish, in milliseconds: the one just added (default
   * 1500) and listed ones (default 3000).
   */
  publishIntervalMs?: number;
  /** More controls at the end of the header, after "Add product". */
  toolbar?: ReactNode;
  /** Products per page; more load as the list scrolls. @default 25 */
  pageSize?: number;
  /** Most height the list takes before it scrolls, as CSS. @default 'min(70vh, 640px)' */
  listHeight?: string;
  /** Pause between polls while print-file checks are pending, in milliseconds. @default 2000 */
  checkIntervalMs?: number;
  className?: string;
  classNames?: Partial<Record<ProductMapperPart, string>>;
}

/**
 * A store's products and their variants, each connected (mapped) to a product of the print
 * catalog with its print files, ignored, or still unmapped. Search, filters with counts,
 * selection and bulk actions; a dialog to pick the catalog product and give the files, whose
 * checks show up as the server finishes them. Sessions without `products:manage` see it
 * read-only; sessions without `products:read` see nothing.
 */
export function ProductMapper(props: ProductMapperProps) {
  const session = useCurrentSession();
  const capabilities = session.data?.capabilities ?? [];
  if (session.isSuccess && !capabilities.includes('products:read')) return null;
  return (
    <MapperView
      {...props}
      sessionReady={session.isSuccess}
      sessionError={session.isError ? session.error : null}
      retrySession={() => session.refetch()}
      canManage={!props.readOnly && capabilities.includes('products:manage')}
      explainReadOnly={session.isSuccess && !capabilities.includes('products:manage')}
      canSync={capabilities.includes('stores:manage')}
    />
  );
}

type Confirm =
  | { kind: 'variant'; product: StoreProduct; variant: StoreVariant }
  | { kind: 'selection'; variantIds: string[] };

const mappingFilters: readonly MappingFilter[] = ['all', 'unmapped', 'mapped', 'ignored'];
const statusFilters: readonly StatusFilter[] = [
  'all',
  'active',
  'draft',
  'archived',
  'publishing',
  'publishing_error',
  'removed',
];

function MapperView(
  props: ProductMapperProps & {
    sessionReady: boolean;
    sessionError: unknown;
    retrySession: () => void;
    canManage: boolean;
    explainReadOnly: boolean;
    canSync: boolean;
  },
) {
  const { storeId, canManage, classNames = {} } = props;
  const t = useProductText();
  const { format } = useVitrine();
  const [state, dispatch] = useReducer(mapperReducer, props.defaultFilters, initialMapperState);
  const { filters } = state;
  const store = useStore(storeId, { enabled: props.sessionReady });
  const list = useStoreProducts(storeId, listQuery(filters), {
    enabled: props.sessionReady,
    ...(props.pageSize ? { pageSize: props.pageSize } : {}),
  });
  // The list's pages bring the counts along; this only refetches them after a change.
  const counts = useProductCounts(storeId, filters.search, {
    enabled: props.sessionReady && list.isSuccess && !list.isPlaceholderData,
  });
  const products = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  const rows = useMemo(() => buildRows(products), [products]);
  const mapVariant = useMapVariant(storeId);
  const unmapVariant = useUnmapVariant(storeId);
  const unmapMany = useUnmapVariants(storeId);
  const apply = useApplyMapping(storeId);
  const [target, setTarget] = useState<ConnectTarget | null>(null);
  const [adding, setAdding] = useState(false);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [checkNotice, setCheckNotice] = useState('');
  const [busyId, setBusyId] = useState<string | null>(null);
  const [bulkBusy, setBulkBusy] = useState<'ignore' | 'unmap' | null>(null);
  const [unmapProgress, setUnmapProgress] = useState<{ done: number; total: number } | null>(null);
  const headingLevel = props.headingLevel ?? 3;
  const statusId = useId();

  // Host callbacks change on every host render; they must not re-run effects.
  const callbacks = useRef({ onError: props.onError, onReady: props.onReady });
  useEffect(() => {
    callbacks.current = { onError: props.onError, onReady: props.onReady };
  });
  const announced = useRef(false);
  const firstCounts = list.data?.pages[0]?.counts;
  useEffect(() => {
    if (firstCounts && !announced.current) {
      announced.current = true;
      callbacks.current.onReady?.(firstCounts);
    }
  }, [firstCounts]);
  useEffect(() => {
    if (list.error) callbacks.current.onError?.(list.error);
  }, [list.error]);

  const announceChecks = useCallback(
    (finished: { product: StoreProduct; variant: StoreVariant }[]) => {
      const outcome = { passed: 0, warning: 0, failed: 0 };
      for (const { variant } of finished) {
        const worst = variantCheck(variant);
        if (worst && worst !== 'pending') outcome[worst] += 1;
      }
      const only = finished.length === 1 ? finished[0] : undefined;
      const worst = only && variantCheck(only.variant);
      const file = only?.variant.mapping?.files.find((f) => f.check.status === worst);
      setCheckNotice(
        only && file
          ? t('products.notice.checkOne', {
              name: `${only.product.title} – ${only.variant.title}`,
              result: checkText(file.check, t),
            })
          : t('products.notice.checks', {
              count: finished.length,
              passed: outcome.passed,
              warning: outcome.warning,
              failed: outcome.failed,
            }),
      );
    },
    [t],
  );
  // Products made from the catalog show their platform's answer without a reload.
  usePublishingProducts(storeId, products, {
    ...(props.publishIntervalMs ? { intervalMs: props.publishIntervalMs } : {}),
  });
  const checks = useFileChecks(storeId, products, {
    onSettled: announceChecks,
    ...(props.checkIntervalMs ? { intervalMs: props.checkIntervalMs } : {}),
  });

  /** Runs one action with its notice, callbacks and error. */
  async function run(
    action: ProductMapperAction,
    call: () => Promise<number>,
    message: (updated: number) => string,
  ) {
    setNotice(null);
    setActionError(null);
    try {
      const updated = await call();
      setNotice(message(updated));
      props.onSuccess?.(action, { updated });
      return true;
    } catch (error) {
      setActionError(error);
      props.onError?.(error, action);
      return false;
    }
  }

  const latest = useRef({ ignore: (_p: StoreProduct, _v: StoreVariant) => {} });
  latest.current.ignore = (_product, variant) => {
    setBusyId(variant.id);
    void run(
      'ignore',
      async () => {
        await mapVariant.mutateAsync({ variantId: variant.id, mapping: { ignored: true } });
        return 1;
      },
      (count) => t('products.notice.ignored', { count }),
    ).finally(() => setBusyId(null));
  };
  const handlers = useMemo<RowHandlers>(
    () => ({
      toggleVariant: (product, variantId) =>
        dispatch({ type: 'toggleVariant', product, variantId }),
      toggleProduct: (product) => dispatch({ type: 'toggleProduct', product }),
      connectVariant: (product, variant) => setTarget({ kind: 'variant', product, variant }),
      connectProduct: (product) => setTarget({ kind: 'product', product }),
      ignoreVariant: (product, variant) => latest.current.ignore(product, variant),
      unmapVariant: (product, variant) => setConfirm({ kind: 'variant', product, variant }),
    }),
    [],
  );

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  const selectedCount = selectedVariantCount(state);
  const loadedSelectables = useMemo(
    () => rows.flatMap((r) => (r.kind === 'product' ? [r.selectable] : [])),
    [rows],
  );
  const allState: SelectionState = (() => {
    const selectable = loadedSelectables.filter((p) => p.variantIds.length);
    if (!selectable.length || state.selection.size === 0) return 'none';
    return selectable.every((p) => productSelectionState(state, p) === 'all') ? 'all' : 'some';
  })();

  async function save(mapping: ConnectMapping, current: ConnectTarget) {
    const body = {
      productUid: mapping.productUid,
      files: mapping.files,
      ...(mapping.printSpecs ? { printSpecs: mapping.printSpecs } : {}),
    };
    // The notice of an earlier action does not stand for this one while it is saved.
    setNotice(null);
    try {
      let updated: number;
      let title: string | null;
      if (current.kind === 'variant') {
        const variant = await mapVariant.mutateAsync({
          variantId: current.variant.id,
          mapping: body,
        });
        updated = 1;
        title = variant.mapping?.catalogTitle ?? null;
      } else {
        const result = await apply.mutateAsync({
          ...(current.kind === 'product'
            ? { productIds: [current.product.id] }
            : { productIds: current.productIds, variantIds: current.variantIds }),
          mapping: body,
        });
        updated = result.updated;
        title =
          result.products
            .flatMap((p) => p.variants ?? [])
            .find((v) => v.mapping?.productUid === mapping.productUid)?.mapping?.catalogTitle ??
          null;
        if (current.kind === 'selection') dispatch({ type: 'clearSelection' });
      }
      setTarget(null);
      setActionError(null);
      setNotice(
        t('products.notice.mapped', { count: updated, product: title ?? mapping.productUid }),
      );
      props.onSuccess?.('map', { updated });
    } catch (error) {
      props.onError?.(error, 'map');
      throw error;
    }
  }

  async function ignoreSelection() {
    setBulkBusy('ignore');
    const body = selectionTarget(state);
    const ok = await run(
      'ignore',
      async () => (await apply.mutateAsync({ ...body, mapping: { ignored: true } })).updated,
      (count) => t('products.notice.ignored', { count }),
    );
    if (ok) dispatch({ type: 'clearSelection' });
    setBulkBusy(null);
  }

  /** Selected variants that are mapped or ignored: the ones unmapping changes. */
  const selectedToUnmap = () => {
    const ids: string[] = [];
    for (const row of rows) {
      if (
        row.kind === 'variant' &&
        row.variant.status !== 'unmapped' &&
        isVariantSelected(state, row.product.id, row.variant.id)
      )
        ids.push(row.variant.id);
    }
    return ids;
  };

  async function unmapConfirmed(current: Confirm) {
    if (current.kind === 'variant') {
      setBusyId(current.variant.id);
      const ok = await run(
        'unmap',
        async () => {
          await unmapVariant.mutateAsync(current.variant.id);
          return 1;
        },
        (count) => t('products.notice.unmapped', { count }),
      );
      setBusyId(null);
      if (ok) setConfirm(null);
      return;
    }
    setBulkBusy('unmap');
    setUnmapProgress({ done: 0, total: current.variantIds.length });
    const ok = await run(
      'unmap',
      async () =>
        (
          await unmapMany.mutateAsync({
            variantIds: current.variantIds,
            onProgress: (done, total) => setUnmapProgress({ done, total }),
          })
        ).length,
      (count) => t('products.notice.unmapped', { count }),
    );
    setUnmapProgress(null);
    setBulkBusy(null);
    if (ok) {
      dispatch({ type: 'clearSelection' });
      setConfirm(null);
    }
  }

  const countsData = counts.data ?? firstCounts;
  const filtered = hasFilters(filters);
  const loading = !props.sessionReady || list.isLoading;
  const failed = props.sessionError ?? list.error ?? null;
  const empty = !loading && !failed && rows.length === 0;
  const storeEmpty = empty && !filtered && (countsData?.products ?? 0) === 0;
  const state$ = failed ? 'error' : loading ? 'loading' : empty ? 'empty' : 'idle';
  const storeName = store.data?.name;
  // Pressero products are made in Pressero; a disconnected store takes nothing.
  const canAdd =
    canManage &&
    props.allowAddProduct !== false &&
    store.data !== undefined &&
    store.data.platform !== 'pressero' &&
    store.data.status !== 'disconnected';
  const addButton = canAdd ? (
    <Button variant="primary" aria-haspopup="dialog" onClick={() => setAdding(true)}>
      {t('products.add.button')}
    </Button>
  ) : null;
  const tableLabel = storeName
    ? t('products.tableLabel', { store: storeName })
    : t('products.title');

  return (
    <WidgetCard
      widget="ProductMapper"
      title={t('products.title')}
      description={
        <>
          {storeName ? `${storeName} · ` : ''}
          {countsData && countsData.products > 0
            ? `${t('products.summary.products', { count: countsData.products })} · ${t(
                'products.summary.variants',
                { count: countsData.variants },
              )}`
            : t('products.description')}
        </>
      }
      headingLevel={headingLevel}
      hideTitle={props.hideTitle}
      state={state$}
      mode={canManage ? 'manage' : 'read-only'}
      className={props.className}
      classNames={classNames}
      actions={
        addButton || props.toolbar ? (
          <div className="vt-ProductMapper-headerActions">
            {addButton}
            {props.toolbar ? <div className="vt-Slot">{props.toolbar}</div> : null}
          </div>
        ) : undefined
      }
    >
      {props.explainReadOnly && !props.readOnly && (
        <p className="vt-ProductMapper-readOnly">{t('products.readOnly')}</p>
      )}
      <div className={cx('vt-ProductMapper-toolbar', classNames.toolbar)}>
        <SearchBox
          value={filters.search}
          onSearch={(search) => dispatch({ type: 'search', search })}
          searching={list.isPlaceholderData && list.isFetching}
          t={t}
          className={classNames.search}
        />
        <div className={cx('vt-ProductMapper-statusFilter', classNames.filters)}>
          <label className="vt-Field-label" htmlFor={statusId}>
            {t('products.filter.status')}
          </label>
          <select
            id={statusId}
            className="vt-Input"
            value={filters.status}
            onChange={(e) =>
              dispatch({ type: 'filterStatus', status: e.target.value as StatusFilter })
            }
          >
            {statusFilters.map((status) => (
              <option key={status} value={status}>
                {status === 'all'
                  ? t('products.filter.status.all')
                  : t(`products.productStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className={cx('vt-ProductMapper-tabs', classNames.tabs)}>
        <legend className="vt-VisuallyHidden">{t('products.filter.mapping')}</legend>
        {mappingFilters.map((mapping) => {
          const count = !countsData
            ? null
            : mapping === 'all'
              ? countsData.variants
              : countsData[mapping];
          return (
            <button
              key={mapping}
              type="button"
              className="vt-ProductMapper-tab"
              aria-pressed={filters.mapping === mapping}
              onClick={() => dispatch({ type: 'filterMapping', mapping })}
            >
              {t(`products.filter.${mapping}`)}
              {count !== null && (
                <span className="vt-ProductMapper-tabCount">{format.number(count)}</span>
              )}
            </button>
          );
        })}
      </fieldset>

      {countsData && (countsData.filesFailed > 0 || countsData.notOrderable > 0) && (
        <div className={cx('vt-ProductMapper-summary', classNames.summary)}>
          {countsData.filesFailed > 0 && (
            <p className="vt-ProductMapper-indicator" data-tone="danger">
              {t('products.filesFailed', { count: countsData.filesFailed })}
            </p>
          )}
          {countsData.notOrderable > 0 && (
            <div className="vt-ProductMapper-indicator" data-tone="warning">
              <p>{t('products.notOrderable', { count: countsData.notOrderable })}</p>
              <p className="vt-ProductMapper-hint">{t('products.notOrderable.hint')}</p>
            </div>
          )}
        </div>
      )}

      {canManage && selectedCount > 0 && (
        <div
          className={cx('vt-ProductMapper-bulkBar', classNames.bulkBar)}
          role="toolbar"
          aria-label={t('products.bulk.label')}
        >
          <span className="vt-ProductMapper-selected">
            {t('products.selected', { count: selectedCount })}
          </span>
          <Button
            variant="primary"
            aria-haspopup="dialog"
            onClick={() => {
              const body = selectionTarget(state);
              setTarget({ kind: 'selection', ...body, count: selectedCount });
            }}
          >
            {t('products.bulk.connect')}
          </Button>
          <Button pending={bulkBusy === 'ignore'} onClick={ignoreSelection}>
            {t('products.bulk.ignore')}
          </Button>
          <Button
            aria-haspopup="dialog"
            disabled={bulkBusy !== null}
            onClick={() => setConfirm({ kind: 'selection', variantIds: selectedToUnmap() })}
          >
            {t('products.bulk.unmap')}
          </Button>
          <Button variant="ghost" onClick={() => dispatch({ type: 'clearSelection' })}>
            {t('products.bulk.clear')}
          </Button>
        </div>
      )}

      {actionError !== null && !target && !confirm && (
        <ErrorAlert error={actionError} className={classNames.error} />
      )}
      <p className={cx('vt-Notice', classNames.notice)} role="status" hidden={!notice}>
        {notice ?? ''}
      </p>
      <p
        className={cx('vt-ProductMapper-checkNotice', classNames.notice)}
        role="status"
        data-polling={checks.isPolling || undefined}
      >
        {checkNotice}
      </p>

      {failed ? (
        <ErrorAlert
          error={failed}
          onRetry={() => (props.sessionError ? props.retrySession() : list.refetch())}
          className={classNames.error}
        />
      ) : loading ? (
        <div className="vt-ProductMapper-skeleton" aria-hidden="true">
          {[0, 1, 2, 3].map((n) => (
            <span key={n} className="vt-Skeleton" />
          ))}
        </div>
      ) : storeEmpty ? (
        <EmptyStore storeId={storeId} canSync={props.canSync} t={t} className={classNames.empty} />
      ) : empty ? (
        <div className={cx('vt-ProductMapper-empty', classNames.empty)}>
          <p>
            {filters.search
              ? t('products.noMatchSearch', { search: filters.search })
              : t('products.noMatch')}
          </p>
          <Button onClick={() => dispatch({ type: 'resetFilters' })}>
            {t('products.filter.clear')}
          </Button>
        </div>
      ) : (
        <>
          <MapperTable
            rows={rows}
            stale={list.isPlaceholderData}
            complete={!hasNextPage}
            canManage={canManage}
            label={tableLabel}
            productState={(row: MapperRow) => productSelectionState(state, row.selectable)}
            variantSelected={(row: MapperRow) =>
              row.kind === 'variant' && isVariantSelected(state, row.product.id, row.variant.id)
            }
            allState={allState}
            onToggleAll={() => dispatch({ type: 'toggleAll', products: loadedSelectables })}
            handlers={handlers}
            onNearEnd={loadMore}
            busyId={busyId}
            height={props.listHeight ?? 'min(70vh, 640px)'}
            t={t}
            className={classNames.table}
            rowClassName={classNames.row}
            badgeClassName={classNames.badge}
            actionsClassName={classNames.actions}
          />
          <p className="vt-ProductMapper-footer" role="status">
            {isFetchingNextPage ? (
              <>
                <span className="vt-Spinner" aria-hidden="true" /> {t('products.loadingMore')}
              </>
            ) : hasNextPage ? (
              t('products.footer.more', { count: products.length })
            ) : (
              t('products.footer.all', { count: products.length })
            )}
          </p>
        </>
      )}
      {loading && !failed && (
        <p className="vt-VisuallyHidden" role="status">
          {t('common.loading')}
        </p>
      )}

      {canAdd && (
        <AddProductDialog
          storeId={storeId}
          open={adding}
          onOpenChange={setAdding}
          onCreated={(product) => {
            setActionError(null);
            setNotice(t('products.add.notice', { name: product.title }));
            props.onSuccess?.('create', { updated: 1 });
            props.onProductAdded?.(product);
          }}
          onError={(error) => props.onError?.(error, 'create')}
          t={t}
          headingLevel={2}
          publishIntervalMs={props.publishIntervalMs}
          className={classNames.dialog}
        />
      )}
      {canManage && (
        <ConnectDialog
          storeId={storeId}
          target={target}
          onOpenChange={(open) => {
            if (!open) setTarget(null);
          }}
          onSave={(mapping) => (target ? save(mapping, target) : Promise.resolve())}
          t={t}
          headingLevel={2}
          className={classNames.dialog}
        />
      )}
      {canManage && (
        <Dialog
          open={confirm !== null}
          onOpenChange={(open) => {
            if (!open && bulkBusy === null) {
              setConfirm(null);
              setActionError(null);
            }
          }}
          role="alertdialog"
          title={
            confirm?.kind === 'variant'
              ? t('products.unmapDialog.title', {
                  name: `${confirm.product.title} – ${confirm.variant.title}`,
                })
              : t('products.unmapDialog.titleMany', { count: confirm?.variantIds.length ?? 0 })
          }
          description={t('products.unmapDialog.description')}
          className={classNames.dialog}
        >
          {actionError !== null ? <ErrorAlert error={actionError} /> : null}
          {unmapProgress && (
            <p className="vt-ProductMapper-muted" role="status">
              {t('products.bulk.unmapping', {
                done: unmapProgress.done,
                total: unmapProgress.total,
              })}
            </p>
          )}
          <div className="vt-Actions">
            <Button variant="ghost" disabled={bulkBusy !== null} onClick={() => setConfirm(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="danger"
              pending={bulkBusy === 'unmap' || (confirm?.kind === 'variant' && busyId !== null)}
              onClick={() => confirm && unmapConfirmed(confirm)}
            >
              {t('products.unmapDialog.confirm')}
            </Button>
          </div>
        </Dialog>
      )}
    </WidgetCard>
  );
}

/** The search box keeps its own text: typing re-renders it alone, the list follows once paused. */
function SearchBox(props: {
  /** The search the list shows; a change from elsewhere (clearing filters) replaces the text. */
  value: string;
  onSearch: (search: string) => void;
  searching: boolean;
  t: ProductTranslate;
  className?: string | undefined;
}) {
  const { t } = props;
  const [text, setText] = useState(props.value);
  const id = useId();
  const sent = useRef(props.value);
  const onSearch = useRef(props.onSearch);
  onSearch.current = props.onSearch;
  const send = useCallback((value: string) => {
    sent.current = value.trim();
    onSearch.current(value);
  }, []);
  useEffect(() => {
    if (text.trim() === sent.current) return;
    const timer = setTimeout(() => send(text), 300);
    return () => clearTimeout(timer);
  }, [text, send]);
  useEffect(() => {
    if (props.value !== sent.current) {
      sent.current = props.value;
      setText(props.value);
    }
  }, [props.value]);
  return (
    <div className={cx('vt-ProductMapper-search', props.className)}>
      <label className="vt-Field-label" htmlFor={id}>
        {t('products.search.label')}
      </label>
      <input
        id={id}
        className="vt-Input"
        type="search"
        value={text}
        placeholder={t('products.search.placeholder')}
        aria-describedby={`${id}-state`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') send(text);
        }}
      />
      <span id={`${id}-state`} className="vt-VisuallyHidden" aria-live="polite">
        {props.searching ? t('products.search.searching') : ''}
      </span>
    </div>
  );
}

const running = (job: Job | undefined) => job?.status === 'queued' || job?.status === 'running';

/** No products yet: where they come from, and (for those who may) a sync to fetch them now. */
function EmptyStore(props: {
  storeId: string;
  canSync: boolean;
  t: ProductTranslate;
  className?: string | undefined;
}) {
  const { t } = props;
  const { queryClient } = useVitrine();
  const store = useStore(props.storeId);
  const sync = useSyncStore(store.data?.clientId ?? '');
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId ?? store.data?.lastSyncJobId ?? null);
  const syncing = running(job.data) || sync.isPending;
  const wasSyncing = useRef(false);
  useEffect(() => {
    if (syncing) wasSyncing.current = true;
    else if (wasSyncing.current && job.data) {
      wasSyncing.current = false;
      void queryClient.invalidateQueries({ queryKey: vitrineKeys.products(props.storeId) });
    }
  }, [syncing, job.data, queryClient, props.storeId]);
  const manual = store.data?.platform === 'manual';
  const progress = job.data?.progress;
  return (
    <div className={cx('vt-ProductMapper-empty', props.className)}>
      <p>{manual ? t('products.empty.manual') : t('products.empty')}</p>
      {syncing && (
        <p className="vt-ProductMapper-muted" role="status">
          {progress?.total
            ? t('products.empty.importing', {
                done: progress.done,
                total: progress.total,
              })
            : t('products.empty.syncing')}
        </p>
      )}
      {props.canSync && !manual && store.data?.status === 'connected' && (
        <Button
          variant="primary"
          pending={syncing}
          onClick={async () => {
            const started = await sync.mutateAsync(props.storeId).catch(() => null);
            if (started) setJobId(started.id);
          }}
        >
          {syncing ? t('stores.list.syncing') : t('stores.list.sync')}
        </Button>
      )}
      {sync.error ? <ErrorAlert error={sync.error} /> : null}
    </div>
  );
}
