export { configure, type VitrineElementsConfig } from './config.js';
export { defineVitrineElements, tagNames } from './define.js';
export { VitrineProviderElement } from './provider.js';
