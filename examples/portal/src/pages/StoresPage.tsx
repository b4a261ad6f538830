import { StoreList, TestOrderButton, useCurrentSession, useVitrine } from '@vitrine/react';
import type { Store } from '@vitrine/sdk';
import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { navigate } from '../router.js';
import { apiUrl } from '../vitrine.js';

/**
 * `/account/stores`: the client's stores. StoreList shows each store's status, counts and sync
 * progress, with the actions the session may take, connecting included (its "Connect a store"
 * shows only for sessions that may); a store's name opens its products. The page's own heading
 * names it, so the list's title is kept for screen readers only, one level below.
 */
export function StoresPage(props: { clientId: string }) {
  const { t } = usePortalLocale();
  // Placing orders (by hand, or a test order) needs `orders:manage`: admins and order managers.
  const canOrder = useCurrentSession().data?.capabilities.includes('orders:manage') ?? false;
  return (
    <>
      <PageHeader title={t('client.stores')} subtitle={t('stores.subtitle')} />
      <section className="nw-how" aria-labelledby="stores-how-title">
        <h2 id="stores-how-title" className="nw-visually-hidden">
          {t('stores.how.title')}
        </h2>
        <ol className="nw-how-steps">
          <li>
            <h3>{t('stores.how.connect.title')}</h3>
            <p>{t('stores.how.connect.body')}</p>
          </li>
          <li>
            <h3>{t('stores.how.import.title')}</h3>
            <p>{t('stores.how.import.body')}</p>
          </li>
          <li>
            <h3>{t('stores.how.print.title')}</h3>
            <p>{t('stores.how.print.body')}</p>
          </li>
        </ol>
      </section>
      <StoreList
        clientId={props.clientId}
        headingLevel={2}
        hideTitle
        className="nw-stores"
        // Each store's name opens its products.
        onSelect={(store) => navigate(`/account/stores/${store.id}/products`)}
        renderActions={canOrder ? (store) => <OrderActions store={store} /> : undefined}
      />
      {import.meta.env.DEV && <SimulatorNotes />}
    </>
  );
}

/** A manual store takes orders by hand; a store on a platform takes test orders. */
function OrderActions({ store }: { store: Store }) {
  const { t } = usePortalLocale();
  if (store.status !== 'connected') return null;
  if (store.platform === 'manual') {
    return (
      <button
        type="button"
        className="vt-Button"
        data-variant="ghost"
        aria-label={t('stores.placeOrderFor', { store: store.name })}
        onClick={() => navigate(`/account/stores/${store.id}/new-order`)}
      >
        {t('stores.placeOrder')}
      </button>
    );
  }
  return <TestOrderButton storeId={store.id} storeName={store.name} />;
}

/** The simulated shop and store the API's `dev` command serves under `/sim/*`. */
export const demoShop = 'vitrine-demo';
export const demoWooCommerceStore = `${apiUrl}/sim/woocommerce/print-shop`;

/**
 * Only in development (`vite`, not a build): where the simulated platforms are, and how to see a
 * store that needs reconnecting.
 */
function SimulatorNotes() {
  const { t } = usePortalLocale();
  const vitrine = useVitrine();
  const sims = `${apiUrl}/sim`;
  const simulators = [
    ['Shopify', `${sims}/shopify/`],
    ['Etsy', `${sims}/etsy/`],
    ['WooCommerce', `${sims}/woocommerce/`],
    ['Pressero', `${sims}/pressero/`],
  ] as const;
  return (
    <section className="nw-card nw-card-tinted nw-dev" aria-labelledby="stores-dev-title">
      <h2 id="stores-dev-title" className="nw-card-title nw-card-title-sm">
        {t('stores.dev.title')}
      </h2>
      <p className="nw-card-hint">{t('stores.dev.body')}</p>
      <dl className="nw-dev-list">
        <div>
          <dt>{t('stores.dev.shopifyShop')}</dt>
          <dd>
            <code>{demoShop}</code>
            <NewTabLink href={`${sims}/shopify/${demoShop}.myshopify.test/admin`}>
              {t('stores.dev.shopAdmin')}
            </NewTabLink>
          </dd>
        </div>
        <div>
          <dt>{t('stores.dev.wooUrl')}</dt>
          <dd>
            <code>{demoWooCommerceStore}</code>
            <NewTabLink href={`${demoWooCommerceStore}/wp-admin`}>
              {t('stores.dev.wooAdmin')}
            </NewTabLink>
          </dd>
        </div>
        <div>
          <dt>{t('stores.dev.simulators')}</dt>
          <dd>
            {simulators.map(([name, href]) => (
              <NewTabLink key={name} href={href}>
                {name}
              </NewTabLink>
            ))}
          </dd>
        </div>
      </dl>
      <p className="nw-dev-reauth">
        {t('stores.dev.reauth', {
          revoke: 'Revoke access tokens',
          check: vitrine.t('stores.list.verify'),
        })}
      </p>
    </section>
  );
}

function NewTabLink(props: { href: string; children: string }) {
  const { t } = usePortalLocale();
  return (
    <a className="nw-dev-link" href={props.href} target="_blank" rel="noreferrer">
      {props.children}
      <span className="nw-visually-hidden"> {t('stores.dev.newTab')}</span>
    </a>
  );
}
