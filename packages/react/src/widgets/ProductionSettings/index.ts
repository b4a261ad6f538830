export {
  ProductionSettings,
  type ProductionSettingsPart,
  type ProductionSettingsProps,
} from './ProductionSettings.js';
