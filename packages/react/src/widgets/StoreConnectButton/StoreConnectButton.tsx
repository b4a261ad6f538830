'use client';
import type { Platform, StoreWithWebhookSecret } from '@vitrine/sdk';
import type { ComponentType, ReactNode } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { type StoreConnectState, stepPlatform } from '../../hooks/storeConnection/machine.js';
import { useStoreConnection } from '../../hooks/storeConnection/useStoreConnection.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { AuthorizingPanel } from './panels/AuthorizingPanel.js';
import { ConnectedPanel } from './panels/ConnectedPanel.js';
import { EtsyPanel } from './panels/EtsyPanel.js';
import { FailedPanel } from './panels/FailedPanel.js';
import { ManualPanel } from './panels/ManualPanel.js';
import { PlatformPicker } from './panels/PlatformPicker.js';
import { PresseroPanel } from './panels/PresseroPanel.js';
import { ShopifyPanel } from './panels/ShopifyPanel.js';
import { WooCommercePanel } from './panels/WooCommercePanel.js';
import type { PanelProps, StoreConnectError, StoreConnectPart } from './types.js';

export type { StoreConnectState } from '../../hooks/storeConnection/machine.js';
export type { StoreConnectError, StoreConnectPart } from './types.js';

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

/** Each platform's form, once it is chosen. */
const detailPanels: Record<Platform, ComponentType<PanelProps>> = {
  shopify: ShopifyPanel,
  etsy: EtsyPanel,
  woocommerce: WooCommercePanel,
  pressero: PresseroPanel,
  manual: ManualPanel,
};

/**
 * A button that connects one of the client's stores: the owner picks the platform, then approves
 * in a popup (Shopify, Etsy, WooCommerce's key hand-off) or types credentials that the server
 * checks live (WooCommerce keys, a Pressero login) — or names a manual store. Shown only to
 * sessions that may connect stores. The flow itself is `useStoreConnection`; this is its view.
 */
export function StoreConnectButton(props: StoreConnectButtonProps) {
  const { classNames = {} } = props;
  const { t } = useVitrine();
  const connection = useStoreConnection(props);
  const { step, state, reconnecting } = connection;

  if (!connection.available) return null;

  const platform = stepPlatform(step);
  const title = reconnecting
    ? t('stores.connect.reconnectTitle', { name: reconnecting.name })
    : platform === 'manual'
      ? t('stores.connect.titleManual')
      : platform
        ? t('stores.connect.titleFor', { platform: t(`stores.platform.${platform}`) })
        : t('stores.connect.title');
  const Details = step.kind === 'details' ? detailPanels[step.platform] : null;

  return (
    <div
      className={cx('vt-StoreConnect-root', props.className, classNames.root)}
      data-state={state}
    >
      {!props.hideTrigger && (
        <Button
          variant={props.variant ?? 'primary'}
          className={classNames.trigger}
          onClick={connection.start}
          disabled={!connection.storeLoaded}
          aria-haspopup="dialog"
        >
          {props.children ??
            (props.storeId ? t('stores.connect.reconnect') : t('stores.connect.button'))}
        </Button>
      )}
      <Dialog
        open={connection.open}
        onOpenChange={(next) => (next ? connection.setOpen(true) : connection.close())}
        title={title}
        headingLevel={props.headingLevel}
        className={cx('vt-StoreConnect-dialog', classNames.dialog)}
      >
        <div className="vt-StoreConnect-body" data-state={state} data-step={step.kind}>
          {connection.loadingStore && (
            <p className={cx('vt-StoreConnect-status', 'vt-StoreConnect-waiting')} role="status">
              <span className="vt-Spinner" aria-hidden="true" /> {t('common.loading')}
            </p>
          )}
          {step.kind === 'pick' && !connection.loadingStore && (
            <PlatformPicker connection={connection} classNames={classNames} />
          )}
          {Details && <Details connection={connection} classNames={classNames} />}
          {step.kind === 'authorizing' && (
            <AuthorizingPanel connection={connection} step={step} classNames={classNames} />
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
            <ConnectedPanel store={step.store} onDone={connection.close} classNames={classNames} />
          )}
          {step.kind === 'error' && (
            <FailedPanel
              failure={step.failure}
              platform={step.platform}
              onRetry={connection.retry}
              onClose={connection.close}
              classNames={classNames}
            />
          )}
        </div>
      </Dialog>
    </div>
  );
}
