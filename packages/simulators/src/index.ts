export { type Clock, systemClock } from './clock.js';
export type { SimulatorHostOptions } from './common.js';
export {
  type DevelopmentContext,
  type DevelopmentSimulators,
  developmentSimulators,
  type SimulatorMount,
} from './development.js';
export * from './etsy/index.js';
export * from './pressero/index.js';
export * from './production/index.js';
export * from './shopify/index.js';
// Shopify's catalogue helpers already hold these names.
export {
  type ApiRequest,
  clickOnAuthorizePage,
  demoStores,
  generatedCatalogue as generatedWooCommerceCatalogue,
  type KeyPermissions,
  printShopCatalogue,
  type SimProduct as WooCommerceProduct,
  type SimulatedKey,
  type SimulatedStoreSeed,
  type SimulatedWebhook,
  type SimVariation as WooCommerceVariation,
  WooCommerceSimulator,
  type WooCommerceSimulatorOptions,
  type WooDelivery,
} from './woocommerce/index.js';
