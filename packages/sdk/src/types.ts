import type * as z from 'zod';
import type { BodySchemaOf, EndpointName, Endpoints, QuerySchemaOf } from './contract.js';

type InputOf<S> = S extends z.ZodType ? z.input<S> : never;

/** What a caller may send as the query of endpoint `N` (`never` when it takes none). */
export type EndpointQuery<N extends EndpointName> = InputOf<QuerySchemaOf<N>>;

/** What a caller may send as the body of endpoint `N` (`never` when it takes none). */
export type EndpointBody<N extends EndpointName> = InputOf<BodySchemaOf<N>>;

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

/** Bytes of an upload sent so far. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions extends PostOptions {
  /**
   * Called as the bytes go out. In a browser without a custom `fetch` the upload goes through
   * XMLHttpRequest, which reports progress as it sends; otherwise (fetch cannot tell) it is
   * called once before and once after the transfer.
   */
  onUploadProgress?: ((progress: UploadProgress) => void) | undefined;
}

export interface RequestOptions<N extends EndpointName> extends UploadOptions {
  /** Values for the `:name` segments of the endpoint's path. */
  params?: Readonly<Record<string, string>>;
  query?: EndpointQuery<N>;
  body?: EndpointBody<N>;
  /** A raw body for upload endpoints (those that declare `consumes`), sent as it is. */
  upload?: { data: Blob | ArrayBuffer | Uint8Array; contentType: string };
}

export type VitrineRequest = <N extends EndpointName>(
  name: N,
  options?: RequestOptions<N>,
) => Promise<EndpointResponse<N>>;
