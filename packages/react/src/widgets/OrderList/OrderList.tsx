'use client';
import {
  type FulfillmentStatus,
  fulfillmentStatuses,
  type Order,
  OrderSource,
  type Store,
} from '@vitrine/sdk';
import { type ReactElement, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { Field } from '../../components/Field.js';
import {
  OrderStatusBadge,
  orderReasonText,
  orderStatusText,
  TestFlag,
} from '../../components/orderStatus.js';
import { WidgetCard } from '../../components/WidgetCard.js';
import { useCurrentSession } from '../../hooks/access.js';
import { itemLabel } from '../../hooks/orderModel/status.js';
import { type OrderFilters, useDebouncedValue, useOrders } from '../../hooks/orders.js';
import { useStores } from '../../hooks/users.js';
import { useOrderText } from '../../i18n/orders.js';
import { useVitrine } from '../../provider/VitrineProvider.js';

export type OrderListPart =
  | 'root'
  | 'header'
  | 'title'
  | 'filters'
  | 'list'
  | 'item'
  | 'badge'
  | 'reason'
  | 'loadMore'
  | 'empty'
  | 'error';

export type OrderSourceName = (typeof OrderSource.options)[number];

export interface OrderListProps {
  clientId: string;
  /** Only this store's orders; the store filter is then left out. */
  storeId?: string;
  /** Starting filters (status, source, search, store). */
  defaultFilters?: Omit<OrderFilters, 'limit'>;
  /** Makes each order's reference a button; called with the order, e.g. to open its detail. */
  onSelect?: (order: Order) => void;
  /**
   * For orders waiting on a mapping (`not_connected`): shows "Map the product" with the order's
   * first waiting item, e.g. to open the store's products, to sessions that may map products
   * (`products:manage`). Without it, or for others, the hint stays text.
   */
  onMapProduct?: (order: Order, item: Order['items'][number]) => void;
  onError?: (error: unknown) => void;
  /** Called once, with the first page of orders, when the list first loads. */
  onReady?: (orders: Order[]) => void;
  /** Orders per page. @default 20 */
  pageSize?: number;
  /** Poll for new orders while the page is visible, in ms; `false` turns it off. @default 10000 */
  refetchInterval?: number | false;
  /** Wait after typing before searching, in ms. @default 300 */
  searchDelayMs?: number;
  /** Shown at the header's end, e.g. a "Place order" button. */
  actions?: ReactNode;
  /** The title's heading level; order references are one below. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Keep the title for screen readers only, when the host page shows its own. @default false */
  hideTitle?: boolean;
  className?: string;
  classNames?: Partial<Record<OrderListPart, string>>;
}

/**
 * A client's orders, newest first: filters (store, status, source, search), each order's status,
 * test flag, store and items, why a not-connected order waits and how to get it going, paging
 * with "Load more", kept live while the page is visible. Store managers see their stores' orders.
 */
export function OrderList(props: OrderListProps) {
  const { clientId, onReady, onError, classNames = {} } = props;
  const { format } = useVitrine();
  const t = useOrderText();
  const session = useCurrentSession();
  const headingLevel = props.headingLevel ?? 3;
  const canMap = session.data?.capabilities.includes('products:manage') ?? false;
  const [storeId, setStoreId] = useState(props.defaultFilters?.storeId ?? '');
  const [status, setStatus] = useState<FulfillmentStatus | ''>(props.defaultFilters?.status ?? '');
  const [source, setSource] = useState<OrderSourceName | ''>(props.defaultFilters?.source ?? '');
  const [search, setSearch] = useState(props.defaultFilters?.search ?? '');
  const debounced = useDebouncedValue(search.trim(), props.searchDelayMs ?? 300);
  const filters: OrderFilters = {
    ...((props.storeId ?? storeId) ? { storeId: props.storeId ?? storeId } : {}),
    ...(status ? { status } : {}),
    ...(source ? { source } : {}),
    ...(debounced ? { search: debounced } : {}),
    limit: props.pageSize ?? 20,
  };
  const filtered = Boolean(storeId || status || source || debounced);
  const orders = useOrders(clientId, filters, {
    ...(props.refetchInterval !== undefined ? { refetchInterval: props.refetchInterval } : {}),
  });
  const stores = useStores(clientId, {}, { enabled: !props.storeId });
  const storeName = (id: string) => stores.data?.find((s) => s.id === id)?.name;
  const list = orders.data?.pages.flatMap((p) => p.data) ?? [];

  const callbacks = useRef({ onReady, onError });
  useEffect(() => {
    callbacks.current = { onReady, onError };
  });
  const announced = useRef(false);
  useEffect(() => {
    if (orders.data && !announced.current) {
      announced.current = true;
      callbacks.current.onReady?.(orders.data.pages[0]?.data ?? []);
    }
  }, [orders.data]);
  useEffect(() => {
    if (orders.error) callbacks.current.onError?.(orders.error);
  }, [orders.error]);

  const clear = () => {
    setStoreId('');
    setStatus('');
    setSource('');
    setSearch('');
  };
  const state = orders.isLoading
    ? 'loading'
    : orders.isError && !orders.data
      ? 'error'
      : list.length === 0
        ? 'empty'
        : 'idle';
  const ReferenceHeading = `h${Math.min(6, headingLevel + 1)}` as 'h4';
  const storesToPick: Store[] = stores.data ?? [];

  return (
    <WidgetCard
      widget="OrderList"
      title={t('orders.list.title')}
      description={t('orders.list.description')}
      headingLevel={headingLevel}
      hideTitle={props.hideTitle}
      state={state}
      mode={session.data?.capabilities.includes('orders:manage') ? 'manage' : 'read-only'}
      className={props.className}
      classNames={classNames}
      actions={props.actions ? <div className="vt-Slot">{props.actions}</div> : undefined}
    >
      <form
        aria-label={t('orders.list.filters')}
        onSubmit={(event) => event.preventDefault()}
        className={cx('vt-OrderList-filters', classNames.filters)}
      >
        {!props.storeId && (
          <Filter label={t('orders.list.store')}>
            <select
              className="vt-Input"
              value={storeId}
              onChange={(event) => setStoreId(event.target.value)}
            >
              <option value="">{t('orders.list.allStores')}</option>
              {storesToPick.map((store) => (
                <option key={store.id} value={store.id}>
                  {store.name}
                </option>
              ))}
            </select>
          </Filter>
        )}
        <Filter label={t('orders.list.status')}>
          <select
            className="vt-Input"
            value={status}
            onChange={(event) => setStatus(event.target.value as FulfillmentStatus | '')}
          >
            <option value="">{t('orders.list.allStatuses')}</option>
            {fulfillmentStatuses.map((s) => (
              <option key={s} value={s}>
                {orderStatusText(s, t)}
              </option>
            ))}
          </select>
        </Filter>
        <Filter label={t('orders.list.source')}>
          <select
            className="vt-Input"
            value={source}
            onChange={(event) => setSource(event.target.value as OrderSourceName | '')}
          >
            <option value="">{t('orders.list.allSources')}</option>
            {OrderSource.options.map((s) => (
              <option key={s} value={s}>
                {t(`orders.source.${s}`)}
              </option>
            ))}
          </select>
        </Filter>
        <Filter label={t('orders.list.search')} wide>
          <input
            className="vt-Input"
            type="search"
            value={search}
            maxLength={120}
            placeholder={t('orders.list.searchPlaceholder')}
            onChange={(event) => setSearch(event.target.value)}
          />
        </Filter>
        {filtered && (
          <Button variant="ghost" className="vt-OrderList-clear" onClick={clear}>
            {t('orders.list.clear')}
          </Button>
        )}
      </form>

      {orders.isError && !orders.data ? (
        <ErrorAlert
          error={orders.error}
          onRetry={() => orders.refetch()}
          className={classNames.error}
        />
      ) : orders.isLoading ? (
        <ul className={cx('vt-OrderList-list', classNames.list)} aria-hidden="true">
          {[0, 1, 2].map((n) => (
            <li key={n} className="vt-OrderList-item vt-OrderList-skeleton">
              <span className="vt-Skeleton" />
              <span className="vt-Skeleton" />
            </li>
          ))}
        </ul>
      ) : list.length === 0 ? (
        <div className={cx('vt-OrderList-empty', classNames.empty)}>
          <p>{filtered ? t('orders.list.noMatch') : t('orders.list.empty')}</p>
          {filtered && (
            <Button variant="secondary" onClick={clear}>
              {t('orders.list.clear')}
            </Button>
          )}
        </div>
      ) : (
        <ul
          className={cx('vt-OrderList-list', classNames.list)}
          aria-busy={orders.isPlaceholderData || undefined}
        >
          {list.map((order) => (
            <OrderRow
              key={order.id}
              order={order}
              storeName={props.storeId ? undefined : storeName(order.storeId)}
              Heading={ReferenceHeading}
              classNames={classNames}
              onSelect={props.onSelect}
              // Mapping needs `products:manage`: for others the hint stays text.
              onMapProduct={canMap ? props.onMapProduct : undefined}
              placed={format.dateTime(order.createdAt)}
            />
          ))}
        </ul>
      )}
      {orders.isError && orders.data ? (
        <ErrorAlert
          error={orders.error}
          onRetry={() => orders.refetch()}
          className={classNames.error}
        />
      ) : null}
      {orders.hasNextPage && (
        <Button
          variant="secondary"
          className={cx('vt-OrderList-loadMore', classNames.loadMore)}
          pending={orders.isFetchingNextPage}
          onClick={() => orders.fetchNextPage()}
        >
          {t('orders.list.loadMore')}
        </Button>
      )}
      <p className="vt-VisuallyHidden" role="status">
        {orders.isLoading
          ? t('common.loading')
          : list.length > 0
            ? t('orders.list.shown', { count: list.length })
            : ''}
      </p>
    </WidgetCard>
  );
}

function Filter(props: {
  label: string;
  wide?: boolean;
  children: ReactElement<Record<string, unknown>>;
}) {
  return (
    <Field
      label={props.label}
      className={cx('vt-OrderList-filter', props.wide && 'vt-OrderList-search')}
    >
      {props.children}
    </Field>
  );
}

function OrderRow(props: {
  order: Order;
  storeName: string | undefined;
  Heading: 'h4';
  placed: string;
  classNames: Partial<Record<OrderListPart, string>>;
  onSelect: OrderListProps['onSelect'];
  onMapProduct: OrderListProps['onMapProduct'];
}) {
  const { order, classNames, Heading } = props;
  const t = useOrderText();
  const headingId = useId();
  const waiting = order.items.find((i) => i.fulfillmentStatus === 'not_connected');
  const reason =
    order.fulfillmentStatus === 'not_connected' || order.fulfillmentStatus === 'canceled'
      ? orderReasonText(order.statusReason, t)
      : null;
  const titles = order.items.map((i) => `${i.quantity} × ${itemLabel(i)}`).join(', ');
  return (
    <li
      className={cx('vt-OrderList-item', classNames.item)}
      data-status={order.fulfillmentStatus}
      data-test={order.isTest || undefined}
      aria-labelledby={headingId}
    >
      <div className="vt-OrderList-main">
        <Heading className="vt-OrderList-reference" id={headingId}>
          {props.onSelect ? (
            <button
              type="button"
              className="vt-OrderList-select"
              onClick={() => props.onSelect?.(order)}
            >
              {order.orderReferenceId}
            </button>
          ) : (
            order.orderReferenceId
          )}
        </Heading>
        <span className="vt-OrderList-meta">
          {[
            props.storeName,
            t(`orders.source.${order.source}`),
            t('orders.list.placed', { date: props.placed }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <span className="vt-OrderList-items">
          {t('orders.list.items', { count: order.items.length })}: {titles}
        </span>
      </div>
      <div className="vt-OrderList-state">
        <span className="vt-OrderList-badges">
          <OrderStatusBadge status={order.fulfillmentStatus} t={t} className={classNames.badge} />
          <TestFlag order={order} t={t} />
          {order.storeFulfillment?.status === 'failed' && !order.isTest && (
            <span className="vt-Badge" data-tone="warning" data-store-fulfillment="failed">
              {t('orders.storeFulfillment.marker')}
            </span>
          )}
        </span>
        {reason && <span className={cx('vt-OrderList-reason', classNames.reason)}>{reason}</span>}
      </div>
      {order.fulfillmentStatus === 'not_connected' && waiting && (
        <div className="vt-OrderList-hint">
          <p>{t('orders.mapHint')}</p>
          {props.onMapProduct && (
            <Button
              variant="secondary"
              onClick={() => props.onMapProduct?.(order, waiting)}
              aria-describedby={headingId}
            >
              {t('orders.mapProduct')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
