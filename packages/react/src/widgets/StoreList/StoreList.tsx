'use client';
import type { Job, Store } from '@vitrine/sdk';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PlatformMark } from '../../components/PlatformMark.js';
import {
  statusReasonText,
  storeStatusText,
  storeStatusTones,
} from '../../components/storeStatus.js';
import { WidgetCard } from '../../components/WidgetCard.js';
import { useCurrentSession } from '../../hooks/access.js';
import { vitrineKeys } from '../../hooks/keys.js';
import {
  useDisconnectStore,
  useJob,
  useRemoveStore,
  useStores,
  useSyncStore,
  useVerifyStore,
} from '../../hooks/stores.js';
import type { Formatters } from '../../i18n/format.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { StoreConnectButton } from '../StoreConnectButton/StoreConnectButton.js';

export type StoreListAction = 'sync' | 'verify' | 'disconnect' | 'reconnect' | 'remove';

export type StoreListPart =
  | 'root'
  | 'header'
  | 'title'
  | 'list'
  | 'item'
  | 'badge'
  | 'counts'
  | 'progress'
  | 'actions'
  | 'empty'
  | 'notice'
  | 'error'
  | 'dialog';

export interface StoreListProps {
  clientId: string;
  /** Makes each store's name a button; called with the store, e.g. to open its products. */
  onSelect?: (store: Store) => void;
  /** Called after an action succeeded: the store as the server answered it. */
  onSuccess?: (action: StoreListAction, store: Store) => void;
  onError?: (error: unknown, action?: StoreListAction) => void;
  /** Called once, with the stores, when the list first loads. */
  onReady?: (stores: Store[]) => void;
  /** Show the stores without any action even when the session may act. @default false */
  readOnly?: boolean;
  /**
   * More actions on each store's row, after the list's own (e.g. a `TestOrderButton`); return
   * nothing for a store without any.
   */
  renderActions?: (store: Store) => ReactNode;
  /** The title's heading level, to fit the host page's outline; stores' names are one below. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Keep the title for screen readers only, when the host page shows its own. @default false */
  hideTitle?: boolean;
  className?: string;
  classNames?: Partial<Record<StoreListPart, string>>;
}

const active = (job: Job | undefined) => job?.status === 'queued' || job?.status === 'running';

/** What the list says after an action: done, or a problem the action found. */
/** `importing`: the store whose first import the notice speaks of, so it ends with the import. */
type Notice = { text: string; tone: 'success' | 'warning'; importing?: string };

/**
 * A client's stores: platform, address, connection status (with why, when it is not
 * connected), last sync and counts; syncing with live progress, checking, reconnecting and
 * disconnecting for the sessions that may. Store managers see their own stores only.
 */
