import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVitrine, type SessionToken, type VitrineFetch } from '../src/index.js';
import { aClient } from './helpers/fixtures.js';
import {
  apiError,
  createHttpTestServer,
  type HttpTestServer,
  sendJson,
} from './helpers/http-server.js';

let server: HttpTestServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

const clientId = 'cl_00000000000000000042';

/** Answers with a client unless the bearer token is in `expired`. */
async function apiRejecting(expired: Set<string>) {
  server = await createHttpTestServer((req, res) => {
    const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
    if (expired.has(token)) {
      sendJson(res, 401, apiError('session_expired', { type: 'authentication_error' }));
    } else {
      sendJson(res, 200, aClient({ id: clientId }));
    }
  });
  return server;
}

/**
 * A session callback like a backend's: it answers after `ready` (by default one turn of the
 * event loop, so calls made together find the mint in flight).
 */
function sessionSource(
  lifetimeMs = 15 * 60_000,
  ready: () => Promise<unknown> = () => new Promise((resolve) => setImmediate(resolve)),
) {
  let minted = 0;
  const session = vi.fn(async (): Promise<SessionToken> => {
    minted += 1;
    await ready();
    return {
      token: `vt_ses_${minted}`,
      expiresAt: new Date(Date.now() + lifetimeMs).toISOString(),
    };
  });
  return session;
}

const bearers = (s: HttpTestServer) => s.requests.map((r) => r.headers.authorization);

