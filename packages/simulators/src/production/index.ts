export {
  type GelatoConnectFile,
  type GelatoConnectOrder,
  type GelatoConnectOrderItem,
  type GelatoConnectorSeed,
  type ProductionPostback,
  type ProductionRequest,
  ProductionSimulator,
  type ProductionSimulatorOptions,
  type ProductionStep,
  productionSteps,
} from './simulator.js';
