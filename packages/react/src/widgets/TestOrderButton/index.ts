export {
  TestOrderButton,
  type TestOrderButtonPart,
  type TestOrderButtonProps,
} from './TestOrderButton.js';
