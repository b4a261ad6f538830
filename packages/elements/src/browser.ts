// The script-tag build: defines every element on load and exposes `window.Vitrine`.
import { configure } from './config.js';
import { defineVitrineElements } from './define.js';

defineVitrineElements();

// A classic script gets `var Vitrine` from the build; loaded as a module it would not.
(globalThis as { Vitrine?: unknown }).Vitrine ??= { configure, defineVitrineElements };

export { configure, defineVitrineElements };
