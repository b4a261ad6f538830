import { VitrineError } from './VitrineError.js';

/** An attempt took longer than the client's `timeout`. */
export class TimeoutError extends VitrineError {
  /** The per-attempt limit that was exceeded, in milliseconds. */
  readonly timeout: number;
  readonly endpoint: string | undefined;

  constructor(
    message: string,
    options: { timeout: number; endpoint?: string | undefined; cause?: unknown },
  ) {
    super(message, { cause: options.cause, recoverable: true }, 'timeout');
    this.name = 'TimeoutError';
    this.timeout = options.timeout;
    this.endpoint = options.endpoint;
  }
}
