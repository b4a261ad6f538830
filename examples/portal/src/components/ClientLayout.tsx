import type { ReactNode } from 'react';
import { usePortalLocale } from '../i18n.js';
import { initials } from '../pages/ClientsPage.js';
import { Link, usePathname } from '../router.js';
import { Wordmark } from './Brand.js';
import { LanguageSelect } from './LanguageSelect.js';

export interface SignedInUser {
  name: string;
  email: string;
  /** The role in the user's own words, e.g. "Order manager". */
  roleLabel: string;
}

/**
 * The client area's chrome: where a client's own users work. Same brand as the staff pages, but
 * the header names the signed-in client user and offers "Sign out".
 */
export function ClientLayout(props: {
  /** Who is signed in; `null` while signed out, `undefined` while still loading. */
  user?: SignedInUser | null;
  onSignOut?: () => void;
  signingOut?: boolean;
  children: ReactNode;
}) {
  const { t } = usePortalLocale();
  const pathname = usePathname();
  const { user } = props;
  return (
    <div className="nw-shell nw-client-shell">
      <a className="nw-skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="nw-topbar">
        <div className="nw-topbar-inner">
          <span className="nw-brand nw-brand-client">
            <Wordmark />
            <span className="nw-product">{t('client.area')}</span>
          </span>
          {user && (
            <nav aria-label={t('app.nav')} className="nw-nav">
              <ul>
                <li>
                  <Link
                    to="/account/stores"
                    aria-current={pathname === '/account/stores' ? 'page' : undefined}
                  >
                    {t('client.stores')}
                  </Link>
                </li>
                <li>
                  <Link
                    to="/account/orders"
                    aria-current={pathname.startsWith('/account/orders') ? 'page' : undefined}
                  >
                    {t('client.orders')}
                  </Link>
                </li>
                <li>
                  <Link
                    to="/account/team"
                    aria-current={pathname === '/account/team' ? 'page' : undefined}
                  >
                    {t('client.team')}
                  </Link>
                </li>
              </ul>
            </nav>
          )}
          <div className="nw-topbar-end">
            <LanguageSelect />
            {user && (
              <div className="nw-user">
                <span className="nw-avatar" aria-hidden="true">
                  {initials(user.name)}
                </span>
                <span className="nw-user-text">
                  <span className="nw-user-name">{user.name}</span>
                  <span className="nw-user-role">{user.roleLabel}</span>
                </span>
              </div>
            )}
            {user && props.onSignOut && (
              <button
                type="button"
                className="nw-button nw-button-dark"
                onClick={props.onSignOut}
                disabled={props.signingOut}
                aria-busy={props.signingOut || undefined}
              >
                {t('client.signOut')}
              </button>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="nw-main" tabIndex={-1}>
        {props.children}
      </main>
      <footer className="nw-footer">
        <p>{t('app.footer')}</p>
        <p>{t('app.support')}</p>
      </footer>
    </div>
  );
}
