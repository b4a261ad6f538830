import type { ErrorCode, ErrorType, FieldError } from '../schemas/errors.js';
import { VitrineError } from './VitrineError.js';

export interface ApiErrorInit {
  status: number;
  type: ErrorType;
  code: ErrorCode;
  message: string;
  fields?: FieldError[] | undefined;
  requestId: string;
  endpoint?: string | undefined;
  cause?: unknown;
}

const recoverableCodes: ReadonlySet<ErrorCode> = new Set([
  'session_expired',
  'idempotency_in_progress',
  'rate_limited',
  'service_unavailable',
]);

/** Whether repeating the same request later may succeed, judged from the status and code. */
export const isRecoverableStatus = (status: number, code: ErrorCode): boolean =>
  status === 408 || status === 429 || status >= 500 || recoverableCodes.has(code);

/** The API answered with an error body: `{ error: { type, code, message, fields, requestId } }`. */
export class ApiError extends VitrineError {
  readonly status: number;
  readonly type: ErrorType;
  readonly code: ErrorCode;
  /** Per-field problems of a rejected body or query; paths are dotted (`admin.email`). */
  readonly fields: FieldError[];
  readonly requestId: string;
  /** The contract endpoint that failed, e.g. `createClient`. */
  readonly endpoint: string | undefined;

  constructor(init: ApiErrorInit) {
    super(
      `${init.message} (${init.status} ${init.code}${init.requestId ? `, ${init.requestId}` : ''})`,
      { cause: init.cause, recoverable: isRecoverableStatus(init.status, init.code) },
      'api',
    );
    this.name = 'ApiError';
    this.status = init.status;
    this.type = init.type;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.requestId = init.requestId;
    this.endpoint = init.endpoint;
  }
}
