import type { Platform, Store, StoreWithWebhookSecret } from '@vitrine/sdk';
import type { ConnectionStep, StoreConnectState } from './machine.js';

export interface UseStoreConnectionOptions {
  clientId: string;
  /** Platforms offered, in this order. @default every platform */
  platforms?: readonly Platform[];
  /** `popup` falls back to a redirect when the browser blocks the window. @default 'popup' */
  mode?: 'popup' | 'redirect';
  /** Where a redirect comes back to. @default the current page */
  returnUrl?: string;
  /** Reconnect this store: its platform and address are preset. */
  storeId?: string;
  onConnected?: (store: StoreWithWebhookSecret) => void;
  /** An SDK error, or `{code}` reported by the platform's callback (`popup_closed` for a closed window). */
  onError?: (error: unknown) => void;
  /** Once the session (and the store to reconnect) are loaded. */
  onReady?: () => void;
  onStateChange?: (state: StoreConnectState) => void;
  defaultOpen?: boolean;
  /** Whether the flow is open (a dialog, for the widget), to control it from outside. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/** Typed values of each platform's form, kept while the flow is mounted. */
export type ConnectionDrafts = Partial<Record<Platform, Record<string, string>>>;

/** The flow as `useStoreConnection` hands it to a view. */
export interface StoreConnection {
  /** Where the flow stands; the picker is skipped when only one platform applies. */
  step: ConnectionStep;
  state: StoreConnectState;
  open: boolean;
  setOpen: (open: boolean) => void;
  /** Hidden until the session says it may connect (or cannot say: the server decides then). */
  available: boolean;
  /** The session, and the store to reconnect, are loaded. */
  ready: boolean;
  clientId: string;
  /** The store being reconnected, once loaded. */
  reconnecting: Store | null;
  /** Reconnecting, and the store is not loaded yet. */
  loadingStore: boolean;
  /** No store to reconnect, or it loaded: the flow may start. */
  storeLoaded: boolean;
  /** The platforms offered, in order (only the store's own when reconnecting). */
  platforms: Platform[];
  drafts: ConnectionDrafts;
  /** Merges typed values into a platform's draft. */
  setDraft: (platform: Platform, values: Record<string, string>) => void;
  /** WooCommerce: approve in the store's page, or paste API keys. */
  wooWay: 'approve' | 'keys';
  setWooWay: (way: 'approve' | 'keys') => void;
  /** Opens the flow afresh, at the picker. */
  start: () => void;
  /** Closes the flow (and the platform's window) and starts afresh next time. */
  close: () => void;
  pick: (platform: Platform) => void;
  /** On to the picked platform's form. */
  choose: () => void;
  /** Back to the picker, when there is a choice to go back to. */
  back: (() => void) | undefined;
  /** Checks the drafted address, then authorises in the platform's window (or by redirect). */
  connectShopify: () => void;
  connectWooCommerce: () => void;
  connectEtsy: () => void;
  /** Stops waiting for the platform, back to its form. */
  cancel: () => void;
  /** Shows the platform's window again, opening a new one if it was closed. */
  reopen: () => void;
  /** After a failure: the same authorisation afresh, or back to the form. */
  retry: () => void;
  /** For the forms whose credentials the server checks live (`stores.create`). */
  credentials: {
    onPendingChange: (pending: boolean) => void;
    onConnected: (store: StoreWithWebhookSecret) => void;
    onError: (error: unknown) => void;
  };
}
