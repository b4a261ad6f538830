import type { Decorator, Preview } from '@storybook/react-vite';
import { type Appearance, type Locale, locales, VitrineProvider } from '@vitrine/react';
import '../src/support/vitrine.css';
import '../src/support/widgetStyles.js';
import '../src/support/host.css';
import { WidgetDocs } from '../src/docs/WidgetDocs.js';
import { localePacks } from '../src/support/locales.js';
import type { Loaded } from '../src/support/storyServer.js';
import { appearanceOf, type ThemeName, type Tuning, themes } from '../src/support/themes.js';

const localeNames: Record<Locale, string> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  fr: 'Français',
  it: 'Italiano',
  de: 'Deutsch',
};

const tuningOf = (globals: Record<string, unknown>): Tuning => ({
  theme: String(globals.theme ?? 'light'),
  brand: String(globals.brand ?? ''),
  radius: String(globals.radius ?? ''),
  font: String(globals.font ?? ''),
  fontSize: String(globals.fontSize ?? ''),
  density: String(globals.density ?? ''),
});

/** What the side-by-side view puts next to the story: the other colour scheme, or German. */
const compared: Record<string, { left: string; right: string }> = {
  schemes: { left: 'Light', right: 'Dark' },
  locales: { left: '', right: 'Deutsch' },
};

const allPacks = Object.values(localePacks);

/**
 * Wraps every story in a `VitrineProvider` whose SDK client talks to the story's in-browser
 * server (see `serve()`), in the toolbar's locale and the Appearance panel's theme, on a page
 * styled like a PSP portal. Changing either re-renders the story on the same server: the data
 * stays as it was. `compare` shows the story twice, side by side.
 */
const withVitrine: Decorator = (Story, context) => {
  const loaded = context.loaded as Partial<Loaded<unknown>>;
  const vitrine = loaded.vitrine;
  if (!vitrine) return <Story />;
  // `frame`: 'panel' (an admin page section, the default), 'bare' (widgets with their own card),
  // 'wide' (a card with a table, across an admin page) or 'landing' (a public page with one
  // centred card).
  const frame = `story-${['bare', 'wide', 'landing'].includes(context.parameters.frame) ? context.parameters.frame : 'panel'}`;
  const tuning = tuningOf(context.globals);
  const locale = String(context.globals.locale ?? 'en');
  const pane = (appearance: Appearance, paneLocale: string, label?: string) => (
    <VitrineProvider
      client={vitrine.client}
      locale={paneLocale}
      locales={allPacks}
      appearance={appearance}
      className="story-page"
    >
      {label ? <p className="story-pane-label">{label}</p> : null}
      <div className={frame}>
        <Story />
      </div>
    </VitrineProvider>
  );
  const mode = compared[String(context.globals.compare ?? '')];
  if (!mode) return pane(appearanceOf(tuning), locale);
  const light = appearanceOf({
    ...tuning,
    theme: tuning.theme === 'dark' ? 'light' : tuning.theme,
  });
  return (
    <div className="story-compare">
      {context.globals.compare === 'schemes' ? (
        <>
          {pane({ ...light, colorScheme: 'light' }, locale, mode.left)}
          {pane({ ...light, colorScheme: 'dark' }, locale, mode.right)}
        </>
      ) : (
        <>
          {pane(appearanceOf(tuning), locale, localeNames[locale as Locale] ?? locale)}
          {pane(appearanceOf(tuning), 'de', mode.right)}
        </>
      )}
    </div>
  );
};

const preview: Preview = {
  decorators: [withVitrine],
  // A docs page per widget (see WidgetDocs).
  tags: ['autodocs'],
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
      description: 'Theme of the widgets (tune it further in the Appearance panel)',
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
    compare: {
      description: 'The story twice, side by side',
      toolbar: {
        title: 'Side by side',
        icon: 'sidebyside',
        dynamicTitle: true,
        items: [
          { value: '', title: 'One view' },
          { value: 'schemes', title: 'Light | Dark' },
          { value: 'locales', title: 'This locale | Deutsch' },
        ],
      },
    },
    // Set from the Appearance panel.
    brand: { description: 'Brand colour (colorPrimary)' },
    radius: { description: 'Corner radius in px (borderRadius)' },
    font: { description: 'Typeface (fontFamily)' },
    fontSize: { description: 'Base font size in px (fontSizeBase)' },
    density: { description: 'Spacing (spacingUnit)' },
  },
  initialGlobals: {
    locale: 'en',
    theme: 'light',
    compare: '',
    brand: '',
    radius: '',
    font: '',
    fontSize: '',
    density: '',
  },
  parameters: {
    layout: 'fullscreen',
    // Sizes a widget meets in a PSP's portal (the toolbar's viewport menu).
    viewport: {
      options: {
        phone: {
          name: 'Phone (375 px)',
          styles: { width: '375px', height: '812px' },
          type: 'mobile',
        },
        portalSidebar: {
          name: 'Portal side panel (420 px)',
          styles: { width: '420px', height: '900px' },
          type: 'mobile',
        },
        tablet: {
          name: 'Tablet (768 px)',
          styles: { width: '768px', height: '1024px' },
          type: 'tablet',
        },
        portalContent: {
          name: 'Portal content beside a nav (1024 px)',
          styles: { width: '1024px', height: '768px' },
          type: 'desktop',
        },
        desktop: {
          name: 'Desktop portal (1280 px)',
          styles: { width: '1280px', height: '800px' },
          type: 'desktop',
        },
      },
    },
    docs: { page: WidgetDocs, codePanel: false },
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: {
      storySort: {
        order: [
          'Introduction',
          'Design tokens',
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
            'PostbackSettings',
            'ProductionSettings',
          ],
        ],
      },
    },
  },
};

export default preview;
