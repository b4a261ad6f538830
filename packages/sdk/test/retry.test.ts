import { afterEach, describe, expect, it } from 'vitest';
import { createVitrine, isApiError, isNetworkError, isTimeoutError } from '../src/index.js';
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

describe('retries', () => {
  it('retries 5xx answers with backoff and returns the first success', async () => {
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length < 3)
        sendJson(res, 503, apiError('service_unavailable', { type: 'api_error' }));
      else sendJson(res, 200, aClient({ id: clientId }));
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    const client = await vitrine.clients.get(clientId);

    expect(client.id).toBe(clientId);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after `limit` retries with the last ApiError', async () => {
    server = await createHttpTestServer((_req, res) =>
      sendJson(res, 500, apiError('internal_error', { type: 'api_error' })),
    );
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: { ...fast, limit: 1 } },
    );

    const error = await vitrine.clients.get(clientId).catch((e: unknown) => e);

    expect(isApiError(error) && error.code).toBe('internal_error');
    expect(isApiError(error) && error.recoverable).toBe(true);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry client errors', async () => {
    server = await createHttpTestServer((_req, res) =>
      sendJson(res, 400, apiError('validation_failed')),
    );
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    await expect(vitrine.clients.create({ name: 'x' })).rejects.toMatchObject({
      code: 'validation_failed',
      recoverable: false,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('waits for Retry-After on 429 before trying again', async () => {
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length === 1) {
        sendJson(res, 429, apiError('rate_limited', { type: 'rate_limit_error' }), {
          'retry-after': '1',
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

    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.requests).toHaveLength(2);
  });

  it('caps Retry-After at maxRetryAfter', async () => {
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length === 1) {
        sendJson(res, 503, apiError('service_unavailable', { type: 'api_error' }), {
          'retry-after': '120',
        });
      } else {
        sendJson(res, 200, aClient({ id: clientId }));
      }
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: { ...fast, maxRetryAfter: 100 } },
    );

    const started = performance.now();
    await vitrine.clients.get(clientId);

    expect(performance.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(2);
  });

  it('resends the same Idempotency-Key when retrying a POST', async () => {
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length === 1)
        sendJson(res, 502, apiError('platform_unavailable', { type: 'api_error' }));
      else sendJson(res, 201, aClient());
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    await vitrine.clients.create({ name: 'Acme' });
    await vitrine.clients.create({ name: 'Acme' });

    const keys = server.requests.map((r) => r.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(server.requests.every((r) => r.body === '{"name":"Acme"}')).toBe(true);
  });

  it('retries a POST that overtook its own first attempt (idempotency_in_progress)', async () => {
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length === 1) {
        sendJson(res, 409, apiError('idempotency_in_progress', { type: 'idempotency_error' }), {
          'retry-after': '1',
        });
      } else {
        sendJson(res, 201, aClient());
      }
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    await vitrine.clients.create({ name: 'Acme' }, { idempotencyKey: 'order-form-7' });

    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual([
      'order-form-7',
      'order-form-7',
    ]);
  });

  it('does not retry other conflicts', async () => {
    server = await createHttpTestServer((_req, res) =>
      sendJson(res, 409, apiError('reference_id_taken', { type: 'conflict_error' })),
    );
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    await expect(vitrine.clients.create({ name: 'Acme', referenceId: 'A1' })).rejects.toMatchObject(
      {
        code: 'reference_id_taken',
      },
    );
    expect(server.requests).toHaveLength(1);
  });

  it('retries dropped connections, then reports a NetworkError', async () => {
    server = await createHttpTestServer((_req, _res, socket) => {
      socket.destroy();
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    const error = await vitrine.clients.get(clientId).catch((e: unknown) => e);

    expect(isNetworkError(error)).toBe(true);
    expect(isNetworkError(error) && error.recoverable).toBe(true);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(3);
  });

  it('recovers when only the first connection drops', async () => {
    server = await createHttpTestServer((_req, res, socket) => {
      if (server!.requests.length === 1) socket.destroy();
      else sendJson(res, 200, aClient({ id: clientId }));
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { retry: fast },
    );

    await expect(vitrine.clients.get(clientId)).resolves.toMatchObject({ id: clientId });
  });

  it('reports a refused connection as a NetworkError', async () => {
    const closed = await createHttpTestServer(() => {});
    await closed.close();
    const vitrine = createVitrine({ baseUrl: closed.url, secretKey: 'vt_sk_test' }, { retry: 0 });

    await expect(vitrine.clients.get(clientId)).rejects.toSatisfy(isNetworkError);
  });

  it('times out an attempt and does not retry it by default', async () => {
    // Never answers: the attempt can only end by the client's timeout.
    server = await createHttpTestServer(() => {});
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { timeout: 100, retry: fast },
    );

    const error = await vitrine.clients.get(clientId).catch((e: unknown) => e);

    expect(isTimeoutError(error)).toBe(true);
    expect(isTimeoutError(error) && error.timeout).toBe(100);
    expect(isTimeoutError(error) && error.recoverable).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it('retries timeouts when asked to', async () => {
    // The first attempt is never answered; the second is.
    server = await createHttpTestServer((_req, res) => {
      if (server!.requests.length > 1) sendJson(res, 200, aClient({ id: clientId }));
    });
    const vitrine = createVitrine(
      { baseUrl: server.url, secretKey: 'vt_sk_test' },
      { timeout: 100, retry: { ...fast, retryOnTimeout: true } },
    );

    await expect(vitrine.clients.get(clientId)).resolves.toMatchObject({ id: clientId });
    expect(server.requests).toHaveLength(2);
  });
});
