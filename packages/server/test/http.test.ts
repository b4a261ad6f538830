import { endpoints } from '@vitrine/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { caller, startServer } from './support.js';

describe('HTTP behaviour', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  beforeAll(async () => {
    server = await startServer({
      rateLimit: { capacity: 5, refillPerSecond: 1 },
      maxBodyBytes: 2048,
    });
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  const unlimited = async () => {
    const other = await server.createProvider(`p-${Math.random()}`);
    return caller(server, other.secretKey);
  };

  it('replays a POST with the same Idempotency-Key instead of creating twice', async () => {
    const own = await unlimited();
    const headers = { 'idempotency-key': 'b8a5d7a1-5b0e-4b7e-9a55-0b7d1f0c2a11' };
    const first = await own.post('/v1/clients', { name: 'Once Only' }, headers);
    const second = await own.post('/v1/clients', { name: 'Once Only' }, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const list = (await own.get('/v1/clients')).body.data;
    expect(list.filter((c: { name: string }) => c.name === 'Once Only')).toHaveLength(1);

    const reuse = await own.post('/v1/clients', { name: 'Something else' }, headers);
    expect(reuse.status).toBe(422);
    expect(reuse.body.error).toMatchObject({
      code: 'idempotency_key_reuse',
      type: 'idempotency_error',
    });
  });

  it('replays refusals too, so a retried conflict stays a conflict', async () => {
    const own = await unlimited();
    await own.post('/v1/clients', { name: 'A', referenceId: 'DUP' });
    const headers = { 'idempotency-key': 'key-dup-1' };
    const first = await own.post('/v1/clients', { name: 'B', referenceId: 'DUP' }, headers);
    const second = await own.post('/v1/clients', { name: 'B', referenceId: 'DUP' }, headers);
    expect(first.status).toBe(409);
    expect(second.body).toEqual(first.body);
  });

  it('limits the request rate per key with 429 and Retry-After', async () => {
    const limited = caller(server, (await server.createProvider('Busy Print')).secretKey);
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof limited.get>> | undefined;
    for (let i = 0; i < 7; i++) {
      last = await limited.get('/v1/clients');
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses[5]).toBe(429);
    expect(last?.body.error).toMatchObject({ code: 'rate_limited', type: 'rate_limit_error' });
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // Another key is not slowed down by this one.
    expect((await api.get('/v1/clients')).status).toBe(200);
    server.clock.advance(2000);
    expect((await limited.get('/v1/clients')).status).toBe(200);
  });

  it('refuses bodies over the size limit, bad JSON and other media types', async () => {
    const own = await unlimited();
    const big = await own.post('/v1/clients', { name: 'Big', description: 'x'.repeat(4000) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
    const bad = await own.post('/v1/clients', '{"name": ');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_json');
    const res = await server.fetch(`${server.baseUrl}/v1/clients`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.provider.secretKey}`,
        'content-type': 'text/plain',
      },
      body: 'name=x',
    });
    expect(res.status).toBe(415);
  });

  it('tags every answer with a request id and answers unknown routes in the error format', async () => {
    const res = await api.get('/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('route_not_found');
    expect(res.headers.get('x-request-id')).toBe(res.body.error.requestId);
    expect((await caller(server).get('/healthz')).body).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI document generated from the contract', async () => {
    const doc = (await caller(server).get('/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const create = doc.paths['/v1/clients'].post;
    expect(create.operationId).toBe('createClient');
    const body = create.requestBody.content['application/json'].schema.$ref.split('/').pop();
    expect(doc.components.schemas[body].properties.name.maxLength).toBe(120);
    expect(Object.keys(doc.paths)).toContain('/v1/clients/{clientId}/access');
    expect(doc.paths['/v1/invitations/{token}/accept'].post.security).toEqual([]);
    // Every route the server serves appears, under the contract's path.
    for (const route of server.app.routes) {
      const path = endpoints[route.name].path.replace(/\/:(\w+)/g, '/{$1}');
      expect(doc.paths[path]?.[route.method.toLowerCase()]?.operationId).toBe(route.name);
    }
  });

  it('runs on the database the suite was started for', () => {
    expect(server.db.dialect).toBe(process.env.VITRINE_TEST_DATABASE_URL ? 'postgres' : 'pglite');
  });

  it('does not serve the dev outbox unless built for development', async () => {
    const prod = await startServer({ dev: false });
    expect((await caller(prod).get('/dev/outbox')).status).toBe(404);
    await prod.close();
    expect((await caller(server).get('/dev/outbox')).status).toBe(200);
  });
});

describe('CORS', () => {
  it('answers preflights only for allowed origins', async () => {
    const server = await startServer({ corsOrigins: ['https://portal.example'] });
    const preflight = (origin: string) =>
      server.fetch(`${server.baseUrl}/v1/clients`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type,idempotency-key',
        },
      });
    const allowed = await preflight('https://portal.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('idempotency-key');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    await server.close();
    const closed = await startServer();
    const none = await closed.fetch(`${closed.baseUrl}/healthz`, {
      headers: { origin: 'https://portal.example' },
    });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
    await closed.close();
  });
});
