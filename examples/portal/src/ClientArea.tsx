import {
  errorMessage,
  useClient,
  useCurrentSession,
  useUsers,
  useVitrine,
  VitrineProvider,
} from '@vitrine/react';
import { loadLocale } from '@vitrine/react/locales';
import type { Role } from '@vitrine/sdk';
import { useEffect, useMemo, useState } from 'react';
import { ClientLayout } from './components/ClientLayout.js';
import { usePortalLocale } from './i18n.js';
import { OrderPage, OrdersPage, PlaceOrderPage } from './pages/OrdersPage.js';
import { ProductsPage } from './pages/ProductsPage.js';
import { SignedOutPage } from './pages/SignedOutPage.js';
import { StoreBulkPage } from './pages/StoreBulkPage.js';
import { StoresPage } from './pages/StoresPage.js';
import { TeamPage } from './pages/TeamPage.js';
import { matchPath, navigate, useDocumentTitle } from './router.js';
import { appearance } from './theme.js';
import {
  createClientVitrine,
  SignedOutError,
  type SignedOutReason,
  signOutClientUser,
} from './vitrine.js';

/** The client area's pages; any other `/account/…` address goes to the team page. */
const clientPages = [
  '/account/team',
  '/account/stores',
  '/account/orders',
  '/account/orders/:orderId',
  '/account/stores/:storeId/new-order',
  '/account/stores/:storeId/products',
  '/account/stores/:storeId/bulk',
] as const;
type ClientPage = (typeof clientPages)[number];

/**
 * `/account/…`: the client area, where a client's own users work. It has its own
 * `<VitrineProvider>`, whose SDK client gets client-scope sessions for the signed-in user from
 * the portal's backend. It never shares a provider (or its cache) with the staff pages.
 */
export function ClientArea({ pathname }: { pathname: string }) {
  const { locale } = usePortalLocale();
  const [signedOut, setSignedOut] = useState<SignedOutReason | null>(null);
  // A fresh SDK client (no cached token) and a fresh provider (no cached data) per sign-in.
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new client for each generation
  const client = useMemo(() => createClientVitrine(setSignedOut), [generation]);
  const [signingOut, setSigningOut] = useState(false);
  const [signOutFailed, setSignOutFailed] = useState(false);

  const page = clientPages.find((p) => matchPath(p, pathname));
  const params = page ? (matchPath(page, pathname) ?? {}) : {};
  useEffect(() => {
    if (!page) navigate('/account/team', { replace: true });
  }, [page]);

  const signOut = async () => {
    setSigningOut(true);
    setSignOutFailed(false);
    try {
      await signOutClientUser();
      setSignedOut('signed_out');
      setGeneration((n) => n + 1);
    } catch {
      // Still signed in: say so rather than pretend otherwise.
      setSignOutFailed(true);
    } finally {
      setSigningOut(false);
    }
  };

  if (signedOut) {
    return (
      <ClientLayout user={null}>
        <SignedOutPage reason={signedOut} />
      </ClientLayout>
    );
  }
  return (
    <VitrineProvider
      key={generation}
      client={client}
      locale={locale}
      loadLocale={loadLocale}
      appearance={appearance}
      className="nw-app"
    >
      <SignedIn
        page={page ?? '/account/team'}
        params={params}
        onSignOut={signOut}
        signingOut={signingOut}
        signOutFailed={signOutFailed}
      />
    </VitrineProvider>
  );
}

/** Who the session stands for comes from the API (`GET /v1/sessions/current`), not the page. */
function SignedIn(props: {
  page: ClientPage;
  params: Record<string, string>;
  onSignOut: () => void;
  signingOut: boolean;
  signOutFailed: boolean;
}) {
  const { t } = usePortalLocale();
  const vitrine = useVitrine();
  const session = useCurrentSession();
  const { clientId, userId, role } = session.data ?? {};

  if (clientId && userId && role) {
    return (
      <Account
        clientId={clientId}
        userId={userId}
        role={role}
        canManage={session.data?.capabilities.includes('users:manage') ?? false}
        {...props}
      />
    );
  }
  // A SignedOutError has already switched the area to its signed-out page.
  const failed = session.isError && !(session.error instanceof SignedOutError);
  return (
    <ClientLayout>
      {failed ? (
        <div className="nw-card nw-inline-error" role="alert">
          <p>{errorMessage(session.error, vitrine.t)}</p>
          <button type="button" className="nw-button" onClick={() => session.refetch()}>
            {vitrine.t('common.retry')}
          </button>
        </div>
      ) : (
        <p className="nw-loading" role="status">
          <span className="nw-spinner" aria-hidden="true" />
          {t('team.loading')}
        </p>
      )}
    </ClientLayout>
  );
}

function Account(props: {
  page: ClientPage;
  params: Record<string, string>;
  clientId: string;
  userId: string;
  role: Role;
  canManage: boolean;
  onSignOut: () => void;
  signingOut: boolean;
  signOutFailed: boolean;
}) {
  const { t } = usePortalLocale();
  const vitrine = useVitrine();
  const client = useClient(props.clientId);
  // The same query as the UserManager's list, so this costs no extra request.
  const users = useUsers(props.clientId);
  const onBulk = props.page === '/account/stores/:storeId/bulk';
  const pageTitle = props.page.startsWith('/account/orders')
    ? t('client.orders')
    : onBulk
      ? t('bulk.title')
      : props.page.startsWith('/account/stores')
        ? t('client.stores')
        : t('client.team');
  // The products page names its store in the title itself.
  const onProducts = props.page === '/account/stores/:storeId/products';
  useDocumentTitle(client.data ? `${pageTitle} · ${client.data.name}` : pageTitle, !onProducts);

  const everyone = users.data?.pages.flatMap((page) => page.data) ?? [];
  const me = everyone.find((user) => user.id === props.userId);
  const name = me ? `${me.firstName} ${me.lastName}`.trim() || me.email : '';
  return (
    <ClientLayout
      user={{
        name: name || '…',
        email: me?.email ?? '',
        roleLabel: vitrine.t(`role.${props.role}`),
      }}
      onSignOut={props.onSignOut}
      signingOut={props.signingOut}
    >
      {props.signOutFailed && (
        <p className="nw-inline-error-text nw-sign-out-failed" role="alert">
          {t('client.signOutFailed')}
        </p>
      )}
      {onProducts ? (
        <ProductsPage
          storeId={props.params.storeId!}
          crumbs={[{ to: '/account/stores', label: t('client.stores') }]}
          titleSuffix={client.data?.name}
          bulkTo={`/account/stores/${props.params.storeId!}/bulk`}
        />
      ) : onBulk ? (
        <StoreBulkPage key={props.params.storeId!} storeId={props.params.storeId!} />
      ) : props.page === '/account/stores' ? (
        <StoresPage clientId={props.clientId} />
      ) : props.page === '/account/orders' ? (
        <OrdersPage clientId={props.clientId} />
      ) : props.page === '/account/orders/:orderId' ? (
        <OrderPage orderId={props.params.orderId!} backTo="/account/orders" />
      ) : props.page === '/account/stores/:storeId/new-order' ? (
        <PlaceOrderPage storeId={props.params.storeId!} />
      ) : (
        <TeamPage
          clientId={props.clientId}
          clientName={client.data?.name}
          me={me}
          role={props.role}
          canManage={props.canManage}
          admins={everyone.filter((user) => user.role === 'admin' && user.status === 'active')}
        />
      )}
    </ClientLayout>
  );
}
