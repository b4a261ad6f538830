import type { z } from 'zod';
import type { EndpointName, Endpoints } from './contract.js';

/**
 * Endpoints without a query or body still carry the wide `z.ZodType` there (the contract's `e()`
 * picks it up from its `satisfies` context), so only a concrete schema counts as one.
 */
type InputOf<S> = [S] extends [never]
  ? never
  : z.ZodType extends S
    ? never
    : S extends z.ZodType
      ? z.input<S>
      : never;

/** What a caller may send as the query of endpoint `N` (`never` when it takes none). */
export type EndpointQuery<N extends EndpointName> = InputOf<NonNullable<Endpoints[N]['query']>>;

/** What a caller may send as the body of endpoint `N` (`never` when it takes none). */
export type EndpointBody<N extends EndpointName> = InputOf<NonNullable<Endpoints[N]['body']>>;

/** The parsed success response of endpoint `N`; the raw text for non-JSON responses (CSV). */
export type EndpointResponse<N extends EndpointName> = Endpoints[N]['response'] extends z.ZodType
  ? z.output<Endpoints[N]['response']>
  : string;

export interface CallOptions {
  /** Aborting rejects the call with the signal's reason (an `AbortError` by default). */
  signal?: AbortSignal | undefined;
}

export interface PostOptions extends CallOptions {
  /**
   * Sent as `Idempotency-Key`. One is generated per call when omitted; pass your own to make a
   * call safe to repeat across page reloads or processes.
   */
  idempotencyKey?: string | undefined;
}

export interface RequestOptions<N extends EndpointName> extends PostOptions {
  /** Values for the `:name` segments of the endpoint's path. */
  params?: Readonly<Record<string, string>>;
  query?: EndpointQuery<N>;
  body?: EndpointBody<N>;
}

export type VitrineRequest = <N extends EndpointName>(
  name: N,
  options?: RequestOptions<N>,
) => Promise<EndpointResponse<N>>;
