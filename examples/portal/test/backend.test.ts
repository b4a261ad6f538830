import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVitrine, isApiError } from '@vitrine/sdk';
import { generateSignedCookie } from 'hono/cookie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalBackend, signInCookie } from '../server/backend.js';
import { readSecretKeyFile } from '../server/secretKey.js';
import { type RunningApi, startApi } from './support/api.js';

let api: RunningApi;
let scratch: string;

beforeAll(async () => {
  api = await startApi();
  scratch = await mkdtemp(join(tmpdir(), 'portal-backend-'));
});

afterAll(async () => {
  await api?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const mint = (backend: { fetch: (r: Request) => Promise<Response> }) =>
  backend.fetch(new Request('http://portal.test/portal-api/session', { method: 'POST' }));

describe('POST /portal-api/session', () => {
  it('trades the secret key for a provider session and returns only the token and its expiry', async () => {
    const running = await createPortalBackend({
      apiUrl: api.url,
      secretKey: api.secretKey,
    }).listen();
    try {
      const response = await fetch(`${running.url}/portal-api/session`, { method: 'POST' });
      expect(response.status).toBe(201);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const text = await response.text();
      expect(text).not.toContain(api.secretKey);
      const body = JSON.parse(text);
      expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token']);
      expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now());

      // The token is what a browser SDK uses: it reads clients as the provider…
      const browser = createVitrine({ baseUrl: api.url, session: async () => body });
      const current = await browser.sessions.current();
      expect(current).toMatchObject({ kind: 'session', scope: 'provider', clientId: null });
      await expect(browser.clients.list()).resolves.toMatchObject({ data: [] });
      // …but cannot mint sessions itself: only the key on the portal's server can.
      const refused = await browser.sessions.create({ scope: 'provider' }).catch((e: unknown) => e);
      expect(isApiError(refused) && refused.code).toBe('secret_key_required');
    } finally {
      await running.close();
    }
  });

  it('looks the key up at the first request, not at start-up, and keeps it', async () => {
    let lookups = 0;
    const backend = createPortalBackend({
      apiUrl: api.url,
      secretKey: () => {
        lookups++;
        return api.secretKey;
      },
    });
    expect(lookups).toBe(0);
    expect((await mint(backend)).status).toBe(201);
    expect((await mint(backend)).status).toBe(201);
    expect(lookups).toBe(1);
  });

  it('answers 503 until the API has written its key, then mints sessions', async () => {
    const file = join(scratch, 'demo-secret-key');
    const backend = createPortalBackend({
      apiUrl: api.url,
      secretKey: () => readSecretKeyFile(file),
    });
    const early = await mint(backend);
    expect(early.status).toBe(503);
    expect(await early.json()).toMatchObject({ error: { code: 'secret_key_missing' } });

    await writeFile(file, `${api.secretKey}\n`);
    expect((await mint(backend)).status).toBe(201);
  });

  it('reads the key again when the API rejects the one it has (a reset data folder)', async () => {
    const file = join(scratch, 'rotated-key');
    await writeFile(file, 'vt_sk_from_an_old_data_folder_000000000000000');
    const logs: string[] = [];
    const backend = createPortalBackend({
      apiUrl: api.url,
      secretKey: () => readSecretKeyFile(file),
      log: (line) => logs.push(line),
    });
    const stale = await mint(backend);
    expect(stale.status).toBe(502);
    expect(await stale.json()).toMatchObject({ error: { code: 'session_failed' } });
    expect(logs.join('\n')).toContain('invalid_api_key');
    expect(logs.join('\n')).not.toContain('vt_sk_');

    await writeFile(file, api.secretKey);
    expect((await mint(backend)).status).toBe(201);
  });

  it('answers 503 when the API does not answer', async () => {
    const backend = createPortalBackend({
      apiUrl: 'http://127.0.0.1:9',
      secretKey: api.secretKey,
      log: () => {},
    });
    const response = await mint(backend);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'api_unreachable' } });
  });

  it('only mints on POST', async () => {
    const backend = createPortalBackend({ apiUrl: api.url, secretKey: api.secretKey });
    const response = await backend.fetch(new Request('http://portal.test/portal-api/session'));
    expect(response.status).toBe(404);
  });
});

