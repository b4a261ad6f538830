import type { Appearance } from '@vitrine/react';

export type ThemeName = 'light' | 'dark' | 'white-label';

/**
 * A PSP's own brand through the `appearance` variables: a teal primary, softer corners, a warm
 * paper background and its own typeface. Every text colour keeps at least 4.5:1 against the
 * backgrounds it sits on (WCAG AA), the primary button's label included.
 */
export const whiteLabel: Appearance = {
  colorScheme: 'light',
  variables: {
    colorPrimary: '#0b6b63',
    colorPrimaryForeground: '#ffffff',
    colorFocus: '#0b6b63',
    colorBackground: '#fffdf8',
    colorSurface: '#f3eee4',
    colorText: '#1c2a28',
    colorTextMuted: '#4f5d5a',
    colorBorder: '#d6ccbb',
    colorDanger: '#a61b1b',
    colorSuccess: '#0b6b3a',
    colorWarning: '#8a3a06',
    borderRadius: '14px',
    fontFamily: '"Avenir Next", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
    fontSizeBase: '15px',
  },
};

export const themes: Record<ThemeName, { title: string; appearance: Appearance }> = {
  light: { title: 'Light', appearance: { colorScheme: 'light' } },
  dark: { title: 'Dark', appearance: { colorScheme: 'dark' } },
  'white-label': { title: 'White label', appearance: whiteLabel },
};

export const themeOf = (name: unknown) => themes[name as ThemeName] ?? themes.light;
