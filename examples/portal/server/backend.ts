import { serve } from '@hono/node-server';
import { createVitrine, isApiError, isNetworkError, isTimeoutError } from '@vitrine/sdk';
import { Hono } from 'hono';

type Awaitable<T> = T | Promise<T>;

export interface PortalBackendOptions {
  /** The Vitrine API, e.g. `http://localhost:4000`. */
  apiUrl: string;
  /**
   * The provider's secret key, or a function that finds it. A function is called at the first
   * request that needs the key (not at start-up), and again after the API rejects the key.
   */
  secretKey: string | (() => Awaitable<string | null | undefined>);
  /** Lifetime of the browser's session tokens, 60–3600 seconds. The API's default is 15 minutes. */
  sessionTtlSeconds?: number;
  /** Where failures are reported; never given the key or a token. */
  log?: (line: string) => void;
}

export interface RunningPortalBackend {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface PortalBackend {
  app: Hono;
  fetch: (request: Request) => Promise<Response>;
  /** Listens on `port` (0 picks a free one) and `host` (127.0.0.1 unless given). */
  listen(options?: { port?: number; host?: string }): Promise<RunningPortalBackend>;
}

/**
 * The portal's own backend, reduced to what embedding Vitrine needs: it holds the provider's
 * secret key and trades it for short-lived session tokens that the browser may hold.
 */
export function createPortalBackend(options: PortalBackendOptions): PortalBackend {
  const log = options.log ?? ((line: string) => console.error(line));
  const keys = keySource(options.secretKey);
  const app = new Hono();

  app.get('/portal-api/health', (c) => c.json({ status: 'ok' }));

  // In a real portal this route sits behind the PSP's own sign-in (its session cookie and CSRF
  // protection), and only staff who may manage clients get a provider-scope session. This demo
  // has no sign-in, so every visitor counts as Northwind staff.
  app.post('/portal-api/session', async (c) => {
    c.header('cache-control', 'no-store');
    let key = await keys.get();
    if (!key) {
      return c.json(
        failure(
          'secret_key_missing',
          'The portal has no Vitrine secret key yet. Is the API running?',
        ),
        503,
      );
    }
    for (let attempt = 0; ; attempt++) {
      try {
        const vitrine = createVitrine({ baseUrl: options.apiUrl, secretKey: key });
        const session = await vitrine.sessions.create({
          scope: 'provider',
          ...(options.sessionTtlSeconds ? { ttlSeconds: options.sessionTtlSeconds } : {}),
        });
        // Only what the browser needs: never the key, and nothing else about the provider.
        return c.json({ token: session.token, expiresAt: session.expiresAt }, 201);
      } catch (error) {
        // The API's data folder may have been reset and a new key written: look again, once.
        if (attempt === 0 && isApiError(error) && error.code === 'invalid_api_key' && keys.lazy) {
          const fresh = await keys.reload();
          if (fresh && fresh !== key) {
            key = fresh;
            continue;
          }
        }
        log(`portal-api: could not create a Vitrine session: ${describe(error)}`);
        if (isNetworkError(error) || isTimeoutError(error)) {
          return c.json(failure('api_unreachable', 'The Vitrine API did not answer.'), 503);
        }
        return c.json(
          failure('session_failed', 'The Vitrine API refused to create a session.'),
          502,
        );
      }
    }
  });

  app.notFound((c) => c.json(failure('not_found', `No route ${c.req.method} ${c.req.path}.`), 404));

  const fetch = (request: Request) => Promise.resolve(app.fetch(request));
  return {
    app,
    fetch,
    listen({ port = 0, host = '127.0.0.1' } = {}) {
      return new Promise((resolve, reject) => {
        const server = serve({ fetch, port, hostname: host }, (info) => {
          resolve({
            url: `http://${host}:${info.port}`,
            port: info.port,
            close: () =>
              new Promise<void>((done, fail) => server.close((e) => (e ? fail(e) : done()))),
          });
        });
        server.once('error', reject);
      });
    },
  };
}

function keySource(source: PortalBackendOptions['secretKey']) {
  if (typeof source === 'string') {
    return { lazy: false, get: async () => source, reload: async () => source };
  }
  let cached: string | null = null;
  const reload = async () => {
    cached = (await source()) || null;
    return cached;
  };
  return { lazy: true, get: async () => cached ?? reload(), reload };
}

const failure = (code: string, message: string) => ({ error: { code, message } });

function describe(error: unknown): string {
  if (isApiError(error)) return `${error.status} ${error.code} (${error.requestId})`;
  return error instanceof Error ? error.message : String(error);
}
