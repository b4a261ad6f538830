'use client';
import { QueryClient } from '@tanstack/react-query';
import type { Vitrine } from '@vitrine/sdk';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { createFormatters, type Formatters } from '../i18n/format.js';
import { catalogs, type Locale, resolveLocale } from '../i18n/locales.js';
import type { Messages, ProductMessages } from '../i18n/messages/en.js';
import { createTranslator, type Translate } from '../i18n/translate.js';
import { type Appearance, appearanceStyle } from '../theme/appearance.js';

export interface VitrineContextValue {
  client: Vitrine;
  queryClient: QueryClient;
  locale: Locale;
  t: Translate;
  format: Formatters;
  /** The provider's root element: dialogs portal into it so they keep the theme variables. */
  portalContainer: HTMLElement | null;
  /** The host's message overrides, for widgets that bring catalogs of their own. */
  messages: VitrineProviderProps['messages'];
}

const VitrineContext = createContext<VitrineContextValue | null>(null);

export interface VitrineProviderProps {
  /** A client from `createVitrine()` of `@vitrine/sdk`, usually with a `session` callback. */
  client: Vitrine;
  /** BCP 47 tag; `en`, `pt-BR`, `es`, `fr`, `it` and `de` ship, others fall back by language. @default 'en' */
  locale?: string;
  /** Overrides for any message of the catalog, e.g. to change a label or add a language. */
  messages?: Partial<Messages> & Partial<ProductMessages>;
  appearance?: Appearance;
  /** Share your own QueryClient; by default Vitrine keeps a private one. */
  queryClient?: QueryClient;
  className?: string;
  children?: ReactNode;
}

/** Query defaults: the SDK already retries transport failures, so queries do not retry again. */
export function createVitrineQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 10_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
}

/**
 * Gives Vitrine widgets and hooks their API client, language and theme. Renders one wrapper
 * element (`.vt-root`) that carries the theme variables; nothing runs at import or on the server.
 */
export function VitrineProvider(props: VitrineProviderProps) {
  const [ownQueryClient] = useState(() => props.queryClient ?? createVitrineQueryClient());
  const queryClient = props.queryClient ?? ownQueryClient;
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  // Without a QueryClientProvider nobody mounts the client, and focus/reconnect refetches would
  // never fire. Mounting is reference-counted, so a host's own provider is unaffected.
  useEffect(() => {
    queryClient.mount();
    return () => queryClient.unmount();
  }, [queryClient]);
  const locale = resolveLocale(props.locale);
  const { messages } = props;

  const value = useMemo<VitrineContextValue>(() => {
    const catalog = messages ? { ...catalogs[locale], ...messages } : catalogs[locale];
    return {
      client: props.client,
      queryClient,
      locale,
      t: createTranslator(catalog, props.locale && props.locale !== locale ? props.locale : locale),
      format: createFormatters(props.locale ?? locale),
      portalContainer: root,
      messages,
    };
  }, [props.client, queryClient, locale, props.locale, messages, root]);

  return (
    <VitrineContext.Provider value={value}>
      <div
        ref={setRoot}
        className={props.className ? `vt-root ${props.className}` : 'vt-root'}
        data-color-scheme={props.appearance?.colorScheme ?? 'light'}
        // A host that brings its own messages for a language we do not ship (`nl`) is showing
        // that language, so the root says so to screen readers and hyphenation.
        lang={messages && props.locale ? props.locale : locale}
        style={appearanceStyle(props.appearance)}
      >
        {props.children}
      </div>
    </VitrineContext.Provider>
  );
}

export function useVitrine(): VitrineContextValue {
  const value = useContext(VitrineContext);
  if (!value) {
    throw new Error(
      'Vitrine widgets and hooks must be rendered inside <VitrineProvider client={…}>. Wrap your widget tree in it.',
    );
  }
  return value;
}
