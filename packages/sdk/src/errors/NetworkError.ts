import { VitrineError } from './VitrineError.js';

/** No response arrived: DNS, connection refused or reset, CORS, offline. */
export class NetworkError extends VitrineError {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause, recoverable: true }, 'network');
    this.name = 'NetworkError';
  }
}
