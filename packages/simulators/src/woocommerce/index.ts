export {
  generatedCatalogue,
  printShopCatalogue,
  type SimProduct,
  type SimVariation,
} from './data.js';
export { clickOnAuthorizePage } from './pages.js';
export {
  type ApiRequest,
  demoStores,
  type KeyPermissions,
  type SimulatedKey,
  type SimulatedStoreSeed,
  type SimulatedWebhook,
  WooCommerceSimulator,
  type WooCommerceSimulatorOptions,
  type WooDelivery,
} from './simulator.js';
