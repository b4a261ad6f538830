import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { admin, caller, startServer } from './support.js';

/** What a browser sends when a link to the outbox is opened. */
const browser = {
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
};

describe('the development email outbox', () => {
  let server: TestServer;
  let link: string;
  beforeAll(async () => {
    server = await startServer();
    const api = caller(server, server.provider.secretKey);
    const client = (await api.post('/v1/clients', { name: 'Bakery <img src=x onerror=alert(1)>' }))
      .body;
    await api.put(`/v1/clients/${client.id}/access`, {
      admin: { ...admin, email: 'owner@bakery.example' },
    });
    link = (await server.outbox('owner@bakery.example'))[0]!.link!;
  });
  afterAll(() => server.close());

  it('is a page with clickable links when a browser opens it', async () => {
    const res = await server.fetch(`${server.baseUrl}/dev/outbox`, { headers: browser });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain(`<a href="${link}">`);
    expect(page).toContain('owner@bakery.example');
    // What people typed is shown as text, never run as markup.
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img src=x');
    // Filtering by recipient works from the page too.
    const none = await server.fetch(`${server.baseUrl}/dev/outbox?to=nobody@example.com`, {
      headers: browser,
    });
    expect(await none.text()).not.toContain(link);
  });

  it('stays JSON for tools', async () => {
    for (const accept of [undefined, '*/*', 'application/json']) {
      const res = await server.fetch(`${server.baseUrl}/dev/outbox`, {
        headers: accept ? { accept } : {},
      });
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body.data[0]).toMatchObject({ to: 'owner@bakery.example', link });
    }
  });

  it('exists only in development', async () => {
    const prod = await startServer({ dev: false });
    try {
      const res = await prod.fetch(`${prod.baseUrl}/dev/outbox`, { headers: browser });
      expect(res.status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
