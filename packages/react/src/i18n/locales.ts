/**
 * The languages Vitrine ships. English is built into every widget; the others are separate
 * entries (`@vitrine/react/locales/fr`), so a page downloads only the languages it shows.
 */
export const locales = ['en', 'pt-BR', 'es', 'fr', 'it', 'de'] as const;

export type Locale = (typeof locales)[number];

/** `pt` and `pt-PT` fall back to `pt-BR`, `de-AT` to `de`, anything unknown to English. */
export function resolveLocale(requested: string | undefined): Locale {
  if (!requested) return 'en';
  if ((locales as readonly string[]).includes(requested)) return requested as Locale;
  const language = requested.toLowerCase().split(/[-_]/)[0];
  return locales.find((l) => l.toLowerCase().split('-')[0] === language) ?? 'en';
}
