import type * as z from 'zod';
import { type Endpoint, type EndpointName, endpoints } from './contract.js';
import { type Credentials, createCredentials, type VitrineAuth } from './credentials.js';
import { ApiError } from './errors/ApiError.js';
import { ContractError } from './errors/ContractError.js';
import { isApiError, isNetworkError } from './errors/guards.js';
import { NetworkError } from './errors/NetworkError.js';
import { TimeoutError } from './errors/TimeoutError.js';
import type { VitrineError } from './errors/VitrineError.js';
import {
  type AfterResponseHook,
  type BeforeRequestHook,
  createHttp,
  HTTPError,
  HttpTimeoutError,
  type Input,
  type RetryOptions,
  type ShouldRetryState,
} from './http.js';
import { type AccessResource, createAccessResource } from './resources/access.js';
import { type CatalogResource, createCatalogResource } from './resources/catalog.js';
import { type ClientsResource, createClientsResource } from './resources/clients.js';
import { createInvitationsResource, type InvitationsResource } from './resources/invitations.js';
import { createJobsResource, type JobsResource } from './resources/jobs.js';
import { createKeysResource, type KeysResource } from './resources/keys.js';
import { createOrdersResource, type OrdersResource } from './resources/orders.js';
import { createPostbacksResource, type PostbacksResource } from './resources/postbacks.js';
import { createProductionResource, type ProductionResource } from './resources/production.js';
import { createProductsResource, type ProductsResource } from './resources/products.js';
import { createSessionsResource, type SessionsResource } from './resources/sessions.js';
import { createStoresResource, type StoresResource } from './resources/stores.js';
import { createUsersResource, type UsersResource } from './resources/users.js';
import { ErrorBody } from './schemas/errors.js';
import type { EndpointResponse, RequestOptions, VitrineRequest } from './types.js';
import { fillPath, toSearchParams } from './url.js';
import { randomUuid } from './uuid.js';

export type VitrineFetch = (input: Input, init?: RequestInit) => Promise<Response>;

export interface VitrineHooks {
  /** Run before every attempt, after the `Authorization` header is set. */
  beforeRequest?: BeforeRequestHook[];
  afterResponse?: AfterResponseHook[];
}

export interface VitrineOptions {
  /** Replaces `globalThis.fetch`, e.g. to reach an in-process server. */
  fetch?: VitrineFetch;
  /**
   * Retry options, or just a limit. Network errors, 408, 429 and 5xx are retried for every
   * method (POSTs carry an idempotency key); `Retry-After` is honoured up to `maxRetryAfter`.
   * @default { limit: 2, jitter: true, backoffLimit: 10_000, maxRetryAfter: 30_000 }
   */
  retry?: RetryOptions | number;
  /**
   * Per attempt, in milliseconds.
   * @default 10000
   */
  timeout?: number;
  hooks?: VitrineHooks;
}

export interface Vitrine {
  /** The API's base URL, e.g. to check that a message comes from the API's origin. */
  readonly baseUrl: string;
  /** Calls any contract endpoint by name; the resource methods are shorthands for it. */
  request: VitrineRequest;
  /** A client with the same credentials (and session cache) and these options merged in. */
  extend(options: VitrineOptions): Vitrine;
  sessions: SessionsResource;
  keys: KeysResource;
  clients: ClientsResource;
  access: AccessResource;
  invitations: InvitationsResource;
  users: UsersResource;
  stores: StoresResource;
  jobs: JobsResource;
  catalog: CatalogResource;
  products: ProductsResource;
  production: ProductionResource;
  orders: OrdersResource;
  postbacks: PostbacksResource;
}

const defaultTimeout = 10_000;

const defaultRetry = {
  limit: 2,
  methods: ['get', 'put', 'patch', 'delete', 'post'],
  statusCodes: [408, 429, 500, 502, 503, 504],
  afterStatusCodes: [429, 503],
  maxRetryAfter: 30_000,
  backoffLimit: 10_000,
  jitter: true,
} satisfies RetryOptions;

/**
 * Creates a Vitrine API client.
 *
 * @example
 * ```ts
 * const vitrine = createVitrine({ baseUrl: 'https://api.example', session: fetchSession });
 * const client = await vitrine.clients.create({ name: 'Acme' });
 * ```
 */
export function createVitrine(auth: VitrineAuth, options: VitrineOptions = {}): Vitrine {
  return buildClient(auth.baseUrl, createCredentials(auth), options);
}

function buildClient(baseUrl: string, credentials: Credentials, options: VitrineOptions): Vitrine {
  const request = createRequest(baseUrl, credentials, options);
  return {
    baseUrl,
    request,
    extend: (more) => buildClient(baseUrl, credentials, mergeOptions(options, more)),
    sessions: createSessionsResource(request),
    keys: createKeysResource(request),
    clients: createClientsResource(request),
    access: createAccessResource(request),
    invitations: createInvitationsResource(request),
    users: createUsersResource(request),
    stores: createStoresResource(request),
    jobs: createJobsResource(request),
    catalog: createCatalogResource(request),
    products: createProductsResource(request),
    production: createProductionResource(request),
    orders: createOrdersResource(request),
    postbacks: createPostbacksResource(request),
  };
}