export function StoreList(props: StoreListProps) {
  const { clientId, onReady, onError, classNames = {} } = props;
  const { t, queryClient } = useVitrine();
  const session = useCurrentSession();
  const capabilities = session.data?.capabilities ?? [];
  const canConnect = !props.readOnly && capabilities.includes('stores:connect');
  const canManage = !props.readOnly && capabilities.includes('stores:manage');
  const stores = useStores(clientId);
  const [notice, setNotice] = useState<Notice | null>(null);
  // The connect and reconnect dialogs live here, not in the parts of the list they are opened
  // from: a new or reconnected store turns "Connecting" at once, and the list changes under them.
  const [connecting, setConnecting] = useState(false);
  const [reconnectingId, setReconnectingId] = useState<string | null>(null);
  const headingLevel = props.headingLevel ?? 3;

  const list = stores.data ?? [];
  const announced = useRef(false);
  useEffect(() => {
    if (stores.data && !announced.current) {
      announced.current = true;
      onReady?.(stores.data);
    }
  }, [stores.data, onReady]);
  useEffect(() => {
    if (stores.error) onError?.(stores.error);
  }, [stores.error, onError]);

  const state = stores.isLoading
    ? 'loading'
    : stores.isError
      ? 'error'
      : list.length === 0
        ? 'empty'
        : 'idle';
  const connected = (store: Store) =>
    setNotice({
      text: t('stores.connect.connected', { name: store.name }),
      tone: 'success',
      importing: store.id,
    });

  return (
    <WidgetCard
      widget="StoreList"
      title={t('stores.list.title')}
      description={
        // What the list is stays said once stores are there; the count follows it.
        list.length > 0
          ? `${t('stores.list.description')} ${t('stores.list.count', { count: list.length })}.`
          : t('stores.list.description')
      }
      headingLevel={headingLevel}
      hideTitle={props.hideTitle}
      state={state}
      mode={canConnect ? 'connect' : canManage ? 'manage' : 'read-only'}
      className={props.className}
      classNames={classNames}
      actions={
        canConnect && (
          <StoreConnectButton
            clientId={clientId}
            variant="secondary"
            open={connecting}
            onOpenChange={setConnecting}
            // The empty state's own button opens this dialog.
            hideTrigger={list.length === 0}
            onConnected={connected}
          />
        )
      }
    >
      {stores.isError ? (
        <ErrorAlert
          error={stores.error}
          onRetry={() => stores.refetch()}
          className={classNames.error}
        />
      ) : stores.isLoading ? (
        <ul className={cx('vt-StoreList-list', classNames.list)} aria-hidden="true">
          {[0, 1, 2].map((n) => (
            <li key={n} className="vt-StoreList-item vt-StoreList-skeleton">
              <span className="vt-Skeleton" />
              <span className="vt-Skeleton" />
            </li>
          ))}
        </ul>
      ) : list.length === 0 ? (
        <div className={cx('vt-StoreList-empty', classNames.empty)}>
          <p>{canConnect ? t('stores.list.emptyConnect') : t('stores.list.empty')}</p>
          {canConnect && (
            <Button variant="primary" aria-haspopup="dialog" onClick={() => setConnecting(true)}>
              {t('stores.connect.button')}
            </Button>
          )}
        </div>
      ) : (
        <ul className={cx('vt-StoreList-list', classNames.list)}>
          {list.map((store) => (
            <StoreItem
              key={store.id}
              store={store}
              nameLevel={Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6}
              canConnect={canConnect}
              canManage={canManage}
              classNames={classNames}
              onSelect={props.onSelect}
              extraActions={props.readOnly ? null : props.renderActions?.(store)}
              onNotice={setNotice}
              importing={notice?.importing === store.id}
              onReconnect={() => {
                // The dialog starts from what the list already knows of the store.
                queryClient.setQueryData(vitrineKeys.store(store.id), store);
                setReconnectingId(store.id);
              }}
              onSuccess={props.onSuccess}
              onError={props.onError}
            />
          ))}
        </ul>
      )}
      {canConnect && reconnectingId && (
        <StoreConnectButton
          key={reconnectingId}
          clientId={clientId}
          storeId={reconnectingId}
          hideTrigger
          open
          onOpenChange={(open) => {
            if (!open) setReconnectingId(null);
          }}
          onConnected={(store) => {
            connected(store);
            props.onSuccess?.('reconnect', store);
          }}
          onError={(error) => props.onError?.(error, 'reconnect')}
        />
      )}
      {stores.isLoading && (
        <p className="vt-VisuallyHidden" role="status">
          {t('common.loading')}
        </p>
      )}
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
    </WidgetCard>
  );
}

