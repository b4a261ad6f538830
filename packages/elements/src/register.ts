// Importing this entry defines every Vitrine element on the page.
import { defineVitrineElements } from './define.js';

defineVitrineElements();

export { configure, type VitrineElementsConfig } from './config.js';
