import { type Locale, VitrineProvider } from '@vitrine/react';
import { loadLocale } from '@vitrine/react/locales';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { ClientArea } from './ClientArea.js';
import { AdminLayout } from './components/AdminLayout.js';
import {
  initialLocale,
  PortalLocaleContext,
  portalTranslator,
  saveLocale,
  usePortalLocale,
} from './i18n.js';
import { ClientDetailPage, ClientOrderPage } from './pages/ClientDetailPage.js';
import { ClientsPage } from './pages/ClientsPage.js';
import { InvitePage } from './pages/InvitePage.js';
import { NewClientPage } from './pages/NewClientPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { StaffProductsPage } from './pages/ProductsPage.js';
import { SettingsPage } from './pages/SettingsPage.js';
import { matchPath, navigate, usePathname } from './router.js';
import { appearance } from './theme.js';
import { publicVitrine, vitrine } from './vitrine.js';

export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const portalLocale = useMemo(
    () => ({
      locale,
      t: portalTranslator(locale),
      setLocale: (next: Locale) => {
        saveLocale(next);
        setLocale(next);
      },
    }),
    [locale],
  );
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <PortalLocaleContext.Provider value={portalLocale}>
      <Routes />
    </PortalLocaleContext.Provider>
  );
}

/**
 * Three areas, each with its own `<VitrineProvider>` (and so its own SDK client and cache):
 * Northwind's staff pages (provider sessions), the invitation page (no session at all), and the
 * client area under `/account` (client sessions for the signed-in client user).
 */
function Routes() {
  const pathname = usePathname();
  const { locale } = usePortalLocale();
  useFocusOnNavigation(pathname);

  useEffect(() => {
    if (pathname === '/') navigate('/clients', { replace: true });
  }, [pathname]);

  const invite = matchPath('/invite/:token', pathname);
  if (invite) {
    return (
      <VitrineProvider
        key="invite"
        client={publicVitrine}
        locale={locale}
        loadLocale={loadLocale}
        appearance={appearance}
        className="nw-app"
      >
        <InvitePage token={invite.token!} />
      </VitrineProvider>
    );
  }
  if (pathname === '/account' || pathname.startsWith('/account/')) {
    return <ClientArea pathname={pathname} />;
  }

  const detail = matchPath('/clients/:clientId', pathname);
  const products = matchPath('/clients/:clientId/stores/:storeId/products', pathname);
  const clientOrder = matchPath('/clients/:clientId/orders/:orderId', pathname);
  let page: ReactNode = null;
  if (pathname === '/clients') page = <ClientsPage />;
  else if (pathname === '/clients/new') page = <NewClientPage />;
  else if (pathname === '/settings') page = <SettingsPage />;
  else if (detail) page = <ClientDetailPage key={detail.clientId} clientId={detail.clientId!} />;
  else if (products) {
    page = (
      <StaffProductsPage
        key={products.storeId}
        clientId={products.clientId!}
        storeId={products.storeId!}
      />
    );
  } else if (clientOrder) {
    page = <ClientOrderPage clientId={clientOrder.clientId!} orderId={clientOrder.orderId!} />;
  } else if (pathname !== '/') page = <NotFoundPage />;
  return (
    <VitrineProvider
      key="staff"
      client={vitrine}
      locale={locale}
      loadLocale={loadLocale}
      appearance={appearance}
      className="nw-app"
    >
      <AdminLayout>{page}</AdminLayout>
    </VitrineProvider>
  );
}

/** After an in-app navigation, move focus to the new page's heading, as a page load would. */
function useFocusOnNavigation(pathname: string) {
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const heading = document.querySelector<HTMLElement>('[data-page-title]');
    (heading ?? document.getElementById('main'))?.focus({ preventScroll: true });
  }, [pathname]);
}
