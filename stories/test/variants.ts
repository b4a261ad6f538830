import { representative } from './visual.js';

export interface StoryVariant {
  name: string;
  locale: string;
  theme: 'light' | 'dark';
  viewport: { width: number; height: number };
  /**
   * Which stories run: every one, those with a play function, or the listed ones (ids without
   * `widgets-`).
   */
  stories: 'every' | 'play' | readonly string[];
  /** axe over the whole page after each story. */
  axe: boolean;
  /**
   * Each story's picture, compared with the baseline in test/visual/<folder>/ (for every story
   * run, or only the listed ones).
   */
  pictures?: { folder: string; only?: readonly string[] };
}

/** A portal's admin page on a laptop. */
const desktop = { width: 1280, height: 800 };
/** A small phone, the narrowest width the widgets support. */
export const phone = { width: 375, height: 812 };

const playIn = (locale: string): StoryVariant => ({
  name: locale,
  locale,
  theme: 'light',
  viewport: desktop,
  stories: 'play',
  axe: false,
});

/**
 * Every story in English with axe and its picture; every story on a phone, played and pictured;
 * each widget's fullest states pictured in dark; the interaction tests in the five other
 * languages, German's pictures of the same fullest states (its words are the longest). A story
 * is shown once per variant: its play function, axe and picture share the render.
 */
const all: StoryVariant[] = [
  { ...playIn('en'), stories: 'every', axe: true, pictures: { folder: 'light' } },
  { ...playIn('en'), name: '375', viewport: phone, stories: 'every', pictures: { folder: '375' } },
  {
    ...playIn('en'),
    name: 'dark',
    theme: 'dark',
    stories: representative,
    pictures: { folder: 'dark' },
  },
  { ...playIn('de'), pictures: { folder: 'de', only: representative } },
  playIn('fr'),
  playIn('pt-BR'),
  playIn('es'),
  playIn('it'),
];

/** The variants `STORY_VARIANTS` names (comma-separated), else all of them (CI runs all). */
export function storyVariants(): StoryVariant[] {
  const wanted = process.env.STORY_VARIANTS?.split(',').map((v) => v.trim());
  if (!wanted || wanted.includes('all')) return all;
  return all.filter((v) => wanted.includes(v.name));
}
