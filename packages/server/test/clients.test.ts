import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { caller, startServer } from './support.js';

describe('clients', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  beforeAll(async () => {
    server = await startServer();
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  it('creates a client with trimmed fields and optional ones left empty', async () => {
    const res = await api.post('/v1/clients', {
      name: '  Blue Fern Studio  ',
      referenceId: '',
      description: '   ',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Blue Fern Studio',
      referenceId: null,
      description: null,
      status: 'active',
      accessEnabled: false,
      archivedAt: null,
    });
    expect(res.body.id).toMatch(/^cl_[0-9a-z]{20}$/);
    expect((await api.get(`/v1/clients/${res.body.id}`)).body).toEqual(res.body);
  });

  it('answers invalid fields with their paths, and creates nothing', async () => {
    const before = (await api.get('/v1/clients?status=all&limit=100')).body.data.length;
    const res = await api.post('/v1/clients', {
      name: '',
      referenceId: 'has spaces!',
      description: 'x'.repeat(1001),
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.type).toBe('invalid_request_error');
    expect(res.body.error.requestId).toMatch(/^req_/);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'description',
      'name',
      'referenceId',
    ]);
    expect((await api.get('/v1/clients?status=all&limit=100')).body.data.length).toBe(before);
  });

  it('bounds name length', async () => {
    const res = await api.post('/v1/clients', { name: 'n'.repeat(121) });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({ path: 'name', code: 'too_big' });
  });

  it('keeps reference IDs unique per provider, ignoring case, on create and update', async () => {
    const first = await api.post('/v1/clients', { name: 'Harbor Coffee', referenceId: 'HC-001' });
    expect(first.status).toBe(201);
    const dup = await api.post('/v1/clients', { name: 'Other', referenceId: 'hc-001' });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({
      code: 'reference_id_taken',
      type: 'conflict_error',
      fields: [{ path: 'referenceId', code: 'reference_id_taken' }],
    });
    const other = (await api.post('/v1/clients', { name: 'Other' })).body;
    const clash = await api.patch(`/v1/clients/${other.id}`, { referenceId: 'HC-001' });
    expect(clash.status).toBe(409);
    // A client may keep (or re-case) its own reference ID.
    const same = await api.patch(`/v1/clients/${first.body.id}`, { referenceId: 'hc-001' });
    expect(same.status).toBe(200);
    expect(same.body.referenceId).toBe('hc-001');
  });

  it('lets another provider use the same reference ID', async () => {
    const other = await server.createProvider('Other Print');
    const res = await caller(server, other.secretKey).post('/v1/clients', {
      name: 'Harbor',
      referenceId: 'HC-001',
    });
    expect(res.status).toBe(201);
  });

  it('updates only the fields sent and refuses an empty patch', async () => {
    const c = (
      await api.post('/v1/clients', { name: 'Patch Me', referenceId: 'PM-1', description: 'Keep' })
    ).body;
    const res = await api.patch(`/v1/clients/${c.id}`, { name: 'Patched' });
    expect(res.body).toMatchObject({ name: 'Patched', referenceId: 'PM-1', description: 'Keep' });
    const cleared = await api.patch(`/v1/clients/${c.id}`, { description: '' });
    expect(cleared.body.description).toBeNull();
    expect((await api.patch(`/v1/clients/${c.id}`, {})).status).toBe(400);
  });

  it('archives instead of deleting, hides archived clients by default and refuses edits to them', async () => {
    const c = (await api.post('/v1/clients', { name: 'Old Shop' })).body;
    server.clock.advance(1000);
    const res = await api.delete(`/v1/clients/${c.id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: c.id, status: 'archived' });
    expect(res.body.archivedAt).not.toBeNull();
    expect((await api.get(`/v1/clients/${c.id}`)).body.status).toBe('archived');
    const active = (await api.get('/v1/clients?limit=100')).body.data.map(
      (x: { id: string }) => x.id,
    );
    expect(active).not.toContain(c.id);
    const archived = (await api.get('/v1/clients?status=archived')).body.data.map(
      (x: { id: string }) => x.id,
    );
    expect(archived).toContain(c.id);
    const edit = await api.patch(`/v1/clients/${c.id}`, { name: 'New' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('client_archived');
  });

  it('searches by name and reference ID and pages with a cursor, newest first', async () => {
    const p = await server.createProvider('Paging Print');
    const own = caller(server, p.secretKey);
    const names = ['Alpha Cards', 'Beta Posters', 'Gamma Mugs', 'Delta Apparel', 'Epsilon Books'];
    for (const [i, name] of names.entries()) {
      await own.post('/v1/clients', { name, referenceId: `REF-${i}` });
      server.clock.advance(10);
    }
    const page1 = await own.get('/v1/clients?limit=2');
    expect(page1.body.data.map((c: { name: string }) => c.name)).toEqual([
      'Epsilon Books',
      'Delta Apparel',
    ]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { data: { name: string }[]; nextCursor: string | null } } = await own.get(
        `/v1/clients?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.data.map((c) => c.name));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...names].reverse());
    expect(
      (await own.get('/v1/clients?search=mug')).body.data.map((c: { name: string }) => c.name),
    ).toEqual(['Gamma Mugs']);
    expect(
      (await own.get('/v1/clients?search=ref-3')).body.data.map((c: { name: string }) => c.name),
    ).toEqual(['Delta Apparel']);
    expect((await own.get('/v1/clients?search=100%25')).body.data).toEqual([]);
    const bad = await own.get('/v1/clients?cursor=nonsense');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe('cursor');
    expect((await own.get('/v1/clients?limit=1000')).body.error.fields[0].path).toBe('limit');
  });
});
