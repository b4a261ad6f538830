import {
  type BodySchemaOf,
  type Endpoint,
  type EndpointName,
  type Endpoints,
  type ErrorBody,
  endpoints,
  type QuerySchemaOf,
} from '@vitrine/sdk';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { type Capability, reachOf } from '../auth/permissions.js';
import { idempotencyScope, type Principal, rateLimitKey } from '../auth/principal.js';
import type { AppConfig } from '../config.js';
import { DomainError, notFound } from '../errors.js';
import { sha256Hex } from '../ids.js';
import { authenticate } from '../services/accounts/sessions.js';
import type { ServiceContext } from '../services/context.js';
import { readBodyBytes, readBodyText } from './body.js';
import { clientAddressOf } from './clientAddress.js';
import { fieldsFromZod, statusFor, typeFor } from './errors.js';
import { beginIdempotent, finishIdempotent } from './idempotency.js';
import type { RateLimiter } from './rateLimit.js';

type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

/**
 * Who may call a route: a capability from the permission table, `public` (no credential; the path
 * carries its own, like an invitation token), `secret_key` (provider secret key only) or `webhook`
 * (the platform's signature is checked by the handler).
 */
export type Guard = Capability | 'public' | 'secret_key' | 'webhook';

export interface RouteContext<N extends EndpointName> {
  principal: Endpoints[N]['auth'] extends 'public' | 'webhook' ? null : Principal;
  params: Record<string, string>;
  query: Out<QuerySchemaOf<N>>;
  body: Out<BodySchemaOf<N>>;
  /** Set for store managers on store-scoped capabilities: the stores they may see. */
  onlyStores: readonly string[] | null;
  /** The raw body of upload endpoints (those whose contract entry `consumes` a type). */
  upload: { bytes: Uint8Array; contentType: string | undefined } | null;
  services: ServiceContext;
  request: Request;
  requestId: string;
}

type Result<N extends EndpointName> = Endpoints[N]['response'] extends z.ZodType
  ? z.input<Endpoints[N]['response']>
  : Response;

export type Handler<N extends EndpointName> = (ctx: RouteContext<N>) => Promise<Result<N>>;

export interface RouteOptions {
  /** Body size limit for this route, in bytes. */
  maxBodyBytes?: number;
  /** The answer carries a secret shown once: an idempotent retry gets 409, never the secret. */
  shownOnce?: boolean;
}

export interface RegisteredRoute {
  name: EndpointName;
  method: string;
  path: string;
  guard: Guard;
}

export interface RouterEnv {
  Variables: { requestId: string };
}

/** The app's route table: every route is bound to a contract endpoint and declares its guard. */
export class Router {
  readonly routes: RegisteredRoute[] = [];

  constructor(
    private readonly app: Hono<RouterEnv>,
    private readonly config: AppConfig,
    private readonly limiter: RateLimiter | null,
  ) {}

  add<N extends EndpointName>(
    name: N,
    guard: Guard,
    handler: Handler<N>,
    options: RouteOptions = {},
  ): void {
    const endpoint = endpoints[name];
    if (guard === 'public' && endpoint.auth !== 'public') {
      throw new Error(`${name} is not a public endpoint in the contract`);
    }
    this.routes.push({ name, method: endpoint.method, path: endpoint.path, guard });
    this.app.on(endpoint.method, endpoint.path, (c) =>
      this.#run(c, name, guard, handler as Handler<EndpointName>, options),
    );
  }

