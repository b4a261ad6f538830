'use client';
import {
  type AuthorizeStoreBody,
  platforms as allPlatforms,
  isApiError,
  isStoreConnectionMessage,
  type Platform,
  readStoreConnectionReturn,
  type Store,
  type StoreWithWebhookSecret,
  Url,
  withoutStoreConnectionReturn,
} from '@vitrine/sdk';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { Field } from '../../components/Field.js';
import { PlatformMark } from '../../components/PlatformMark.js';
import { useCurrentSession } from '../../hooks/access.js';
import { vitrineKeys } from '../../hooks/keys.js';
import { useAuthorizeStore, useStore } from '../../hooks/stores.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { CredentialsForm, type CredentialsPlatform } from './CredentialsForm.js';
import { type ConnectionFailure, describeFailure } from './connectionErrors.js';
import { openBlankPopup } from './popup.js';
import { SecretField } from './SecretField.js';

/** Where a connection stands; also the `data-state` of the widget and its dialog. */
export type StoreConnectState = 'idle' | 'authorizing' | 'exchanging' | 'connected' | 'error';

export type StoreConnectPart =
  | 'root'
  | 'trigger'
  | 'dialog'
  | 'platforms'
  | 'platform'
  | 'form'
  | 'field'
  | 'input'
  | 'actions'
  | 'status'
  | 'error'
  | 'secret';

/** Why a connection failed: an SDK error, or the code the platform's callback reported. */
export type StoreConnectError = unknown;

