import type { CSSProperties } from 'react';

/** Theme variables a host may set; each becomes a `--vt-*` CSS variable on the provider's root. */
export interface AppearanceVariables {
  colorPrimary?: string;
  colorPrimaryForeground?: string;
  colorBackground?: string;
  colorSurface?: string;
  colorText?: string;
  colorTextMuted?: string;
  colorBorder?: string;
  colorDanger?: string;
  colorSuccess?: string;
  colorWarning?: string;
  colorFocus?: string;
  borderRadius?: string;
  fontFamily?: string;
  fontSizeBase?: string;
  spacingUnit?: string;
  shadow?: string;
}

export interface Appearance {
  /** `auto` follows the user's system setting. @default 'light' */
  colorScheme?: 'light' | 'dark' | 'auto';
  variables?: AppearanceVariables;
}

const toVar = (key: string) => `--vt-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The inline style that writes an appearance's variables; no CSS-in-JS runtime involved. */
export function appearanceStyle(appearance: Appearance | undefined): CSSProperties {
  const style: Record<string, string> = {};
  for (const [key, value] of Object.entries(appearance?.variables ?? {})) {
    if (typeof value === 'string' && value !== '') style[toVar(key)] = value;
  }
  return style as CSSProperties;
}
