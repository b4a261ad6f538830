import { type Locale, VitrineProvider } from '@vitrine/react';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { AdminLayout } from './components/AdminLayout.js';
import { initialLocale, PortalLocaleContext, portalTranslator, saveLocale } from './i18n.js';
import { ClientDetailPage } from './pages/ClientDetailPage.js';
import { ClientsPage } from './pages/ClientsPage.js';
import { InvitePage } from './pages/InvitePage.js';
import { NewClientPage } from './pages/NewClientPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { matchPath, navigate, usePathname } from './router.js';
import { appearance } from './theme.js';
import { vitrine } from './vitrine.js';

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
      <VitrineProvider client={vitrine} locale={locale} appearance={appearance} className="nw-app">
        <Routes />
      </VitrineProvider>
    </PortalLocaleContext.Provider>
  );
}

function Routes() {
  const pathname = usePathname();
  useFocusOnNavigation(pathname);

  useEffect(() => {
    if (pathname === '/') navigate('/clients', { replace: true });
  }, [pathname]);

  const invite = matchPath('/invite/:token', pathname);
  if (invite) return <InvitePage token={invite.token!} />;

  const detail = matchPath('/clients/:clientId', pathname);
  let page: ReactNode = null;
  if (pathname === '/clients') page = <ClientsPage />;
  else if (pathname === '/clients/new') page = <NewClientPage />;
  else if (detail) page = <ClientDetailPage key={detail.clientId} clientId={detail.clientId!} />;
  else if (pathname !== '/') page = <NotFoundPage />;
  return <AdminLayout>{page}</AdminLayout>;
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
