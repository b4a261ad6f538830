import { loadLocale } from '@vitrine/react/locales';
import { requestLocale } from './locale';
import { NewClient } from './NewClient';
import { VitrineRoot } from './VitrineRoot';

// A server component: it decides the language from the request and passes only data down,
// with that language's words (plain data), so the browser gets the one language it shows.
export default async function Page() {
  const locale = await requestLocale();
  const words = locale === 'en' ? undefined : await loadLocale(locale);
  return (
    <main>
      <h1>Clients</h1>
      <VitrineRoot
        apiUrl={process.env.VITRINE_API_URL ?? 'http://localhost:4000'}
        locale={locale}
        words={words}
      >
        <NewClient />
      </VitrineRoot>
    </main>
  );
}