function StoreItem(props: {
  store: Store;
  nameLevel: 3 | 4 | 5 | 6;
  canConnect: boolean;
  canManage: boolean;
  classNames: Partial<Record<StoreListPart, string>>;
  onSelect: ((store: Store) => void) | undefined;
  extraActions: ReactNode;
  onNotice: (notice: Notice | null) => void;
  /** The list's notice says this store's products are being imported. */
  importing: boolean;
  onReconnect: () => void;
  onSuccess: StoreListProps['onSuccess'];
  onError: StoreListProps['onError'];
}) {
  const { store, classNames, canConnect, canManage } = props;
  const { t, format, locale } = useVitrine();
  const sync = useSyncStore(store.clientId);
  const verify = useVerifyStore();
  const disconnect = useDisconnectStore();
  const remove = useRemoveStore();
  const [startedJob, setStartedJob] = useState<string | null>(null);
  const job = useJob(startedJob ?? store.lastSyncJobId);
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const nameId = useId();
  const Name = `h${props.nameLevel}` as const;

  const syncing = active(job.data) || sync.isPending;
  const platformSyncs = store.platform !== 'manual';
  const live = store.status === 'connected';
  const reason =
    store.status === 'needs_reauth' || store.status === 'error'
      ? statusReasonText(store.statusReason, t)
      : null;

  async function run(action: StoreListAction, call: () => Promise<Store | Job>) {
    props.onNotice(null);
    setActionError(null);
    try {
      const result = await call();
      if ('kind' in result) {
        setStartedJob(result.id);
        return true;
      }
      props.onNotice(
        action === 'verify' && result.status !== 'connected'
          ? {
              tone: 'warning',
              text: t('stores.list.verifyFailed', {
                name: result.name,
                reason:
                  statusReasonText(result.statusReason, t) ?? storeStatusText(result.status, t),
              }),
            }
          : {
              tone: 'success',
              text:
                action === 'verify'
                  ? t('stores.list.verified', { name: result.name })
                  : action === 'remove'
                    ? t('stores.list.removed', { name: result.name })
                    : t('stores.list.disconnected', { name: result.name }),
            },
      );
      props.onSuccess?.(action, result);
      return true;
    } catch (error) {
      setActionError(error);
      props.onError?.(error, action);
      return false;
    }
  }

  const failedJob = job.data?.status === 'failed' ? job.data : null;
  // A sync started here, or the import a "connected" notice announced, has just finished.
  const finishedNow = (startedJob || props.importing) && job.data?.status === 'succeeded';
  const { onNotice, importing } = props;
  useEffect(() => {
    // A failed first import shows on the row; the "being imported" notice would contradict it.
    if (importing && failedJob) onNotice(null);
  }, [importing, failedJob, onNotice]);
  useEffect(() => {
    if (finishedNow)
      onNotice({ text: t('stores.list.synced', { name: store.name }), tone: 'success' });
  }, [finishedNow, onNotice, t, store.name]);

  return (
    <li
      className={cx('vt-StoreList-item', classNames.item)}
      data-status={store.status}
      data-platform={store.platform}
      data-syncing={syncing || undefined}
      aria-labelledby={nameId}
    >
      <div className="vt-StoreList-main">
        <span className="vt-StoreList-platform">
          <PlatformMark platform={store.platform} />
          {t(`stores.platform.${store.platform}`)}
        </span>
        <Name className="vt-StoreList-name" id={nameId}>
          {props.onSelect ? (
            <button
              type="button"
              className="vt-StoreList-select"
              onClick={() => props.onSelect?.(store)}
            >
              {store.name}
            </button>
          ) : (
            store.name
          )}
        </Name>
        {store.shopUrl && <span className="vt-StoreList-url">{displayUrl(store)}</span>}
      </div>
      <div className="vt-StoreList-state">
        <span
          className={cx('vt-Badge', classNames.badge)}
          data-tone={storeStatusTones[store.status]}
        >
          {storeStatusText(store.status, t)}
        </span>
        {reason && <span className="vt-StoreList-reason">{reason}</span>}
        {platformSyncs && (
          <span className="vt-StoreList-sync">
            {store.lastSyncAt
              ? t('stores.list.lastSync', { when: relativeTime(store.lastSyncAt, locale, format) })
              : t('stores.list.neverSynced')}
          </span>
        )}
      </div>
      <dl className={cx('vt-StoreList-counts', classNames.counts)}>
        <div>
          <dt>{t('stores.list.products')}</dt>
          <dd>{format.number(store.productCount)}</dd>
        </div>
        <div>
          <dt>{t('stores.list.variants')}</dt>
          <dd>{format.number(store.variantCount)}</dd>
        </div>
        <div>
          <dt>{t('stores.list.mapped')}</dt>
          <dd>{format.number(store.mappedVariantCount)}</dd>
        </div>
      </dl>

      {active(job.data) && job.data && (
        <SyncProgress job={job.data} storeName={store.name} className={classNames.progress} />
      )}
      {failedJob?.error && (
        <p className="vt-StoreList-syncFailed" data-tone="danger">
          {t('stores.list.syncFailed', { reason: t(`error.${failedJob.error.code}`) })}
        </p>
      )}

      {(canManage || canConnect || props.extraActions) && store.status !== 'disconnected' && (
        <fieldset className={cx('vt-StoreList-actions', classNames.actions)}>
          <legend className="vt-VisuallyHidden">
            {t('stores.list.actionsFor', { name: store.name })}
          </legend>
          {canManage && platformSyncs && live && (
            <Button
              variant="ghost"
              pending={syncing}
              onClick={() => run('sync', () => sync.mutateAsync(store.id))}
            >
              {syncing ? t('stores.list.syncing') : t('stores.list.sync')}
            </Button>
          )}
          {canConnect && (store.status === 'needs_reauth' || store.status === 'error') && (
            <Button variant="secondary" aria-haspopup="dialog" onClick={props.onReconnect}>
              {t('stores.connect.reconnect')}
            </Button>
          )}
          {canManage && platformSyncs && store.status !== 'connecting' && (
            <Button
              variant="ghost"
              pending={verify.isPending}
              onClick={() => run('verify', () => verify.mutateAsync(store.id))}
            >
              {t('stores.list.verify')}
            </Button>
          )}
          {canConnect && (
            <Button variant="ghost" onClick={() => setConfirming(true)}>
              {t('stores.list.disconnect')}
            </Button>
          )}
          {props.extraActions ? <div className="vt-Slot">{props.extraActions}</div> : null}
        </fieldset>
      )}
      {canConnect && store.status === 'disconnected' && (
        <fieldset className={cx('vt-StoreList-actions', classNames.actions)}>
          <legend className="vt-VisuallyHidden">
            {t('stores.list.actionsFor', { name: store.name })}
          </legend>
          {platformSyncs && (
            <Button variant="secondary" aria-haspopup="dialog" onClick={props.onReconnect}>
              {t('stores.connect.reconnect')}
            </Button>
          )}
          {/* Its orders stay; connecting the same shop again brings it back. */}
          <Button
            variant="ghost"
            pending={remove.isPending}
            onClick={() => run('remove', () => remove.mutateAsync(store.id))}
          >
            {t('stores.list.remove')}
          </Button>
        </fieldset>
      )}
      {actionError && !confirming ? (
        <ErrorAlert error={actionError} className={classNames.error} />
      ) : null}

      <Dialog
        open={confirming}
        onOpenChange={(open) => {
          setConfirming(open);
          if (!open) setActionError(null);
        }}
        role="alertdialog"
        title={t('stores.disconnectDialog.title', { name: store.name })}
        description={t('stores.disconnectDialog.description')}
        className={classNames.dialog}
      >
        {actionError ? <ErrorAlert error={actionError} /> : null}
        <div className="vt-Actions">
          <Button variant="ghost" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            pending={disconnect.isPending}
            onClick={async () => {
              if (await run('disconnect', () => disconnect.mutateAsync(store.id))) {
                setConfirming(false);
              }
            }}
          >
            {t('stores.disconnectDialog.confirm')}
          </Button>
        </div>
      </Dialog>
    </li>
  );
}

