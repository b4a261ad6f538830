'use client';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import { CredentialsForm } from '../CredentialsForm.js';
import type { PanelProps } from '../types.js';
import { AddressForm, addressErrorText } from './AddressForm.js';

const ways = ['approve', 'keys'] as const;

/**
 * Two ways in: approve in the store's own page (its key hand-off, in a window), or paste REST
 * API keys that the server checks live. The store's address is shared by both.
 */
export function WooCommercePanel({ connection, classNames }: PanelProps) {
  const { t } = useVitrine();
  const { wooWay } = connection;
  return (
    <>
      <fieldset className="vt-StoreConnect-ways">
        <legend className="vt-StoreConnect-legend">{t('stores.woocommerce.how')}</legend>
        {ways.map((way) => (
          <label key={way} className="vt-StoreConnect-way" data-checked={wooWay === way}>
            <input
              type="radio"
              name="vt-woocommerce-way"
              value={way}
              checked={wooWay === way}
              onChange={() => connection.setWooWay(way)}
            />
            <span className="vt-StoreConnect-platformText">
              <span className="vt-StoreConnect-platformName">{t(`stores.woocommerce.${way}`)}</span>
              <span className="vt-StoreConnect-platformDescription">
                {t(`stores.woocommerce.${way}.description`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      {wooWay === 'approve' ? (
        <AddressForm
          platform="woocommerce"
          label={t('stores.field.woocommerce.url')}
          hint={t('stores.field.woocommerce.url.hint')}
          error={addressErrorText(connection.step, t)}
          value={connection.drafts.woocommerce?.url ?? ''}
          onValueChange={(url) => connection.setDraft('woocommerce', { url })}
          type="url"
          autoComplete="url"
          onBack={connection.back}
          onSubmit={connection.connectWooCommerce}
          classNames={classNames}
        />
      ) : (
        <CredentialsForm platform="woocommerce" connection={connection} classNames={classNames} />
      )}
    </>
  );
}
