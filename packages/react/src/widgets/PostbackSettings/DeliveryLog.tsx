'use client';
import { type Postback, type PostbackDelivery, postbackEvents, TEST_EVENT } from '@vitrine/sdk';
import { useId, useState } from 'react';
import { Button } from '../../components/Button.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import {
  type PostbackDeliveryFilters,
  usePostbackDeliveries,
  useRedeliverPostback,
} from '../../hooks/postbacks.js';
import { type SettingsTranslate, useSettingsText } from '../../i18n/settings.js';
import { useVitrine } from '../../provider/VitrineProvider.js';

const statuses = ['pending', 'succeeded', 'failed', 'canceled'] as const;
const tones = { pending: 'info', succeeded: 'success', failed: 'danger', canceled: 'warning' };

/** What a delivery's latest attempt came to, in words: "Delivered (HTTP 200)". */
export function outcomeText(t: SettingsTranslate, delivery: PostbackDelivery) {
  const status = t(`postbacks.delivery.${delivery.status}`);
  const last = delivery.attemptLog[0];
  if (!last) return status;
  return `${status} (${
    last.responseStatus === null
      ? t('postbacks.attempt.unreachable', { error: last.error ?? '' })
      : t('postbacks.attempt.status', { status: last.responseStatus })
  })`;
}

/**
 * The log of one endpoint's deliveries, filtered by endpoint, event and status, newest first:
 * each with its attempts (status or error, duration, the answer's start) and "Redeliver".
 */