function mergeOptions(base: VitrineOptions, more: VitrineOptions): VitrineOptions {
  const retryOf = (r: VitrineOptions['retry']) => (typeof r === 'number' ? { limit: r } : r);
  return {
    fetch: more.fetch ?? base.fetch,
    timeout: more.timeout ?? base.timeout,
    retry: { ...retryOf(base.retry), ...retryOf(more.retry) },
    hooks: {
      beforeRequest: [...(base.hooks?.beforeRequest ?? []), ...(more.hooks?.beforeRequest ?? [])],
      afterResponse: [...(base.hooks?.afterResponse ?? []), ...(more.hooks?.afterResponse ?? [])],
    },
  };
}

function createRequest(
  baseUrl: string,
  credentials: Credentials,
  options: VitrineOptions,
): VitrineRequest {
  const timeout = options.timeout ?? defaultTimeout;
  const userRetry = typeof options.retry === 'number' ? { limit: options.retry } : options.retry;

  const authorize: BeforeRequestHook = async (request, { context }) => {
    if (context.public === true) return;
    request.headers.set('authorization', `Bearer ${await credentials.token()}`);
  };

  const http = createHttp({
    prefixUrl: baseUrl,
    fetch: networkErrors(options.fetch),
    timeout,
    retry: {
      ...defaultRetry,
      ...userRetry,
      shouldRetry: async (state: ShouldRetryState) => {
        // Errors from hooks, the session callback or an abort are not transport failures.
        const { error } = state;
        if (
          !(error instanceof HTTPError) &&
          !(error instanceof HttpTimeoutError) &&
          !isNetworkError(error)
        ) {
          return false;
        }
        const decided = await userRetry?.shouldRetry?.(state);
        if (decided !== undefined) return decided;
        // A retry that overtook the first attempt of the same key: wait for that one to finish.
        if (error instanceof HTTPError && error.response.status === 409) {
          return (await errorCodeOf(error.response)) === 'idempotency_in_progress' || undefined;
        }
        return undefined;
      },
    },
    hooks: {
      beforeRequest: [authorize, ...(options.hooks?.beforeRequest ?? [])],
      afterResponse: options.hooks?.afterResponse ?? [],
    },
  });

  const request = async <N extends EndpointName>(
    name: N,
    call: RequestOptions<N> = {},
  ): Promise<EndpointResponse<N>> => {
    const endpoint: Endpoint = endpoints[name];
    const { signal } = call;
    signal?.throwIfAborted();

    const headers = new Headers({ accept: endpoint.produces ?? 'application/json' });
    // One key per logical call: retries and the session refresh resend the same one.
    if (endpoint.method === 'POST') {
      headers.set('idempotency-key', call.idempotencyKey ?? randomUuid());
    }
    if (call.upload) headers.set('content-type', call.upload.contentType);
    const isPublic = endpoint.auth === 'public';
    const progress = call.upload ? call.onUploadProgress : undefined;
    const total = call.upload ? byteSize(call.upload.data) : 0;
    // Only XMLHttpRequest reports an upload's progress; a caller's own fetch is kept as it is.
    const viaXhr = progress !== undefined && !options.fetch && typeof XMLHttpRequest === 'function';
    const send = () =>
      http(fillPath(endpoint.path, call.params).replace(/^\//, ''), {
        method: endpoint.method,
        headers,
        ...(call.upload ? { body: call.upload.data as BodyInit } : { json: call.body }),
        searchParams: toSearchParams(call.query as object | undefined),
        signal,
        context: { public: isPublic },
        ...(viaXhr ? { fetch: networkErrors(xhrFetch(progress)) } : {}),
      });
    progress?.({ loaded: 0, total });

    let response: Response;
    try {
      response = await send();
    } catch (error) {
      const mapped = await toVitrineError(error, name, timeout, signal);
      if (!isPublic && credentials.kind === 'session' && isExpiredSession(mapped)) {
        credentials.expire(bearerOf(error));
        try {
          response = await send();
        } catch (again) {
          throw await toVitrineError(again, name, timeout, signal);
        }
      } else {
        throw mapped;
      }
    }
    const body = (await readBody(response, name, endpoint, signal)) as EndpointResponse<N>;
    progress?.({ loaded: total, total });
    return body;
  };

  return request;
}

const byteSize = (data: Blob | ArrayBuffer | Uint8Array) =>
  data instanceof Blob ? data.size : data.byteLength;

/**
 * A fetch over XMLHttpRequest, for uploads: the one browser API that reports how many bytes of
 * a request body went out. Timeouts and aborts arrive through the request's signal, as with fetch.
 */
