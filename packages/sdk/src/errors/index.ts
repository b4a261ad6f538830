export { ApiError, type ApiErrorInit } from './ApiError.js';
export { ContractError } from './ContractError.js';
export {
  isApiError,
  isContractError,
  isNetworkError,
  isTimeoutError,
  isVitrineError,
} from './guards.js';
export { NetworkError } from './NetworkError.js';
export { TimeoutError } from './TimeoutError.js';
export {
  VitrineError,
  type VitrineErrorKind,
  type VitrineErrorOptions,
  vitrineErrorBrand,
} from './VitrineError.js';
