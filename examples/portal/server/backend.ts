import { serve } from '@hono/node-server';
import {
  ClientId,
  type CreateSessionBody,
  createVitrine,
  isApiError,
  isNetworkError,
  isTimeoutError,
  type Session,
  UserId,
} from '@vitrine/sdk';
import { type Context, Hono } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

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
  /**
   * Signs the client sign-in cookie (HMAC-SHA256), at least 32 bytes. By default a random key
   * made when the backend starts: sign-ins then end when it restarts, and several instances
   * behind one address would need a shared key given here.
   */
  cookieSecret?: string | Uint8Array<ArrayBuffer>;
  /** How long a client user stays signed in, in seconds. @default 8 hours */
  signInTtlSeconds?: number;
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

/** The client sign-in cookie: HttpOnly, SameSite=Lax, and only sent to the client routes. */
export const signInCookie = { name: 'northwind_client', path: '/portal-api/client' } as const;

/** Who a client sign-in cookie stands for. */
export interface ClientSignIn {
  clientId: string;
  userId: string;
  /** Unix seconds. The cookie's Max-Age ends it in the browser; this ends it on the server. */
  exp: number;
}

/**
 * The portal's own backend, reduced to what embedding Vitrine needs: it holds the provider's
 * secret key and trades it for short-lived session tokens that the browser may hold.
 *
 * - `POST /portal-api/session`: a provider-scope session, for Northwind's staff pages.
 * - `POST /portal-api/client/sign-in`, `…/client/session`, `…/client/sign-out`: the client area,
 *   where a client's own users work with client-scope sessions.
 */
