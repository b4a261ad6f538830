export { type Catalogue, generatedCatalogue, type SimProduct, type SimVariant } from './data.js';
export { clickAuthorize } from './pages.js';
export {
  type Delivery,
  demoShops,
  ShopifySimulator,
  type ShopifySimulatorOptions,
  type ShopLimits,
  type ShopStats,
  type SimulatedApp,
  type SimulatedShopSeed,
  type SimulatorRequest,
  standardLimits,
} from './simulator.js';
