import { ProductMapper, useClient, useStore } from '@vitrine/react';
import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { Link, useDocumentTitle } from '../router.js';

interface Crumb {
  to: string;
  label: string;
}

/**
 * A store's products, mapped to Northwind's print catalog with ProductMapper. The page's heading
 * names the store, so the widget's own title is kept for screen readers only, one level below.
 * `titleSuffix` ends the tab's title (the client's name, on the staff pages); `bulkTo` links the
 * store's bulk operations (the spreadsheet import of its mappings).
 */
export function ProductsPage(props: {
  storeId: string;
  crumbs: Crumb[];
  titleSuffix?: string | undefined;
  bulkTo?: string | undefined;
}) {
  const { t } = usePortalLocale();
  const store = useStore(props.storeId);
  const name = store.data?.name ?? t('products.storeLoading');
  useDocumentTitle(
    [t('products.nav'), store.data?.name, props.titleSuffix].filter(Boolean).join(' · '),
  );
  return (
    <>
      <PageHeader
        breadcrumb={
          <ol>
            {props.crumbs.map((crumb) => (
              <li key={crumb.to} className="nw-crumb">
                <Link to={crumb.to}>{crumb.label}</Link>
              </li>
            ))}
            <li className="nw-crumb" aria-current="page">
              {store.data?.name ?? t('products.nav')}
            </li>
          </ol>
        }
        title={t('products.title', { store: name })}
        subtitle={t('products.subtitle')}
        actions={
          props.bulkTo && (
            <Link to={props.bulkTo} className="nw-button">
              {t('products.bulk')}
            </Link>
          )
        }
      />
      <ProductMapper storeId={props.storeId} headingLevel={2} hideTitle className="nw-products" />
    </>
  );
}

/** Staff pages: a client's store, reached from the client's page. */
export function StaffProductsPage(props: { clientId: string; storeId: string }) {
  const { t } = usePortalLocale();
  const client = useClient(props.clientId);
  return (
    <ProductsPage
      storeId={props.storeId}
      crumbs={[
        { to: '/clients', label: t('app.clients') },
        { to: `/clients/${props.clientId}`, label: client.data?.name ?? '…' },
      ]}
      titleSuffix={client.data?.name}
    />
  );
}
