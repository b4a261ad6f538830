import { afterEach, describe, expect, it } from 'vitest';
import { createVitrine, isVitrineError } from '../src/index.js';
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

const clientId = 'cl_00000000000000000042';

describe('abort signals', () => {
  it('rejects with the AbortError itself when aborted in flight', async () => {
    // The server has the request and has not answered yet when the caller gives up.
    let received!: () => void;
    const arrived = new Promise<void>((resolve) => {
      received = resolve;
    });
    server = await createHttpTestServer(() => received());
    const vitrine = createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' });
    const controller = new AbortController();

    const pending = vitrine.clients.get(clientId, { signal: controller.signal });
    await arrived;
    controller.abort();
    const error = await pending.catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DOMException);
    expect((error as DOMException).name).toBe('AbortError');
    expect(isVitrineError(error)).toBe(false);
  });

  it('rejects with a custom abort reason as is', async () => {
    server = await createHttpTestServer(() => {});
    const vitrine = createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' });
    const reason = new Error('widget unmounted');

    await expect(vitrine.clients.get(clientId, { signal: AbortSignal.abort(reason) })).rejects.toBe(
      reason,
    );
    expect(server.requests).toHaveLength(0);
  });

  it('stops waiting between retries when aborted', async () => {
    server = await createHttpTestServer((_req, res) =>
      sendJson(res, 503, apiError('service_unavailable', { type: 'api_error' }), {
        'retry-after': '5',
      }),
    );
    const vitrine = createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' });
    const controller = new AbortController();

    const started = performance.now();
    const pending = vitrine.clients.get(clientId, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const error = await pending.catch((e: unknown) => e);

    expect((error as DOMException).name).toBe('AbortError');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(server.requests).toHaveLength(1);
  });

  it('makes a signal effective even when the fetch implementation ignores it', async () => {
    const neverAnswers = () => new Promise<Response>(() => {});
    const vitrine = createVitrine(
      { baseUrl: 'http://vitrine.test', secretKey: 'vt_sk_test' },
      { fetch: neverAnswers },
    );
    const controller = new AbortController();

    const pending = vitrine.clients.get(clientId, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);

    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
