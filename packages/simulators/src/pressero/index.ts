export { generatedPresseroProducts, type SimPresseroProduct } from './data.js';
export {
  type PresseroAdminSeed,
  type PresseroDelivery,
  type PresseroOrder,
  type PresseroOrderItem,
  type PresseroRequest,
  PresseroSimulator,
  type PresseroSimulatorOptions,
  type PresseroSiteSeed,
  type PresseroStats,
  presseroDemoAdmins,
  presseroDemoSites,
} from './simulator.js';
