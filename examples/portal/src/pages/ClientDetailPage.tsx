import {
  AccessToggle,
  ClientForm,
  errorMessage,
  OrderDetail,
  OrderList,
  StoreList,
  UserManager,
  useAccess,
  useClient,
  useVitrine,
} from '@vitrine/react';
import { isApiError } from '@vitrine/sdk';
import { useEffect, useState } from 'react';
import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { Link, navigate, useDocumentTitle } from '../router.js';
import { initials } from './ClientsPage.js';

/**
 * One client: its details (ClientForm in edit mode), its Storefronts access (AccessToggle), its
 * stores (StoreList; a provider session may connect and sync them for the client) and, once
 * access is on, its team (UserManager; a provider session may manage every client's team).
 */
export function ClientDetailPage({ clientId }: { clientId: string }) {
  const { t } = usePortalLocale();
  const vitrine = useVitrine();
  const client = useClient(clientId);
  useDocumentTitle(client.data?.name ?? t('app.clients'));
  // Set by the "New client" page when it sends us here.
  const [created] = useState<string | null>(() => {
    const state: unknown = window.history.state;
    return state && typeof state === 'object' && 'created' in state ? String(state.created) : null;
  });
  // Shown once: not again after a reload.
  useEffect(() => {
    if (created) window.history.replaceState(null, '');
  }, [created]);

  if (client.isError) {
    const missing = isApiError(client.error) && client.error.status === 404;
    return (
      <>
        <PageHeader
          breadcrumb={<Crumbs current={t('detail.notFound')} />}
          title={missing ? t('detail.notFound') : errorMessage(client.error, vitrine.t)}
          subtitle={missing ? t('detail.notFoundBody') : undefined}
        />
        <Link to="/clients" className="nw-button">
          {t('detail.back')}
        </Link>
      </>
    );
  }

  const name = client.data?.name ?? '';
  return (
    <>
      <PageHeader
        breadcrumb={<Crumbs current={name || vitrine.t('common.loading')} />}
        title={
          client.data ? (
            <span className="nw-title-with-avatar">
              <span className="nw-client-avatar nw-client-avatar-lg" aria-hidden="true">
                {initials(name)}
              </span>
              {name}
            </span>
          ) : (
            <span className="nw-skeleton-text">{vitrine.t('common.loading')}</span>
          )
        }
        meta={
          client.data && (
            <dl className="nw-meta">
              <div>
                <dt>{t('detail.reference')}</dt>
                <dd>
                  {client.data.referenceId ? (
                    <code className="nw-ref">{client.data.referenceId}</code>
                  ) : (
                    t('clients.none')
                  )}
                </dd>
              </div>
              <div>
                <dt className="nw-visually-hidden">{t('clients.added')}</dt>
                <dd>{t('detail.added', { date: vitrine.format.date(client.data.createdAt) })}</dd>
              </div>
            </dl>
          )
        }
      />
      {created && (
        <p className="nw-banner" role="status">
          <CheckIcon />
          {t('detail.created', { name: created })}
        </p>
      )}
      <div className="nw-detail-grid">
        <section className="nw-card" aria-labelledby="client-details-title">
          <div className="nw-card-head">
            <h2 id="client-details-title" className="nw-card-title">
              {t('detail.details')}
            </h2>
            <p className="nw-card-hint">{t('detail.detailsHint')}</p>
          </div>
          <ClientForm clientId={clientId} hideTitle />
        </section>
        <div className="nw-detail-side">
          <AccessToggle clientId={clientId} clientName={name || undefined} className="nw-access" />
          <section className="nw-card nw-card-tinted" aria-labelledby="client-help-title">
            <h2 id="client-help-title" className="nw-card-title nw-card-title-sm">
              {t('detail.help.title', { name: name || '…' })}
            </h2>
            <ul className="nw-checklist">
              <li>{t('detail.help.stores')}</li>
              <li>{t('detail.help.products')}</li>
              <li>{t('detail.help.orders')}</li>
            </ul>
          </section>
        </div>
      </div>
      <StoreList
        clientId={clientId}
        headingLevel={2}
        className="nw-stores"
        onSelect={(store) => navigate(`/clients/${clientId}/stores/${store.id}/products`)}
      />
      <OrderList
        clientId={clientId}
        headingLevel={2}
        className="nw-orders"
        onSelect={(order) => navigate(`/clients/${clientId}/orders/${order.id}`)}
      />
      <ClientTeam clientId={clientId} name={name} />
    </>
  );
}

/** The client's users. Inviting needs access on, so until then this says how to start. */
function ClientTeam({ clientId, name }: { clientId: string; name: string }) {
  const { t } = usePortalLocale();
  // The AccessToggle's query: it already polls, this only reads along.
  const access = useAccess(clientId, { refetchInterval: false });
  if (!access.data) return null;
  if (access.data.enabled) return <UserManager clientId={clientId} className="nw-team" />;
  return (
    <section className="nw-card nw-team-off" aria-labelledby="client-team-title">
      <h2 id="client-team-title" className="nw-card-title">
        {t('detail.team.title')}
      </h2>
      <p className="nw-card-hint">{t('detail.team.off', { name: name || '…' })}</p>
    </section>
  );
}

/**
 * `/clients/:clientId/orders/:orderId`: one of the client's orders, as the provider's staff see
 * it (they may release and cancel it for the client).
 */
export function ClientOrderPage({ clientId, orderId }: { clientId: string; orderId: string }) {
  const { t } = usePortalLocale();
  const vitrine = useVitrine();
  const client = useClient(clientId);
  const name = client.data?.name ?? vitrine.t('common.loading');
  useDocumentTitle(`${t('orders.detailTitle')} · ${client.data?.name ?? ''}`);
  return (
    <>
      <PageHeader
        breadcrumb={<Crumbs current={t('orders.detailTitle')} client={{ id: clientId, name }} />}
        title={t('orders.detailTitle')}
      />
      <OrderDetail
        key={orderId}
        orderId={orderId}
        className="nw-order"
        onBack={() => navigate(`/clients/${clientId}`)}
      />
    </>
  );
}

function Crumbs({ current, client }: { current: string; client?: { id: string; name: string } }) {
  const { t } = usePortalLocale();
  return (
    <ol>
      <li className="nw-crumb">
        <Link to="/clients">{t('app.clients')}</Link>
      </li>
      {client && (
        <li className="nw-crumb">
          <Link to={`/clients/${client.id}`}>{client.name}</Link>
        </li>
      )}
      <li className="nw-crumb" aria-current="page">
        {current}
      </li>
    </ol>
  );
}

function CheckIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="m9.5 16.2-4.2-4.2-1.4 1.4 5.6 5.6 11-11-1.4-1.4z" />
    </svg>
  );
}
