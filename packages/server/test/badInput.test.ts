import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64url } from '../src/ids.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, startServer } from './support.js';

const cursorOf = (value: unknown) => base64url(new TextEncoder().encode(JSON.stringify(value)));

describe('bad input', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  let clientId: string;
  beforeAll(async () => {
    server = await startServer();
    api = caller(server, server.provider.secretKey);
    clientId = (await api.post('/v1/clients', { name: 'Acme' })).body.id;
  });
  afterAll(() => server.close());

  const expectRefused = (res: { status: number; body: any }) => {
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      type: 'invalid_request_error',
      code: 'validation_failed',
      requestId: expect.stringMatching(/^req_/),
    });
  };

  it('refuses NUL characters in JSON bodies, naming the field', async () => {
    const res = await api.post('/v1/clients', { name: 'Ac\u0000me' });
    expectRefused(res);
    expect(res.body.error.fields).toEqual([
      expect.objectContaining({ path: 'body.name', code: 'invalid_characters' }),
    ]);
    const nested = await api.put(`/v1/clients/${clientId}/access`, {
      admin: { email: 'a@example.com', firstName: 'A\u0000', lastName: 'B' },
    });
    expectRefused(nested);
    expect(nested.body.error.fields[0].path).toBe('body.admin.firstName');
    // The six characters `\u0000` typed as text are not a NUL.
    const typed = await api.post('/v1/clients', { name: 'Ac\\u0000me' });
    expect(typed.status).toBe(201);
    expect(typed.body.name).toBe('Ac\\u0000me');
  });

  it('refuses a body nested deeper than any schema without running out of stack', async () => {
    const depth = 200_000;
    const res = await api.post('/v1/clients', `{"name":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    expectRefused(res);
  });

  it('refuses NUL characters in query strings and path ids', async () => {
    expectRefused(await api.get('/v1/clients?search=ac%00me'));
    expectRefused(await api.get('/v1/clients/cl_%00abc'));
    expectRefused(await api.get(`/v1/stores/st_%00x`));
    expectRefused(await caller(server).get('/v1/invitations/vt_inv_%00x'));
  });

  it('refuses cursors carrying impossible dates or ids', async () => {
    for (const t of [
      '2020-02-30T00:00:00.000Z',
      '2021-13-01T00:00:00.000Z',
      '0',
      '2020-02-30',
      '+275760-09-13T00:00:00.000Z',
      '99999-01-01T00:00:00.000Z',
      '-000001-01-01T00:00:00.000Z',
    ]) {
      const res = await api.get(`/v1/clients?cursor=${cursorOf({ t, i: 'cl_x' })}`);
      expectRefused(res);
      expect(res.body.error.fields[0]).toMatchObject({ path: 'cursor', code: 'invalid_cursor' });
    }
    expectRefused(
      await api.get(
        `/v1/clients?cursor=${cursorOf({ t: '2026-03-02T09:00:00.000Z', i: 'cl_\u0000' })}`,
      ),
    );
    expectRefused(await api.get(`/v1/clients?cursor=${cursorOf([1, 2])}`));
    expectRefused(await api.get(`/v1/clients?cursor=${cursorOf(null)}`));
  });

  it('still pages with the cursors it hands out', async () => {
    await api.post('/v1/clients', { name: 'Second' });
    const first = await api.get('/v1/clients?limit=1');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const next = await api.get(`/v1/clients?limit=1&cursor=${first.body.nextCursor}`);
    expect(next.status).toBe(200);
    expect(next.body.data[0].id).not.toBe(first.body.data[0].id);
  });
});
