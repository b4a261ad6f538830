// Every shipped language, loaded on demand: each is its own dynamic import, so bundlers split
// them into chunks and a page downloads only the language it shows.
import type { LocaleLoader, LocalePack, OtherLocale } from '../i18n/pack.js';

export { type Locale, locales, resolveLocale } from '../i18n/locales.js';
export type { LocaleLoader, LocalePack, OtherLocale } from '../i18n/pack.js';

// No English: it is built into the widgets, and a loader for it would ship it twice.
const loaders: Record<OtherLocale, () => Promise<{ default: LocalePack }>> = {
  'pt-BR': () => import('./pt-BR.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  it: () => import('./it.js'),
  de: () => import('./de.js'),
};

/**
 * The words of a shipped language besides English, for `<VitrineProvider loadLocale={loadLocale}>`.
 * Rejects for a language Vitrine does not ship; pass a tag through `resolveLocale` first.
 */
export const loadLocale: LocaleLoader = async (locale) => {
  const load = loaders[locale];
  if (!load) throw new Error(`Vitrine does not ship the locale "${locale}".`);
  return (await load()).default;
};
