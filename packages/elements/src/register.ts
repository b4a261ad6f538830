// Importing this entry defines every Vitrine element on the page.
import { loadLocale } from '@vitrine/react/locales';
import { defineVitrineElements } from './define.js';
import { languages } from './languages.js';

// Languages besides English load when an element asks for one; a bundler splits them.
languages.loadLocale = loadLocale;
defineVitrineElements();

export { configure, type VitrineElementsConfig } from './config.js';
