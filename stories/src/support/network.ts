/**
 * Network conditions between the widgets and the in-browser server. The server itself is never
 * replaced: a condition only decides whether a request reaches it, like a proxy on a bad day.
 */
export type NetworkCondition =
  /** Requests get no answer at all, so widgets stay in their loading or submitting state. */
  | { kind: 'stalled'; match: RequestMatch }
  /** A gateway answers 503 in front of the server. */
  | { kind: 'outage'; match: RequestMatch };

/** `'GET /v1/clients/*'`-style: a method (or `*`) and a path where `*` stands for one segment. */
export type RequestMatch = `${string} /${string}`;

export interface Network {
  /** The `fetch` the SDK uses. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Replaces the active conditions, e.g. to end an outage before "Try again". */
  set(conditions: NetworkCondition[]): void;
  /** Back to a healthy network. */
  restore(): void;
  /** How many requests a condition intercepted so far. */
  readonly intercepted: number;
}

export const stalled = (match: RequestMatch): NetworkCondition => ({ kind: 'stalled', match });
export const outage = (match: RequestMatch): NetworkCondition => ({ kind: 'outage', match });

function matches(match: RequestMatch, request: Request): boolean {
  const [method = '*', pattern = '/'] = match.split(' ');
  if (method !== '*' && method.toUpperCase() !== request.method) return false;
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`).test(new URL(request.url).pathname);
}

const serviceUnavailable = () =>
  new Response(
    JSON.stringify({
      error: {
        type: 'api_error',
        code: 'service_unavailable',
        message: 'The service is briefly unavailable.',
        requestId: 'req_gateway',
      },
    }),
    { status: 503, headers: { 'content-type': 'application/json' } },
  );

export function createNetwork(
  server: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>,
  initial: NetworkCondition[] = [],
): Network {
  let conditions = initial;
  let intercepted = 0;
  return {
    fetch(input, init) {
      const request = input instanceof Request && !init ? input : new Request(input, init);
      const condition = conditions.find((c) => matches(c.match, request));
      if (!condition) return server(request);
      intercepted += 1;
      if (condition.kind === 'outage') return Promise.resolve(serviceUnavailable());
      // No answer; the SDK still settles the call if the widget aborts it.
      return new Promise<Response>(() => {});
    },
    set(next) {
      conditions = next;
    },
    restore() {
      conditions = [];
    },
    get intercepted() {
      return intercepted;
    },
  };
}