export function DeliveryLog(props: {
  endpoints: Postback[];
  endpointId: string | null;
  onEndpointChange: (id: string) => void;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  pageSize: number;
  refetchInterval: number | false;
  onRedelivered: (delivery: PostbackDelivery) => void;
  onError?: ((error: unknown) => void) | undefined;
  className?: string | undefined;
}) {
  const t = useSettingsText();
  const { format } = useVitrine();
  const id = useId();
  const [filters, setFilters] = useState<PostbackDeliveryFilters>({});
  const log = usePostbackDeliveries(props.endpointId, filters, {
    pageSize: props.pageSize,
    refetchInterval: props.refetchInterval,
  });
  const redeliver = useRedeliverPostback();
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const Heading = `h${props.headingLevel}` as const;
  const deliveries = log.data?.pages.flatMap((page) => page.data) ?? [];

  const again = async (delivery: PostbackDelivery) => {
    setNotice('');
    try {
      const sent = await redeliver.mutateAsync({
        postbackId: delivery.postbackId,
        deliveryId: delivery.id,
      });
      setNotice(t('postbacks.log.redelivered', { outcome: outcomeText(t, sent) }));
      props.onRedelivered(sent);
    } catch (error) {
      props.onError?.(error);
    }
  };

  return (
    <section
      className={`vt-PostbackSettings-log ${props.className ?? ''}`.trim()}
      aria-labelledby={`${id}-title`}
      data-state={log.isLoading ? 'loading' : log.isError ? 'error' : 'idle'}
    >
      <Heading id={`${id}-title`} className="vt-PostbackSettings-logTitle">
        {t('postbacks.log.title')}
      </Heading>
      {props.endpoints.length === 0 ? (
        <p className="vt-PostbackSettings-empty">{t('postbacks.log.none')}</p>
      ) : (
        <>
          <div className="vt-PostbackSettings-filters">
            <label className="vt-Field">
              <span className="vt-Field-label">{t('postbacks.log.endpoint')}</span>
              <select
                className="vt-Input"
                value={props.endpointId ?? ''}
                onChange={(e) => props.onEndpointChange(e.target.value)}
              >
                {props.endpoints.map((endpoint) => (
                  <option key={endpoint.id} value={endpoint.id}>
                    {endpoint.url}
                  </option>
                ))}
              </select>
            </label>
            <label className="vt-Field">
              <span className="vt-Field-label">{t('postbacks.log.event')}</span>
              <select
                className="vt-Input"
                value={filters.event ?? ''}
                onChange={(e) => {
                  const { event: _event, ...rest } = filters;
                  const value = e.target.value as NonNullable<PostbackDeliveryFilters['event']>;
                  setFilters(value ? { ...rest, event: value } : rest);
                }}
              >
                <option value="">{t('postbacks.log.any')}</option>
                {[...postbackEvents, TEST_EVENT].map((event) => (
                  <option key={event} value={event}>
                    {event}
                  </option>
                ))}
              </select>
            </label>
            <label className="vt-Field">
              <span className="vt-Field-label">{t('postbacks.log.status')}</span>
              <select
                className="vt-Input"
                value={filters.status ?? ''}
                onChange={(e) => {
                  const { status: _status, ...rest } = filters;
                  const value = e.target.value as NonNullable<PostbackDeliveryFilters['status']>;
                  setFilters(value ? { ...rest, status: value } : rest);
                }}
              >
                <option value="">{t('postbacks.log.any')}</option>
                {statuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`postbacks.delivery.${status}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="vt-VisuallyHidden" role="status">
            {notice}
          </p>
          {redeliver.error ? <ErrorAlert error={redeliver.error} /> : null}
          {log.isError ? (
            <ErrorAlert error={log.error} onRetry={() => log.refetch()} />
          ) : log.isLoading ? (
            <p className="vt-PostbackSettings-empty">{t('common.loading')}</p>
          ) : deliveries.length === 0 ? (
            <p className="vt-PostbackSettings-empty">{t('postbacks.log.empty')}</p>
          ) : (
            <ul className="vt-PostbackSettings-deliveries" aria-busy={log.isFetching}>
              {deliveries.map((delivery) => {
                const when = format.dateTime(delivery.createdAt);
                const detailsId = `${id}-${delivery.id}`;
                const expanded = open === delivery.id;
                return (
                  <li
                    key={delivery.id}
                    className="vt-PostbackSettings-delivery"
                    data-status={delivery.status}
                  >
                    <div className="vt-PostbackSettings-deliveryMain">
                      <code className="vt-PostbackSettings-event">{delivery.event}</code>
                      <span className="vt-Badge" data-tone={tones[delivery.status]}>
                        {outcomeText(t, delivery)}
                      </span>
                      <span className="vt-PostbackSettings-meta">
                        {when}
                        {' · '}
                        {t('postbacks.log.attempts', { count: delivery.attempts })}
                        {delivery.orderId && (
                          <>
                            {' · '}
                            {t('postbacks.log.order', { order: delivery.orderId })}
                          </>
                        )}
                        {delivery.nextAttemptAt && (
                          <>
                            {' · '}
                            {t('postbacks.log.nextAttempt', {
                              date: format.dateTime(delivery.nextAttemptAt),
                            })}
                          </>
                        )}
                      </span>
                    </div>
                    <div className="vt-Actions">
                      <Button
                        variant="ghost"
                        aria-expanded={expanded}
                        aria-controls={detailsId}
                        aria-label={t('postbacks.log.detailsFor', {
                          event: delivery.event,
                          date: when,
                        })}
                        onClick={() => setOpen(expanded ? null : delivery.id)}
                      >
                        {t('postbacks.log.details')}
                      </Button>
                      {delivery.status !== 'canceled' && (
                        <Button
                          aria-label={t('postbacks.log.redeliverFor', {
                            event: delivery.event,
                            date: when,
                          })}
                          pending={
                            redeliver.isPending && redeliver.variables?.deliveryId === delivery.id
                          }
                          onClick={() => again(delivery)}
                        >
                          {t('postbacks.log.redeliver')}
                        </Button>
                      )}
                    </div>
                    <div id={detailsId} hidden={!expanded} className="vt-PostbackSettings-attempts">
                      {expanded &&
                        (delivery.attemptLog.length === 0 ? (
                          <p>{t('postbacks.log.noAttempts')}</p>
                        ) : (
                          <ol>
                            {delivery.attemptLog.map((attempt, index) => (
                              <li
                                // biome-ignore lint/suspicious/noArrayIndexKey: attempts hold no state, and two may share a time
                                key={`${attempt.at}-${index}`}
                                className="vt-PostbackSettings-attempt"
                              >
                                <p>
                                  <strong>
                                    {attempt.responseStatus === null
                                      ? t('postbacks.attempt.unreachable', {
                                          error: attempt.error ?? '',
                                        })
                                      : t('postbacks.attempt.status', {
                                          status: attempt.responseStatus,
                                        })}
                                  </strong>
                                  {' · '}
                                  {t('postbacks.attempt.duration', {
                                    ms: format.number(attempt.durationMs),
                                  })}
                                  {' · '}
                                  {format.dateTime(attempt.at)}
                                  {' · '}
                                  {t(`postbacks.attempt.${attempt.trigger}`)}
                                </p>
                                {attempt.responseExcerpt ? (
                                  <>
                                    <p className="vt-PostbackSettings-meta">
                                      {t('postbacks.attempt.response')}
                                    </p>
                                    <pre className="vt-PostbackSettings-excerpt">
                                      {attempt.responseExcerpt}
                                    </pre>
                                  </>
                                ) : null}
                              </li>
                            ))}
                          </ol>
                        ))}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {log.hasNextPage && (
            <Button pending={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
              {t('postbacks.log.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
