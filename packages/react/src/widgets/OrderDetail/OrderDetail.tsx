'use client';
import { useQueries } from '@tanstack/react-query';
import type { Order, OrderItem, Store } from '@vitrine/sdk';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import {
  OrderStatusBadge,
  orderNoteText,
  orderReasonText,
  orderStatusText,
  printAreaText,
  TestFlag,
} from '../../components/orderStatus.js';
import { useCurrentSession } from '../../hooks/access.js';
import { countryName } from '../../hooks/orderModel/countries.js';
import { isCancelable, isReleasable, itemLabel } from '../../hooks/orderModel/status.js';
import { buildTimeline } from '../../hooks/orderModel/timeline.js';
import {
  orderKeys,
  useCancelOrder,
  useOrder,
  useReleaseOrder,
  useRetryFulfillment,
} from '../../hooks/orders.js';
import { useStore } from '../../hooks/stores.js';
import { type OrderTranslate, useOrderText } from '../../i18n/orders.js';
import { useVitrine } from '../../provider/VitrineProvider.js';

/** `retry`: telling the store again that the order shipped, after it refused. */
export type OrderDetailAction = 'release' | 'cancel' | 'retry';

export type OrderDetailPart =
  | 'root'
  | 'header'
  | 'title'
  | 'badge'
  | 'actions'
  | 'items'
  | 'item'
  | 'timeline'
  | 'history'
  | 'tracking'
  | 'address'
  | 'store'
  | 'notice'
  | 'error'
  | 'dialog';

