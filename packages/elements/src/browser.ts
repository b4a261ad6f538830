// The script-tag build: defines every element on load and exposes `window.Vitrine`.
import type { LocalePack } from '@vitrine/react';
import * as de from '@vitrine/react/locales/de';
import * as es from '@vitrine/react/locales/es';
import * as fr from '@vitrine/react/locales/fr';
import * as it from '@vitrine/react/locales/it';
import * as ptBR from '@vitrine/react/locales/pt-BR';
import { configure } from './config.js';
import { defineVitrineElements } from './define.js';
import { languages } from './languages.js';
import { setCsvWorkerUrl } from './widgets.js';

// The bulk importer's CSV worker is built next to this script.
const script = typeof document !== 'undefined' ? document.currentScript : null;
if (script instanceof HTMLScriptElement && script.src) {
  setCsvWorkerUrl(new URL('vitrine-csv-worker.js', script.src).href);
}

// One file, every language: a page with a script tag cannot split them. Only the catalogs of
// widgets that are elements: the settings widgets are not, and their words would be dead weight.
languages.locales = [
  {
    locale: 'pt-BR',
    messages: ptBR.messages,
    products: ptBR.products,
    orders: ptBR.orders,
    bulkCsv: ptBR.bulkCsv,
  },
  {
    locale: 'es',
    messages: es.messages,
    products: es.products,
    orders: es.orders,
    bulkCsv: es.bulkCsv,
  },
  {
    locale: 'fr',
    messages: fr.messages,
    products: fr.products,
    orders: fr.orders,
    bulkCsv: fr.bulkCsv,
  },
  {
    locale: 'it',
    messages: it.messages,
    products: it.products,
    orders: it.orders,
    bulkCsv: it.bulkCsv,
  },
  {
    locale: 'de',
    messages: de.messages,
    products: de.products,
    orders: de.orders,
    bulkCsv: de.bulkCsv,
  },
] satisfies LocalePack[];
defineVitrineElements();

// A classic script gets `var Vitrine` from the build; loaded as a module it would not.
(globalThis as { Vitrine?: unknown }).Vitrine ??= { configure, defineVitrineElements };

export { configure, defineVitrineElements };