describe('client sign-in: /portal-api/client/sign-in, session, sign-out', () => {
  type Backend = ReturnType<typeof createPortalBackend>;
  const cookieSecret = 'a-test-only-cookie-secret-of-at-least-32-bytes';
  let backend: Backend;
  let clientId: string;
  let admin: { id: string; email: string };
  let orderManager: { id: string; email: string };
  let invited: { id: string };

  /** The token in the newest invitation email to `to`. */
  async function invitationToken(to: string): Promise<string> {
    const response = await fetch(`${api.url}/dev/outbox?to=${encodeURIComponent(to)}`);
    const { data } = (await response.json()) as { data: Array<{ link: string | null }> };
    const token = data[0]?.link?.match(/vt_inv_[\w-]+/)?.[0];
    if (!token) throw new Error(`No invitation email to ${to}`);
    return token;
  }

  const post = (
    target: Backend,
    path: string,
    init: { cookie?: string; json?: unknown; body?: string; type?: string } = {},
  ) => {
    const headers = new Headers();
    if (init.cookie) headers.set('cookie', init.cookie);
    const body = init.json === undefined ? init.body : JSON.stringify(init.json);
    if (body !== undefined) headers.set('content-type', init.type ?? 'application/json');
    return target.fetch(
      new Request(`http://portal.test/portal-api/client/${path}`, {
        method: 'POST',
        headers,
        ...(body === undefined ? {} : { body }),
      }),
    );
  };

  /** `name=value` of the sign-in cookie a response sets, as a browser would send it back. */
  const cookieOf = (response: Response) => {
    const header = response.headers.getSetCookie().find((c) => c.startsWith(signInCookie.name));
    if (!header) throw new Error('No sign-in cookie was set');
    return header.split(';')[0]!;
  };

  const signIn = async (userId: string) => {
    const response = await post(backend, 'sign-in', { json: { clientId, userId } });
    expect(response.status).toBe(200);
    return cookieOf(response);
  };

  /** What the API says a session token from the backend stands for. */
  async function sessionOf(response: Response) {
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(text).not.toContain(api.secretKey);
    const body = JSON.parse(text);
    expect(Object.keys(body).sort()).toEqual(['expiresAt', 'token']);
    return createVitrine({ baseUrl: api.url, session: async () => body }).sessions.current();
  }

  beforeAll(async () => {
    backend = createPortalBackend({
      apiUrl: api.url,
      secretKey: api.secretKey,
      cookieSecret,
      log: () => {},
    });
    const vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
    const client = await vitrine.clients.create({ name: 'Tidewater Tea Co.' });
    clientId = client.id;
    const access = await vitrine.access.enable(clientId, {
      admin: { email: 'ines@tidewater.example', firstName: 'Inês', lastName: 'Castro' },
    });
    await vitrine.invitations.accept(await invitationToken('ines@tidewater.example'), {});
    admin = { id: access.admin!.userId, email: 'ines@tidewater.example' };
    const om = await vitrine.users.invite(clientId, {
      email: 'olu@tidewater.example',
      firstName: 'Olu',
      lastName: 'Adeyemi',
      role: 'order_manager',
    });
    await vitrine.invitations.accept(await invitationToken(om.email), {});
    orderManager = { id: om.id, email: om.email };
    invited = await vitrine.users.invite(clientId, {
      email: 'pending@tidewater.example',
      firstName: 'Pat',
      lastName: 'Pending',
      role: 'viewer',
    });
  });

  it('signs in with an HttpOnly, SameSite=Lax cookie that only the client routes receive', async () => {
    const response = await post(backend, 'sign-in', { json: { clientId, userId: admin.id } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ clientId, userId: admin.id });
    const header = response.headers.getSetCookie().join('\n');
    expect(header).toMatch(new RegExp(`^${signInCookie.name}=`));
    expect(header).toContain('HttpOnly');
    expect(header).toContain('SameSite=Lax');
    expect(header).toContain('Path=/portal-api/client');
    expect(header).toMatch(/Max-Age=\d+/);
    // Over plain http (local development) the cookie cannot be Secure; behind TLS it is.
    expect(header).not.toContain('Secure');
    const behindTls = await backend.fetch(
      new Request('http://portal.test/portal-api/client/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
        body: JSON.stringify({ clientId, userId: admin.id }),
      }),
    );
    expect(behindTls.headers.getSetCookie().join('\n')).toContain('Secure');
  });

  it('mints a client session for the signed-in user, with their role, and nothing else', async () => {
    const asAdmin = await sessionOf(
      await post(backend, 'session', { cookie: await signIn(admin.id) }),
    );
    expect(asAdmin).toMatchObject({ scope: 'client', clientId, userId: admin.id, role: 'admin' });
    expect(asAdmin.capabilities).toContain('users:manage');

    const cookie = await signIn(orderManager.id);
    // The ids come from the cookie only: asking for someone else changes nothing.
    const response = await post(backend, 'session', {
      cookie,
      json: { clientId, userId: admin.id },
    });
    const asOrderManager = await sessionOf(response);
    expect(asOrderManager).toMatchObject({
      scope: 'client',
      clientId,
      userId: orderManager.id,
      role: 'order_manager',
    });
    expect(asOrderManager.capabilities).not.toContain('users:manage');
  });

  it('answers 401 without a cookie, or with a forged, tampered or expired one', async () => {
    const expectSignedOut = async (cookie: string | undefined) => {
      const response = await post(backend, 'session', cookie ? { cookie } : {});
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: { code: 'not_signed_in' } });
      return response;
    };
    await expectSignedOut(undefined);

    // Signed by another portal (another key): refused, and the browser is told to drop it.
    const other = createPortalBackend({ apiUrl: api.url, secretKey: api.secretKey });
    const foreign = cookieOf(
      await post(other, 'sign-in', { json: { clientId, userId: admin.id } }),
    );
    const cleared = await expectSignedOut(foreign);
    expect(cleared.headers.getSetCookie().join('\n')).toMatch(/Max-Age=0/);

    // The order manager's cookie, edited to name the admin: the signature no longer matches.
    const genuine = decodeURIComponent(
      (await signIn(orderManager.id)).split('=').slice(1).join('='),
    );
    const tampered = genuine.replace(orderManager.id, admin.id);
    expect(tampered).not.toBe(genuine);
    await expectSignedOut(`${signInCookie.name}=${encodeURIComponent(tampered)}`);

    // Unsigned, and garbage.
    const unsigned = JSON.stringify({ clientId, userId: admin.id, exp: 2e9 });
    await expectSignedOut(`${signInCookie.name}=${encodeURIComponent(unsigned)}`);
    await expectSignedOut(`${signInCookie.name}=nonsense`);

    // Correctly signed but past its expiry.
    const expired = await generateSignedCookie(
      signInCookie.name,
      JSON.stringify({ clientId, userId: admin.id, exp: Math.floor(Date.now() / 1000) - 1 }),
      cookieSecret,
    );
    await expectSignedOut(expired.split(';')[0]);
  });

  it('signs out by clearing the cookie', async () => {
    const cookie = await signIn(admin.id);
    const response = await post(backend, 'sign-out', { cookie });
    expect(response.status).toBe(204);
    const header = response.headers.getSetCookie().join('\n');
    expect(header).toMatch(new RegExp(`^${signInCookie.name}=;`));
    expect(header).toContain('Max-Age=0');
    expect(header).toContain('Path=/portal-api/client');
    expect((await post(backend, 'session')).status).toBe(401);
  });

  it('refuses to sign in someone who may not act, and bad requests', async () => {
    // Invited but not yet accepted.
    const pending = await post(backend, 'sign-in', { json: { clientId, userId: invited.id } });
    expect(pending.status).toBe(403);
    expect(await pending.json()).toMatchObject({ error: { code: 'session_refused' } });
    expect(pending.headers.getSetCookie()).toEqual([]);
    // Someone else's client.
    const vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
    const elsewhere = await vitrine.clients.create({ name: 'Elsewhere Ltd.' });
    const wrongClient = await post(backend, 'sign-in', {
      json: { clientId: elsewhere.id, userId: admin.id },
    });
    expect(wrongClient.status).toBe(403);

    const missing = await post(backend, 'sign-in', { json: { clientId } });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: 'invalid_request' } });
    // What a cross-site HTML form could send.
    const form = await post(backend, 'sign-in', {
      body: `clientId=${clientId}&userId=${admin.id}`,
      type: 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.headers.getSetCookie()).toEqual([]);
  });

  it('ends the sign-in when the user is removed', async () => {
    const vitrine = createVitrine({ baseUrl: api.url, secretKey: api.secretKey });
    const viewer = await vitrine.users.invite(clientId, {
      email: 'vic@tidewater.example',
      firstName: 'Vic',
      lastName: 'Viewer',
      role: 'viewer',
    });
    await vitrine.invitations.accept(await invitationToken(viewer.email), {});
    const cookie = await signIn(viewer.id);
    expect((await post(backend, 'session', { cookie })).status).toBe(201);

    await vitrine.users.remove(clientId, viewer.id);
    const refused = await post(backend, 'session', { cookie });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'session_refused' } });
    expect(refused.headers.getSetCookie().join('\n')).toContain('Max-Age=0');
  });
});
