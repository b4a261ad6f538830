import { localeFromAcceptLanguage } from '@vitrine/react/locale';
import { headers } from 'next/headers';

/**
 * The widgets' language for this request, from the browser's Accept-Language. Runs on the server:
 * `@vitrine/react/locale` has no React in it, unlike `@vitrine/react`, which is client code.
 */
export async function requestLocale() {
  return localeFromAcceptLanguage((await headers()).get('accept-language'));
}
