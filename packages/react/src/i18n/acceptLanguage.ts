import { type Locale, resolveLocale } from './locales.js';

/**
 * The shipped locale that best fits an `Accept-Language` header (`pt-PT,pt;q=0.9,en;q=0.8`):
 * tags in order of preference, each resolved like `locale` on the provider; the first that is not
 * a fallback to English wins. Without a header, or with nothing we ship, English.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return 'en';
  const tags = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isNaN(weight) ? 0 : weight, index };
    })
    .filter((t) => t.tag !== '' && t.tag !== '*' && t.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of tags) {
    const locale = resolveLocale(tag);
    if (locale !== 'en' || tag.toLowerCase().startsWith('en')) return locale;
  }
  return 'en';
}