describe('credentials', () => {
  it('sends the secret key as a bearer token', async () => {
    const s = await apiRejecting(new Set());
    const vitrine = createVitrine({ baseUrl: s.url, secretKey: 'vt_sk_live_123' });

    await vitrine.clients.get(clientId);

    expect(bearers(s)).toEqual(['Bearer vt_sk_live_123']);
  });

  it('keeps using a token that looks expired on arrival (a device clock ahead of the server)', async () => {
    const s = await apiRejecting(new Set());
    // The server says the token expires in 15 minutes of its time; this device is an hour ahead.
    const session = sessionSource(-45 * 60_000);
    const vitrine = createVitrine({ baseUrl: s.url, session });

    await vitrine.clients.get(clientId);
    await vitrine.clients.get(clientId);
    await vitrine.clients.get(clientId);

    expect(session).toHaveBeenCalledTimes(1);
    expect(bearers(s)).toEqual(['Bearer vt_ses_1', 'Bearer vt_ses_1', 'Bearer vt_ses_1']);
  });

  it('caches the session token and shares one fetch between concurrent calls', async () => {
    const s = await apiRejecting(new Set());
    const session = sessionSource();
    const vitrine = createVitrine({ baseUrl: s.url, session });

    await Promise.all([1, 2, 3].map(() => vitrine.clients.get(clientId)));
    await vitrine.clients.get(clientId);

    expect(session).toHaveBeenCalledTimes(1);
    expect(bearers(s)).toEqual(Array(4).fill('Bearer vt_ses_1'));
  });

  it('fetches a new session 30 seconds before the current one expires', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T09:00:00Z'));
    const s = await apiRejecting(new Set());
    const session = sessionSource(60_000);
    const vitrine = createVitrine({ baseUrl: s.url, session });

    await vitrine.clients.get(clientId);
    vi.setSystemTime(new Date('2026-03-02T09:00:29Z'));
    await vitrine.clients.get(clientId);
    vi.setSystemTime(new Date('2026-03-02T09:00:31Z'));
    await vitrine.clients.get(clientId);

    expect(session).toHaveBeenCalledTimes(2);
    expect(bearers(s)).toEqual(['Bearer vt_ses_1', 'Bearer vt_ses_1', 'Bearer vt_ses_2']);
  });

  it('on session_expired fetches a new session once and repeats the call', async () => {
    const s = await apiRejecting(new Set(['vt_ses_1']));
    const session = sessionSource();
    const vitrine = createVitrine({ baseUrl: s.url, session });

    await expect(vitrine.clients.get(clientId)).resolves.toMatchObject({ id: clientId });

    expect(session).toHaveBeenCalledTimes(2);
    expect(bearers(s)).toEqual(['Bearer vt_ses_1', 'Bearer vt_ses_2']);
  });

  it('repeats a POST after a refresh with the same idempotency key', async () => {
    const s = await apiRejecting(new Set(['vt_ses_1']));
    const vitrine = createVitrine({ baseUrl: s.url, session: sessionSource() });

    await vitrine.clients.create({ name: 'Acme' }).catch(() => {});

    const keys = s.requests.map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('refreshes only once: a second session_expired is thrown', async () => {
    const s = await apiRejecting(new Set(['vt_ses_1', 'vt_ses_2', 'vt_ses_3']));
    const session = sessionSource();
    const vitrine = createVitrine({ baseUrl: s.url, session });

    await expect(vitrine.clients.get(clientId)).rejects.toMatchObject({
      code: 'session_expired',
      recoverable: true,
    });
    expect(session).toHaveBeenCalledTimes(2);
    expect(s.requests).toHaveLength(2);
  });

  it('concurrent calls rejected with session_expired share one refresh', async () => {
    const s = await apiRejecting(new Set(['vt_ses_1']));
    // The refresh finishes only once all three refusals reached the client: each call meets it.
    let refusals = 0;
    const counting: VitrineFetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) refusals += 1;
      return response;
    };
    const refused = async () => {
      while (refusals < 3) await new Promise((resolve) => setImmediate(resolve));
    };
    const session = sessionSource(undefined, () =>
      session.mock.calls.length > 1 ? refused() : new Promise((resolve) => setImmediate(resolve)),
    );
    const vitrine = createVitrine({ baseUrl: s.url, session }, { fetch: counting });

    await Promise.all([1, 2, 3].map(() => vitrine.clients.get(clientId)));

    expect(session).toHaveBeenCalledTimes(2);
  });

  it('does not refresh for secret keys', async () => {
    const s = await apiRejecting(new Set(['vt_sk_old']));
    const vitrine = createVitrine({ baseUrl: s.url, secretKey: 'vt_sk_old' });

    await expect(vitrine.clients.get(clientId)).rejects.toMatchObject({ code: 'session_expired' });
    expect(s.requests).toHaveLength(1);
  });

  it('passes a failing session callback error through without retrying', async () => {
    const s = await apiRejecting(new Set());
    const failure = new Error('portal backend down');
    const session = vi.fn(() => Promise.reject(failure));
    const vitrine = createVitrine({ baseUrl: s.url, session });

    await expect(vitrine.clients.get(clientId)).rejects.toBe(failure);
    expect(session).toHaveBeenCalledTimes(1);
    expect(s.requests).toHaveLength(0);

    // The failure is not cached: the next call asks again.
    await vitrine.clients.get(clientId).catch(() => {});
    expect(session).toHaveBeenCalledTimes(2);
  });

  it('calls public endpoints without a session', async () => {
    server = await createHttpTestServer((_req, res) =>
      sendJson(res, 200, {
        status: 'pending',
        email: 'ada@example.com',
        firstName: 'Ada',
        lastName: 'Lovelace',
        role: 'admin',
        clientName: 'Acme',
        providerName: 'Test Print',
        expiresAt: '2026-03-09T09:00:00.000Z',
      }),
    );
    const session = vi.fn(() => Promise.reject(new Error('no session for invitees')));
    const vitrine = createVitrine({ baseUrl: server.url, session });

    await expect(vitrine.invitations.get('vt_inv_abc')).resolves.toMatchObject({
      status: 'pending',
    });
    expect(session).not.toHaveBeenCalled();
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
    expect(server.requests[0]?.url).toBe('/v1/invitations/vt_inv_abc');
  });
});
