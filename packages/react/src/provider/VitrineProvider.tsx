'use client';
import { QueryClient } from '@tanstack/react-query';
import type { Vitrine } from '@vitrine/sdk';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createFormatters, type Formatters } from '../i18n/format.js';
import { type Locale, resolveLocale } from '../i18n/locales.js';
import { en, type Messages, type ProductMessages } from '../i18n/messages/en.js';
import type { LocaleLoader, LocalePack } from '../i18n/pack.js';
import { createTranslator, type Translate } from '../i18n/translate.js';
import { type Appearance, appearanceStyle } from '../theme/appearance.js';

export interface VitrineContextValue {
  client: Vitrine;
  queryClient: QueryClient;
  /** The language shown: the requested one once its words are here, else English. */
  locale: Locale;
  /** The words of `locale` when it is not English (English is built in). */
  pack: LocalePack | undefined;
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
  /**
   * BCP 47 tag; `en`, `pt-BR`, `es`, `fr`, `it` and `de` ship, others fall back by language.
   * English is built in; another language needs its pack in `locales` or a `loadLocale`, else
   * the widgets speak English (with a warning in development). @default 'en'
   */
  locale?: string;
  /** Languages the host bundles: `import fr from '@vitrine/react/locales/fr'`, then `[fr]`. */
  locales?: readonly LocalePack[];
  /**
   * Loads a language that is not in `locales` when it is asked for: pass `loadLocale` from
   * `@vitrine/react/locales`. Until it arrives the widgets keep the language they showed (or
   * wait, on first render), so they never flash English.
   */
  loadLocale?: LocaleLoader;
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
  const { messages } = props;
  const { locale, pack, waiting } = useLocalePack(props);
  // Formats and plural rules follow the host's tag (`de-AT`) when its language is the one shown.
  const tag = props.locale && resolveLocale(props.locale) === locale ? props.locale : locale;

  const value = useMemo<VitrineContextValue>(() => {
    const base: Messages = pack?.messages ?? en;
    const catalog = messages ? { ...base, ...messages } : base;
    return {
      client: props.client,
      queryClient,
      locale,
      pack,
      t: createTranslator(catalog, tag),
      format: createFormatters(tag),
      portalContainer: root,
      messages,
    };
  }, [props.client, queryClient, locale, pack, tag, messages, root]);

  return (
    <VitrineContext.Provider value={value}>
      <div
        ref={setRoot}
        className={props.className ? `vt-root ${props.className}` : 'vt-root'}
        data-color-scheme={props.appearance?.colorScheme ?? 'light'}
        // A host that brings its own messages for a language we do not ship (`nl`) is showing
        // that language, so the root says so to screen readers and hyphenation.
        lang={messages ? tag : locale}
        aria-busy={waiting || undefined}
        style={appearanceStyle(props.appearance)}
      >
        {waiting ? null : props.children}
      </div>
    </VitrineContext.Provider>
  );
}

const warned = new Set<string>();

/** Tells a developer once per language that the widgets speak English instead. */
function warnOnce(locale: Locale, reason: string) {
  if (typeof process !== 'undefined' && process.env.NODE_ENV === 'production') return;
  if (warned.has(locale)) return;
  warned.add(locale);
  console.warn(`Vitrine: locale "${locale}" ${reason}; the widgets show English.`);
}

type Loaded = { locale: Locale; pack: LocalePack } | { locale: Locale; error: true };

/**
 * The language to show and its words: English is built in, a supplied pack is used at once, any
 * other language is loaded through `loadLocale` when there is one. While it loads, the last
 * language shown stays; with none yet, the children wait (`waiting`).
 */
function useLocalePack(props: VitrineProviderProps): {
  locale: Locale;
  pack: LocalePack | undefined;
  waiting: boolean;
} {
  const requested = resolveLocale(props.locale);
  const { loadLocale } = props;
  const supplied = props.locales?.find((candidate) => candidate.locale === requested);
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  const fromLoader = loaded.find((entry) => entry.locale === requested);
  const shown = useRef<{ locale: Locale; pack: LocalePack | undefined } | null>(null);

  const needsLoader = requested !== 'en' && !supplied && !fromLoader && Boolean(loadLocale);
  useEffect(() => {
    if (!needsLoader || !loadLocale) return;
    let live = true;
    loadLocale(requested).then(
      (pack) => {
        if (live) setLoaded((list) => [...list, { locale: requested, pack }]);
      },
      (error: unknown) => {
        if (!live) return;
        warnOnce(requested, `could not be loaded (${String(error)})`);
        setLoaded((list) => [...list, { locale: requested, error: true }]);
      },
    );
    return () => {
      live = false;
    };
  }, [needsLoader, loadLocale, requested]);

  const missing = requested !== 'en' && !supplied && !fromLoader && !loadLocale;
  useEffect(() => {
    if (missing) {
      warnOnce(
        requested,
        `was asked for without its words (add \`@vitrine/react/locales/${requested}\` to \`locales\`, or pass \`loadLocale\` from \`@vitrine/react/locales\`)`,
      );
    }
  }, [missing, requested]);

  let current: { locale: Locale; pack: LocalePack | undefined } | null;
  if (requested === 'en') current = { locale: 'en', pack: undefined };
  else if (supplied) current = { locale: requested, pack: supplied };
  else if (fromLoader && 'pack' in fromLoader)
    current = { locale: requested, pack: fromLoader.pack };
  else if (needsLoader) current = shown.current;
  else current = { locale: 'en', pack: undefined };
  useEffect(() => {
    if (current) shown.current = current;
  });
  if (!current) return { locale: 'en', pack: undefined, waiting: true };
  return { ...current, waiting: false };
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
