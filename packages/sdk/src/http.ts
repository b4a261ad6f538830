/**
 * The client's HTTP layer: fetch with a base URL, JSON bodies, a timeout per attempt, retries
 * (backoff with jitter, `Retry-After`), and hooks before each request and after each response.
 *
 * Written here rather than taken from a general client: ky weighed 4 kB of the SDK's 16.3 kB
 * (brotli, bundled as a host does) while the client used a small part of it — a prefix URL,
 * `json`, search params, a timeout, the retry policy below and two hook kinds. This is that part,
 * about 1 kB. Every attempt builds its Request afresh, so an upload body (Blob, ArrayBuffer,
 * bytes) is resent as is and no stream has to be cloned.
 */
export type Input = string | URL | Request;

/** What hooks are told about the call besides the request itself. */
export interface HookOptions {
  readonly context: Readonly<Record<string, unknown>>;
}

/** May return a Request to send instead, or a Response to use without sending. */
export type BeforeRequestHook = (request: Request, options: HookOptions) => unknown;

/** Gets a copy of the response; may return a Response to use instead. */
export type AfterResponseHook = (
  request: Request,
  options: HookOptions,
  response: Response,
) => unknown;

export interface ShouldRetryState {
  error: unknown;
  /** 1 for the first retry. */
  retryCount: number;
}

export interface RetryOptions {
  /** Retries after the first attempt. */
  limit?: number;
  /** Lower-case method names that may be retried. A POST is only retried with an Idempotency-Key. */
  methods?: string[];
  statusCodes?: number[];
  /** Statuses whose `Retry-After` is waited for instead of the backoff. */
  afterStatusCodes?: number[];
  /** The longest `Retry-After` wait, in milliseconds. */
  maxRetryAfter?: number;
  /** The longest backoff wait, in milliseconds. */
  backoffLimit?: number;
  /** The backoff before the nth retry, in milliseconds. */
  delay?: (retryCount: number) => number;
  /** Waits a random part of the backoff, so clients that failed together do not retry together. */
  jitter?: boolean;
  retryOnTimeout?: boolean;
  /** `true` or `false` decides (before the status and timeout rules); `undefined` leaves it to them. */
  shouldRetry?: (state: ShouldRetryState) => boolean | undefined | Promise<boolean | undefined>;
}

/** A response outside 2xx. */
export class HTTPError extends Error {
  constructor(
    readonly response: Response,
    readonly request: Request,
  ) {
    super(`Request failed with status ${response.status}: ${request.method} ${request.url}`);
    this.name = 'HTTPError';
  }
}

/** An attempt that outlasted the timeout. */
export class HttpTimeoutError extends Error {
  constructor(readonly request: Request) {
    super(`Request timed out: ${request.method} ${request.url}`);
    this.name = 'TimeoutError';
  }
}

export interface HttpConfig {
  prefixUrl: string;
  fetch: (input: Input, init?: RequestInit) => Promise<Response>;
  timeout: number;
  retry: RetryOptions;
  hooks: { beforeRequest: BeforeRequestHook[]; afterResponse: AfterResponseHook[] };
}

export interface HttpInit {
  method: string;
  headers: Headers;
  json?: unknown;
  body?: BodyInit;
  searchParams?: URLSearchParams;
  signal?: AbortSignal;
  context?: Record<string, unknown>;
  /** Replaces the configured fetch for this call. */
  fetch?: HttpConfig['fetch'];
}

// setTimeout fires at once beyond this.
const maxDelay = 2_147_483_647;

export function createHttp(config: HttpConfig) {
  const { retry, hooks, timeout } = config;
  const limit = retry.limit ?? 2;
  const methods = retry.methods ?? ['get', 'put', 'head', 'delete', 'options', 'trace'];
  const statusCodes = retry.statusCodes ?? [408, 413, 429, 500, 502, 503, 504];
  const afterStatusCodes = retry.afterStatusCodes ?? [413, 429, 503];
  const delay = retry.delay ?? ((n: number) => 300 * 2 ** (n - 1));

  return async (path: string, init: HttpInit): Promise<Response> => {
    const { signal } = init;
    const options: HookOptions = { context: init.context ?? {} };
    let url = config.prefixUrl.replace(/\/?$/, '/') + path;
    const query = init.searchParams?.toString();
    if (query) url += `?${query}`;
    let body = init.body;
    const headers = new Headers(init.headers);
    if (init.json !== undefined) {
      body = JSON.stringify(init.json);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    }
    const fetchImpl = init.fetch ?? config.fetch;

    let sent: Request | undefined;
    const attempt = async (): Promise<Response> => {
      const controller = new AbortController();
      let request = new Request(url, {
        method: init.method,
        headers,
        body,
        signal: signal ? AbortSignal.any([signal, controller.signal]) : controller.signal,
      });
      let response: Response | undefined;
      for (const hook of hooks.beforeRequest) {
        const result = await hook(request, options);
        if (result instanceof Response) {
          response = result;
          break;
        }
        if (result instanceof Request) request = result;
      }
      sent = request;
      if (!response) {
        const pending = fetchImpl(request);
        let timer: ReturnType<typeof setTimeout> | undefined;
        response = await Promise.race([
          pending,
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => {
              // Settle as a timeout before the abort makes the fetch reject too.
              reject(new HttpTimeoutError(request));
              controller.abort();
            }, timeout);
          }),
        ]).finally(() => clearTimeout(timer));
      }
      for (const hook of hooks.afterResponse) {
        const copy: Response = response.clone();
        const replaced = await hook(request, options, copy);
        if (replaced instanceof Response) {
          cancel(response);
          response = replaced;
        }
        if (copy !== response) cancel(copy);
      }
      if (!response.ok) throw new HTTPError(response, request);
      return response;
    };

    const retryDelay = async (error: unknown, retryCount: number): Promise<number | undefined> => {
      if (retryCount > limit) return;
      const method = init.method.toLowerCase();
      if (!methods.includes(method)) return;
      // Without a key the server cannot tell a resent POST from a second order.
      if (method === 'post' && !sent?.headers.has('idempotency-key')) return;
      const decided = await retry.shouldRetry?.({ error, retryCount });
      if (decided === false) return;
      if (decided !== true) {
        if (error instanceof HttpTimeoutError && !retry.retryOnTimeout) return;
        if (error instanceof HTTPError) {
          const { status, headers } = error.response;
          if (!statusCodes.includes(status)) return;
          const after = headers.get('retry-after');
          if (after && afterStatusCodes.includes(status)) {
            // Seconds, or an HTTP date.
            let wait = Number(after) * 1000;
            if (Number.isNaN(wait)) wait = Date.parse(after) - Date.now();
            return Math.min(
              Math.max(wait, 0) || 0,
              retry.maxRetryAfter ?? Number.POSITIVE_INFINITY,
            );
          }
        }
      }
      const backoff = delay(retryCount);
      return Math.min(
        retry.backoffLimit ?? Number.POSITIVE_INFINITY,
        retry.jitter ? Math.random() * backoff : backoff,
      );
    };

    for (let retryCount = 1; ; retryCount++) {
      try {
        return await attempt();
      } catch (error) {
        const wait = await retryDelay(error, retryCount);
        if (wait === undefined) throw error;
        // The failed response is never read; release its connection.
        if (error instanceof HTTPError) cancel(error.response);
        await sleep(Math.min(wait, maxDelay), signal);
      }
    }
  };
}

const cancel = (response: Response) => void response.body?.cancel().catch(() => {});

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