function SyncProgress(props: { job: Job; storeName: string; className?: string | undefined }) {
  const { t, format } = useVitrine();
  const { done, total } = props.job.progress;
  const known = total !== null && total > 0;
  const percent = known ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className={cx('vt-StoreList-progress', props.className)}>
      <div
        className="vt-Progress"
        role="progressbar"
        aria-label={t('stores.list.progressLabel', { name: props.storeName })}
        aria-valuemin={0}
        {...(known ? { 'aria-valuemax': total, 'aria-valuenow': Math.min(done, total) } : {})}
        aria-valuetext={
          known
            ? t('stores.list.progress', { done: format.number(done), total: format.number(total) })
            : t('stores.list.progressUnknown', { done: format.number(done) })
        }
        data-indeterminate={known ? undefined : true}
      >
        <span
          className="vt-Progress-bar"
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </div>
      <span className="vt-StoreList-progressText" aria-hidden="true">
        {props.job.status === 'queued' && done === 0
          ? t('stores.list.queued')
          : known
            ? t('stores.list.progress', { done: format.number(done), total: format.number(total) })
            : t('stores.list.progressUnknown', { done: format.number(done) })}
      </span>
    </div>
  );
}

/** The address as a person reads it: no scheme; an Etsy shop is known by its id only. */
function displayUrl(store: Store) {
  if (!store.shopUrl) return null;
  return store.shopUrl.replace(/^https?:\/\//, '');
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['minute', 60],
  ['hour', 60 * 60],
  ['day', 24 * 60 * 60],
];

/** "5 minutes ago" within a week, a date after that. */
function relativeTime(value: string, locale: string, format: Formatters) {
  const seconds = (new Date(value).getTime() - Date.now()) / 1000;
  const abs = Math.abs(seconds);
  if (abs >= 7 * 24 * 60 * 60) return format.dateTime(value);
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (abs < 60) return rtf.format(0, 'second');
  let chosen = units[0]!;
  for (const unit of units) if (abs >= unit[1]) chosen = unit;
  return rtf.format(Math.round(seconds / chosen[1]), chosen[0]);
}
