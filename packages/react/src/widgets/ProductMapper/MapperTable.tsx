// biome-ignore-all lint/a11y/useSemanticElements: an ARIA table on divs: its rows are virtualised, positioned and laid out with CSS grid, which native table elements do not allow
// biome-ignore-all lint/a11y/useFocusableInteractive: a table, not a grid: focus goes to the controls in its cells
'use client';
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  type Range,
  useVirtualizer,
} from '@tanstack/react-virtual';
import type { StoreProduct, StoreVariant } from '@vitrine/sdk';
import {
  type KeyboardEvent,
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { FileChecks } from './fileChecks.js';
import type { MapperRow, SelectableProduct } from './mapperState.js';
import type { ProductTranslate } from './text.js';

export type SelectionState = 'all' | 'some' | 'none';

/** What a row can ask of the mapper; one stable object for every row. */
export interface RowHandlers {
  toggleVariant(product: SelectableProduct, variantId: string): void;
  toggleProduct(product: SelectableProduct): void;
  connectVariant(product: StoreProduct, variant: StoreVariant): void;
  connectProduct(product: StoreProduct): void;
  ignoreVariant(product: StoreProduct, variant: StoreVariant): void;
  unmapVariant(product: StoreProduct, variant: StoreVariant): void;
}

export interface MapperTableProps {
  rows: readonly MapperRow[];
  /** Every row is loaded: the row count is known. */
  complete: boolean;
  /** The rows are the previous filters' while the new ones load. */
  stale?: boolean;
  canManage: boolean;
  label: string;
  /** Selection of a product's listed variants, and of one variant. */
  productState: (row: MapperRow) => SelectionState;
  variantSelected: (row: MapperRow) => boolean;
  /** Header checkbox: every listed variant, some, or none. */
  allState: SelectionState;
  onToggleAll: () => void;
  handlers: RowHandlers;
  /** Rows are near the end of what is loaded. */
  onNearEnd: () => void;
  /** Which row's action is running, by variant or product id. */
  busyId: string | null;
  height: string;
  t: ProductTranslate;
  className?: string | undefined;
  rowClassName?: string | undefined;
  badgeClassName?: string | undefined;
  actionsClassName?: string | undefined;
}

const estimate = (row: MapperRow | undefined) => (row?.kind === 'product' ? 58 : 68);
/** Without layout (a hidden container, a test DOM) the list still shows a screenful of rows. */
const fallbackRect = { width: 1024, height: 640 };

/**
 * The products and their variants as an ARIA table whose rows are virtualised: only the rows in
 * view (and the focused one) are in the DOM, so ten thousand variants scroll like a hundred.
 * Arrow keys move between rows' checkboxes and buttons; Home and End jump to the ends.
 */
export function MapperTable(props: MapperTableProps) {
  const { rows, t, canManage } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const headerRef = useRef<HTMLDivElement | null>(null);
  const [headerHeight, setHeaderHeight] = useState(0);
  const focused = useRef<number | null>(null);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  useLayoutEffect(() => {
    setHeaderHeight(headerRef.current?.getBoundingClientRect().height ?? 0);
  }, []);

  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const keep = focused.current;
    if (keep === null || keep >= range.count || indexes.includes(keep)) return indexes;
    return [...indexes, keep].sort((a, b) => a - b);
  }, []);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => estimate(rowsRef.current[index]),
    getItemKey: (index) => rowsRef.current[index]?.key ?? index,
    overscan: 6,
    scrollMargin: headerHeight,
    rangeExtractor,
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : fallbackRect)),
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      if (size > 0) return size;
      const index = Number(element.getAttribute('data-index'));
      return estimate(rowsRef.current[index]);
    },
  });

  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;
  const { onNearEnd } = props;
  useEffect(() => {
    if (lastIndex >= rows.length - 12) onNearEnd();
  }, [lastIndex, rows.length, onNearEnd]);

  // Keyboard: the next row's control of the same kind gets focus, scrolled into view first.
  const pendingFocus = useRef<{ index: number; nav: string } | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const nav = target.getAttribute('data-nav');
    if (!nav) return;
    const rowElement = target.closest<HTMLElement>('[data-index]');
    if (!rowElement) return;
    const from = Number(rowElement.getAttribute('data-index'));
    const has = (index: number) => rowHasControl(rowsRef.current[index], nav, canManage);
    let to: number | null = null;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      for (let i = from + step; i >= 0 && i < rowsRef.current.length; i += step) {
        if (has(i)) {
          to = i;
          break;
        }
      }
    } else if (event.key === 'Home' || event.key === 'End') {
      const order = rowsRef.current.map((_, i) => i);
      if (event.key === 'End') order.reverse();
      to = order.find(has) ?? null;
    } else {
      return;
    }
    event.preventDefault();
    if (to === null || to === from) return;
    pendingFocus.current = { index: to, nav };
    focused.current = to;
    virtualizer.scrollToIndex(to, { align: 'auto' });
    setFocusTick((n) => n + 1);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each move's render
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    let frames = 0;
    const tryFocus = () => {
      const element = scrollRef.current?.querySelector<HTMLElement>(
        `[data-index="${want.index}"] [data-nav="${want.nav}"]`,
      );
      if (element) {
        pendingFocus.current = null;
        element.focus();
      } else if (frames++ < 10) {
        requestAnimationFrame(tryFocus);
      }
    };
    tryFocus();
  }, [focusTick]);

  const allRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = props.allState === 'some';
  }, [props.allState]);

  const selectable = rows.some((r) => r.kind === 'variant' && r.selectable.variantIds.length);
  return (
    <div
      ref={scrollRef}
      className={cx('vt-ProductMapper-table', props.className)}
      role="table"
      aria-label={props.label}
      aria-rowcount={props.complete ? rows.length + 1 : -1}
      aria-busy={props.stale || undefined}
      data-manage={canManage || undefined}
      // A scrolling region must be reachable by keyboard even with nothing to act on.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: see above
      tabIndex={0}
      style={{ maxHeight: props.height }}
    >
      <div ref={headerRef} className="vt-ProductMapper-head" role="rowgroup">
        <div className="vt-ProductMapper-row vt-ProductMapper-headRow" role="row" aria-rowindex={1}>
          {canManage && (
            <div className="vt-ProductMapper-cell vt-ProductMapper-select" role="columnheader">
              <input
                ref={allRef}
                type="checkbox"
                className="vt-ProductMapper-checkbox"
                aria-label={t('products.selectAll')}
                checked={props.allState === 'all'}
                disabled={!selectable}
                onChange={props.onToggleAll}
              />
            </div>
          )}
          <div className="vt-ProductMapper-cell vt-ProductMapper-main" role="columnheader">
            {t('products.column.product')}
          </div>
          <div className="vt-ProductMapper-cell vt-ProductMapper-sku" role="columnheader">
            {t('products.column.sku')}
          </div>
          <div className="vt-ProductMapper-cell vt-ProductMapper-price" role="columnheader">
            {t('products.column.price')}
          </div>
          <div className="vt-ProductMapper-cell vt-ProductMapper-state" role="columnheader">
            {t('products.column.status')}
          </div>
          <div className="vt-ProductMapper-cell vt-ProductMapper-mapping" role="columnheader">
            {t('products.column.mapping')}
          </div>
          {canManage && (
            <div className="vt-ProductMapper-cell vt-ProductMapper-actions" role="columnheader">
              <span className="vt-VisuallyHidden">{t('products.column.actions')}</span>
            </div>
          )}
        </div>
      </div>
      <div
        className="vt-ProductMapper-body"
        role="rowgroup"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={moveFocus}
        onFocus={(event) => {
          const row = (event.target as HTMLElement).closest('[data-index]');
          focused.current = row ? Number(row.getAttribute('data-index')) : null;
        }}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const style = {
            transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
          };
          return row.kind === 'product' ? (
            <ProductRow
              key={item.key}
              index={item.index}
              measure={virtualizer.measureElement}
              style={style}
              row={row}
              state={props.productState(row)}
              canManage={canManage}
              busy={props.busyId === row.product.id}
              handlers={props.handlers}
              t={t}
              className={props.rowClassName}
              badgeClassName={props.badgeClassName}
              actionsClassName={props.actionsClassName}
            />
          ) : (
            <VariantRow
              key={item.key}
              index={item.index}
              measure={virtualizer.measureElement}
              style={style}
              row={row}
              selected={props.variantSelected(row)}
              canManage={canManage}
              busy={props.busyId === row.variant.id}
              handlers={props.handlers}
              t={t}
              className={props.rowClassName}
              badgeClassName={props.badgeClassName}
              actionsClassName={props.actionsClassName}
            />
          );
        })}
      </div>
    </div>
  );
}

