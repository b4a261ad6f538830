import type * as z from 'zod';
import { VitrineError } from './VitrineError.js';

/**
 * A response did not match the contract: the server and this SDK disagree (version skew, a proxy
 * answering instead of the API). Retrying does not help.
 */
export class ContractError extends VitrineError {
  readonly endpoint: string;
  /** HTTP status of the offending response. */
  readonly status: number;
  readonly issues: z.core.$ZodIssue[];

  constructor(init: {
    endpoint: string;
    status: number;
    issues: z.core.$ZodIssue[];
    message?: string;
    cause?: unknown;
  }) {
    const first = init.issues[0];
    const detail = first
      ? `${first.path.length > 0 ? `${first.path.join('.')}: ` : ''}${first.message}`
      : 'unexpected body';
    super(
      init.message ??
        `Response of ${init.endpoint} (${init.status}) does not match the contract: ${detail}`,
      { cause: init.cause, recoverable: false },
      'contract',
    );
    this.name = 'ContractError';
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.issues = init.issues;
  }
}
