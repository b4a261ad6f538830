import type { Appearance, AppearanceVariables } from '@vitrine/react';

export type ThemeName = 'light' | 'dark' | 'auto' | 'white-label';

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
  auto: { title: 'Auto (follows the system)', appearance: { colorScheme: 'auto' } },
  'white-label': { title: 'White label', appearance: whiteLabel },
};

export const themeOf = (name: unknown) => themes[name as ThemeName] ?? themes.light;

/** Typefaces a designer can try; any other stack can be typed in the Appearance panel. */
export const fonts: Record<string, { title: string; stack: string }> = {
  system: { title: 'System (default)', stack: '' },
  humanist: {
    title: 'Humanist sans',
    stack: '"Avenir Next", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
  },
  serif: { title: 'Serif', stack: 'Georgia, "Times New Roman", "Liberation Serif", serif' },
  rounded: {
    title: 'Rounded',
    stack: '"Nunito", "Arial Rounded MT Bold", "Trebuchet MS", "DejaVu Sans", sans-serif',
  },
  mono: { title: 'Monospace', stack: 'ui-monospace, "SFMono-Regular", Menlo, monospace' },
};

/** Spacing units behind the density choices; every gap and padding is a multiple of it. */
export const densities: Record<string, { title: string; unit: string }> = {
  compact: { title: 'Compact', unit: '3px' },
  default: { title: 'Default', unit: '' },
  comfortable: { title: 'Comfortable', unit: '5px' },
};

/**
 * What the Appearance panel tunes on top of the theme, as Storybook globals (strings, so they
 * survive in the URL). Empty means "the theme's value".
 */
export interface Tuning {
  theme?: string;
  brand?: string;
  radius?: string;
  font?: string;
  fontSize?: string;
  density?: string;
}

const hex = /^#?([0-9a-f]{6})$/i;

/** Black or white text on a colour, whichever reads better (WCAG relative luminance). */
export function foregroundOn(color: string): string | undefined {
  const match = hex.exec(color.trim());
  if (!match) return undefined;
  const channel = (i: number) => {
    const c = Number.parseInt(match[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  // Contrast with white vs with near-black #111318 (luminance ≈ 0.0065).
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.0565 ? '#ffffff' : '#111318';
}

const px = (value: string | undefined) =>
  value && /^\d+(\.\d+)?$/.test(value) ? `${value}px` : value || undefined;

/** The `appearance` the theme and the tuning make together: what a host would pass. */
export function appearanceOf(tuning: Tuning): Appearance {
  const base = themeOf(tuning.theme).appearance;
  const variables: AppearanceVariables = { ...base.variables };
  const brand = tuning.brand?.trim();
  if (brand) {
    const color = hex.test(brand) && !brand.startsWith('#') ? `#${brand}` : brand;
    variables.colorPrimary = color;
    variables.colorFocus = color;
    const foreground = foregroundOn(color);
    if (foreground) variables.colorPrimaryForeground = foreground;
  }
  const radius = px(tuning.radius);
  if (radius) variables.borderRadius = radius;
  const font = fonts[tuning.font ?? '']?.stack ?? tuning.font;
  if (font) variables.fontFamily = font;
  const fontSize = px(tuning.fontSize);
  if (fontSize) variables.fontSizeBase = fontSize;
  const unit = densities[tuning.density ?? '']?.unit;
  if (unit) variables.spacingUnit = unit;
  return Object.keys(variables).length
    ? { colorScheme: base.colorScheme, variables }
    : { colorScheme: base.colorScheme };
}

const toVar = (key: string) => `--vt-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The same appearance as CSS, for hosts that theme from their stylesheet. */
export function cssOf(appearance: Appearance): string {
  const lines = Object.entries(appearance.variables ?? {}).map(
    ([key, value]) => `  ${toVar(key)}: ${value};`,
  );
  const scheme =
    appearance.colorScheme && appearance.colorScheme !== 'light'
      ? `\n/* and data-color-scheme="${appearance.colorScheme}" on the widget's root, or appearance.colorScheme */`
      : '';
  return `.vt-root {\n${lines.join('\n')}\n}${scheme}`;
}

/** The `appearance` as code to paste into the host's provider. */
export function codeOf(appearance: Appearance): string {
  return `<VitrineProvider appearance={${JSON.stringify(appearance, null, 2)}}>`;
}
