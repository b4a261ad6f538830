import { InvitationAccept } from '@vitrine/react';
import type { AcceptedInvitation } from '@vitrine/sdk';
import { useState } from 'react';
import { Wordmark } from '../components/Brand.js';
import { LanguageSelect } from '../components/LanguageSelect.js';
import { usePortalLocale } from '../i18n.js';
import { useDocumentTitle } from '../router.js';

/** Where an invited client admin lands from the email: the InvitationAccept widget, then next steps. */
export function InvitePage({ token }: { token: string }) {
  const { t } = usePortalLocale();
  useDocumentTitle(t('invite.eyebrow'));
  const [accepted, setAccepted] = useState<AcceptedInvitation | null>(null);
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
          <InvitationAccept token={token} onSuccess={setAccepted} />
          {accepted && <NextSteps />}
        </div>
      </main>
      <footer className="nw-footer nw-footer-plain">
        <p>{t('app.footer')}</p>
        <p>{t('app.support')}</p>
      </footer>
    </div>
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
