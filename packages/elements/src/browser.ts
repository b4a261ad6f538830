// The script-tag build: defines every element on load and exposes `window.Vitrine`.
import de from '@vitrine/react/locales/de';
import es from '@vitrine/react/locales/es';
import fr from '@vitrine/react/locales/fr';
import it from '@vitrine/react/locales/it';
import ptBR from '@vitrine/react/locales/pt-BR';
import { configure } from './config.js';
import { defineVitrineElements } from './define.js';
import { languages } from './languages.js';
import { setCsvWorkerUrl } from './widgets.js';

// The bulk importer's CSV worker is built next to this script.
const script = typeof document !== 'undefined' ? document.currentScript : null;
if (script instanceof HTMLScriptElement && script.src) {
  setCsvWorkerUrl(new URL('vitrine-csv-worker.js', script.src).href);
}

// One file, every language: a page with a script tag cannot split them.
languages.locales = [ptBR, es, fr, it, de];
defineVitrineElements();

// A classic script gets `var Vitrine` from the build; loaded as a module it would not.
(globalThis as { Vitrine?: unknown }).Vitrine ??= { configure, defineVitrineElements };

export { configure, defineVitrineElements };
