export {
  AccessToggle,
  type AccessToggleAction,
  type AccessTogglePart,
  type AccessToggleProps,
} from './AccessToggle.js';
