// Locale helpers without React: usable in server code (e.g. a Next.js server component), unlike
// the main entry, which is client code.
export { localeFromAcceptLanguage } from './i18n/acceptLanguage.js';
export { type Locale, locales, resolveLocale } from './i18n/locales.js';
