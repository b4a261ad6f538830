import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { type AppConfig, type AppOptions, resolveConfig } from './config.js';
import { isDatabaseUnavailable, isStorageFull } from './db/errors.js';
import { refreshStatistics } from './db/statistics.js';
import { DomainError } from './errors.js';
import { apiReferenceRoutes } from './http/apiReference.js';
import { purgeIdempotencyKeys } from './http/idempotency.js';
import { buildOpenApi } from './http/openapi.js';
import { DatabaseRateLimiter, MemoryRateLimiter, type RateLimiter } from './http/rateLimit.js';
import { errorResponse, type RegisteredRoute, Router, type RouterEnv } from './http/router.js';
import { newId } from './ids.js';
import { redactSecrets } from './log.js';
import { accessRoutes, invitationRoutes } from './routes/access.js';
import { catalogRoutes } from './routes/catalog.js';
import { clientRoutes } from './routes/clients.js';
import { devRoutes } from './routes/dev.js';
import { hookRoutes } from './routes/hooks.js';
import { jobRoutes } from './routes/jobs.js';
import { keyRoutes } from './routes/keys.js';
import { oauthRoutes } from './routes/oauth.js';
import { orderRoutes } from './routes/orders.js';
import { postbackRoutes } from './routes/postbacks.js';
import { productionRoutes } from './routes/production.js';
import { productRoutes } from './routes/products.js';
import { sessionRoutes } from './routes/sessions.js';
import { storeRoutes } from './routes/stores.js';
import { userRoutes } from './routes/users.js';
import { jobHandlers } from './services/jobHandlers.js';
import {
  type RunPendingJobsOptions,
  type RunPendingJobsResult,
  releaseJobs,
  runPendingJobs,
} from './services/jobs.js';

export interface VitrineApp {
  /** A Web-standard fetch handler: Node, Deno, workers and browsers can all serve it. */
  fetch: (request: Request) => Promise<Response>;
  /** Every contract route this app serves, with its guard (used by the permission matrix). */
  routes: readonly RegisteredRoute[];
  hono: Hono<RouterEnv>;
  /**
   * Runs the jobs that are due (product syncs…) until none is left. Node calls it on an interval;
   * tests and in-browser servers call it directly.
   */
  runPendingJobs: (options?: RunPendingJobsOptions) => Promise<RunPendingJobsResult>;
  /** Forgets what has expired (idempotency keys…). Node calls it every minute. */
  housekeeping: () => Promise<void>;
  /** Puts the jobs these workers hold back in the queue (a process shutting down). */
  releaseJobs: (workerIds: readonly string[]) => Promise<number>;
}

/** Builds the API over a migrated database. Runtime-agnostic: Web Request/Response and Web Crypto. */
export function createApp(options: AppOptions): VitrineApp {
  const config = resolveConfig(options);
  let lastAnalyzedAt = Number.NEGATIVE_INFINITY;
  const app = new Hono<RouterEnv>();

  app.use(async (c, next) => {
    const started = Date.now();
    const requestId = newId('req');
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('x-request-id', requestId);
    config.onRequestLog?.({
      requestId,
      method: c.req.method,
      // Invitation and status tokens travel in the path; they must not reach logs.
      path: redactSecrets(c.req.path),
      status: c.res.status,
      ms: Date.now() - started,
    });
  });

  const { corsOrigins } = config;
  if (corsOrigins === '*' || corsOrigins.length > 0) {
    app.use(
      '/v1/*',
      cors({
        origin: corsOrigins === '*' ? '*' : [...corsOrigins],
        allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key'],
        exposeHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed'],
        maxAge: 600,
      }),
    );
  }

  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? newId('req');
    if (error instanceof DomainError) return errorResponse(error, requestId);
    config.onError?.(error, requestId);
    if (isStorageFull(error)) {
      return errorResponse(
        new DomainError(
          'service_unavailable',
          'The server is out of disk space, so nothing can be saved until space is freed. Reading still works.',
          { retryAfter: 60 },
        ),
        requestId,
      );
    }
    if (isDatabaseUnavailable(error)) {
      return errorResponse(
        new DomainError('service_unavailable', 'The service is briefly unavailable; try again.', {
          retryAfter: 5,
        }),
        requestId,
      );
    }
    return errorResponse(
      new DomainError('internal_error', 'Something went wrong on our side; quote the request id.'),
      requestId,
    );
  });

  app.notFound((c) =>
    errorResponse(
      new DomainError('route_not_found', `No route ${c.req.method} ${c.req.path}.`),
      c.get('requestId'),
    ),
  );

  const limiter = rateLimiterFor(config);
  const router = new Router(app, config, limiter);
  sessionRoutes(router);
  keyRoutes(router);
  clientRoutes(router);
  accessRoutes(router);
  invitationRoutes(router);
  catalogRoutes(router);
  userRoutes(router);
  storeRoutes(router);
  productRoutes(router);
  orderRoutes(router);
  postbackRoutes(router);
  productionRoutes(router);
  oauthRoutes(router);
  hookRoutes(router);
  jobRoutes(router);

  app.get('/healthz', async (c) => {
    try {
      await config.db.query('select 1');
      return c.json({ status: 'ok' });
    } catch {
      return c.json({ status: 'unavailable' }, 503);
    }
  });
  let openapi: object | undefined;
  app.get('/openapi.json', (c) => {
    openapi ??= buildOpenApi(router.routes, config.publicUrl);
    return c.json(openapi);
  });
  apiReferenceRoutes(app, options.apiReferenceScript);
  if (config.dev) devRoutes(app, config);

  return {
    fetch: (request) => Promise.resolve(app.fetch(request)),
    routes: router.routes,
    hono: app,
    runPendingJobs: (runOptions) => runPendingJobs(config, jobHandlers, runOptions),
    releaseJobs: (workerIds) => releaseJobs(config.db, workerIds, config.clock.now()),
    housekeeping: async () => {
      const now = config.clock.now();
      await purgeIdempotencyKeys(config.db, now);
      await limiter?.sweep();
      // Hourly: tables grow slowly next to the minute housekeeping runs at.
      if (now.getTime() - lastAnalyzedAt >= 3600_000) {
        await refreshStatistics(config.db);
        lastAnalyzedAt = now.getTime();
      }
    },
  };
}

function rateLimiterFor(config: AppConfig): RateLimiter | null {
  const { rateLimit } = config;
  if (!rateLimit) return null;
  const store = rateLimit.store ?? (config.db.dialect === 'postgres' ? 'database' : 'memory');
  return store === 'database'
    ? new DatabaseRateLimiter(config.db, rateLimit, config.clock)
    : new MemoryRateLimiter(rateLimit, config.clock);
}
