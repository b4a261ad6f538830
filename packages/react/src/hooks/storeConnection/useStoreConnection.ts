'use client';
import {
  type AuthorizeStoreBody,
  platforms as allPlatforms,
  isApiError,
  type Platform,
  withoutStoreConnectionReturn,
} from '@vitrine/sdk';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCurrentSession } from '../access.js';
import { useAuthorizeStore, useStore } from '../stores.js';
import { checkShop, checkStoreUrl, shopHandle, withScheme } from './address.js';
import {
  type ConnectionEvent,
  type ConnectionStep,
  connectionState,
  initialStep,
  resolveStep,
  transition,
} from './machine.js';
import { openBlankPopup } from './popup.js';
import type { ConnectionDrafts, StoreConnection, UseStoreConnectionOptions } from './types.js';
import { useConnectionOutcome } from './useConnectionOutcome.js';

/**
 * The store connection flow without its view: the step (see `machine.ts`), and what moves it on.
 * Opens the platform in a popup (or redirects, when the browser blocks it or `mode` says so),
 * notices a window closed without an answer, picks up the outcome of a redirect when the page
 * comes back, and keeps the client's store lists current.
 */
export function useStoreConnection(options: UseStoreConnectionOptions): StoreConnection {
  const { clientId, mode = 'popup', storeId } = options;
  const session = useCurrentSession();
  const existing = useStore(storeId ?? null);
  const authorize = useAuthorizeStore(clientId);
  // Kept current in a ref: inline callbacks change on every host render and must not re-fire.
  const callbacks = useRef(options);
  callbacks.current = options;

  const canConnect = session.data?.capabilities.includes('stores:connect') ?? false;
  const reconnecting = existing.data ?? null;
  const offered = (options.platforms ?? allPlatforms).filter(
    (p) => !reconnecting || p === reconnecting.platform,
  );
  const only = reconnecting?.platform ?? (offered.length === 1 ? offered[0]! : null);
  const onlyRef = useRef(only);
  onlyRef.current = only;

  const [stored, setStored] = useState<ConnectionStep>(initialStep);
  const step = useMemo(() => resolveStep(stored, only), [stored, only]);
  const state = connectionState(step);
  // Events apply to the step as shown, the skipped picker included.
  const dispatch = useCallback((event: ConnectionEvent) => {
    setStored((current) => {
      const shown = resolveStep(current, onlyRef.current);
      const next = transition(shown, event);
      return next === shown ? current : next;
    });
  }, []);

  const [openState, setOpenState] = useState(options.defaultOpen ?? false);
  const open = options.open ?? openState;
  const setOpen = useCallback((next: boolean) => {
    setOpenState(next);
    callbacks.current.onOpenChange?.(next);
  }, []);

  const [drafts, setDrafts] = useState<ConnectionDrafts>({});
  const [wooWay, setWooWay] = useState<'approve' | 'keys'>('approve');
  // A reconnection starts from the address the store had (the shop's handle, for Shopify);
  // what was typed in the other forms already stays.
  useEffect(() => {
    const shopUrl = reconnecting?.shopUrl;
    if (!shopUrl) return;
    const url = withScheme(shopUrl);
    setDrafts((d) => ({
      ...d,
      shopify: { shop: shopHandle(shopUrl) },
      woocommerce: d.woocommerce ?? { url },
      pressero: d.pressero ?? { siteUrl: url },
    }));
  }, [reconnecting?.shopUrl]);

  useEffect(() => {
    callbacks.current.onStateChange?.(state);
  }, [state]);

  const ready = session.isSuccess && (!storeId || existing.isSuccess);
  const announced = useRef(false);
  useEffect(() => {
    if (ready && !announced.current) {
      announced.current = true;
      callbacks.current.onReady?.();
    }
  }, [ready]);

  const { succeed, fail } = useConnectionOutcome({
    clientId,
    storeId,
    step,
    dispatch,
    callbacks: options,
    onReturn: () => setOpen(true),
  });

  /** Starts a fresh authorisation; must run inside the click, so the popup is not blocked. */
  const startAuthorize = (platform: Platform, request: AuthorizeStoreBody) => {
    const popup = mode === 'popup' ? openBlankPopup() : null;
    const body: AuthorizeStoreBody = {
      ...request,
      ...(storeId ? { storeId } : {}),
      ...(popup
        ? {}
        : { returnUrl: options.returnUrl ?? withoutStoreConnectionReturn(window.location.href) }),
    };
    dispatch({ type: 'authorize', platform, request, popup });
    authorize.mutateAsync(body).then(
      (result) => {
        if (!popup) {
          window.location.assign(result.authorizeUrl);
          return;
        }
        popup.location.href = result.authorizeUrl;
        dispatch({
          type: 'authorized',
          popup,
          authorizeUrl: result.authorizeUrl,
          store: result.store,
        });
      },
      (error: unknown) => {
        popup?.close();
        // The address was wrong after all: back to its field, with the server's verdict.
        if (isApiError(error) && error.code === 'invalid_shop_domain' && platform !== 'etsy') {
          dispatch({ type: 'refused', platform });
          callbacks.current.onError?.(error);
          return;
        }
        fail(platform, { error }, request);
      },
    );
  };

  return {
    step,
    state,
    open,
    available: !session.isPending && !(session.isSuccess && !canConnect),
    ready,
    clientId,
    reconnecting,
    loadingStore: Boolean(storeId) && !reconnecting,
    storeLoaded: !storeId || existing.isSuccess,
    platforms: offered,
    drafts,
    setDraft: (platform: Platform, values: Record<string, string>) =>
      setDrafts((d) => ({ ...d, [platform]: { ...d[platform], ...values } })),
    wooWay,
    setWooWay: (way: 'approve' | 'keys') => {
      dispatch({ type: 'edit' });
      setWooWay(way);
    },
    start: () => {
      dispatch({ type: 'reset' });
      setOpen(true);
    },
    close: () => {
      if (step.kind === 'authorizing') step.popup?.close();
      setOpen(false);
      dispatch({ type: 'reset' });
    },
    setOpen,
    pick: (platform: Platform) => dispatch({ type: 'pick', platform }),
    choose: () => dispatch({ type: 'choose' }),
    back: !reconnecting && offered.length > 1 ? () => dispatch({ type: 'back' }) : undefined,
    connectShopify: () => {
      const checked = checkShop(drafts.shopify?.shop ?? '');
      if ('error' in checked) {
        dispatch({ type: 'addressError', platform: 'shopify', error: checked.error });
        return;
      }
      startAuthorize('shopify', { platform: 'shopify', shop: checked.shop });
    },
    connectWooCommerce: () => {
      const checked = checkStoreUrl(drafts.woocommerce?.url ?? '');
      if ('error' in checked) {
        dispatch({ type: 'addressError', platform: 'woocommerce', error: checked.error });
        return;
      }
      startAuthorize('woocommerce', { platform: 'woocommerce', url: checked.url });
    },
    connectEtsy: () => startAuthorize('etsy', { platform: 'etsy' }),
    cancel: () => {
      if (step.kind === 'authorizing') step.popup?.close();
      dispatch({ type: 'cancel' });
    },
    reopen: () => {
      if (step.kind !== 'authorizing' || !step.authorizeUrl) return;
      const again = step.popup && !step.popup.closed ? step.popup : openBlankPopup();
      if (!again) return;
      again.location.href = step.authorizeUrl;
      again.focus?.();
      dispatch({ type: 'reopened', popup: again });
    },
    retry: () => {
      if (step.kind !== 'error') return;
      if (step.request && step.platform) startAuthorize(step.platform, step.request);
      else dispatch({ type: 'retry' });
    },
    credentials: {
      onPendingChange: (pending: boolean) => dispatch({ type: 'checking', pending }),
      onConnected: succeed,
      onError: (error: unknown) => callbacks.current.onError?.(error),
    },
  };
}
