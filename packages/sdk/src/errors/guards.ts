import type { ApiError } from './ApiError.js';
import type { ContractError } from './ContractError.js';
import type { NetworkError } from './NetworkError.js';
import type { TimeoutError } from './TimeoutError.js';
import { type VitrineError, type VitrineErrorKind, vitrineErrorBrand } from './VitrineError.js';

const kindOf = (error: unknown): VitrineErrorKind | undefined =>
  typeof error === 'object' && error !== null && vitrineErrorBrand in error
    ? (error as { [vitrineErrorBrand]: VitrineErrorKind })[vitrineErrorBrand]
    : undefined;

export const isVitrineError = (error: unknown): error is VitrineError =>
  kindOf(error) !== undefined;
export const isApiError = (error: unknown): error is ApiError => kindOf(error) === 'api';
export const isNetworkError = (error: unknown): error is NetworkError =>
  kindOf(error) === 'network';
export const isTimeoutError = (error: unknown): error is TimeoutError =>
  kindOf(error) === 'timeout';
export const isContractError = (error: unknown): error is ContractError =>
  kindOf(error) === 'contract';
