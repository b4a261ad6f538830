import { loadLocale } from '@vitrine/react/locales';
import { languages } from './languages.js';

// Languages besides English load when an element asks for one; a bundler splits them.
languages.loadLocale = loadLocale;

export { configure, type VitrineElementsConfig } from './config.js';
export { defineVitrineElements, tagNames } from './define.js';
export { VitrineProviderElement } from './provider.js';