export interface OrderDetailProps {
  orderId: string;
  /** Shows "Back to orders", which calls this. */
  onBack?: () => void;
  /**
   * For items waiting on a mapping: shows "Map the product" on them, e.g. to open the store's
   * products, to sessions that may map products (`products:manage`).
   */
  onMapProduct?: (order: Order, item: OrderItem) => void;
  /** Called after a release, a cancel or a retry, with the order as the server answered it. */
  onSuccess?: (action: OrderDetailAction, order: Order) => void;
  onError?: (error: unknown, action?: OrderDetailAction) => void;
  /** Called once, with the order, when it first loads. */
  onReady?: (order: Order) => void;
  /** Show the order without actions even when the session may act. @default false */
  readOnly?: boolean;
  /** Poll for status changes while the page is visible, in ms; `false` turns it off. @default 10000 */
  refetchInterval?: number | false;
  /** The title's heading level; sections are one below. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string;
  classNames?: Partial<Record<OrderDetailPart, string>>;
}

type Notice = { tone: 'success' | 'warning'; text: string };

/**
 * One order: status (and why it waits or stopped), its items with product, files and status, the
 * production progress and history (item events included), tracking and the shipping address.
 * Sessions with `orders:manage` release a not-connected order once it is mapped and cancel it while
 * nothing has gone to production (after confirming). Once a platform order ships, it shows whether
 * its store was told; when the platform refused, why, and "Try again" for those sessions.
 */
export function OrderDetail(props: OrderDetailProps) {
  const { orderId, onReady, onError, classNames = {} } = props;
  const { format, locale } = useVitrine();
  const t = useOrderText();
  const session = useCurrentSession();
  const canManage =
    !props.readOnly && (session.data?.capabilities.includes('orders:manage') ?? false);
  // Mapping needs `products:manage`: for others the hint stays text.
  const canMap = session.data?.capabilities.includes('products:manage') ?? false;
  const query = useOrder(orderId, {
    ...(props.refetchInterval !== undefined ? { refetchInterval: props.refetchInterval } : {}),
  });
  const order = query.data;
  const store = useStore(order?.storeId ?? null);
  const release = useReleaseOrder();
  const cancel = useCancelOrder();
  const retry = useRetryFulfillment();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const level = props.headingLevel ?? 2;
  const Title = `h${level}` as 'h2';
  const Section = `h${Math.min(6, level + 1)}` as 'h3';
  const titleId = useId();

  const callbacks = useRef({ onReady, onError });
  useEffect(() => {
    callbacks.current = { onReady, onError };
  });
  const announced = useRef(false);
  useEffect(() => {
    if (order && !announced.current) {
      announced.current = true;
      callbacks.current.onReady?.(order);
    }
  }, [order]);
  useEffect(() => {
    if (query.error) callbacks.current.onError?.(query.error);
  }, [query.error]);

  // Catalog titles of the items' products, for people who do not read product UIDs.
  const uids = [...new Set(order?.items.map((i) => i.productUid).filter(Boolean) as string[])];
  const { client, queryClient } = useVitrine();
  const catalog = useQueries(
    {
      queries: uids.map((uid) => ({
        queryKey: orderKeys.catalogProduct(uid),
        queryFn: ({ signal }: { signal: AbortSignal }) => client.catalog.get(uid, { signal }),
        staleTime: 5 * 60_000,
        retry: false,
      })),
    },
    queryClient,
  );
  const catalogTitle = (uid: string | null) =>
    uid ? catalog[uids.indexOf(uid)]?.data?.title : undefined;

  async function run(action: OrderDetailAction, call: () => Promise<Order>) {
    setNotice(null);
    setActionError(null);
    try {
      const result = await call();
      const reference = result.orderReferenceId;
      // A retry needs no notice: the store line says it is being sent.
      setNotice(
        action === 'retry'
          ? null
          : action === 'cancel'
            ? { tone: 'success', text: t('orders.detail.canceled', { reference }) }
            : result.fulfillmentStatus === 'not_connected'
              ? { tone: 'warning', text: t('orders.detail.stillWaiting', { reference }) }
              : { tone: 'success', text: t('orders.detail.released', { reference }) },
      );
      props.onSuccess?.(action, result);
      return true;
    } catch (error) {
      setActionError(error);
      props.onError?.(error, action);
      return false;
    }
  }

  const state = query.isLoading
    ? 'loading'
    : query.isError && !order
      ? 'error'
      : release.isPending || cancel.isPending || retry.isPending
        ? 'submitting'
        : 'idle';

  return (
    <article
      className={cx('vt-Card', 'vt-OrderDetail-root', props.className, classNames.root)}
      data-state={state}
      data-status={order?.fulfillmentStatus}
      data-mode={canManage ? 'manage' : 'read-only'}
      aria-labelledby={titleId}
      aria-busy={state === 'loading'}
    >
      {props.onBack && (
        <Button variant="ghost" className="vt-OrderDetail-back" onClick={props.onBack}>
          <span aria-hidden="true">←</span> {t('orders.detail.back')}
        </Button>
      )}
      {!order ? (
        <>
          <Title id={titleId} className={cx('vt-Card-title', classNames.title)}>
            {query.isError ? t('orders.detail.loadError') : t('common.loading')}
          </Title>
          {query.isError ? (
            <ErrorAlert
              error={query.error}
              onRetry={() => query.refetch()}
              className={classNames.error}
            />
          ) : (
            <div className="vt-OrderDetail-skeleton" aria-hidden="true">
              <span className="vt-Skeleton" />
              <span className="vt-Skeleton" />
              <span className="vt-Skeleton" />
            </div>
          )}
        </>
      ) : (
        <>
          <header className={cx('vt-OrderDetail-header', classNames.header)}>
            <div className="vt-OrderDetail-heading">
              <Title id={titleId} className={cx('vt-Card-title', classNames.title)}>
                {t('orders.detail.title', { reference: order.orderReferenceId })}
              </Title>
              <span className="vt-OrderDetail-badges">
                <OrderStatusBadge
                  status={order.fulfillmentStatus}
                  t={t}
                  className={classNames.badge}
                />
                <TestFlag order={order} t={t} />
              </span>
            </div>
            <dl className="vt-OrderDetail-facts">
              <div>
                <dt>{t('orders.detail.store')}</dt>
                <dd>{store.data?.name ?? '…'}</dd>
              </div>
              <div>
                <dt>{t('orders.detail.source')}</dt>
                <dd>{t(`orders.source.${order.source}`)}</dd>
              </div>
              <div>
                <dt>{t('orders.detail.placed')}</dt>
                <dd>{format.dateTime(order.createdAt)}</dd>
              </div>
            </dl>
          </header>

          {order.fulfillmentStatus === 'not_connected' ? (
            <div className="vt-Alert vt-OrderDetail-waiting" data-tone="warning">
              <p className="vt-Alert-text">
                {orderReasonText(order.statusReason, t)} {t('orders.mapHint')}
              </p>
            </div>
          ) : order.fulfillmentStatus === 'canceled' && order.statusReason ? (
            <p className="vt-OrderDetail-reason">{orderReasonText(order.statusReason, t)}</p>
          ) : null}

          {canManage && (isReleasable(order) || isCancelable(order)) && (
            <div className={cx('vt-Actions', 'vt-OrderDetail-actions', classNames.actions)}>
              {isReleasable(order) && (
                <Button
                  variant="primary"
                  pending={release.isPending}
                  onClick={() => run('release', () => release.mutateAsync(order.id))}
                >
                  {t('orders.detail.release')}
                </Button>
              )}
              {isCancelable(order) && (
                <Button variant="secondary" onClick={() => setConfirming(true)}>
                  {t('orders.detail.cancel')}
                </Button>
              )}
            </div>
          )}
          {actionError && !confirming ? (
            <ErrorAlert error={actionError} className={classNames.error} />
          ) : null}
          <p
            className={cx('vt-Notice', classNames.notice)}
            role="status"
            hidden={notice?.tone !== 'success'}
          >
            {notice?.tone === 'success' ? notice.text : ''}
          </p>
          {notice?.tone === 'warning' && (
            <div className={cx('vt-Alert', classNames.notice)} role="alert" data-tone="warning">
              <p className="vt-Alert-text">{notice.text}</p>
            </div>
          )}

          {store.data && (
            <StoreFulfillment
              order={order}
              store={store.data}
              titleId={`${titleId}-store`}
              Heading={Section}
              className={classNames.store}
              retry={
                canManage
                  ? {
                      pending: retry.isPending,
                      run: () => run('retry', () => retry.mutateAsync(order.id)),
                    }
                  : null
              }
            />
          )}

          <section
            className={cx('vt-OrderDetail-section', classNames.items)}
            aria-labelledby={`${titleId}-items`}
          >
            <Section id={`${titleId}-items`} className="vt-OrderDetail-sectionTitle">
              {t('orders.detail.items')}
            </Section>
            <ul className="vt-OrderDetail-items">
              {order.items.map((item) => (
                <ItemRow
                  key={item.id}
                  order={order}
                  item={item}
                  catalogTitle={catalogTitle(item.productUid)}
                  className={classNames.item}
                  onMapProduct={canMap ? props.onMapProduct : undefined}
                />
              ))}
            </ul>
          </section>

          <Progress
            order={order}
            titleId={`${titleId}-progress`}
            Heading={Section}
            className={classNames.timeline}
          />

          <section
            className={cx('vt-OrderDetail-section', classNames.history)}
            aria-labelledby={`${titleId}-history`}
          >
            <Section id={`${titleId}-history`} className="vt-OrderDetail-sectionTitle">
              {t('orders.detail.history')}
            </Section>
            <ol className="vt-OrderDetail-history">
              {buildTimeline(order)
                .events.slice()
                .reverse()
                .map((event, index) => (
                  <li
                    // biome-ignore lint/suspicious/noArrayIndexKey: events have no id and never reorder
                    key={index}
                    data-status={event.status}
                    data-item={event.item ? true : undefined}
                  >
                    <time dateTime={event.at}>{format.dateTime(event.at)}</time>
                    <span className="vt-OrderDetail-event">
                      {event.item && (
                        <span className="vt-OrderDetail-eventItem">{event.item.label}: </span>
                      )}
                      <strong>{orderStatusText(event.status, t)}</strong>
                      {event.note && <span> — {orderNoteText(event.note, t)}</span>}
                    </span>
                  </li>
                ))}
            </ol>
          </section>

          <div className="vt-OrderDetail-columns">
            <section
              className={cx('vt-OrderDetail-section', classNames.tracking)}
              aria-labelledby={`${titleId}-tracking`}
            >
              <Section id={`${titleId}-tracking`} className="vt-OrderDetail-sectionTitle">
                {t('orders.detail.tracking')}
              </Section>
              {order.tracking.length === 0 ? (
                <p className="vt-OrderDetail-muted">{t('orders.detail.noTracking')}</p>
              ) : (
                <ul className="vt-OrderDetail-tracking">
                  {order.tracking.map((code) => (
                    <li key={code.code}>
                      {code.url ? (
                        <a href={code.url} target="_blank" rel="noopener noreferrer">
                          {code.code}{' '}
                          <span className="vt-VisuallyHidden">{t('orders.detail.newTab')}</span>
                        </a>
                      ) : (
                        <code>{code.code}</code>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section
              className={cx('vt-OrderDetail-section', classNames.address)}
              aria-labelledby={`${titleId}-address`}
            >
              <Section id={`${titleId}-address`} className="vt-OrderDetail-sectionTitle">
                {t('orders.detail.address')}
              </Section>
              {order.shippingAddress ? (
                <address className="vt-OrderDetail-address">
                  {[
                    `${order.shippingAddress.firstName} ${order.shippingAddress.lastName}`.trim(),
                    order.shippingAddress.companyName,
                    order.shippingAddress.addressLine1,
                    order.shippingAddress.addressLine2,
                    [order.shippingAddress.postCode, order.shippingAddress.city]
                      .filter(Boolean)
                      .join(' '),
                    order.shippingAddress.state,
                    countryName(order.shippingAddress.country, locale),
                    order.shippingAddress.email,
                    order.shippingAddress.phone,
                  ]
                    .filter(Boolean)
                    .map((line, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: lines of one address
                      <span key={index}>{line}</span>
                    ))}
                </address>
              ) : (
                <p className="vt-OrderDetail-muted">{t('orders.detail.noAddress')}</p>
              )}
            </section>
          </div>

          <Dialog
            open={confirming}
            onOpenChange={(open) => {
              setConfirming(open);
              if (!open) setActionError(null);
            }}
            role="alertdialog"
            title={t('orders.cancelDialog.title', { reference: order.orderReferenceId })}
            description={t('orders.cancelDialog.description')}
            className={classNames.dialog}
          >
            {actionError ? <ErrorAlert error={actionError} /> : null}
            <div className="vt-Actions">
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                {t('orders.cancelDialog.keep')}
              </Button>
              <Button
                variant="danger"
                pending={cancel.isPending}
                onClick={async () => {
                  if (await run('cancel', () => cancel.mutateAsync(order.id))) setConfirming(false);
                }}
              >
                {t('orders.cancelDialog.confirm')}
              </Button>
            </div>
          </Dialog>
        </>
      )}
    </article>
  );
}

function ItemRow(props: {
  order: Order;
  item: OrderItem;
  catalogTitle: string | undefined;
  className: string | undefined;
  onMapProduct: OrderDetailProps['onMapProduct'];
}) {
  const { item } = props;
  const { format } = useVitrine();
  const t = useOrderText();
  const nameId = useId();
  return (
    <li
      className={cx('vt-OrderDetail-item', props.className)}
      data-status={item.fulfillmentStatus}
      aria-labelledby={nameId}
    >
      <div className="vt-OrderDetail-itemMain">
        <span className="vt-OrderDetail-itemName" id={nameId}>
          {itemLabel(item)}
        </span>
        <dl className="vt-OrderDetail-itemFacts">
          <div>
            <dt>{t('orders.detail.quantity')}</dt>
            <dd>{format.number(item.quantity)}</dd>
          </div>
          {item.sku && (
            <div>
              <dt>{t('orders.detail.sku')}</dt>
              <dd>
                <code>{item.sku}</code>
              </dd>
            </div>
          )}
          {props.catalogTitle && (
            <div>
              <dt>{t('orders.detail.catalogProduct')}</dt>
              <dd>{props.catalogTitle}</dd>
            </div>
          )}
          {item.productUid && (
            <div>
              <dt>{t('orders.detail.productUid')}</dt>
              <dd>
                <code className="vt-OrderDetail-uid">{item.productUid}</code>
              </dd>
            </div>
          )}
        </dl>
        <div className="vt-OrderDetail-files">
          <span className="vt-OrderDetail-filesLabel">{t('orders.detail.files')}</span>
          {item.files.length === 0 ? (
            <span className="vt-OrderDetail-muted">{t('orders.detail.noFiles')}</span>
          ) : (
            <ul>
              {item.files.map((file) => (
                <li key={`${file.type}-${file.url}`}>
                  <a href={file.url} target="_blank" rel="noopener noreferrer">
                    {printAreaText(file.type, t)}: {fileName(file.url)}{' '}
                    <span className="vt-VisuallyHidden">{t('orders.detail.newTab')}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="vt-OrderDetail-itemState">
        <OrderStatusBadge status={item.fulfillmentStatus} t={t} />
        {item.problem && (
          <span className="vt-OrderDetail-problem">{t(`orders.problem.${item.problem}`)}</span>
        )}
        {item.fulfillmentStatus === 'not_connected' && props.onMapProduct && (
          <Button
            variant="secondary"
            aria-describedby={nameId}
            onClick={() => props.onMapProduct?.(props.order, item)}
          >
            {t('orders.mapProduct')}
          </Button>
        )}
      </div>
    </li>
  );
}

/**
 * Whether the store the order came from was told it shipped: being sent, shown shipped there, or
 * refused (why, and "Try again" for sessions that may). Nothing for test orders, manual stores and
 * orders not shipped yet.
 */
function StoreFulfillment(props: {
  order: Order;
  store: Store;
  titleId: string;
  Heading: 'h3';
  className: string | undefined;
  retry: { pending: boolean; run: () => Promise<boolean> } | null;
}) {
  const { order, store, Heading } = props;
  const { format } = useVitrine();
  const t = useOrderText();
  const state = order.storeFulfillment;
  if (!state || order.isTest || store.platform === 'manual') return null;
  const platform = t(`stores.platform.${store.platform}`);
  return (
    <section
      className={cx('vt-OrderDetail-section', 'vt-OrderDetail-store', props.className)}
      aria-labelledby={props.titleId}
      data-store-fulfillment={state.status}
    >
      <Heading id={props.titleId} className="vt-OrderDetail-sectionTitle">
        {t('orders.storeFulfillment.title')}
      </Heading>
      <p className="vt-OrderDetail-storeLine" role="status">
        {state.status === 'pending' ? (
          t('orders.storeFulfillment.pending', { store: store.name })
        ) : state.status === 'sent' ? (
          <>
            {t('orders.storeFulfillment.sent', { platform })}
            {state.at && (
              <>
                {' '}
                <time dateTime={state.at}>{format.dateTime(state.at)}</time>
              </>
            )}
          </>
        ) : (
          t('orders.storeFulfillment.failed', { platform })
        )}
      </p>
      {state.status === 'failed' && (
        <div className="vt-Alert vt-OrderDetail-storeFailure" data-tone="warning">
          <p className="vt-Alert-text">
            {refusalText(state.error, platform, t)}
            {props.retry && state.error?.code === 'validation_failed'
              ? ` ${t('orders.storeFulfillment.fix', { platform })}`
              : ''}
          </p>
          {props.retry && (
            <Button variant="secondary" pending={props.retry.pending} onClick={props.retry.run}>
              {t('orders.storeFulfillment.retry')}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}

/** Why the platform did not take the shipment, in plain words, with its own reason when it gave one. */
function refusalText(
  error: { code: string; message: string } | null,
  platform: string,
  t: OrderTranslate,
) {
  switch (error?.code) {
    case 'validation_failed':
      return error.message
        ? t('orders.storeFulfillment.refused', { platform, message: error.message })
        : t('orders.storeFulfillment.refusedPlain', { platform });
    case 'credentials_invalid':
    case 'permissions_not_granted':
    case 'plan_without_api_access':
    case 'store_needs_reauth':
      return t('orders.storeFulfillment.connection', { platform });
    case 'platform_unavailable':
    case 'rate_limited':
      return t('orders.storeFulfillment.unavailable', { platform });
    default:
      return t('orders.storeFulfillment.other');
  }
}

/** The production steps as an ordered list, with where the order is, or where it stopped. */
function Progress(props: {
  order: Order;
  titleId: string;
  Heading: 'h3';
  className: string | undefined;
}) {
  const { format } = useVitrine();
  const t = useOrderText();
  const timeline = buildTimeline(props.order);
  const { Heading } = props;
  const stateText = {
    done: t('orders.detail.stepDone'),
    current: t('orders.detail.stepCurrent'),
    upcoming: t('orders.detail.stepUpcoming'),
  };
  return (
    <section
      className={cx('vt-OrderDetail-section', props.className)}
      aria-labelledby={props.titleId}
    >
      <Heading id={props.titleId} className="vt-OrderDetail-sectionTitle">
        {t('orders.detail.progress')}
      </Heading>
      <ol className="vt-OrderDetail-steps" data-outcome={timeline.outcome?.status}>
        {timeline.steps.map((step) => (
          <li
            key={step.status}
            data-state={step.state}
            aria-current={step.state === 'current' ? 'step' : undefined}
          >
            <span className="vt-OrderDetail-stepDot" aria-hidden="true" />
            <span className="vt-OrderDetail-stepName">{orderStatusText(step.status, t)}</span>
            <span className="vt-VisuallyHidden">, {stateText[step.state]}</span>
            {step.at && (
              <time className="vt-OrderDetail-stepAt" dateTime={step.at}>
                {format.date(step.at)}
              </time>
            )}
          </li>
        ))}
      </ol>
      {timeline.outcome && (
        <p className="vt-OrderDetail-outcome" data-status={timeline.outcome.status}>
          <OrderStatusBadge status={timeline.outcome.status} t={t} />
          {timeline.outcome.at && (
            <time dateTime={timeline.outcome.at}>{format.dateTime(timeline.outcome.at)}</time>
          )}
        </p>
      )}
    </section>
  );
}

/** The last part of a file's address, for a link's words. */
function fileName(url: string) {
  try {
    const path = new URL(url).pathname;
    return decodeURIComponent(path.split('/').filter(Boolean).pop() ?? url);
  } catch {
    return url;
  }
}
