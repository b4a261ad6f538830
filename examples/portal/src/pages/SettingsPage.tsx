import { PostbackSettings, ProductionSettings } from '@vitrine/react';
import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { useDocumentTitle } from '../router.js';

/** Northwind's own settings: its production connection and the postbacks its systems take. */
export function SettingsPage() {
  const { t } = usePortalLocale();
  useDocumentTitle(t('settings.title'));
  return (
    <>
      <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <div className="nw-stack">
        <ProductionSettings headingLevel={2} />
        <PostbackSettings headingLevel={2} />
      </div>
    </>
  );
}
