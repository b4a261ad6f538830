// The script-tag build: defines every element on load and exposes `window.Vitrine`.
import { configure } from './config.js';
import { defineVitrineElements } from './define.js';
import { setCsvWorkerUrl } from './widgets.js';

// The bulk importer's CSV worker is built next to this script.
const script = typeof document !== 'undefined' ? document.currentScript : null;
if (script instanceof HTMLScriptElement && script.src) {
  setCsvWorkerUrl(new URL('vitrine-csv-worker.js', script.src).href);
}

defineVitrineElements();

// A classic script gets `var Vitrine` from the build; loaded as a module it would not.
(globalThis as { Vitrine?: unknown }).Vitrine ??= { configure, defineVitrineElements };

export { configure, defineVitrineElements };
