export {
  type EtsyInventory,
  type EtsyListing,
  type EtsyReadinessState,
  type EtsyShippingProfile,
  generateListing,
} from './data.js';
export { clickConsent } from './pages.js';
export {
  type EtsyDelivery,
  type EtsyLimits,
  type EtsyReceipt,
  type EtsyShopSeed,
  type EtsySimulatedApp,
  EtsySimulator,
  type EtsySimulatorOptions,
  type EtsyStats,
  etsyDemoShops,
  etsyStandardLimits,
} from './simulator.js';