/** Whether a row has the control a keyboard move looks for. */
function rowHasControl(row: MapperRow | undefined, nav: string, canManage: boolean) {
  if (!row || !canManage) return false;
  const live = row.product.removedAt === null;
  if (row.kind === 'product') {
    if (nav === 'select') return live && row.selectable.variantIds.length > 0;
    return nav === 'action' && live && row.selectable.variantIds.length > 0;
  }
  const variantLive = live && row.variant.removedAt === null;
  return (nav === 'select' || nav === 'action') && variantLive;
}

const variantName = (product: StoreProduct, variant: StoreVariant) =>
  `${product.title} – ${variant.title}`;

const statusTones = {
  mapped: 'success',
  unmapped: 'warning',
  ignored: 'neutral',
} as const;

interface RowProps {
  index: number;
  measure: (element: Element | null) => void;
  style: { transform: string };
  canManage: boolean;
  busy: boolean;
  handlers: RowHandlers;
  t: ProductTranslate;
  className?: string | undefined;
  badgeClassName?: string | undefined;
  actionsClassName?: string | undefined;
}

const ProductRow = /* @__PURE__ */ memo(function ProductRow(
  props: RowProps & { row: Extract<MapperRow, { kind: 'product' }>; state: SelectionState },
) {
  const { row, t, canManage, handlers } = props;
  const { product, selectable } = row;
  const box = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    if (box.current) box.current.indeterminate = props.state === 'some';
  }, [props.state]);
  const live = product.removedAt === null;
  const canSelect = canManage && live && selectable.variantIds.length > 0;
  return (
    <div
      ref={props.measure}
      data-index={props.index}
      role="row"
      aria-rowindex={props.index + 2}
      className={cx('vt-ProductMapper-row vt-ProductMapper-productRow', props.className)}
      data-orderable={product.orderable}
      data-status={product.removedAt ? 'removed' : product.status}
      style={props.style}
    >
      {canManage && (
        <div className="vt-ProductMapper-cell vt-ProductMapper-select" role="cell">
          {canSelect && (
            <input
              ref={box}
              type="checkbox"
              className="vt-ProductMapper-checkbox"
              data-nav="select"
              aria-label={t('products.selectProduct', { name: product.title })}
              checked={props.state === 'all'}
              onChange={() => handlers.toggleProduct(selectable)}
            />
          )}
        </div>
      )}
      <div className="vt-ProductMapper-cell vt-ProductMapper-productMain" role="rowheader">
        <span className="vt-ProductMapper-productTitle">{product.title}</span>
        {product.productType && (
          <span className="vt-ProductMapper-muted">{product.productType}</span>
        )}
        {product.notOrderableReason && (
          <span className="vt-ProductMapper-notOrderable">
            <span
              className={cx('vt-Badge', props.badgeClassName)}
              data-tone={product.notOrderableReason === 'publishing' ? 'neutral' : 'warning'}
            >
              {product.removedAt
                ? t('products.productStatus.removed')
                : t(`products.productStatus.${product.status}`)}
            </span>
            <span className="vt-ProductMapper-reason">
              {t(`products.notOrderable.${product.notOrderableReason}`)}
            </span>
          </span>
        )}
      </div>
      <div className="vt-ProductMapper-cell vt-ProductMapper-productCounts" role="cell">
        {t('products.product.counts', {
          mapped: product.mappedVariantCount,
          total: product.variantCount,
        })}
        {product.ignoredVariantCount > 0 && (
          <span className="vt-ProductMapper-muted">
            {' · '}
            {t('products.product.ignored', { count: product.ignoredVariantCount })}
          </span>
        )}
      </div>
      {canManage && (
        <div
          className={cx('vt-ProductMapper-cell vt-ProductMapper-actions', props.actionsClassName)}
          role="cell"
        >
          {canSelect && (
            <Button
              variant="ghost"
              data-nav="action"
              aria-haspopup="dialog"
              aria-label={t('products.connectAllLabel', { name: product.title })}
              pending={props.busy}
              onClick={() => handlers.connectProduct(product)}
            >
              {t('products.connectAll')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
});

const VariantRow = /* @__PURE__ */ memo(function VariantRow(
  props: RowProps & { row: Extract<MapperRow, { kind: 'variant' }>; selected: boolean },
) {
  const { row, t, canManage, handlers } = props;
  const { product, variant, selectable } = row;
  const { locale } = useVitrine();
  const name = variantName(product, variant);
  const live = product.removedAt === null && variant.removedAt === null;
  const options = Object.entries(variant.options);
  const status = variant.removedAt ? 'removed' : variant.status;
  return (
    <div
      ref={props.measure}
      data-index={props.index}
      role="row"
      aria-rowindex={props.index + 2}
      className={cx('vt-ProductMapper-row vt-ProductMapper-variantRow', props.className)}
      data-status={status}
      data-selected={props.selected || undefined}
      style={props.style}
    >
      {canManage && (
        <div className="vt-ProductMapper-cell vt-ProductMapper-select" role="cell">
          {live && (
            <input
              type="checkbox"
              className="vt-ProductMapper-checkbox"
              data-nav="select"
              aria-label={t('products.selectVariant', { name })}
              checked={props.selected}
              onChange={() => handlers.toggleVariant(selectable, variant.id)}
            />
          )}
        </div>
      )}
      <div className="vt-ProductMapper-cell vt-ProductMapper-main" role="cell">
        <span className="vt-ProductMapper-variantTitle">{variant.title}</span>
        {options.length > 0 && (
          <span className="vt-ProductMapper-muted">
            {options.map(([key, value]) => `${key}: ${value}`).join(' · ')}
          </span>
        )}
      </div>
      <div className="vt-ProductMapper-cell vt-ProductMapper-sku" role="cell">
        {variant.sku ? (
          <code className="vt-ProductMapper-code">{variant.sku}</code>
        ) : (
          <span className="vt-ProductMapper-muted">{t('products.variant.noSku')}</span>
        )}
      </div>
      <div className="vt-ProductMapper-cell vt-ProductMapper-price" role="cell">
        {formatPrice(variant.price, locale)}
      </div>
      <div className="vt-ProductMapper-cell vt-ProductMapper-state" role="cell">
        <span
          className={cx('vt-Badge', props.badgeClassName)}
          data-tone={status === 'removed' ? 'neutral' : statusTones[status]}
        >
          {t(`products.status.${status}`)}
        </span>
      </div>
      <div className="vt-ProductMapper-cell vt-ProductMapper-mapping" role="cell">
        {variant.mapping ? (
          <>
            <span className="vt-ProductMapper-catalogTitle">
              {variant.mapping.catalogTitle ?? (
                <span className="vt-ProductMapper-muted">
                  {t('products.mapping.unknownProduct', { uid: variant.mapping.productUid })}
                </span>
              )}
            </span>
            {variant.mapping.printSpecs.pageCount !== undefined && (
              <span className="vt-ProductMapper-muted">
                {t('products.mapping.pages', { count: variant.mapping.printSpecs.pageCount })}
              </span>
            )}
            <FileChecks files={variant.mapping.files} t={t} />
          </>
        ) : variant.status === 'ignored' ? (
          <span className="vt-ProductMapper-muted">{t('products.mapping.ignored')}</span>
        ) : null}
        {variant.removedAt && (
          <span className="vt-ProductMapper-muted">{t('products.variant.removed')}</span>
        )}
      </div>
      {canManage && (
        <div
          className={cx('vt-ProductMapper-cell vt-ProductMapper-actions', props.actionsClassName)}
          role="cell"
        >
          {live && (
            <>
              <Button
                variant="ghost"
                data-nav="action"
                aria-haspopup="dialog"
                aria-label={t(
                  variant.status === 'mapped' ? 'products.changeLabel' : 'products.connectLabel',
                  { name },
                )}
                onClick={() => handlers.connectVariant(product, variant)}
              >
                {t(variant.status === 'mapped' ? 'products.change' : 'products.connect')}
              </Button>
              {variant.status === 'unmapped' ? (
                <Button
                  variant="ghost"
                  aria-label={t('products.ignoreLabel', { name })}
                  pending={props.busy}
                  onClick={() => handlers.ignoreVariant(product, variant)}
                >
                  {t('products.ignore')}
                </Button>
              ) : (
                <Button
                  variant="ghost"
                  aria-haspopup="dialog"
                  aria-label={t('products.unmapLabel', { name })}
                  pending={props.busy}
                  onClick={() => handlers.unmapVariant(product, variant)}
                >
                  {t('products.unmap')}
                </Button>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
});

const priceFormats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();

/** A platform's price (a decimal string, no currency) in the locale's digits. */
function formatPrice(price: string | null, locale: string) {
  if (price === null || Number.isNaN(Number(price))) return price ?? '—';
  let formatter = priceFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    priceFormats.set(locale, formatter);
  }
  return formatter.format(Number(price));
}
