import { requestLocale } from './locale';
import { NewClient } from './NewClient';
import { VitrineRoot } from './VitrineRoot';

// A server component: it decides the language from the request and passes only data down.
export default async function Page() {
  const locale = await requestLocale();
  return (
    <main>
      <h1>Clients</h1>
      <VitrineRoot apiUrl={process.env.VITRINE_API_URL ?? 'http://localhost:4000'} locale={locale}>
        <NewClient />
      </VitrineRoot>
    </main>
  );
}
