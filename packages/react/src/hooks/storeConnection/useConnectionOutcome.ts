'use client';
import {
  type AuthorizeStoreBody,
  type Platform,
  readStoreConnectionReturn,
  type StoreConnectionReturn,
  type StoreWithWebhookSecret,
  withoutStoreConnectionReturn,
} from '@vitrine/sdk';
import { useCallback, useEffect, useRef } from 'react';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { vitrineKeys } from '../keys.js';
import type { ConnectionEvent, ConnectionFailure, ConnectionStep } from './machine.js';
import { watchPopup } from './popup.js';

interface OutcomeCallbacks {
  onConnected?: ((store: StoreWithWebhookSecret) => void) | undefined;
  onError?: ((error: unknown) => void) | undefined;
}

/**
 * How a connection ends: the platform's window answers (or closes without a word), the page
 * comes back from a redirect with the outcome in its address, or a form's credentials are
 * accepted. Each end moves the flow on, tells the host and refreshes the client's store lists.
 */
export function useConnectionOutcome(args: {
  clientId: string;
  storeId: string | undefined;
  step: ConnectionStep;
  dispatch: (event: ConnectionEvent) => void;
  /** The host's callbacks; the latest are used, so inline ones do not re-run anything. */
  callbacks: OutcomeCallbacks;
  /** The page came back from a redirect with an outcome to show. */
  onReturn: () => void;
}) {
  const { clientId, storeId, step, dispatch } = args;
  const { client, queryClient } = useVitrine();
  const callbacks = useRef(args.callbacks);
  callbacks.current = args.callbacks;

  // Lists show the store as "Connecting" from the start: they learn the outcome at once.
  const refreshStores = useCallback(
    (id?: string) => {
      if (id) queryClient.invalidateQueries({ queryKey: vitrineKeys.store(id) });
      return queryClient.invalidateQueries({ queryKey: vitrineKeys.stores(clientId) });
    },
    [queryClient, clientId],
  );

  const succeed = useCallback(
    (store: StoreWithWebhookSecret) => {
      dispatch({ type: 'connected', store });
      refreshStores(store.id);
      callbacks.current.onConnected?.(store);
    },
    [dispatch, refreshStores],
  );

  const fail = useCallback(
    (platform: Platform | null, failure: ConnectionFailure, request: AuthorizeStoreBody | null) => {
      dispatch({ type: 'failed', platform, failure, request });
      refreshStores(storeId);
      callbacks.current.onError?.('error' in failure ? failure.error : failure);
    },
    [dispatch, refreshStores, storeId],
  );

  /** The platform answered: read the store it connected (or the reason it did not). */
  const finish = useCallback(
    async (
      platform: Platform | null,
      outcome: StoreConnectionReturn,
      request: AuthorizeStoreBody | null,
    ) => {
      if (outcome.status === 'error' || !outcome.storeId) {
        fail(platform, { code: outcome.errorCode ?? 'unknown' }, request);
        return;
      }
      dispatch({ type: 'exchange', platform });
      try {
        const store = await client.stores.get(outcome.storeId);
        queryClient.setQueryData(vitrineKeys.store(store.id), store);
        if (store.status === 'connected') succeed(store);
        else fail(platform, { code: store.statusReason ?? 'unknown' }, request);
      } catch (error) {
        fail(platform, { error }, request);
      }
    },
    [client, queryClient, dispatch, succeed, fail],
  );

  // Back from a redirect: the outcome is in the address; show it once and tidy the address.
  const finishRef = useRef(finish);
  finishRef.current = finish;
  const onReturnRef = useRef(args.onReturn);
  onReturnRef.current = args.onReturn;
  useEffect(() => {
    const outcome = readStoreConnectionReturn(window.location.href);
    if (!outcome) return;
    if (storeId && outcome.storeId && outcome.storeId !== storeId) return;
    window.history.replaceState(
      window.history.state,
      '',
      withoutStoreConnectionReturn(window.location.href),
    );
    onReturnRef.current();
    finishRef.current(null, outcome, null);
  }, [storeId]);

  // While the platform's window is open: its message, or its closing without one.
  useEffect(() => {
    if (step.kind !== 'authorizing' || !step.popup || !step.authorizeUrl) return;
    const { popup, platform, request, store } = step;
    const closedWithoutMessage = async () => {
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
    };
    return watchPopup(popup, new URL(client.baseUrl).origin, {
      message: (message) =>
        finish(
          platform,
          {
            status: message.status,
            storeId: message.storeId ?? store?.id ?? null,
            errorCode: message.error?.code ?? null,
          },
          request,
        ),
      closed: closedWithoutMessage,
    });
  }, [step, client, finish, succeed, fail]);

  return { succeed, fail };
}