export function createPortalBackend(options: PortalBackendOptions): PortalBackend {
  const log = options.log ?? ((line: string) => console.error(line));
  const keys = keySource(options.secretKey);
  const cookieSecret = options.cookieSecret ?? crypto.getRandomValues(new Uint8Array(32));
  if (cookieSecret.length < 32) throw new Error('cookieSecret must be at least 32 bytes');
  const signInTtl = options.signInTtlSeconds ?? 8 * 60 * 60;
  const ttl = options.sessionTtlSeconds ? { ttlSeconds: options.sessionTtlSeconds } : {};
  const app = new Hono();

  /**
   * Trades the secret key for a session. Throws a `Refusal` with what the browser may be told;
   * the details (never the key or a token) go to the log.
   */
  async function mint(body: CreateSessionBody): Promise<Session> {
    let key = await keys.get();
    if (!key) {
      throw new Refusal(
        503,
        'secret_key_missing',
        'The portal has no Vitrine secret key yet. Is the API running?',
      );
    }
    for (let attempt = 0; ; attempt++) {
      try {
        return await createVitrine({ baseUrl: options.apiUrl, secretKey: key }).sessions.create(
          body,
        );
      } catch (error) {
        // The API's data folder may have been reset and a new key written: look again, once.
        if (attempt === 0 && isApiError(error) && error.code === 'invalid_api_key' && keys.lazy) {
          const fresh = await keys.reload();
          if (fresh && fresh !== key) {
            key = fresh;
            continue;
          }
        }
        log(`portal-api: could not create a Vitrine ${body.scope} session: ${describe(error)}`);
        if (isNetworkError(error) || isTimeoutError(error)) {
          throw new Refusal(503, 'api_unreachable', 'The Vitrine API did not answer.');
        }
        // A client session is refused when the user may not act (removed, not yet active, the
        // client's access switched off or archived): about the person, not about the portal.
        if (
          body.scope === 'client' &&
          isApiError(error) &&
          error.status < 500 &&
          error.code !== 'invalid_api_key'
        ) {
          throw new Refusal(
            403,
            'session_refused',
            'This user may not use Storefronts now. Ask an admin of the account.',
          );
        }
        throw new Refusal(502, 'session_failed', 'The Vitrine API refused to create a session.');
      }
    }
  }

  app.get('/portal-api/health', (c) => c.json({ status: 'ok' }));

  // In a real portal this route sits behind the PSP's own sign-in (its session cookie and CSRF
  // protection), and only staff who may manage clients get a provider-scope session. This demo
  // has no staff sign-in, so every visitor counts as Northwind staff.
  app.post('/portal-api/session', async (c) => {
    c.header('cache-control', 'no-store');
    try {
      const session = await mint({ scope: 'provider', ...ttl });
      // Only what the browser needs: never the key, and nothing else about the provider.
      return c.json({ token: session.token, expiresAt: session.expiresAt }, 201);
    } catch (error) {
      return refusal(c, error);
    }
  });

  // ---------------------------------------------------------------------------------------------
  // The client area: a client's own users (their admin, store and order managers, viewers).
  //
  // DEMO SIGN-IN. A real portal authenticates the person first (password, SSO, a magic link),
  // looks up which Vitrine client and user that person is in its own database, and only then
  // sets its session cookie. This demo has no accounts: accepting the invitation "signs in", as
  // the invitation page posts the accepted clientId and userId here. Anyone who knows a user's
  // ids could do the same, and ids are not secrets (team members see each other's), so this
  // route must not ship as it is. Everything after it is what a real portal keeps: an HttpOnly
  // cookie signed by the portal, and client sessions minted only for the user in that cookie.
  app.post('/portal-api/client/sign-in', async (c) => {
    c.header('cache-control', 'no-store');
    // A cross-site HTML form cannot send JSON, so this also keeps other sites from signing a
    // visitor in as someone else.
    if (!c.req.header('content-type')?.toLowerCase().startsWith('application/json')) {
      return c.json(failure('unsupported_media_type', 'Send a JSON body.'), 415);
    }
    const body: unknown = await c.req.json().catch(() => null);
    const clientId = ClientId.safeParse((body as { clientId?: unknown } | null)?.clientId);
    const userId = UserId.safeParse((body as { userId?: unknown } | null)?.userId);
    if (!clientId.success || !userId.success) {
      return c.json(failure('invalid_request', 'Send { clientId, userId }.'), 400);
    }
    try {
      // The API's own check that this person may act now: it mints client sessions only for
      // active users of a client whose access is on. The session itself is not used.
      await mint({ scope: 'client', clientId: clientId.data, userId: userId.data, ttlSeconds: 60 });
    } catch (error) {
      return refusal(c, error);
    }
    const signIn: ClientSignIn = {
      clientId: clientId.data,
      userId: userId.data,
      exp: Math.floor(Date.now() / 1000) + signInTtl,
    };
    await setSignedCookie(c, signInCookie.name, JSON.stringify(signIn), cookieSecret, {
      path: signInCookie.path,
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
      maxAge: signInTtl,
    });
    return c.json({ clientId: signIn.clientId, userId: signIn.userId }, 200);
  });

  // A client-scope session for the signed-in user, and only for them: the ids come from the
  // signed cookie, never from the request.
  app.post('/portal-api/client/session', async (c) => {
    c.header('cache-control', 'no-store');
    const signIn = await readSignIn(c);
    if (!signIn) {
      if (c.req.header('cookie')?.includes(`${signInCookie.name}=`)) forget(c);
      return c.json(failure('not_signed_in', 'Sign in to use the client area.'), 401);
    }
    try {
      const session = await mint({
        scope: 'client',
        clientId: signIn.clientId,
        userId: signIn.userId,
        ...ttl,
      });
      return c.json({ token: session.token, expiresAt: session.expiresAt }, 201);
    } catch (error) {
      // Removed, or the client's access switched off: the sign-in ends with it.
      if (error instanceof Refusal && error.status === 403) forget(c);
      return refusal(c, error);
    }
  });

  app.post('/portal-api/client/sign-out', (c) => {
    c.header('cache-control', 'no-store');
    forget(c);
    return c.body(null, 204);
  });

  app.notFound((c) => c.json(failure('not_found', `No route ${c.req.method} ${c.req.path}.`), 404));

  /** The signed-in user, or null when the cookie is missing, forged, unreadable or expired. */
  async function readSignIn(c: Context): Promise<ClientSignIn | null> {
    const raw = await getSignedCookie(c, cookieSecret, signInCookie.name);
    if (!raw) return null; // undefined: no cookie; false: the signature does not match
    try {
      const value = JSON.parse(raw) as Partial<ClientSignIn>;
      const fresh = typeof value.exp === 'number' && value.exp > Date.now() / 1000;
      if (!fresh || !ClientId.safeParse(value.clientId).success) return null;
      if (!UserId.safeParse(value.userId).success) return null;
      return { clientId: value.clientId!, userId: value.userId!, exp: value.exp! };
    } catch {
      return null;
    }
  }

  function forget(c: Context) {
    deleteCookie(c, signInCookie.name, {
      path: signInCookie.path,
      httpOnly: true,
      sameSite: 'Lax',
      secure: isHttps(c),
    });
  }

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

/** What the browser is told when no session can be had. */
class Refusal extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function refusal(c: Context, error: unknown) {
  if (error instanceof Refusal) return c.json(failure(error.code, error.message), error.status);
  throw error;
}

/** Behind a TLS-terminating proxy the request arrives as http; the proxy says what it was. */
const isHttps = (c: Context) =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

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