  async #take(bucket: string): Promise<void> {
    const wait = await this.limiter?.take(bucket);
    if (wait) {
      throw new DomainError('rate_limited', 'Too many requests; slow down and retry later.', {
        retryAfter: wait,
      });
    }
  }

  async #run(
    c: Context<RouterEnv>,
    name: EndpointName,
    guard: Guard,
    handler: Handler<EndpointName>,
    { maxBodyBytes = this.config.maxBodyBytes, shownOnce = false }: RouteOptions,
  ): Promise<Response> {
    const endpoint: Endpoint = endpoints[name];
    const services = this.config;
    const requestId = c.get('requestId');

    let principal: Principal | null = null;
    if (guard !== 'public' && guard !== 'webhook') {
      try {
        principal = await authenticate(services, c.req.header('authorization'));
      } catch (error) {
        // Guessing keys or tokens costs the guesser's address, not anyone else's.
        if (error instanceof DomainError && statusFor(error.code) === 401) {
          await this.#take(`authfail:${clientAddressOf(c.req.raw, this.config)}`);
        }
        throw error;
      }
    }
    // Callers with a credential are limited per credential; signed webhooks per address (one
    // store's), not all platforms together; anyone else per client address.
    await this.#take(
      principal
        ? rateLimitKey(principal)
        : guard === 'webhook'
          ? `hook:${c.req.path}`
          : `ip:${clientAddressOf(c.req.raw, this.config)}`,
    );
    const params = c.req.param() as Record<string, string>;
    refuseNul(params, 'params', 'Some path parameters are invalid.');
    const onlyStores = principal ? authorize(principal, guard, params) : null;

    const query = parseQuery(endpoint, c.req.url);

    let raw: string | Uint8Array = '';
    let body: unknown;
    let upload: RouteContext<EndpointName>['upload'] = null;
    if (endpoint.body) {
      raw = await readBodyText(c.req.raw, maxBodyBytes);
      body = parseBody(endpoint.body, raw, c.req.header('content-type'));
    } else if (endpoint.consumes) {
      const contentType = c.req.header('content-type');
      const type = contentType?.split(';')[0]?.trim().toLowerCase();
      if (type && type !== 'application/octet-stream' && !endpoint.consumes.includes(type)) {
        throw new DomainError(
          'file_type_unsupported',
          `Send one of ${endpoint.consumes.join(', ')} (or application/octet-stream).`,
        );
      }
      raw = await readBodyBytes(c.req.raw, this.config.maxUploadBytes);
      upload = { bytes: raw, contentType };
    }

    const invoke = async (): Promise<Response> => {
      const result = await handler({
        principal,
        params,
        query,
        body,
        onlyStores,
        upload,
        services,
        request: c.req.raw,
        requestId,
      } as RouteContext<EndpointName>);
      if (result instanceof Response) return result;
      if (!endpoint.response) throw new Error(`${name} must answer with a Response`);
      // The server checks its own answers against the contract: drift is a bug, loudly.
      const checked = endpoint.response.safeParse(result);
      if (!checked.success) {
        throw new Error(`Response of ${name} breaks the contract: ${checked.error.message}`);
      }
      return c.json(checked.data as object, endpoint.status as 200);
    };

    const key = c.req.header('idempotency-key');
    if (!key || endpoint.method !== 'POST') return invoke();

    const scope = principal ? idempotencyScope(principal) : `anon:${c.req.path}`;
    const replay = await beginIdempotent(services.db, {
      scope,
      key,
      method: endpoint.method,
      path: c.req.path,
      bodyHash: await sha256Hex(raw),
      now: services.clock.now(),
    });
    if (replay) {
      return new Response(replay.body, {
        status: replay.status,
        headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
      });
    }
    let response: Response;
    try {
      response = await invoke();
    } catch (error) {
      // Stryker disable next-line EqualityOperator: no handler throws a DomainError of exactly 500 (unexpected errors are plain ones)
      if (error instanceof DomainError && statusFor(error.code) < 500) {
        response = errorResponse(error, requestId);
      } else {
        await finishIdempotent(services.db, scope, key, null);
        throw error;
      }
    }
    // A secret shown once is not kept for replay: a retry learns it was made, not what it was.
    const stored =
      shownOnce && response.ok
        ? errorResponse(
            new DomainError(
              'conflict',
              'This was already created, and its secret is shown only once. List the keys to find it by its last four characters, and revoke it if the secret was lost.',
            ),
            requestId,
          )
        : response;
    const text = await stored.clone().text();
    await finishIdempotent(services.db, scope, key, { status: stored.status, body: text });
    return response;
  }
}

/**
 * Tenancy, then role. A client session only reaches its own client: any other client id answers
 * 404 exactly like an unknown one, so ids cannot be probed.
 */
/** Returns the stores the caller is limited to (store managers), or null for no limit. */
function authorize(
  principal: Principal,
  guard: Guard,
  params: Record<string, string>,
): readonly string[] | null {
  if (guard === 'secret_key') {
    if (principal.kind !== 'secret_key') {
      throw new DomainError(
        'secret_key_required',
        'This call needs the provider secret key, not a session.',
      );
    }
    return null;
  }
  if (principal.scope === 'provider') return null;
  if (params.clientId !== undefined && params.clientId !== principal.clientId) {
    throw notFound('client');
  }
  // Stryker disable next-line all: equivalent — public and webhook routes never authenticate, so no principal reaches here with those guards.
  const reach = guard === 'public' || guard === 'webhook' ? null : reachOf(principal.role, guard);
  if (!reach) throw new DomainError('forbidden', `The ${principal.role} role may not do this.`);
  if (reach === 'all') return null;
  // Store managers reach only their assigned stores; others look as if they did not exist.
  if (params.storeId !== undefined && !principal.storeIds.includes(params.storeId)) {
    throw notFound('store');
  }
  return principal.storeIds;
}

