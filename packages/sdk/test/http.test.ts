import { afterEach, describe, expect, it } from 'vitest';
import { createVitrine, isApiError, isTimeoutError } from '../src/index.js';
import { aClient } from './helpers/fixtures.js';
import {
  apiError,
  createHttpTestServer,
  type HttpTestServer,
  sendJson,
} from './helpers/http-server.js';

let server: HttpTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const fast = { delay: () => 10 };
const clientId = 'cl_00000000000000000042';
const unavailable = apiError('service_unavailable', { type: 'api_error' });

describe('the HTTP layer', () => {
  it('waits for Retry-After on 503 before trying again', async () => {
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length === 1) sendJson(res, 503, unavailable, { 'retry-after': '1' });
      else sendJson(res, 200, aClient({ id: clientId }));
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    const started = performance.now();
    await expect(vitrine.clients.get(clientId)).resolves.toMatchObject({ id: clientId });

    // The backoff alone would have retried after 10 ms.
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it('reads Retry-After given as an HTTP date', async () => {
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length === 1) {
        sendJson(res, 503, unavailable, {
          'retry-after': new Date(Date.now() + 2_000).toUTCString(),
        });
      } else {
        sendJson(res, 200, aClient({ id: clientId }));
      }
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    const started = performance.now();
    await vitrine.clients.get(clientId);

    // An HTTP date has whole seconds: at least one of the two is left.
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it('does not resend a POST that lost its Idempotency-Key', async () => {
    server = await createHttpTestServer((_req, res) => sendJson(res, 503, unavailable));
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      {
        retry: fast,
        hooks: { beforeRequest: [(request) => request.headers.delete('idempotency-key')] },
      },
    );

    const error = await vitrine.clients.create({ name: 'Acme' }).catch((e: unknown) => e);

    expect(isApiError(error) && error.status).toBe(503);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['idempotency-key']).toBeUndefined();
  });

  it('resends an upload body byte for byte on a retry', async () => {
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length === 1) sendJson(res, 503, unavailable);
      else
        sendJson(res, 201, {
          url: 'https://files.example/design.pdf',
          filename: 'design.pdf',
          contentType: 'application/pdf',
          size: 9,
        });
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    await vitrine.products
      .uploadFile('st_1', {
        data: new Blob(['%PDF-1.7\n'], { type: 'application/pdf' }),
        filename: 'design.pdf',
      })
      .catch(() => {});

    expect(server.requests).toHaveLength(2);
    expect(server.requests.map((r) => r.body)).toEqual(['%PDF-1.7\n', '%PDF-1.7\n']);
    expect(server.requests.map((r) => r.headers['content-type'])).toEqual([
      'application/pdf',
      'application/pdf',
    ]);
  });

  it('gives every attempt its own timeout', async () => {
    // The first two attempts are never answered; the third is.
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length > 2) sendJson(res, 200, aClient({ id: clientId }));
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { timeout: 100, retry: { ...fast, retryOnTimeout: true } },
    );

    await expect(vitrine.clients.get(clientId)).resolves.toMatchObject({ id: clientId });
    expect(server.requests).toHaveLength(3);
  });

  it('reports a timeout with the request it ended', async () => {
    server = await createHttpTestServer(() => {});
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { timeout: 50, retry: 0 },
    );

    const error = await vitrine.clients.get(clientId).catch((e: unknown) => e);

    expect(isTimeoutError(error) && error.message).toBe(
      `GET ${server.url}/v1/clients/${clientId} timed out after 50 ms`,
    );
  });

  it('stops an attempt the caller aborts before its timeout', async () => {
    server = await createHttpTestServer(() => {});
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { timeout: 60_000, retry: { ...fast, retryOnTimeout: true } },
    );
    const reason = new Error('widget unmounted');

    const pending = vitrine.clients.get(clientId, { signal: AbortSignal.timeout(50) });
    const error = await pending.catch((e: unknown) => e);
    await expect(vitrine.clients.get(clientId, { signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );

    expect((error as DOMException).name).toBe('TimeoutError');
    expect(isTimeoutError(error)).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it('lets hooks answer in place of the network and replace a response', async () => {
    server = await createHttpTestServer((_req, res) => sendJson(res, 500, unavailable));
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      {
        retry: 0,
        hooks: {
          beforeRequest: [
            (request) =>
              request.url.endsWith('/cached')
                ? Response.json(aClient({ id: 'cl_00000000000000000001' }))
                : undefined,
          ],
          afterResponse: [
            (_request, _options, response) =>
              response.status === 500 ? Response.json(aClient({ id: clientId })) : undefined,
          ],
        },
      },
    );

    await expect(vitrine.clients.get('cached')).resolves.toMatchObject({
      id: 'cl_00000000000000000001',
    });
    await expect(vitrine.clients.get(clientId)).resolves.toMatchObject({ id: clientId });
    expect(server.requests.map((r) => r.url)).toEqual([`/v1/clients/${clientId}`]);
  });
});