export interface StoreConnectButtonProps {
  clientId: string;
  /** Platforms offered, in this order. @default ['shopify','etsy','woocommerce','pressero','manual'] */
  platforms?: readonly Platform[];
  /**
   * `popup` keeps the page and opens the platform in a window (falling back to a redirect when
   * the browser blocks it); `redirect` leaves the page and comes back to `returnUrl`.
   * @default 'popup'
   */
  mode?: 'popup' | 'redirect';
  /** Where the platform sends the browser back to in redirect mode. @default the current page */
  returnUrl?: string;
  /** Reconnect this store: its platform and address are preset. */
  storeId?: string;
  /** Called with the connected store; a Pressero store carries its webhook secret this once. */
  onConnected?: (store: StoreWithWebhookSecret) => void;
  /** Called with an SDK error, or `{code, message}` reported by the platform's callback. */
  onError?: (error: StoreConnectError) => void;
  /** Called once the button can be used (the session, and the store to reconnect, are loaded). */
  onReady?: () => void;
  /** Called whenever the connection moves to another state. */
  onStateChange?: (state: StoreConnectState) => void;
  /** The button's look. @default 'primary' */
  variant?: 'primary' | 'secondary' | 'ghost';
  /** The button's text. @default "Connect a store" (or "Reconnect" with `storeId`) */
  children?: ReactNode;
  /** Open the dialog when mounted, e.g. from a host's own button. @default false */
  defaultOpen?: boolean;
  /** Whether the dialog is open, to control it from outside (with `onOpenChange`). */
  open?: boolean;
  /** Called when the dialog opens or closes, by the button, the dialog or a redirect's return. */
  onOpenChange?: (open: boolean) => void;
  /** Render the dialog only, opened with `open` from a host's own button. @default false */
  hideTrigger?: boolean;
  /** The dialog title's heading level, to fit the host page's outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string;
  classNames?: Partial<Record<StoreConnectPart, string>>;
}

type Step =
  | { kind: 'pick' }
  | { kind: 'details'; platform: Platform }
  | {
      kind: 'authorizing';
      platform: Platform;
      request: AuthorizeStoreBody;
      popup: Window | null;
      authorizeUrl: string | null;
      store: Store | null;
    }
  | { kind: 'exchanging'; platform: Platform | null }
  | { kind: 'connected'; store: StoreWithWebhookSecret }
  | {
      kind: 'error';
      platform: Platform | null;
      failure: ConnectionFailure;
      request: AuthorizeStoreBody | null;
    };

/** Where the dialog starts: the platform picker, unless only one platform applies. */
const firstStep: Step = { kind: 'pick' };

const stateOf = (step: Step, pending: boolean): StoreConnectState =>
  step.kind === 'pick' || step.kind === 'details' ? (pending ? 'exchanging' : 'idle') : step.kind;

/** `myshop` or `myshop.myshopify.com`; the server stays the authority on the shop's domain. */
const shopPattern = /^[a-z0-9][a-z0-9-]*(\.myshopify\.com)?$/i;
/** A shop's handle, its first DNS label: what the field asks for on any Shopify domain. */
const shopHandle = (shopUrl: string) => shopUrl.replace(/^https?:\/\//i, '').split(/[./]/)[0] ?? '';
const cleanShop = (value: string) =>
  value
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/.*$/, '');

const credentialPlatforms = new Set<Platform>(['woocommerce', 'pressero', 'manual']);

/**
 * A button that connects one of the client's stores: the owner picks the platform, then approves
 * in a popup (Shopify, Etsy, WooCommerce's key hand-off) or types credentials that the server
 * checks live (WooCommerce keys, a Pressero login) — or names a manual store. Shown only to
 * sessions that may connect stores.
 */
export function StoreConnectButton(props: StoreConnectButtonProps) {
  const {
    clientId,
    mode = 'popup',
    storeId,
    onConnected,
    onError,
    onReady,
    onStateChange,
    classNames = {},
  } = props;
  const { t, client, queryClient } = useVitrine();
  const session = useCurrentSession();
  const canConnect = session.data?.capabilities.includes('stores:connect') ?? false;
  const existing = useStore(storeId ?? null);
  const offered = (props.platforms ?? allPlatforms).filter(
    (p) => !existing.data || p === existing.data.platform,
  );
  const [openState, setOpenState] = useState(props.defaultOpen ?? false);
  const open = props.open ?? openState;
  const onOpenChangeRef = useRef(props.onOpenChange);
  onOpenChangeRef.current = props.onOpenChange;
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    onOpenChangeRef.current?.(next);
  }, []);
  const [chosenStep, setStep] = useState<Step>(firstStep);
  const [picked, setPicked] = useState<Platform | null>(null);
  const [pending, setPending] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, Record<string, string>>>({});
  const [shop, setShop] = useState('');
  const [shopError, setShopError] = useState<string | undefined>();
  const [wooWay, setWooWay] = useState<'approve' | 'keys'>('approve');
  const authorize = useAuthorizeStore(clientId);

  // A reconnection starts at its platform, with the address it had; so does a single platform.
  // Derived rather than stored, so it holds however the dialog opened and whenever the store
  // loads (picking again is offered only when neither applies).
  const reconnecting = existing.data ?? null;
  const only = reconnecting?.platform ?? (offered.length === 1 ? offered[0]! : null);
  const step: Step =
    chosenStep.kind === 'pick' && only ? { kind: 'details', platform: only } : chosenStep;
  const state = stateOf(step, pending);

  useEffect(() => {
    if (!reconnecting?.shopUrl) return;
    const url = /^https?:\/\//.test(reconnecting.shopUrl)
      ? reconnecting.shopUrl
      : `https://${reconnecting.shopUrl}`;
    setShop(shopHandle(reconnecting.shopUrl));
    setDrafts((d) => ({
      woocommerce: { url, ...d.woocommerce },
      pressero: { siteUrl: url, ...d.pressero },
      ...d,
    }));
  }, [reconnecting?.shopUrl]);

  const onStateChangeRef = useRef(onStateChange);
  onStateChangeRef.current = onStateChange;
  useEffect(() => {
    onStateChangeRef.current?.(state);
  }, [state]);

  const ready = session.isSuccess && (!storeId || existing.isSuccess);
  const announced = useRef(false);
  useEffect(() => {
    if (ready && !announced.current) {
      announced.current = true;
      onReady?.();
    }
  }, [ready, onReady]);

  // Lists show the store as "Connecting" from the start: they learn the outcome at once.
  const refreshStores = useCallback(
    (storeId?: string) => {
      if (storeId) queryClient.invalidateQueries({ queryKey: vitrineKeys.store(storeId) });
      return queryClient.invalidateQueries({ queryKey: vitrineKeys.stores(clientId) });
    },
    [queryClient, clientId],
  );

  const succeed = useCallback(
    (store: StoreWithWebhookSecret) => {
      setStep({ kind: 'connected', store });
      refreshStores(store.id);
      onConnected?.(store);
    },
    [refreshStores, onConnected],
  );

  const fail = useCallback(
    (platform: Platform | null, failure: ConnectionFailure, request: AuthorizeStoreBody | null) => {
      setStep({ kind: 'error', platform, failure, request });
      refreshStores(storeId);
      onError?.('error' in failure ? failure.error : failure);
    },
    [refreshStores, storeId, onError],
  );

  /** The platform answered: read the store it connected (or the reason it did not). */
  const finish = useCallback(
    async (
      platform: Platform | null,
      outcome: { status: 'connected' | 'error'; storeId: string | null; error: string | null },
      request: AuthorizeStoreBody | null,
    ) => {
      if (outcome.status === 'error' || !outcome.storeId) {
        fail(platform, { code: outcome.error ?? 'unknown' }, request);
        return;
      }
      setStep({ kind: 'exchanging', platform });
      try {
        const store = await client.stores.get(outcome.storeId);
        queryClient.setQueryData(vitrineKeys.store(store.id), store);
        if (store.status === 'connected') succeed(store);
        else fail(platform, { code: store.statusReason ?? 'unknown' }, request);
      } catch (error) {
        fail(platform, { error }, request);
      }
    },
    [client, queryClient, succeed, fail],
  );

  // Back from a redirect: the outcome is in the address; show it once and tidy the address.
  const finishRef = useRef(finish);
  finishRef.current = finish;
  useEffect(() => {
    const outcome = readStoreConnectionReturn(window.location.href);
    if (!outcome) return;
    if (storeId && outcome.storeId && outcome.storeId !== storeId) return;
    window.history.replaceState(
      window.history.state,
      '',
      withoutStoreConnectionReturn(window.location.href),
    );
    setOpen(true);
    finishRef.current(
      null,
      { status: outcome.status, storeId: outcome.storeId, error: outcome.errorCode },
      null,
    );
  }, [storeId, setOpen]);

  /** Starts a fresh authorisation; must run inside the click, so the popup is not blocked. */
  const startAuthorize = (platform: Platform, request: AuthorizeStoreBody) => {
    const popup = mode === 'popup' ? openBlankPopup() : null;
    const body: AuthorizeStoreBody = {
      ...request,
      ...(storeId ? { storeId } : {}),
      ...(popup
        ? {}
        : { returnUrl: props.returnUrl ?? withoutStoreConnectionReturn(window.location.href) }),
    };
    setStep({
      kind: 'authorizing',
      platform,
      request,
      popup,
      authorizeUrl: null,
      store: null,
    });
    authorize.mutateAsync(body).then(
      (result) => {
        if (!popup) {
          window.location.assign(result.authorizeUrl);
          return;
        }
        popup.location.href = result.authorizeUrl;
        setStep((current) =>
          current.kind === 'authorizing' && current.popup === popup
            ? { ...current, authorizeUrl: result.authorizeUrl, store: result.store }
            : current,
        );
      },
      (error: unknown) => {
        popup?.close();
        if (isApiError(error) && error.code === 'invalid_shop_domain' && platform !== 'etsy') {
          setStep({ kind: 'details', platform });
          setShopError(
            platform === 'shopify'
              ? t('stores.field.shopify.shop.format')
              : t('stores.field.woocommerce.unreachable'),
          );
          onError?.(error);
          return;
        }
        fail(platform, { error }, request);
      },
    );
  };

  // While the platform's window is open: its message, or its closing without one.
  useEffect(() => {
    if (step.kind !== 'authorizing' || !step.popup || !step.authorizeUrl) return;
    const { popup, platform, request, store } = step;
    const apiOrigin = new URL(client.baseUrl).origin;
    let settled = false;
    const onMessage = (event: MessageEvent) => {
      if (settled || event.origin !== apiOrigin || !isStoreConnectionMessage(event.data)) return;
      settled = true;
      finish(
        platform,
        {
          status: event.data.status,
          storeId: event.data.storeId ?? store?.id ?? null,
          error: event.data.error?.code ?? null,
        },
        request,
      );
    };
    window.addEventListener('message', onMessage);
    // The page posts, then closes: give a message already on its way one more tick to land.
    let closedSeen = false;
    const timer = window.setInterval(() => {
      if (settled || !popup.closed) return;
      if (!closedSeen) {
        closedSeen = true;
        return;
      }
      settled = true;
      closedWithoutMessage();
    }, 500);
    async function closedWithoutMessage() {
      // A message that could not reach this page (another origin allowed) still left the store
      // connected: the store says so.
      if (store && store.status !== 'connected') {
        try {
          const now = await client.stores.get(store.id);
          if (now.status === 'connected') {
            succeed(now);
            return;
          }
        } catch {
          // Reported as a closed window below.
        }
      }
      fail(platform, { code: 'popup_closed' }, request);
    }
    return () => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(timer);
    };
  }, [step, client, finish, succeed, fail]);

  const close = () => {
    if (step.kind === 'authorizing') step.popup?.close();
    setOpen(false);
    setStep(firstStep);
    setPicked(null);
    setShopError(undefined);
  };

  const openDialog = () => {
    setStep(firstStep);
    setPicked(null);
    setOpen(true);
  };

  const submitShop = () => {
    const value = cleanShop(shop);
    if (!value) {
      setShopError(t('validation.required'));
      return;
    }
    if (!shopPattern.test(value)) {
      setShopError(t('stores.field.shopify.shop.format'));
      return;
    }
    setShopError(undefined);
    startAuthorize('shopify', { platform: 'shopify', shop: value });
  };

  const submitWooUrl = () => {
    const url = drafts.woocommerce?.url?.trim() ?? '';
    if (!url) {
      setShopError(t('validation.required'));
      return;
    }
    if (!Url.safeParse(url).success) {
      setShopError(t('stores.validation.url'));
      return;
    }
    setShopError(undefined);
    startAuthorize('woocommerce', { platform: 'woocommerce', url });
  };

  // Hidden until the session says it may connect (or cannot say: the server decides then).
  if (session.isPending || (session.isSuccess && !canConnect)) return null;

  const platformName = (p: Platform | null) => (p ? t(`stores.platform.${p}`) : '');
  const titlePlatform =
    step.kind === 'details' || step.kind === 'authorizing'
      ? step.platform
      : step.kind === 'connected'
        ? step.store.platform
        : null;
  const title = reconnecting
    ? t('stores.connect.reconnectTitle', { name: reconnecting.name })
    : titlePlatform === 'manual'
      ? t('stores.connect.titleManual')
      : titlePlatform
        ? t('stores.connect.titleFor', { platform: platformName(titlePlatform) })
        : t('stores.connect.title');
  const back =
    !reconnecting && offered.length > 1
      ? () => {
          setShopError(undefined);
          setStep({ kind: 'pick' });
        }
      : undefined;

  return (
    <div
      className={cx('vt-StoreConnect-root', props.className, classNames.root)}
      data-state={state}
    >
      {!props.hideTrigger && (
        <Button
          variant={props.variant ?? 'primary'}
          className={classNames.trigger}
          onClick={openDialog}
          disabled={Boolean(storeId) && !existing.isSuccess}
          aria-haspopup="dialog"
        >
          {props.children ?? (storeId ? t('stores.connect.reconnect') : t('stores.connect.button'))}
        </Button>
      )}
      <Dialog
        open={open}
        onOpenChange={(next) => (next ? setOpen(true) : close())}
        title={title}
        headingLevel={props.headingLevel}
        className={cx('vt-StoreConnect-dialog', classNames.dialog)}
      >
        <div className="vt-StoreConnect-body" data-state={state} data-step={step.kind}>
          {storeId && !reconnecting && (
            <p className={cx('vt-StoreConnect-status', 'vt-StoreConnect-waiting')} role="status">
              <span className="vt-Spinner" aria-hidden="true" /> {t('common.loading')}
            </p>
          )}
          {step.kind === 'pick' && !(storeId && !reconnecting) && (
            <form
              className={cx('vt-StoreConnect-form', classNames.form)}
              onSubmit={(event) => {
                event.preventDefault();
                if (picked) setStep({ kind: 'details', platform: picked });
              }}
            >
              <fieldset className={cx('vt-StoreConnect-platforms', classNames.platforms)}>
                <legend className="vt-StoreConnect-legend">
                  {t('stores.connect.pickPlatform')}
                </legend>
                {offered.map((p) => (
                  <label
                    key={p}
                    className={cx('vt-StoreConnect-platform', classNames.platform)}
                    data-platform={p}
                    data-checked={picked === p || undefined}
                  >
                    <input
                      type="radio"
                      name="vt-store-platform"
                      value={p}
                      checked={picked === p}
                      onChange={() => setPicked(p)}
                    />
                    <PlatformMark platform={p} />
                    <span className="vt-StoreConnect-platformText">
                      <span className="vt-StoreConnect-platformName">{platformName(p)}</span>
                      <span className="vt-StoreConnect-platformDescription">
                        {t(`stores.platform.${p}.description`)}
                      </span>
                    </span>
                  </label>
                ))}
              </fieldset>
              <div className={cx('vt-Actions', classNames.actions)}>
                <Button variant="ghost" onClick={close}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" variant="primary" disabled={!picked}>
                  {t('stores.connect.continue')}
                </Button>
              </div>
            </form>
          )}

          {step.kind === 'details' && step.platform === 'shopify' && (
            <AddressForm
              platform="shopify"
              instructions={t('stores.shopify.instructions')}
              label={t('stores.field.shopify.shop')}
              hint={t('stores.field.shopify.shop.hint')}
              error={shopError}
              value={shop}
              onValueChange={setShop}
              autoComplete="off"
              placeholder="my-shop.myshopify.com"
              onBack={back}
              onSubmit={submitShop}
              classNames={classNames}
            />
          )}

          {step.kind === 'details' && step.platform === 'etsy' && (
            <div className={cx('vt-StoreConnect-form', classNames.form)}>
              <p className="vt-StoreConnect-instructions">{t('stores.etsy.instructions')}</p>
              <ContinueActions
                platform="etsy"
                onBack={back}
                onContinue={() => startAuthorize('etsy', { platform: 'etsy' })}
                className={classNames.actions}
              />
            </div>
          )}

          {step.kind === 'details' && step.platform === 'woocommerce' && (
            <fieldset className="vt-StoreConnect-ways">
              <legend className="vt-StoreConnect-legend">{t('stores.woocommerce.how')}</legend>
              {(['approve', 'keys'] as const).map((way) => (
                <label key={way} className="vt-StoreConnect-way" data-checked={wooWay === way}>
                  <input
                    type="radio"
                    name="vt-woocommerce-way"
                    value={way}
                    checked={wooWay === way}
                    onChange={() => {
                      setShopError(undefined);
                      setWooWay(way);
                    }}
                  />
                  <span className="vt-StoreConnect-platformText">
                    <span className="vt-StoreConnect-platformName">
                      {t(`stores.woocommerce.${way}`)}
                    </span>
                    <span className="vt-StoreConnect-platformDescription">
                      {t(`stores.woocommerce.${way}.description`)}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {step.kind === 'details' && step.platform === 'woocommerce' && wooWay === 'approve' && (
            <AddressForm
              platform="woocommerce"
              label={t('stores.field.woocommerce.url')}
              hint={t('stores.field.woocommerce.url.hint')}
              error={shopError}
              value={drafts.woocommerce?.url ?? ''}
              onValueChange={(url) =>
                setDrafts((d) => ({ ...d, woocommerce: { ...d.woocommerce, url } }))
              }
              type="url"
              autoComplete="url"
              onBack={back}
              onSubmit={submitWooUrl}
              classNames={classNames}
            />
          )}
          {step.kind === 'details' &&
            credentialPlatforms.has(step.platform) &&
            (step.platform !== 'woocommerce' || wooWay === 'keys') && (
              <CredentialsForm
                key={step.platform}
                clientId={clientId}
                platform={step.platform as CredentialsPlatform}
                values={drafts[step.platform] ?? {}}
                onValuesChange={(values) => setDrafts((d) => ({ ...d, [step.platform]: values }))}
                onPendingChange={setPending}
                onConnected={succeed}
                onError={(error) => onError?.(error)}
                onBack={back}
                classNames={classNames}
              />
            )}

          {step.kind === 'authorizing' && (
            <div
              className={cx('vt-StoreConnect-status', classNames.status)}
              role="status"
              aria-live="polite"
            >
              <p className="vt-StoreConnect-waiting">
                <span className="vt-Spinner" aria-hidden="true" />{' '}
                {step.popup
                  ? t('stores.connect.waiting', { platform: platformName(step.platform) })
                  : t('stores.connect.redirecting', { platform: platformName(step.platform) })}
              </p>
              {step.popup && (
                <p className="vt-StoreConnect-hint">{t('stores.connect.waitingHint')}</p>
              )}
              <div className={cx('vt-Actions', classNames.actions)}>
                <Button
                  variant="ghost"
                  onClick={() => {
                    step.popup?.close();
                    setStep({ kind: 'details', platform: step.platform });
                  }}
                >
                  {t('common.cancel')}
                </Button>
                {step.popup && (
                  <Button
                    disabled={!step.authorizeUrl}
                    onClick={() => {
                      if (!step.authorizeUrl) return;
                      const again =
                        step.popup && !step.popup.closed ? step.popup : openBlankPopup();
                      if (!again) return;
                      again.location.href = step.authorizeUrl;
                      again.focus?.();
                      if (again !== step.popup) setStep({ ...step, popup: again });
                    }}
                  >
                    {t('stores.connect.reopen')}
                  </Button>
                )}
              </div>
            </div>
          )}

          {step.kind === 'exchanging' && (
            <p
              className={cx('vt-StoreConnect-status', 'vt-StoreConnect-waiting', classNames.status)}
              role="status"
            >
              <span className="vt-Spinner" aria-hidden="true" /> {t('stores.connect.exchanging')}
            </p>
          )}

          {step.kind === 'connected' && (
            <Connected store={step.store} onDone={close} classNames={classNames} />
          )}

          {step.kind === 'error' && (
            <ConnectionFailed
              failure={step.failure}
              platform={step.platform}
              classNames={classNames}
              onRetry={() => {
                if (step.request && step.platform) startAuthorize(step.platform, step.request);
                else
                  setStep(step.platform ? { kind: 'details', platform: step.platform } : firstStep);
              }}
              onClose={close}
            />
          )}
        </div>
      </Dialog>
    </div>
  );
}

function ConnectionFailed(props: {
  failure: ConnectionFailure;
  platform: Platform | null;
  onRetry: () => void;
  onClose: () => void;
  classNames: Partial<Record<StoreConnectPart, string>>;
}) {
  const { t } = useVitrine();
  const { code, message, advice } = describeFailure(props.failure, t, props.platform);
  return (
    <div
      className={cx('vt-Alert', 'vt-StoreConnect-error', props.classNames.error)}
      role="alert"
      data-tone="danger"
      data-code={code ?? undefined}
    >
      <p className="vt-StoreConnect-errorTitle">{t('stores.connect.failed')}</p>
      <p className="vt-Alert-text">{message}</p>
      {advice && <p className="vt-Alert-text">{advice}</p>}
      <div className={cx('vt-Actions', props.classNames.actions)}>
        <Button variant="ghost" onClick={props.onClose}>
          {t('common.close')}
        </Button>
        <Button variant="primary" onClick={props.onRetry}>
          {t('common.retry')}
        </Button>
      </div>
    </div>
  );
}

function Connected(props: {
  store: StoreWithWebhookSecret;
  onDone: () => void;
  classNames: Partial<Record<StoreConnectPart, string>>;
}) {
  const { t } = useVitrine();
  const { store } = props;
  const done = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!store.webhookSecret) done.current?.focus();
  }, [store.webhookSecret]);
  return (
    <div className={cx('vt-StoreConnect-connected', props.classNames.status)}>
      <p className="vt-Notice" role="status">
        {store.platform === 'manual'
          ? t('stores.connect.createdManual', { name: store.name })
          : t('stores.connect.connected', { name: store.name })}
      </p>
      {store.platform === 'pressero' && (
        <div className="vt-StoreConnect-pressero">
          <p>{t('stores.pressero.webhookSetup')}</p>
          {store.integrationId && (
            <SecretField
              label={t('stores.pressero.integrationId')}
              value={store.integrationId}
              className={props.classNames.secret}
            />
          )}
          {store.webhookUrl && (
            <SecretField
              label={t('stores.pressero.webhookUrl')}
              value={store.webhookUrl}
              className={props.classNames.secret}
            />
          )}
          {store.webhookSecret ? (
            <>
              <SecretField
                label={t('stores.pressero.webhookSecret')}
                value={store.webhookSecret}
                className={props.classNames.secret}
              />
              <p className="vt-StoreConnect-once" data-tone="warning">
                {t('stores.pressero.shownOnce')}
              </p>
            </>
          ) : (
            // Connecting an existing store again keeps its secret: nothing new to paste.
            <p className="vt-StoreConnect-kept">{t('stores.pressero.secretKept')}</p>
          )}
        </div>
      )}
      <div className={cx('vt-Actions', props.classNames.actions)}>
        <Button ref={done} variant="primary" onClick={props.onDone}>
          {t('stores.connect.done')}
        </Button>
      </div>
    </div>
  );
}

/** Back (when there is a step to go back to), then on to the platform. */
function ContinueActions(props: {
  platform: Platform;
  onBack: (() => void) | undefined;
  /** Without it, the button submits its form. */
  onContinue?: () => void;
  className?: string | undefined;
}) {
  const { t } = useVitrine();
  return (
    <div className={cx('vt-Actions', props.className)}>
      {props.onBack && (
        <Button variant="ghost" onClick={props.onBack}>
          {t('stores.connect.back')}
        </Button>
      )}
      <Button
        type={props.onContinue ? 'button' : 'submit'}
        variant="primary"
        onClick={props.onContinue}
      >
        {t('stores.connect.continueTo', { platform: t(`stores.platform.${props.platform}`) })}
      </Button>
    </div>
  );
}

/** The one address a platform's approval starts from: a Shopify shop, a WooCommerce store. */
function AddressForm(props: {
  platform: Platform;
  instructions?: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  onValueChange: (value: string) => void;
  type?: 'text' | 'url';
  autoComplete: string;
  placeholder?: string;
  onBack: (() => void) | undefined;
  onSubmit: () => void;
  classNames: Partial<Record<StoreConnectPart, string>>;
}) {
  const { classNames } = props;
  return (
    <form
      className={cx('vt-StoreConnect-form', classNames.form)}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {props.instructions && <p className="vt-StoreConnect-instructions">{props.instructions}</p>}
      <Field label={props.label} hint={props.hint} error={props.error} className={classNames.field}>
        <input
          className={cx('vt-Input', classNames.input)}
          type={props.type ?? 'text'}
          value={props.value}
          onChange={(event) => props.onValueChange(event.target.value)}
          autoComplete={props.autoComplete}
          spellCheck={false}
          placeholder={props.placeholder}
        />
      </Field>
      <ContinueActions
        platform={props.platform}
        onBack={props.onBack}
        className={classNames.actions}
      />
    </form>
  );
}
