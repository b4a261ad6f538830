// Every language at once, for checks over all catalogs; not an entry of the package.
import type { Locale } from '../i18n/locales.js';
import type { LocalePack } from '../i18n/pack.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import it from './it.js';
import ptBR from './pt-BR.js';

export const allLocalePacks: Record<Locale, LocalePack> = { en, 'pt-BR': ptBR, es, fr, it, de };
