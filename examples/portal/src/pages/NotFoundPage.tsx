import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { Link, useDocumentTitle } from '../router.js';

export function NotFoundPage() {
  const { t } = usePortalLocale();
  useDocumentTitle(t('notFound.title'));
  return (
    <>
      <PageHeader title={t('notFound.title')} subtitle={t('notFound.body')} />
      <Link to="/clients" className="nw-button">
        {t('detail.back')}
      </Link>
    </>
  );
}
