import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createVitrine, type VitrineFetch } from '../src/index.js';

let server: TestServer | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
  server = undefined;
});

async function start(options?: Parameters<typeof createTestServer>[0]) {
  server = await createTestServer(options);
  return server;
}

interface Exchange {
  method: string;
  path: string;
  status: number;
  authorization: string | null;
  idempotencyKey: string | null;
  replayed: boolean;
}

/** The server's fetch handler, recording what crossed the wire. */
function recording(s: TestServer, exchanges: Exchange[], wrap?: VitrineFetch): VitrineFetch {
  const inner: VitrineFetch = wrap ?? ((input, init) => s.fetch(input, init));
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const response = await inner(request);
    exchanges.push({
      method: request.method,
      path: url.pathname + url.search,
      status: response.status,
      authorization: request.headers.get('authorization'),
      idempotencyKey: request.headers.get('idempotency-key'),
      replayed: response.headers.get('idempotent-replayed') === 'true',
    });
    return response;
  };
}

const providerClient = (
  s: TestServer,
  fetch: VitrineFetch = (input, init) => s.fetch(input, init),
) =>
  createVitrine(
    { baseUrl: s.baseUrl, secretKey: s.provider.secretKey },
    { fetch, retry: { delay: () => 10 } },
  );

describe('against the reference server', () => {
  it('a POST whose response was lost is retried with its key and creates one client', async () => {
    const s = await start();
    let dropped = false;
    // The server commits the first attempt, then the connection dies before the answer arrives.
    const losesFirstAnswer: VitrineFetch = async (input, init) => {
      const method = input instanceof Request ? input.method : (init?.method ?? 'GET');
      const response = await s.fetch(input, init);
      if (!dropped && method === 'POST') {
        dropped = true;
        await response.body?.cancel();
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    };
    const exchanges: Exchange[] = [];
    const vitrine = providerClient(s, recording(s, exchanges, losesFirstAnswer));

    const created = await vitrine.clients.create({ name: 'Once Only Ltd', referenceId: 'ONCE-1' });

    expect(created).toMatchObject({ name: 'Once Only Ltd', referenceId: 'ONCE-1' });
    const all = [];
    for await (const client of vitrine.clients.listAll({ status: 'all' })) all.push(client);
    expect(all.map((c) => c.id)).toEqual([created.id]);

    const posts = exchanges.filter((e) => e.method === 'POST');
    expect(posts).toHaveLength(1); // the lost exchange never reached the recorder
    expect(posts[0]).toMatchObject({ status: 201, replayed: true });
    expect(posts[0]?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('retries a rate-limited call after Retry-After', async () => {
    const s = await start({ rateLimit: { capacity: 1, refillPerSecond: 1 } });
    const exchanges: Exchange[] = [];
    // The server's clock is manual: let it live through the wait the client is told to make.
    const serverTimeFollows: VitrineFetch = async (input, init) => {
      const response = await s.fetch(input, init);
      const wait = Number(response.headers.get('retry-after'));
      if (response.status === 429 && wait > 0) s.clock.advance(wait * 1000);
      return response;
    };
    const vitrine = providerClient(s, recording(s, exchanges, serverTimeFollows));

    await vitrine.clients.list();
    const started = performance.now();
    await vitrine.clients.list();

    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(exchanges.map((e) => e.status)).toEqual([200, 429, 200]);
  });

  it('gives up with a recoverable rate_limited ApiError when retries are exhausted', async () => {
    const s = await start({ rateLimit: { capacity: 1, refillPerSecond: 1 } });
    const vitrine = createVitrine(
      { baseUrl: s.baseUrl, secretKey: s.provider.secretKey },
      { fetch: (input, init) => s.fetch(input, init), retry: 0 },
    );

    await vitrine.clients.list();
    const error = await vitrine.clients.list().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', recoverable: true });
  });

  describe('sessions', () => {
    async function sessionSetup() {
      const s = await start();
      // The browser's clock and the server's start in step.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(s.clock.now());
      const backend = providerClient(s);
      const session = vi.fn(() => backend.sessions.create({ scope: 'provider', ttlSeconds: 60 }));
      const exchanges: Exchange[] = [];
      const vitrine = createVitrine(
        { baseUrl: s.baseUrl, session },
        { fetch: recording(s, exchanges), retry: { delay: () => 10 } },
      );
      const advanceBoth = (ms: number) => {
        s.clock.advance(ms);
        vi.setSystemTime(Date.now() + ms);
      };
      return { s, session, exchanges, vitrine, advanceBoth };
    }

    it('refreshes the session token shortly before it expires', async () => {
      const { session, exchanges, vitrine, advanceBoth } = await sessionSetup();

      await vitrine.sessions.current();
      advanceBoth(20_000);
      await vitrine.sessions.current();
      advanceBoth(15_000); // 25 s left: inside the 30 s margin
      const current = await vitrine.sessions.current();

      expect(session).toHaveBeenCalledTimes(2);
      const [first, second, third] = exchanges.map((e) => e.authorization);
      expect(second).toBe(first);
      expect(third).not.toBe(first);
      expect(exchanges.map((e) => e.status)).toEqual([200, 200, 200]);
      expect(current).toMatchObject({ kind: 'session', scope: 'provider' });
    });

    it('on session_expired fetches one new session and repeats the call', async () => {
      const { s, session, exchanges, vitrine } = await sessionSetup();

      await vitrine.clients.create({ name: 'Before expiry' });
      s.clock.advance(61_000); // only the server notices the token is gone
      const created = await vitrine.clients.create({ name: 'After expiry' });

      expect(created.name).toBe('After expiry');
      expect(session).toHaveBeenCalledTimes(2);
      expect(exchanges.map((e) => e.status)).toEqual([201, 401, 201]);
      expect(exchanges[2]?.idempotencyKey).toBe(exchanges[1]?.idempotencyKey);
      expect(exchanges[2]?.authorization).not.toBe(exchanges[1]?.authorization);
    });

    it('refreshes only once when the new session is rejected too', async () => {
      const s = await start();
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(s.clock.now());
      const stale = await providerClient(s).sessions.create({ scope: 'provider', ttlSeconds: 60 });
      s.clock.advance(120_000);
      const session = vi.fn(async () => stale);
      const exchanges: Exchange[] = [];
      const vitrine = createVitrine(
        { baseUrl: s.baseUrl, session },
        { fetch: recording(s, exchanges) },
      );

      const error = await vitrine.clients.list().catch((e: unknown) => e);

      expect(error).toMatchObject({ name: 'ApiError', status: 401, code: 'session_expired' });
      expect(session).toHaveBeenCalledTimes(2);
      expect(exchanges.map((e) => e.status)).toEqual([401, 401]);
    });
  });

  it('surfaces validation errors with field paths', async () => {
    const s = await start();
    const vitrine = providerClient(s);

    const invalidName = await vitrine.clients.create({ name: '   ' }).catch((e: unknown) => e);
    expect(invalidName).toMatchObject({
      status: 400,
      type: 'invalid_request_error',
      code: 'validation_failed',
      recoverable: false,
    });
    expect((invalidName as ApiError).fields.map((f) => f.path)).toEqual(['name']);
    expect((invalidName as ApiError).requestId).toMatch(/^req_/);

    const client = await vitrine.clients.create({ name: 'Acme' });
    const invalidAdmin = await vitrine.access
      .enable(client.id, { admin: { email: 'not-an-email', firstName: '', lastName: 'Lovelace' } })
      .catch((e: unknown) => e);
    expect((invalidAdmin as ApiError).fields.map((f) => f.path).sort()).toEqual([
      'admin.email',
      'admin.firstName',
    ]);
  });

  it('listAll walks every page', async () => {
    const s = await start();
    const exchanges: Exchange[] = [];
    const vitrine = providerClient(s, recording(s, exchanges));
    for (const name of ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']) {
      await vitrine.clients.create({ name });
    }

    const names: string[] = [];
    for await (const client of vitrine.clients.listAll({ limit: 2 })) names.push(client.name);

    expect(names.sort()).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
    expect(exchanges.filter((e) => e.method === 'GET')).toHaveLength(3);
    const page = await vitrine.clients.list({ limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('filters the catalog by attributes', async () => {
    const s = await start({ seedCatalog: true });
    const vitrine = providerClient(s);

    const facets = await vitrine.catalog.attributes();
    const attribute = facets.attributes.find((a) => a.values.length > 1)!;
    const value = attribute.values[0]!;
    const matching = [];
    for await (const product of vitrine.catalog.listAll({
      attributes: { [attribute.name]: value.value },
      limit: 50,
    })) {
      matching.push(product);
    }

    expect(matching).toHaveLength(value.count);
    expect(matching.every((p) => p.attributes[attribute.name] === value.value)).toBe(true);
  });

  it('invitees accept without credentials, then act in a client session', async () => {
    const s = await start();
    const backend = providerClient(s);
    const client = await backend.clients.create({ name: 'Acme' });
    const access = await backend.access.enable(client.id, {
      admin: { email: 'Ada@Example.com', firstName: 'Ada', lastName: 'Lovelace' },
    });
    expect(access.admin).toMatchObject({ email: 'ada@example.com', status: 'invited' });
    const token = await s.inviteToken('ada@example.com');

    const invitee = createVitrine(
      { baseUrl: s.baseUrl, session: () => Promise.reject(new Error('not signed in')) },
      { fetch: (input, init) => s.fetch(input, init) },
    );
    await expect(invitee.invitations.get(token)).resolves.toMatchObject({
      status: 'pending',
      clientName: 'Acme',
    });
    const accepted = await invitee.invitations.accept(token);
    expect(accepted).toMatchObject({ clientId: client.id, role: 'admin', status: 'active' });

    const portal = createVitrine(
      {
        baseUrl: s.baseUrl,
        session: () =>
          backend.sessions.create({
            scope: 'client',
            clientId: client.id,
            userId: accepted.userId,
          }),
      },
      { fetch: (input, init) => s.fetch(input, init) },
    );
    await expect(portal.sessions.current()).resolves.toMatchObject({
      scope: 'client',
      clientId: client.id,
      role: 'admin',
    });
    await expect(portal.clients.get(client.id)).resolves.toMatchObject({ accessEnabled: true });
  });

  it('aborts calls to an in-process server', async () => {
    const s = await start();
    const vitrine = providerClient(s);

    await expect(vitrine.clients.list({}, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('uploads a design file from a browser File, and the address it answers serves it', async () => {
    const s = await start();
    const vitrine = providerClient(s);
    const client = await vitrine.clients.create({ name: 'Uploads' });
    const store = await vitrine.stores.create(client.id, { platform: 'manual', name: 'Shop' });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>';
    const file = new File([svg], 'Logo final.svg', { type: 'image/svg+xml' });

    // Without XMLHttpRequest (or with a fetch of one's own) progress comes at start and end.
    const progress: { loaded: number; total: number }[] = [];
    const stored = await vitrine.products.uploadFile(
      store.id,
      { data: file },
      { onUploadProgress: (p) => progress.push(p) },
    );
    expect(stored).toMatchObject({ filename: 'Logo final.svg', contentType: 'image/svg+xml' });
    expect(progress).toEqual([
      { loaded: 0, total: file.size },
      { loaded: file.size, total: file.size },
    ]);
    const served = await s.fetch(stored.url);
    expect(await served.text()).toBe(svg);

    await expect(
      vitrine.products.uploadFile(store.id, {
        data: new TextEncoder().encode('not an image'),
        contentType: 'image/png',
        filename: 'fake.png',
      }),
    ).rejects.toMatchObject({ code: 'file_type_unsupported', status: 415 });
  });
});

describe('secret keys from a backend', () => {
  it('rotates: a new key works, the old one is revoked by it and stops at once', async () => {
    const s = await start();
    const old = providerClient(s);
    const made = await old.keys.create();
    const fresh = createVitrine(
      { baseUrl: s.baseUrl, secretKey: made.secretKey },
      {
        fetch: (input, init) => s.fetch(input, init),
      },
    );
    const before = await fresh.keys.list();
    const oldId = before.data.find((k) => k.id !== made.id)!.id;
    expect(before.data.map((k) => k.last4)).toContain(made.secretKey.slice(-4));
    const revoked = await fresh.keys.revoke(oldId);
    expect(revoked.revokedAt).not.toBeNull();
    await expect(old.clients.list()).rejects.toMatchObject({
      status: 401,
      code: 'invalid_api_key',
    });
    await expect(fresh.keys.revoke(made.id)).rejects.toMatchObject({ status: 409 });
  });
});
