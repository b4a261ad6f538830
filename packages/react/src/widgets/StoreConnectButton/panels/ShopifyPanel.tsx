'use client';
import { useVitrine } from '../../../provider/VitrineProvider.js';
import type { PanelProps } from '../types.js';
import { AddressForm, addressErrorText } from './AddressForm.js';

/** The shop's address, then approval in Shopify's window. */
export function ShopifyPanel({ connection, classNames }: PanelProps) {
  const { t } = useVitrine();
  return (
    <AddressForm
      platform="shopify"
      instructions={t('stores.shopify.instructions')}
      label={t('stores.field.shopify.shop')}
      hint={t('stores.field.shopify.shop.hint')}
      error={addressErrorText(connection.step, t)}
      value={connection.drafts.shopify?.shop ?? ''}
      onValueChange={(shop) => connection.setDraft('shopify', { shop })}
      autoComplete="off"
      placeholder="my-shop.myshopify.com"
      onBack={connection.back}
      onSubmit={connection.connectShopify}
      classNames={classNames}
    />
  );
}
