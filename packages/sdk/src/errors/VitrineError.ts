/**
 * Marks every SDK error. A registered symbol rather than `instanceof`, so the guards still work
 * when a page ends up with two copies of the SDK (two bundles, or a linked package).
 */
export const vitrineErrorBrand: unique symbol = Symbol.for('@vitrine/sdk/error');

export type VitrineErrorKind = 'vitrine' | 'api' | 'network' | 'timeout' | 'contract';

export interface VitrineErrorOptions {
  cause?: unknown;
  recoverable?: boolean;
}

/** Base of every error the SDK throws. Messages are for developers; UIs translate codes instead. */
export class VitrineError extends Error {
  readonly [vitrineErrorBrand]: VitrineErrorKind;
  /** `true` when trying again later may succeed (network trouble, rate limits, server errors). */
  readonly recoverable: boolean;

  constructor(
    message: string,
    options: VitrineErrorOptions = {},
    kind: VitrineErrorKind = 'vitrine',
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'VitrineError';
    this[vitrineErrorBrand] = kind;
    this.recoverable = options.recoverable ?? false;
  }
}
