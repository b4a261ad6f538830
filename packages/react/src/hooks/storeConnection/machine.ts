import type { AuthorizeStoreBody, Platform, Store, StoreWithWebhookSecret } from '@vitrine/sdk';

/**
 * The store connection flow as data: every step the dialog can show and every event that moves
 * it, with no React and no I/O. `useStoreConnection` runs the side effects (popups, requests,
 * redirects) and feeds their results back here as events.
 */

/** Where a connection stands; also the `data-state` of the widget and its dialog. */
export type StoreConnectState = 'idle' | 'authorizing' | 'exchanging' | 'connected' | 'error';

/** Why a connection attempt ended: an SDK error, or the code the platform's callback reported. */
export type ConnectionFailure = { code: string } | { error: unknown };

/** What an address field says when it is wrong; message keys, so the text follows the locale. */
export type AddressError =
  | 'validation.required'
  | 'stores.field.shopify.shop.format'
  | 'stores.validation.url'
  | 'stores.field.woocommerce.unreachable';

/** The platform's window, as far as the flow uses it. */
export interface ConnectionPopup {
  readonly closed: boolean;
  location: { href: string };
  close(): void;
  focus?(): void;
}

export type ConnectionStep =
  /** Choosing the platform. */
  | { kind: 'pick'; picked: Platform | null }
  /** The platform's form; `checking` while the server checks typed credentials. */
  | { kind: 'details'; platform: Platform; addressError: AddressError | null; checking: boolean }
  /**
   * Waiting for the owner on the platform: in `popup` (null when the browser blocked it, or in
   * redirect mode: the page is about to leave), once the API gave its `authorizeUrl`.
   */
  | {
      kind: 'authorizing';
      platform: Platform;
      request: AuthorizeStoreBody;
      popup: ConnectionPopup | null;
      authorizeUrl: string | null;
      store: Store | null;
    }
  /** The platform answered; reading the store it connected. */
  | { kind: 'exchanging'; platform: Platform | null }
  | { kind: 'connected'; store: StoreWithWebhookSecret }
  /** `request` is what "Try again" repeats, when the failure came from an authorisation. */
  | {
      kind: 'error';
      platform: Platform | null;
      failure: ConnectionFailure;
      request: AuthorizeStoreBody | null;
    };

export type ConnectionEvent =
  /** The dialog opens or closes: start from the picker. */
  | { type: 'reset' }
  | { type: 'pick'; platform: Platform }
  /** Continue with the picked platform. */
  | { type: 'choose' }
  | { type: 'back' }
  | { type: 'addressError'; platform: Platform; error: AddressError }
  /** The server refused the address an authorisation started from. */
  | { type: 'refused'; platform: Platform }
  /** The owner changed how to connect (WooCommerce: approve or keys): old errors no longer apply. */
  | { type: 'edit' }
  | { type: 'checking'; pending: boolean }
  | {
      type: 'authorize';
      platform: Platform;
      request: AuthorizeStoreBody;
      popup: ConnectionPopup | null;
    }
  | { type: 'authorized'; popup: ConnectionPopup; authorizeUrl: string; store: Store }
  | { type: 'reopened'; popup: ConnectionPopup }
  | { type: 'cancel' }
  | { type: 'exchange'; platform: Platform | null }
  | { type: 'connected'; store: StoreWithWebhookSecret }
  | {
      type: 'failed';
      platform: Platform | null;
      failure: ConnectionFailure;
      request: AuthorizeStoreBody | null;
    }
  /** "Try again" after a failure with nothing to repeat: back to the form, or the picker. */
  | { type: 'retry' };

export const initialStep: ConnectionStep = { kind: 'pick', picked: null };

const details = (platform: Platform, addressError: AddressError | null = null): ConnectionStep => ({
  kind: 'details',
  platform,
  addressError,
  checking: false,
});

/**
 * The step shown: the picker is skipped when only one platform applies (a reconnection, or a
 * single platform offered). Derived rather than stored, so it holds however the dialog opened
 * and whenever the store to reconnect loads.
 */
export function resolveStep(step: ConnectionStep, only: Platform | null): ConnectionStep {
  return step.kind === 'pick' && only ? details(only) : step;
}

/** The next step; the same object when the event does not apply to this one. */
export function transition(step: ConnectionStep, event: ConnectionEvent): ConnectionStep {
  switch (event.type) {
    case 'reset':
      return initialStep;
    case 'pick':
      return step.kind === 'pick' ? { kind: 'pick', picked: event.platform } : step;
    case 'choose':
      return step.kind === 'pick' && step.picked ? details(step.picked) : step;
    case 'back':
      return step.kind === 'details' ? { kind: 'pick', picked: step.platform } : step;
    case 'addressError':
      return details(event.platform, event.error);
    case 'refused':
      return details(
        event.platform,
        event.platform === 'shopify'
          ? 'stores.field.shopify.shop.format'
          : 'stores.field.woocommerce.unreachable',
      );
    case 'edit':
      return step.kind === 'details' && step.addressError ? { ...step, addressError: null } : step;
    case 'checking':
      return step.kind === 'details' && step.checking !== event.pending
        ? { ...step, checking: event.pending }
        : step;
    case 'authorize':
      return {
        kind: 'authorizing',
        platform: event.platform,
        request: event.request,
        popup: event.popup,
        authorizeUrl: null,
        store: null,
      };
    case 'authorized':
      // Only for the attempt still shown: not one cancelled, or replaced by a newer one.
      return step.kind === 'authorizing' && step.popup === event.popup
        ? { ...step, authorizeUrl: event.authorizeUrl, store: event.store }
        : step;
    case 'reopened':
      return step.kind === 'authorizing' && step.popup !== event.popup
        ? { ...step, popup: event.popup }
        : step;
    case 'cancel':
      return step.kind === 'authorizing' ? details(step.platform) : step;
    case 'exchange':
      return { kind: 'exchanging', platform: event.platform };
    case 'connected':
      return { kind: 'connected', store: event.store };
    case 'failed':
      return {
        kind: 'error',
        platform: event.platform,
        failure: event.failure,
        request: event.request,
      };
    case 'retry':
      if (step.kind !== 'error') return step;
      return step.platform ? details(step.platform) : initialStep;
  }
}

/** The state the widget reports: the forms are `idle`, or `exchanging` while credentials are checked. */
export function connectionState(step: ConnectionStep): StoreConnectState {
  if (step.kind === 'pick') return 'idle';
  if (step.kind === 'details') return step.checking ? 'exchanging' : 'idle';
  return step.kind;
}

/** The platform a step is about, for titles: none while picking, exchanging or after a failure. */
export function stepPlatform(step: ConnectionStep): Platform | null {
  if (step.kind === 'details' || step.kind === 'authorizing') return step.platform;
  return step.kind === 'connected' ? step.store.platform : null;
}
