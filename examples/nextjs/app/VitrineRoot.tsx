'use client';
import type { Locale, LocalePack } from '@vitrine/react';
import { VitrineProvider } from '@vitrine/react';
import { createVitrine } from '@vitrine/sdk';
import { type ReactNode, useState } from 'react';

/**
 * The Vitrine client is made here, in a client component: it holds functions (the session
 * callback) and a token cache, which cannot travel from a server component as props. Server
 * components render this with plain data (the API's address, the locale) and put the widgets
 * inside.
 */
export function VitrineRoot({
  apiUrl,
  locale,
  words,
  children,
}: {
  apiUrl: string;
  locale: Locale;
  /** The words of `locale` when it is not English, loaded on the server. */
  words?: LocalePack | undefined;
  children: ReactNode;
}) {
  const [client] = useState(() =>
    createVitrine({
      baseUrl: apiUrl,
      // The route handler below mints sessions with the secret key, on the server.
      session: async () => {
        const response = await fetch('/api/vitrine-session', { method: 'POST' });
        if (!response.ok) throw new Error(`No Vitrine session: ${response.status}`);
        return response.json();
      },
    }),
  );
  return (
    <VitrineProvider client={client} locale={locale} locales={words ? [words] : undefined}>
      {children}
    </VitrineProvider>
  );
}
