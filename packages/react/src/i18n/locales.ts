import { de } from './messages/de.js';
import { en, type Messages } from './messages/en.js';
import { es } from './messages/es.js';
import { fr } from './messages/fr.js';
import { it } from './messages/it.js';
import { ptBR } from './messages/pt-BR.js';

export const catalogs = { en, 'pt-BR': ptBR, es, fr, it, de } as const satisfies Record<
  string,
  Messages
>;

export type Locale = keyof typeof catalogs;
export const locales = Object.keys(catalogs) as Locale[];

/** `pt` and `pt-PT` fall back to `pt-BR`, `de-AT` to `de`, anything unknown to English. */
export function resolveLocale(requested: string | undefined): Locale {
  if (!requested) return 'en';
  if (requested in catalogs) return requested as Locale;
  const language = requested.toLowerCase().split(/[-_]/)[0];
  return locales.find((l) => l.toLowerCase().split('-')[0] === language) ?? 'en';
}
