import type { Appearance } from '@vitrine/react';

/** Northwind's brand, handed to the widgets so they read as part of the portal. */
export const brand = {
  ink: '#10233b',
  teal: '#0b6b70',
  tealDark: '#085256',
  amber: '#f4a938',
  text: '#16212d',
  muted: '#556270',
  border: '#d6dde3',
  surface: '#f3f6f7',
  font: '"Inter", -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
};

export const appearance: Appearance = {
  colorScheme: 'light',
  variables: {
    colorPrimary: brand.teal,
    colorPrimaryForeground: '#ffffff',
    colorBackground: '#ffffff',
    colorSurface: brand.surface,
    colorText: brand.text,
    colorTextMuted: brand.muted,
    colorBorder: brand.border,
    colorFocus: brand.teal,
    borderRadius: '10px',
    fontFamily: brand.font,
    fontSizeBase: '14px',
    shadow: '0 1px 2px rgb(16 35 59 / 0.06), 0 12px 32px rgb(16 35 59 / 0.16)',
  },
};
