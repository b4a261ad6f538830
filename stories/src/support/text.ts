import { catalogs, createTranslator, resolveLocale, type Translate } from '@vitrine/react';

/**
 * The words a story shows, from the same catalogs the widgets use: play functions look for what
 * the user reads in whichever locale the toolbar (or the story) selects.
 */
export function textOf(context: { globals: Record<string, unknown> }): Translate {
  const requested = typeof context.globals.locale === 'string' ? context.globals.locale : 'en';
  const locale = resolveLocale(requested);
  return createTranslator(catalogs[locale], locale);
}
