import { createTranslator, type Translate } from '@vitrine/react';
import { packOf } from './locales.js';

/**
 * The words a story shows, from the same catalogs the widgets use: play functions look for what
 * the user reads in whichever locale the toolbar (or the story) selects.
 */
export function textOf(context: { globals: Record<string, unknown> }): Translate {
  const pack = packOf(context);
  return createTranslator(pack.messages, pack.locale);
}
