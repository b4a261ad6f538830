import type { Decorator, Preview } from '@storybook/react-vite';
import { type Locale, locales, VitrineProvider } from '@vitrine/react';
import '../src/support/vitrine.css';
import '../src/support/widgetStyles.js';
import '../src/support/host.css';
import { localePacks } from '../src/support/locales.js';
import type { Loaded } from '../src/support/storyServer.js';
import { type ThemeName, themeOf, themes } from '../src/support/themes.js';

const localeNames: Record<Locale, string> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  fr: 'Français',
  it: 'Italiano',
  de: 'Deutsch',
};

const allPacks = Object.values(localePacks);

/**
 * Wraps every story in a `VitrineProvider` whose SDK client talks to the story's in-browser
 * server (see `serve()`), in the toolbar's locale and theme, on a page styled like a PSP portal.
 */
const withVitrine: Decorator = (Story, context) => {
  const loaded = context.loaded as Partial<Loaded<unknown>>;
  if (!loaded.vitrine) return <Story />;
  // `frame`: 'panel' (an admin page section, the default), 'bare' (widgets with their own card),
  // 'wide' (a card with a table, across an admin page) or 'landing' (a public page with one
  // centred card).
  const frame = `story-${['bare', 'wide', 'landing'].includes(context.parameters.frame) ? context.parameters.frame : 'panel'}`;
  return (
    <VitrineProvider
      client={loaded.vitrine.client}
      locale={String(context.globals.locale ?? 'en')}
      locales={allPacks}
      appearance={themeOf(context.globals.theme).appearance}
      className="story-page"
    >
      <div className={frame}>
        <Story />
      </div>
    </VitrineProvider>
  );
};

const preview: Preview = {
  decorators: [withVitrine],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: locales.map((value) => ({ value, title: localeNames[value], right: value })),
      },
    },
    theme: {
      description: 'Theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: (Object.keys(themes) as ThemeName[]).map((value) => ({
          value,
          title: themes[value].title,
        })),
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Widgets',
          [
            'ClientForm',
            'AccessToggle',
            'InvitationAccept',
            'UserManager',
            'StoreConnectButton',
            'StoreList',
            'BulkCsvImporter',
            'ProductMapper',
            'OrderList',
            'OrderDetail',
            'OrderForm',
            'TestOrderButton',
          ],
        ],
      },
    },
  },
};

export default preview;
