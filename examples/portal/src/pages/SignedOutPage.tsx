import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { useDocumentTitle } from '../router.js';
import type { SignedOutReason } from '../vitrine.js';

/** The client area without a signed-in user. A real portal shows its sign-in form here. */
export function SignedOutPage({ reason }: { reason: SignedOutReason }) {
  const { t } = usePortalLocale();
  const title = t(`signedOut.${reason}.title`);
  useDocumentTitle(title);
  return (
    <div className="nw-signed-out">
      <PageHeader title={title} subtitle={t(`signedOut.${reason}.body`)} />
      {reason !== 'access_ended' && <p className="nw-note">{t('signedOut.demo')}</p>}
    </div>
  );
}
