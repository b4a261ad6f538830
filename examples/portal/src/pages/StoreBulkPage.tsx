import { BulkCsvImporter, errorMessage, useStore, useVitrine } from '@vitrine/react';
import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { Link } from '../router.js';

/**
 * `/account/stores/:storeId/bulk`: a store's bulk operations, linked from its products page,
 * where the imported mappings then show.
 */
export function StoreBulkPage(props: { storeId: string }) {
  const { t } = usePortalLocale();
  const vitrine = useVitrine();
  const store = useStore(props.storeId);
  const name = store.data?.name ?? '';
  return (
    <>
      <PageHeader
        breadcrumb={
          <ol>
            <li className="nw-crumb">
              <Link to="/account/stores">{t('client.stores')}</Link>
            </li>
            <li className="nw-crumb">
              <Link to={`/account/stores/${props.storeId}/products`}>
                {name || vitrine.t('common.loading')}
              </Link>
            </li>
            <li className="nw-crumb" aria-current="page">
              {t('bulk.title')}
            </li>
          </ol>
        }
        title={
          store.isError
            ? errorMessage(store.error, vitrine.t)
            : name || <span className="nw-skeleton-text">{vitrine.t('common.loading')}</span>
        }
      />
      <BulkOperations storeId={props.storeId} />
    </>
  );
}

/**
 * "Bulk operations": the spreadsheet import of a store's product mappings, as a section any store
 * page can hold.
 */
export function BulkOperations(props: { storeId: string }) {
  const { t } = usePortalLocale();
  return (
    <section className="nw-bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title" className="nw-card-title nw-bulk-title">
        {t('bulk.title')}
      </h2>
      <BulkCsvImporter storeId={props.storeId} headingLevel={3} className="nw-bulk-importer" />
    </section>
  );
}
