import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.js';
import { startJobRunner } from '../src/node/jobs.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, faultyDb, startServer } from './support.js';

const forged = '/v1/clients%0A{"level":"info","msg":"admin logged in"}%0Dforged line\u001b[2J';

describe('logs', () => {
  const json: string[] = [];
  const pretty: string[] = [];
  let server: TestServer;
  let dev: TestServer;
  beforeAll(async () => {
    server = await startServer({
      logger: createLogger({ format: 'json', write: (line) => json.push(line) }),
    });
    dev = await startServer({
      logger: createLogger({ format: 'pretty', write: (line) => pretty.push(line) }),
    });
  });
  afterAll(async () => {
    await server.close();
    await dev.close();
  });

  it('writes one JSON object per line in production, however the path is forged', async () => {
    json.length = 0;
    const res = await server.fetch(`${server.baseUrl}${forged}`);
    expect(res.status).toBe(404);
    expect(json).toHaveLength(1);
    const entry = JSON.parse(json[0]!);
    expect(entry).toMatchObject({
      level: 'info',
      msg: 'request',
      method: 'GET',
      status: 404,
      requestId: res.headers.get('x-request-id'),
    });
    expect(entry.path).toContain('\n{"level"');
    expect(Date.parse(entry.time)).not.toBeNaN();
  });

  it('escapes control characters in readable development lines', async () => {
    pretty.length = 0;
    await dev.fetch(`${dev.baseUrl}${forged}`);
    expect(pretty).toHaveLength(1);
    const [line] = pretty;
    expect([...(line ?? '')].filter((c) => c < ' ' || c === '\u007f')).toEqual([]);
    expect(line).toContain('\\n{');
    expect(line).toContain('\\r');
    expect(line).toMatch(/GET .*404/);
  });

  it('never writes keys, session tokens, invitation or status tokens', async () => {
    json.length = 0;
    const key = server.provider.secretKey;
    const api = caller(server, key);
    const session = (await api.post('/v1/sessions', { scope: 'provider' })).body.token as string;
    expect(session).toMatch(/^vt_ses_/);
    // Secrets where careless callers put them: the path, the query, the Authorization header.
    await api.get(`/v1/clients?search=${encodeURIComponent(key)}`);
    await caller(server, session).get(`/v1/clients/${key}`);
    await caller(server).get(`/v1/invitations/vt_inv_${'s3cr3t'.repeat(6)}`);
    await caller(server).post(`/v1/hooks/production/ps_${'t0k3n'.repeat(6)}`, {});
    await caller(server, `${key}x`).get('/v1/clients');
    const log = json.join('\n');
    expect(json.length).toBeGreaterThanOrEqual(6);
    for (const secret of [key, session, 's3cr3t', 't0k3n', 'Bearer']) {
      expect(log).not.toContain(secret);
    }
  });

  it('writes the job runner’s failures through the same logger', async () => {
    const lines: string[] = [];
    const failing = await startServer({
      wrapDb: (db) => faultyDb(db, (sql) => /\bjobs\b/.test(sql) && /for update/i.test(sql)),
    });
    try {
      const stop = startJobRunner(failing.app, {
        intervalMs: 5,
        logger: createLogger({ format: 'json', write: (line) => lines.push(line) }),
      });
      for (let i = 0; i < 200 && lines.length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await stop();
      const entry = JSON.parse(lines[0]!);
      expect(entry).toMatchObject({ level: 'error', error: { message: expect.any(String) } });
    } finally {
      await failing.close();
    }
  });
});
