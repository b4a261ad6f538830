import { createTranslator, type Translate } from '@vitrine/react';
import { packOf } from './locales.js';

/**
 * A message as text queries (`getByText`, `toHaveTextContent`) see it. French and German put
 * no-break spaces (U+00A0, U+202F) before `:`, `!`, `»` and inside numbers, and the widgets render
 * them; Testing Library reads every whitespace run of the page as one plain space, so the expected
 * text is compared the same way. Accessible names (`getByRole(…, { name })`) keep them: no `shown`.
 */
export function shown(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * A pattern for a message with a value the story cannot know in advance (a generated reference,
 * say): the message's words around it, in whichever locale the story runs.
 */
export function messagePattern(message: (hole: string) => string): RegExp {
  const hole = '\u0000';
  const literal = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${shown(message(hole)).split(hole).map(literal).join('.+')}`);
}

/**
 * The words a story shows, from the same catalogs the widgets use: play functions look for what
 * the user reads in whichever locale the toolbar (or the story) selects.
 */
export function textOf(context: { globals: Record<string, unknown> }): Translate {
  const pack = packOf(context);
  return createTranslator(pack.messages, pack.locale);
}
