import { InvitationAccept, useVitrine } from '@vitrine/react';
import type { AcceptedInvitation } from '@vitrine/sdk';
import { useEffect, useRef, useState } from 'react';
import { Wordmark } from '../components/Brand.js';
import { LanguageSelect } from '../components/LanguageSelect.js';
import { usePortalLocale } from '../i18n.js';
import { Link, useDocumentTitle } from '../router.js';
import { signInClientUser } from '../vitrine.js';

/**
 * Where an invited person lands from the email: the InvitationAccept widget, then (demo only)
 * signing them in to the client area, and what comes next.
 */
export function InvitePage({ token }: { token: string }) {
  const { t } = usePortalLocale();
  useDocumentTitle(t('invite.eyebrow'));
  const [accepted, setAccepted] = useState<AcceptedInvitation | null>(null);
  const signIn = useSignInAfterAccept();
  return (
    <div className="nw-invite">
      <a className="nw-skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="nw-invite-header">
        <Wordmark />
        <LanguageSelect />
      </header>
      <main id="main" className="nw-invite-main" tabIndex={-1}>
        <section className="nw-invite-pitch" aria-labelledby="invite-heading">
          <p className="nw-eyebrow">{t('invite.eyebrow')}</p>
          <h1 id="invite-heading">{t('invite.heading')}</h1>
          <p className="nw-invite-intro">{t('invite.intro')}</p>
          <ul className="nw-checklist nw-checklist-light">
            <li>{t('invite.point1')}</li>
            <li>{t('invite.point2')}</li>
            <li>{t('invite.point3')}</li>
          </ul>
        </section>
        <div className="nw-invite-card">
          <InvitationAccept
            token={token}
            onSuccess={(result) => {
              setAccepted(result);
              signIn.start(result);
            }}
          />
          {accepted && signIn.state && (
            <SignIn state={signIn.state} onRetry={() => signIn.start(accepted)} />
          )}
          {accepted && (accepted.role === 'admin' ? <NextSteps /> : <MemberNext />)}
        </div>
      </main>
      <footer className="nw-footer nw-footer-plain">
        <p>{t('app.footer')}</p>
        <p>{t('app.support')}</p>
      </footer>
    </div>
  );
}

type SignInState = 'pending' | 'done' | 'failed';

/**
 * Demo only: accepting the invitation signs the person in to the client area. A real portal
 * would have them create a password or sign in with SSO here, and link that account to the
 * accepted `clientId` and `userId` on its own server.
 */
function useSignInAfterAccept() {
  const [state, setState] = useState<SignInState | null>(null);
  const start = (accepted: AcceptedInvitation) => {
    setState('pending');
    signInClientUser(accepted).then(
      () => setState('done'),
      () => setState('failed'),
    );
  };
  return { state, start };
}

function SignIn(props: { state: SignInState; onRetry: () => void }) {
  const { t } = usePortalLocale();
  const vitrine = useVitrine();
  const link = useRef<HTMLAnchorElement>(null);
  // The Accept button is gone: put keyboard focus on what comes next.
  useEffect(() => {
    if (props.state === 'done') link.current?.focus();
  }, [props.state]);

  if (props.state === 'failed') {
    return (
      <div className="nw-inline-error nw-sign-in" role="alert">
        <p>{t('invite.signInFailed')}</p>
        <button type="button" className="nw-button" onClick={props.onRetry}>
          {vitrine.t('common.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="nw-sign-in">
      {props.state === 'pending' ? (
        <p className="nw-loading" role="status">
          <span className="nw-spinner" aria-hidden="true" />
          {t('invite.signingIn')}
        </p>
      ) : (
        <Link ref={link} to="/account/team" className="nw-button" data-variant="primary">
          {t('invite.openTeam')}
          <ArrowIcon />
        </Link>
      )}
    </div>
  );
}

function MemberNext() {
  const { t } = usePortalLocale();
  return (
    <section className="nw-next">
      <p className="nw-muted">{t('invite.next.member')}</p>
    </section>
  );
}

function ArrowIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M13.2 5.3 11.8 6.7l4.3 4.3H4v2h12.1l-4.3 4.3 1.4 1.4L20 12z" />
    </svg>
  );
}

function NextSteps() {
  const { t } = usePortalLocale();
  const steps = [
    ['invite.next.stores.title', 'invite.next.stores.body'],
    ['invite.next.products.title', 'invite.next.products.body'],
    ['invite.next.orders.title', 'invite.next.orders.body'],
  ] as const;
  return (
    <section className="nw-next" aria-labelledby="next-title">
      <h2 id="next-title">{t('invite.next.title')}</h2>
      <ol className="nw-steps">
        {steps.map(([title, body]) => (
          <li key={title}>
            <h3>{t(title)}</h3>
            <p>{t(body)}</p>
          </li>
        ))}
      </ol>
      <p className="nw-muted">{t('invite.next.team')}</p>
    </section>
  );
}
