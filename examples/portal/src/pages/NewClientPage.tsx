import { ClientForm } from '@vitrine/react';
import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { Link, navigate, useDocumentTitle } from '../router.js';

export function NewClientPage() {
  const { t } = usePortalLocale();
  useDocumentTitle(t('newClient.title'));
  return (
    <>
      <PageHeader
        breadcrumb={
          <ol>
            <li className="nw-crumb">
              <Link to="/clients">{t('app.clients')}</Link>
            </li>
            <li className="nw-crumb" aria-current="page">
              {t('newClient.title')}
            </li>
          </ol>
        }
        title={t('newClient.title')}
        subtitle={t('newClient.subtitle')}
      />
      <section className="nw-card nw-card-narrow" aria-label={t('newClient.title')}>
        <ClientForm
          hideTitle
          onCancel={() => navigate('/clients')}
          onSuccess={(client) =>
            navigate(`/clients/${client.id}`, { state: { created: client.name } })
          }
        />
      </section>
    </>
  );
}
