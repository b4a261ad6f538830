import type { LocaleLoader, LocalePack } from '@vitrine/react';

/**
 * Where elements find languages besides English: the ESM entries load them on demand (a host's
 * bundler splits them); the script-tag build carries all of them, given at once, so its elements
 * render in any language on the first pass.
 */
export const languages: { locales?: readonly LocalePack[]; loadLocale?: LocaleLoader } = {};
