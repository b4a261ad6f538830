import type { ReactNode } from 'react';
import { usePortalLocale } from '../i18n.js';
import { Link, usePathname } from '../router.js';
import { Wordmark } from './Brand.js';
import { LanguageSelect } from './LanguageSelect.js';

/** The PSP's own admin chrome; the Vitrine widgets sit inside its pages. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const { t } = usePortalLocale();
  const pathname = usePathname();
  const inClients = pathname === '/' || pathname.startsWith('/clients');
  return (
    <div className="nw-shell">
      <a className="nw-skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="nw-topbar">
        <div className="nw-topbar-inner">
          <Link to="/clients" className="nw-brand">
            <Wordmark />
          </Link>
          <nav aria-label={t('app.nav')} className="nw-nav">
            <ul>
              <li>
                <Link to="/clients" aria-current={inClients ? 'page' : undefined}>
                  {t('app.clients')}
                </Link>
              </li>
              <li>
                <Link to="/settings" aria-current={pathname === '/settings' ? 'page' : undefined}>
                  {t('app.settings')}
                </Link>
              </li>
            </ul>
          </nav>
          <div className="nw-topbar-end">
            <LanguageSelect />
            <div className="nw-user">
              <span className="nw-avatar" aria-hidden="true">
                DO
              </span>
              <span className="nw-user-text">
                <span className="nw-user-name">Dana Ortiz</span>
                <span className="nw-user-role">{t('app.role')}</span>
              </span>
            </div>
          </div>
        </div>
      </header>
      <main id="main" className="nw-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="nw-footer">
        <p>{t('app.footer')}</p>
        <p>{t('app.support')}</p>
      </footer>
    </div>
  );
}

export function PageHeader(props: {
  title: ReactNode;
  subtitle?: ReactNode;
  breadcrumb?: ReactNode;
  actions?: ReactNode;
  meta?: ReactNode;
}) {
  const { t } = usePortalLocale();
  return (
    <div className="nw-page-header">
      {props.breadcrumb && (
        <nav aria-label={t('app.breadcrumb')} className="nw-breadcrumb">
          {props.breadcrumb}
        </nav>
      )}
      <div className="nw-page-header-row">
        <div className="nw-page-header-text">
          <h1 className="nw-page-title" tabIndex={-1} data-page-title>
            {props.title}
          </h1>
          {props.subtitle && <p className="nw-page-subtitle">{props.subtitle}</p>}
          {props.meta && <div className="nw-page-meta">{props.meta}</div>}
        </div>
        {props.actions && <div className="nw-page-actions">{props.actions}</div>}
      </div>
    </div>
  );
}
