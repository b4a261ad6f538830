'use client';
import type { Postback, PostbackDelivery } from '@vitrine/sdk';
import { useEffect, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { WidgetCard } from '../../components/WidgetCard.js';
import {
  useDeletePostback,
  usePostbacks,
  useRotatePostbackSecret,
  useTestPostback,
  useUpdatePostback,
} from '../../hooks/postbacks.js';
import { useSettingsText } from '../../i18n/settings.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { SecretField } from '../StoreConnectButton/SecretField.js';
import { DeliveryLog, outcomeText } from './DeliveryLog.js';
import { EndpointDialog } from './EndpointDialog.js';

export type PostbackSettingsPart =
  | 'root'
  | 'header'
  | 'title'
  | 'list'
  | 'endpoint'
  | 'notice'
  | 'log'
  | 'error';

export type PostbackSettingsAction =
  | 'create'
  | 'update'
  | 'enable'
  | 'rotate'
  | 'remove'
  | 'test'
  | 'redeliver';

export interface PostbackSettingsProps {
  /** The title's heading level; endpoints and the log are one level below. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Keep the title for screen readers only, when the host page shows its own. */
  hideTitle?: boolean;
  /** Deliveries per page of the log. @default 20 */
  pageSize?: number;
  /** While a listed delivery is pending, the log refreshes this often. @default 15000 */
  refetchInterval?: number | false;
  /** Called after each change, with the endpoint (secrets never included). */
  onSuccess?: (action: PostbackSettingsAction, endpoint: Postback) => void;
  onError?: (error: unknown) => void;
  className?: string;
  classNames?: Partial<Record<PostbackSettingsPart, string>>;
}

type Open =
  | { kind: 'create' }
  | { kind: 'edit'; endpoint: Postback }
  | { kind: 'rotate'; endpoint: Postback }
  | { kind: 'remove'; endpoint: Postback }
  | { kind: 'secret'; endpoint: Postback; rotated: boolean }
  | null;

const stateTone = { enabled: 'success', by_user: 'neutral', failing: 'danger', gone: 'danger' };

/**
 * The provider's postback endpoints: add and edit them (URL, events, on or off), the signing
 * secret shown once on creation and rotation, test events, and the log of every delivery with
 * its attempts and "Redeliver". An endpoint the server switched off says why, with "Switch on
 * again".
 */
export function PostbackSettings(props: PostbackSettingsProps) {
  const { classNames = {}, onSuccess, onError } = props;
  const level = props.headingLevel ?? 3;
  const inner = (level + 1) as 3 | 4 | 5 | 6;
  const t = useSettingsText();
  const { format } = useVitrine();
  const list = usePostbacks();
  const update = useUpdatePostback();
  const rotate = useRotatePostbackSecret();
  const remove = useDeletePostback();
  const test = useTestPostback();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const [logEndpoint, setLogEndpoint] = useState<string | null>(null);
  const endpoints = list.data ?? [];
  const selected = endpoints.some((e) => e.id === logEndpoint)
    ? logEndpoint
    : (endpoints[0]?.id ?? null);

  useEffect(() => {
    if (list.error) onError?.(list.error);
  }, [list.error, onError]);

  const run = async <T,>(action: () => Promise<T>) => {
    setNotice('');
    try {
      return await action();
    } catch (error) {
      onError?.(error);
      return undefined;
    }
  };
  const sendTest = (endpoint: Postback) =>
    run(async () => {
      const delivery = await test.mutateAsync(endpoint.id);
      setLogEndpoint(endpoint.id);
      setNotice(t('postbacks.testSent', { url: endpoint.url, outcome: outcomeText(t, delivery) }));
      onSuccess?.('test', endpoint);
    });
  const enable = (endpoint: Postback) =>
    run(async () => {
      const saved = await update.mutateAsync({ postbackId: endpoint.id, body: { enabled: true } });
      onSuccess?.('enable', saved);
    });
  const doRotate = (endpoint: Postback) =>
    run(async () => {
      const rotated = await rotate.mutateAsync(endpoint.id);
      setOpen({ kind: 'secret', endpoint: rotated, rotated: true });
      const { signingSecret: _secret, ...rest } = rotated;
      onSuccess?.('rotate', rest);
    });
  const doRemove = (endpoint: Postback) =>
    run(async () => {
      await remove.mutateAsync(endpoint.id);
      setOpen(null);
      onSuccess?.('remove', endpoint);
    });

  const actionError = [test, update, rotate, remove].find((m) => m.isError)?.error;
  const state = list.isLoading
    ? 'loading'
    : list.isError
      ? 'error'
      : endpoints.length === 0
        ? 'empty'
        : 'idle';
  const Inner = `h${inner}` as const;

  return (
    <WidgetCard
      widget="PostbackSettings"
      title={t('postbacks.title')}
      description={t('postbacks.description')}
      headingLevel={level}
      hideTitle={props.hideTitle}
      state={state}
      mode="manage"
      className={props.className}
      classNames={{
        ...(classNames.root ? { root: classNames.root } : {}),
        ...(classNames.header ? { header: classNames.header } : {}),
        ...(classNames.title ? { title: classNames.title } : {}),
      }}
      actions={
        list.isSuccess ? (
          <Button variant="primary" onClick={() => setOpen({ kind: 'create' })}>
            {t('postbacks.add')}
          </Button>
        ) : null
      }
    >
      <p className={cx('vt-PostbackSettings-notice', classNames.notice)} role="status">
        {notice}
      </p>
      {actionError && !open ? (
        <ErrorAlert error={actionError} className={classNames.error} />
      ) : null}
      {list.isError ? (
        <ErrorAlert
          error={list.error}
          onRetry={() => list.refetch()}
          className={classNames.error}
        />
      ) : list.isLoading ? (
        <p className="vt-PostbackSettings-empty">{t('common.loading')}</p>
      ) : endpoints.length === 0 ? (
        <p className="vt-PostbackSettings-empty">{t('postbacks.empty')}</p>
      ) : (
        <ul className={cx('vt-PostbackSettings-list', classNames.list)}>
          {endpoints.map((endpoint) => {
            const why = endpoint.enabled ? 'enabled' : (endpoint.disabledReason ?? 'by_user');
            const switchedOff = why === 'failing' || why === 'gone';
            return (
              <li
                key={endpoint.id}
                className={cx('vt-PostbackSettings-endpoint', classNames.endpoint)}
                data-enabled={endpoint.enabled}
              >
                <div className="vt-PostbackSettings-endpointMain">
                  <Inner className="vt-PostbackSettings-url">{endpoint.url}</Inner>
                  <span className="vt-Badge" data-tone={stateTone[why]}>
                    {t(`postbacks.state.${why}`)}
                  </span>
                </div>
                <p className="vt-PostbackSettings-meta">
                  {endpoint.clientId
                    ? t('postbacks.scope.client', { client: endpoint.clientId })
                    : t('postbacks.scope.all')}
                  {' · '}
                  {t('postbacks.events.count', { count: endpoint.events.length })}
                  {': '}
                  {endpoint.events.join(', ')}
                </p>
                {endpoint.failingSince && endpoint.enabled ? (
                  <p className="vt-PostbackSettings-warning">
                    {t('postbacks.failingSince', { date: format.dateTime(endpoint.failingSince) })}
                  </p>
                ) : null}
                {endpoint.previousSecretExpiresAt &&
                new Date(endpoint.previousSecretExpiresAt) > new Date() ? (
                  <p className="vt-PostbackSettings-meta">
                    {t('postbacks.rotate.pending', {
                      date: format.dateTime(endpoint.previousSecretExpiresAt),
                    })}
                  </p>
                ) : null}
                {switchedOff ? (
                  <div className="vt-Alert" data-tone="warning" role="note">
                    <p className="vt-Alert-text">
                      {t(why === 'gone' ? 'postbacks.disabled.gone' : 'postbacks.disabled.failing')}
                    </p>
                    <Button
                      variant="primary"
                      aria-label={t('postbacks.enableFor', { url: endpoint.url })}
                      pending={update.isPending && update.variables?.postbackId === endpoint.id}
                      onClick={() => enable(endpoint)}
                    >
                      {t('postbacks.enable')}
                    </Button>
                  </div>
                ) : null}
                <div className="vt-Actions">
                  <Button
                    aria-label={t('postbacks.testFor', { url: endpoint.url })}
                    pending={test.isPending && test.variables === endpoint.id}
                    onClick={() => sendTest(endpoint)}
                  >
                    {t('postbacks.test')}
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={t('postbacks.showLogFor', { url: endpoint.url })}
                    aria-pressed={selected === endpoint.id}
                    onClick={() => setLogEndpoint(endpoint.id)}
                  >
                    {t('postbacks.showLog')}
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={t('postbacks.editFor', { url: endpoint.url })}
                    onClick={() => setOpen({ kind: 'edit', endpoint })}
                  >
                    {t('postbacks.edit')}
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={t('postbacks.rotateFor', { url: endpoint.url })}
                    onClick={() => setOpen({ kind: 'rotate', endpoint })}
                  >
                    {t('postbacks.rotate')}
                  </Button>
                  <Button
                    variant="ghost"
                    aria-label={t('postbacks.removeFor', { url: endpoint.url })}
                    onClick={() => setOpen({ kind: 'remove', endpoint })}
                  >
                    {t('postbacks.remove')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {list.isSuccess && (
        <DeliveryLog
          endpoints={endpoints}
          endpointId={selected}
          onEndpointChange={setLogEndpoint}
          headingLevel={inner}
          pageSize={props.pageSize ?? 20}
          refetchInterval={props.refetchInterval ?? 15_000}
          className={classNames.log}
          onRedelivered={(delivery: PostbackDelivery) => {
            const endpoint = endpoints.find((e) => e.id === delivery.postbackId);
            if (endpoint) onSuccess?.('redeliver', endpoint);
          }}
          onError={onError}
        />
      )}

      {open?.kind === 'create' || open?.kind === 'edit' ? (
        <EndpointDialog
          endpoint={open.kind === 'edit' ? open.endpoint : null}
          headingLevel={2}
          onClose={() => setOpen(null)}
          onError={onError}
          onSaved={(saved) => {
            const { signingSecret: _secret, ...rest } = saved;
            if (open.kind === 'create') {
              setLogEndpoint(saved.id);
              setOpen({ kind: 'secret', endpoint: saved, rotated: false });
            } else {
              setOpen(null);
            }
            onSuccess?.(open.kind === 'create' ? 'create' : 'update', rest);
          }}
        />
      ) : null}

      {open?.kind === 'rotate' ? (
        <Dialog
          open
          role="alertdialog"
          onOpenChange={(next) => !next && setOpen(null)}
          title={t('postbacks.rotate.title')}
          description={t('postbacks.rotate.description')}
        >
          {rotate.error ? <ErrorAlert error={rotate.error} /> : null}
          <div className="vt-Actions">
            <Button variant="ghost" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="primary"
              pending={rotate.isPending}
              onClick={() => doRotate(open.endpoint)}
            >
              {t('postbacks.rotate.confirm')}
            </Button>
          </div>
        </Dialog>
      ) : null}

      {open?.kind === 'remove' ? (
        <Dialog
          open
          role="alertdialog"
          onOpenChange={(next) => !next && setOpen(null)}
          title={t('postbacks.remove.title')}
          description={t('postbacks.remove.description', { url: open.endpoint.url })}
        >
          {remove.error ? <ErrorAlert error={remove.error} /> : null}
          <div className="vt-Actions">
            <Button variant="ghost" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="danger"
              pending={remove.isPending}
              onClick={() => doRemove(open.endpoint)}
            >
              {t('postbacks.remove.confirm')}
            </Button>
          </div>
        </Dialog>
      ) : null}

      {open?.kind === 'secret' && open.endpoint.signingSecret ? (
        <Dialog
          open
          role="alertdialog"
          onOpenChange={(next) => !next && setOpen(null)}
          title={t(
            open.rotated ? 'postbacks.secret.rotatedTitle' : 'postbacks.secret.createdTitle',
          )}
          description={t('postbacks.secret.once')}
        >
          <SecretField label={t('postbacks.secret.label')} value={open.endpoint.signingSecret} />
          {open.rotated && open.endpoint.previousSecretExpiresAt ? (
            <p className="vt-Field-hint">
              {t('postbacks.secret.overlap', {
                date: format.dateTime(open.endpoint.previousSecretExpiresAt),
              })}
            </p>
          ) : null}
          <div className="vt-Actions">
            <Button variant="primary" onClick={() => setOpen(null)}>
              {t('postbacks.secret.done')}
            </Button>
          </div>
        </Dialog>
      ) : null}
    </WidgetCard>
  );
}
