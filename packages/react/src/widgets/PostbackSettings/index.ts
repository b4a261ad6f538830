export {
  PostbackSettings,
  type PostbackSettingsAction,
  type PostbackSettingsPart,
  type PostbackSettingsProps,
} from './PostbackSettings.js';
