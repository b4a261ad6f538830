import type { ErrorCode, FieldError } from '@vitrine/sdk';

/**
 * A refusal the domain understands. Services throw it with a code from the contract; the HTTP layer
 * turns the code into a status and an error type. Services never speak HTTP.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  /** Seconds after which a retry may succeed (rate limits). */
  readonly retryAfter: number | undefined;
  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: FieldError[]; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fields = options.fields;
    this.retryAfter = options.retryAfter;
  }
}

export const notFound = (what = 'resource') =>
  new DomainError('not_found', `No such ${what}, or it belongs to someone else.`);