function xhrFetch(onProgress: (progress: { loaded: number; total: number }) => void): VitrineFetch {
  return async (input, init) => {
    const request = new Request(input as RequestInfo, init);
    const body = ['GET', 'HEAD'].includes(request.method) ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      xhr.responseType = 'arraybuffer';
      request.headers.forEach((value, key) => {
        xhr.setRequestHeader(key, value);
      });
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
      };
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
          const at = line.indexOf(':');
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
        resolve(
          new Response(empty ? null : (xhr.response as ArrayBuffer), {
            status: xhr.status,
            statusText: xhr.statusText,
            headers,
          }),
        );
      };
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.ontimeout = () => reject(new TypeError('Network request timed out'));
      const abort = () => xhr.abort();
      xhr.onabort = () =>
        reject(request.signal.reason ?? new DOMException('The upload was aborted', 'AbortError'));
      if (request.signal.aborted) {
        reject(request.signal.reason);
        return;
      }
      request.signal.addEventListener('abort', abort, { once: true });
      xhr.onloadend = () => request.signal.removeEventListener('abort', abort);
      xhr.send(body);
    });
  };
}

async function errorCodeOf(response: Response): Promise<string | undefined> {
  const json = parseJson(
    await response
      .clone()
      .text()
      .catch(() => ''),
  );
  const parsed = json.ok ? ErrorBody.safeParse(json.value) : undefined;
  return parsed?.success ? parsed.data.error.code : undefined;
}

const isExpiredSession = (error: unknown) => isApiError(error) && error.code === 'session_expired';

function bearerOf(error: unknown): string {
  if (!(error instanceof HTTPError)) return '';
  return error.request.headers.get('authorization')?.replace(/^Bearer\s+/i, '') ?? '';
}

/**
 * Turns a fetch rejection into a NetworkError, and makes `signal` effective even for fetch
 * implementations that ignore it (an in-process server handler).
 */
function networkErrors(fetchImpl: VitrineFetch | undefined): VitrineFetch {
  return (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const signal = init?.signal ?? request?.signal;
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const onAbort = () => reject(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      const pending = Promise.resolve().then(() =>
        fetchImpl ? fetchImpl(input, init) : globalThis.fetch(input, init),
      );
      pending.then(resolve, (error: unknown) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const target = request ? `${request.method} ${request.url}` : String(input);
        const reason = error instanceof Error ? error.message : String(error);
        reject(new NetworkError(`${target} failed: ${reason}`, { cause: error }));
      });
      void pending.finally(() => signal?.removeEventListener('abort', onAbort)).catch(() => {});
    });
  };
}

async function toVitrineError(
  error: unknown,
  endpoint: EndpointName,
  timeout: number,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  // An abort is the caller's own doing: hand back its reason untouched.
  if (signal?.aborted) return error;
  if (error instanceof HTTPError) return fromHttpError(error, endpoint);
  if (error instanceof HttpTimeoutError) {
    return new TimeoutError(
      `${error.request.method} ${error.request.url} timed out after ${timeout} ms`,
      { timeout, endpoint, cause: error },
    );
  }
  return error;
}

async function fromHttpError(error: HTTPError, endpoint: EndpointName): Promise<VitrineError> {
  const { response } = error;
  const { status } = response;
  const text = await response.text().catch(() => '');
  const json = parseJson(text);
  const parsed = json.ok ? ErrorBody.safeParse(json.value) : undefined;
  if (parsed?.success) {
    return new ApiError({ status, ...parsed.data.error, endpoint, cause: error });
  }
  // Gateways and proxies answer outages with HTML; the outcome is still a retryable server error.
  if (status >= 500 || status === 429) {
    return new ApiError({
      status,
      type: status === 429 ? 'rate_limit_error' : 'api_error',
      code: status === 429 ? 'rate_limited' : 'internal_error',
      message: `Request failed with status ${status} and no API error body`,
      requestId: response.headers.get('x-request-id') ?? '',
      endpoint,
      cause: error,
    });
  }
  return new ContractError({
    endpoint,
    status,
    issues: parsed ? parsed.error.issues : [notJsonIssue(text)],
    cause: error,
  });
}

async function readBody(
  response: Response,
  name: EndpointName,
  endpoint: Endpoint,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new NetworkError(`Reading the response of ${name} failed`, { cause: error });
  }
  if (endpoint.response === null) return text;

  const json = parseJson(text);
  if (!json.ok) {
    throw new ContractError({
      endpoint: name,
      status: response.status,
      issues: [notJsonIssue(text)],
    });
  }
  const result = endpoint.response.safeParse(json.value);
  if (!result.success) {
    throw new ContractError({
      endpoint: name,
      status: response.status,
      issues: result.error.issues,
    });
  }
  return result.data;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

const notJsonIssue = (text: string): z.core.$ZodIssue => ({
  code: 'custom',
  path: [],
  message: text === '' ? 'Expected a JSON body, got an empty one' : 'Expected a JSON body',
  input: text.slice(0, 200),
});