function parseQuery(endpoint: Endpoint, url: string): unknown {
  const search = new URL(url).searchParams;
  // A misspelt filter must not silently list everything.
  const shape = endpoint.query ? (endpoint.query as { shape?: object }).shape : {};
  if (shape && !endpoint.foreignQuery) {
    const names = new Set([...search.keys()].map((key) => key.match(/^(\w+)\[/)?.[1] ?? key));
    const unknown = [...names].filter((name) => !Object.hasOwn(shape, name));
    if (unknown.length > 0) {
      throw new DomainError(
        'validation_failed',
        `Unknown query parameter: ${unknown.join(', ')}.`,
        {
          fields: unknown.map((path) => ({
            path,
            code: 'unrecognized_keys',
            message: 'This operation takes no such query parameter',
          })),
        },
      );
    }
  }
  if (!endpoint.query) return undefined;
  const input: Record<string, unknown> = {};
  for (const [key, value] of search) {
    const nested = key.match(/^(\w+)\[([^\]]+)\]$/);
    if (nested?.[1] && nested[2]) {
      const group = (input[nested[1]] ?? {}) as Record<string, string>;
      group[nested[2]] = value;
      input[nested[1]] = group;
    } else {
      input[key] = value;
    }
  }
  refuseNul(input, '', 'Some query parameters are invalid.');
  const parsed = (endpoint.query as z.ZodType).safeParse(input);
  if (!parsed.success) {
    throw new DomainError('validation_failed', 'Some query parameters are invalid.', {
      fields: fieldsFromZod(parsed.error.issues),
    });
  }
  return parsed.data;
}

function parseBody(schema: z.ZodType, raw: string, contentType: string | undefined): unknown {
  let json: unknown;
  if (raw.trim() === '') {
    json = undefined;
  } else {
    if (contentType && !/^application\/(.+\+)?json\b/i.test(contentType)) {
      throw new DomainError('unsupported_media_type', 'Send the body as application/json.');
    }
    try {
      json = JSON.parse(raw);
    } catch {
      throw new DomainError('invalid_json', 'The request body is not valid JSON.');
    }
    // JSON can carry a NUL only as the escape `\u0000` (raw control characters are invalid):
    // a body without that text needs no walk through every value.
    if (raw.includes('\\u0000')) refuseNul(json, 'body', 'Some fields are invalid.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new DomainError('validation_failed', 'Some fields are invalid.', {
      fields: fieldsFromZod(parsed.error.issues),
    });
  }
  return parsed.data;
}

/**
 * NUL characters are refused wherever they hide (values and keys, at any depth): no text column
 * can hold them, and nobody types them.
 */
function refuseNul(value: unknown, prefix: string, message: string): void {
  const found: string[] = [];
  // Iterative: a body may nest deeper than the call stack.
  const pending: [unknown, string][] = [[value, prefix]];
  while (pending.length > 0 && found.length < 10) {
    const [node, path] = pending.pop() as [unknown, string];
    if (typeof node === 'string') {
      if (node.includes('\u0000')) found.push(path);
    } else if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) {
        pending.push([item, path ? `${path}.${index}` : String(index)]);
      }
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        const safe = key.replaceAll('\u0000', '\\0');
        const at = path ? `${path}.${safe}` : safe;
        if (key.includes('\u0000')) found.push(at);
        else pending.push([item, at]);
      }
    }
  }
  if (found.length === 0) return;
  throw new DomainError('validation_failed', message, {
    fields: found.map((path) => ({
      path,
      code: 'invalid_characters',
      message: 'Contains a NUL character.',
    })),
  });
}

export function errorResponse(error: DomainError, requestId: string): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (error.retryAfter) headers['retry-after'] = String(error.retryAfter);
  return new Response(errorBodyText(error, requestId), { status: statusFor(error.code), headers });
}

/** The one error shape, as the text of a response body. */
export function errorBodyText(error: DomainError, requestId: string): string {
  const body: ErrorBody = {
    error: {
      type: typeFor(error.code),
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
      requestId,
    },
  };
  return JSON.stringify(body);
}
