export {
  StoreConnectButton,
  type StoreConnectButtonProps,
  type StoreConnectError,
  type StoreConnectPart,
  type StoreConnectState,
} from './StoreConnectButton.js';
