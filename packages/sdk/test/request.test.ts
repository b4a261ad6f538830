import { afterEach, describe, expect, it, vi } from 'vitest';
import { createVitrine } from '../src/index.js';
import { aClient, aJob, aPage } from './helpers/fixtures.js';
import { createHttpTestServer, type HttpTestServer, sendJson } from './helpers/http-server.js';

let server: HttpTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const catalogProduct = {
  productUid: 'flat_product_pf_a4',
  title: 'A4 flyer',
  category: 'flyers',
  attributes: { PaperFormat: 'A4' },
  printAreas: ['default'],
  dimensions: null,
};

describe('requests', () => {
  it('builds the URL from the contract path, params and query', async () => {
    server = await createHttpTestServer((_req, res) => sendJson(res, 200, aPage([catalogProduct])));
    const vitrine = createVitrine({ baseUrl: `${server.url}/`, secretKey: 'vt_sk_test' });

    await vitrine.catalog.list({
      search: 'a4 flyer',
      category: undefined,
      limit: 5,
      attributes: { PaperFormat: 'A4', 'Paper Type': '200 gsm' },
    });
    await vitrine
      .request('getCatalogProduct', { params: { productUid: 'odd/uid?x#y' } })
      .catch(() => {});
    await expect(vitrine.products.get('st_1', '..')).rejects.toThrow(TypeError);

    const [list, get] = server.requests.map((r) => r.url);
    expect(server.requests).toHaveLength(2);
    const url = new URL(list!, server.url);
    expect(url.pathname).toBe('/v1/catalog/products');
    expect([...url.searchParams]).toEqual([
      ['search', 'a4 flyer'],
      ['limit', '5'],
      ['attributes[PaperFormat]', 'A4'],
      ['attributes[Paper Type]', '200 gsm'],
    ]);
    expect(get).toBe('/v1/catalog/products/odd%2Fuid%3Fx%23y');
  });

  it('keeps a path prefix of the base URL and literal `:` suffixes', async () => {
    server = await createHttpTestServer((_req, res) =>
      sendJson(res, 200, {
        id: 'imp_00000000000000000001',
        storeId: 'st_00000000000000000001',
        status: 'succeeded',
        dryRun: false,
        filename: null,
        totalRows: 1,
        receivedRows: 1,
        jobId: null,
        progress: { done: 1, total: 1 },
        counts: { mapped: 1, ignored: 0, unmapped: 0, unchanged: 0, failed: 0 },
        errors: [],
        errorCount: 0,
        error: null,
        createdAt: '2026-03-02T09:00:00.000Z',
        finishedAt: '2026-03-02T09:00:00.000Z',
      }),
    );
    const vitrine = createVitrine({
      baseUrl: `${server.url}/api/vitrine`,
      secretKey: 'vt_sk_test',
    });

    await vitrine.products.importMappings('st_1', {
      rows: [{ variantId: 'v1', productUid: 'flat_a4', files: [] }],
    });

    expect(server.requests[0]?.url).toBe('/api/vitrine/v1/stores/st_1/mappings:bulk');
    expect(server.requests[0]?.method).toBe('POST');
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('sends no body for POSTs without one, and no idempotency key for other methods', async () => {
    server = await createHttpTestServer((req, res) =>
      sendJson(res, req.method === 'POST' ? 202 : 200, aJob()),
    );
    const vitrine = createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' });

    await vitrine.stores.sync('st_1', { idempotencyKey: 'sync-st_1-monday' });
    await vitrine.jobs.get('job_1');

    const [sync, get] = server.requests;
    expect(sync).toMatchObject({ method: 'POST', body: '' });
    expect(sync?.headers['idempotency-key']).toBe('sync-st_1-monday');
    expect(get?.headers['idempotency-key']).toBeUndefined();
  });

  it('generates v4 idempotency keys where crypto.randomUUID is missing (plain http)', async () => {
    server = await createHttpTestServer((_req, res) => sendJson(res, 201, aClient()));
    const vitrine = createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' });
    const { getRandomValues } = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: getRandomValues.bind(globalThis.crypto) });
    try {
      await vitrine.clients.create({ name: 'Acme' });
    } finally {
      vi.unstubAllGlobals();
    }

    expect(server.requests[0]?.headers['idempotency-key']).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('throws on a missing path parameter before sending', async () => {
    const vitrine = createVitrine({ baseUrl: 'http://127.0.0.1:9', secretKey: 'vt_sk_test' });

    await expect(vitrine.request('getClient', {})).rejects.toThrow(/clientId/);
  });

  it('runs hooks, and extend() merges options over the same credentials', async () => {
    server = await createHttpTestServer((_req, res) => sendJson(res, 200, aClient()));
    let minted = 0;
    const session = vi.fn(async () => ({
      token: `vt_ses_${++minted}`,
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
    }));
    const seen: string[] = [];
    const base = createVitrine(
      { baseUrl: server.url, session },
      {
        hooks: {
          beforeRequest: [
            (request) => void seen.push(`base ${request.headers.get('authorization')}`),
          ],
        },
      },
    );
    const widget = base.extend({
      hooks: {
        beforeRequest: [(request) => request.headers.set('x-widget', 'ClientForm')],
        afterResponse: [
          (_request, _options, response) => void seen.push(`after ${response.status}`),
        ],
      },
    });

    await base.clients.get('cl_1');
    await widget.clients.get('cl_1');

    expect(seen).toEqual(['base Bearer vt_ses_1', 'base Bearer vt_ses_1', 'after 200']);
    expect(server.requests.map((r) => r.headers['x-widget'])).toEqual([undefined, 'ClientForm']);
    expect(session).toHaveBeenCalledTimes(1);
  });
});

describe('pagination', () => {
  it('list returns one page; listAll follows nextCursor to the end', async () => {
    const clients = Array.from({ length: 5 }, (_, i) => aClient({ name: `Client ${i}` }));
    server = await createHttpTestServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      const start = Number(url.searchParams.get('cursor') ?? 0);
      const limit = Number(url.searchParams.get('limit'));
      const next = start + limit < clients.length ? String(start + limit) : null;
      sendJson(res, 200, aPage(clients.slice(start, start + limit), next));
    });
    const vitrine = createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' });

    const first = await vitrine.clients.list({ limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.nextCursor).toBe('2');

    const names: string[] = [];
    for await (const client of vitrine.clients.listAll({ limit: 2, status: 'all' }))
      names.push(client.name);

    expect(names).toEqual(clients.map((c) => c.name));
    const pages = server.requests.slice(1).map((r) => r.url);
    expect(pages).toEqual([
      '/v1/clients?limit=2&status=all',
      '/v1/clients?limit=2&status=all&cursor=2',
      '/v1/clients?limit=2&status=all&cursor=4',
    ]);
  });
});

describe('jobs.wait', () => {
  it('polls until the job finishes and reports progress', async () => {
    server = await createHttpTestServer((_req, res) => {
      const done = server!.requests.length * 4;
      sendJson(
        res,
        200,
        done >= 10
          ? aJob({
              status: 'succeeded',
              progress: { done: 10, total: 10 },
              finishedAt: '2026-03-02T09:01:00.000Z',
            })
          : aJob({ progress: { done, total: 10 } }),
      );
    });
    const vitrine = createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' });
    const progress: number[] = [];

    const job = await vitrine.jobs.wait('job_1', {
      intervalMs: 5,
      onProgress: (j) => progress.push(j.progress.done),
    });

    expect(job.status).toBe('succeeded');
    expect(progress).toEqual([4, 8, 10]);
  });

  it('resolves with failed jobs too', async () => {
    server = await createHttpTestServer((_req, res) =>
      sendJson(
        res,
        200,
        aJob({ status: 'failed', error: { code: 'platform_unavailable', message: 'Shop down' } }),
      ),
    );
    const vitrine = createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' });

    await expect(vitrine.jobs.wait('job_1')).resolves.toMatchObject({ status: 'failed' });
  });

  it('stops when aborted between polls', async () => {
    server = await createHttpTestServer((_req, res) => sendJson(res, 200, aJob()));
    const vitrine = createVitrine({ baseUrl: server.url, secretKey: 'vt_sk_test' });
    const controller = new AbortController();

    const waiting = vitrine.jobs.wait('job_1', {
      intervalMs: 10_000,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });

    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  });
});
