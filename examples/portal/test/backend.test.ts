import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVitrine, isApiError } from '@vitrine/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPortalBackend } from '../server/backend.js';
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
