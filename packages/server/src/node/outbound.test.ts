import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicOnlyFetch } from './outbound.js';

describe('publicOnlyFetch', () => {
  let server: Server;
  let base: string;
  const seen: { method: string; url: string; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        seen.push({ method: req.method!, url: req.url!, body });
        if (req.url === '/empty') return res.writeHead(204).end();
        if (req.url === '/moved') return res.writeHead(302, { location: '/elsewhere' }).end();
        res.writeHead(201, {
          'content-type': 'text/plain',
          'x-echo': req.method!,
          'x-echo-trace': String(req.headers['x-trace'] ?? ''),
        });
        res.end(req.method === 'HEAD' ? undefined : `${req.method} ${body}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // By name, so the connection's own DNS lookup decides where it may go.
    base = `http://localhost:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('refuses to connect to a name that resolves into the private network', async () => {
    const before = seen.length;
    const failure = await publicOnlyFetch()(new Request(`${base}/secret`)).catch((e) => e);
    expect(failure).toBeInstanceOf(TypeError);
    expect(String(failure.cause?.message)).toContain('localhost is not a public address');
    expect(seen.length).toBe(before);
  });

  it('fails like any network error when the name does not resolve', async () => {
    const failure = await publicOnlyFetch()(new Request('http://no-such-host.invalid/')).catch(
      (e) => e,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect(String(failure.cause?.code ?? failure.cause?.message)).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });

  it('refuses when none of the addresses is allowed', async () => {
    const failure = await publicOnlyFetch(() => false)(new Request(`${base}/`)).catch((e) => e);
    expect(String(failure.cause?.message)).toContain('is not a public address');
  });

  describe('once an address is allowed', () => {
    const loopback = () => publicOnlyFetch((address) => address === '127.0.0.1');

    it('answers with the status, headers and body of the reply', async () => {
      const response = await loopback()(
        new Request(`${base}/a`, { headers: { 'x-trace': 't-1' } }),
      );
      expect(response).toBeInstanceOf(Response);
      expect(response.status).toBe(201);
      expect(response.statusText).toBe('Created');
      expect(response.headers.get('x-echo')).toBe('GET');
      expect(response.headers.get('x-echo-trace')).toBe('t-1');
      expect(await response.text()).toBe('GET ');
    });

    it('sends the method and body of the request', async () => {
      const response = await loopback()(
        new Request(`${base}/b`, {
          method: 'POST',
          body: '{"ok":true}',
          headers: { 'content-type': 'application/json' },
        }),
      );
      expect(await response.text()).toBe('POST {"ok":true}');
      expect(seen.at(-1)).toEqual({ method: 'POST', url: '/b', body: '{"ok":true}' });
    });

    it('sends no body with HEAD and answers an empty reply without one', async () => {
      const head = await loopback()(new Request(`${base}/c`, { method: 'HEAD' }));
      expect(head.headers.get('x-echo')).toBe('HEAD');
      const empty = await loopback()(new Request(`${base}/empty`));
      expect(empty.status).toBe(204);
      expect(empty.body).toBeNull();
    });

    it('leaves redirects to the caller, who checks each hop', async () => {
      const response = await loopback()(new Request(`${base}/moved`, { redirect: 'manual' }));
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/elsewhere');
      expect(seen.at(-1)!.url).toBe('/moved');
    });
  });
});
