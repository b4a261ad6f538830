import { type Locale, type LocalePack, resolveLocale } from '@vitrine/react';
import de from '@vitrine/react/locales/de';
import en from '@vitrine/react/locales/en';
import es from '@vitrine/react/locales/es';
import fr from '@vitrine/react/locales/fr';
import it from '@vitrine/react/locales/it';
import ptBR from '@vitrine/react/locales/pt-BR';

/** Every language, bundled: the toolbar switches between them live, without a load. */
export const localePacks: Record<Locale, LocalePack> = { en, 'pt-BR': ptBR, es, fr, it, de };

/** The pack of the toolbar's (or the story's) locale. */
export function packOf(context: { globals: Record<string, unknown> }): LocalePack {
  const requested = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
  return localePacks[resolveLocale(requested)];
}
