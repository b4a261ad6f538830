export interface StoryVariant {
  name: string;
  locale: string;
  viewport: { width: number; height: number };
  /** Every story with axe over the page, or only the stories with a play function. */
  everyStory: boolean;
}

const desktop = { width: 1024, height: 768 };
/** A small phone, the narrowest width the widgets support. */
export const phone = { width: 375, height: 812 };

const all: StoryVariant[] = [
  { name: 'en', locale: 'en', viewport: desktop, everyStory: true },
  ...['pt-BR', 'es', 'fr', 'it', 'de'].map((locale) => ({
    name: locale,
    locale,
    viewport: desktop,
    everyStory: false,
  })),
  { name: '375', locale: 'en', viewport: phone, everyStory: false },
];

/** The variants `STORY_VARIANTS` names (comma-separated), or all of them. */
export function storyVariants(): StoryVariant[] {
  const wanted = process.env.STORY_VARIANTS?.split(',').map((v) => v.trim());
  return wanted ? all.filter((v) => wanted.includes(v.name)) : all;
}
