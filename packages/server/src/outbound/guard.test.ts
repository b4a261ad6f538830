import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveHost } from '../node/outbound.js';
import {
  BodyTooLarge,
  checkOutboundUrl,
  guardedFetch,
  isPublicAddress,
  OutboundRefused,
  readCapped,
} from './guard.js';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '224.0.0.1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => {
      expect(isPublicAddress(address)).toBe(true);
    },
  );
});

describe('checkOutboundUrl', () => {
  const strict = { allowPrivateNetworks: false };
  it('refuses plain http, other schemes, loopback names and private literals', async () => {
    for (const url of [
      'http://example.com/a.png',
      'ftp://example.com/a.png',
      'file:///etc/passwd',
      'https://localhost/a.png',
      'https://127.0.0.1/a.png',
      'https://[::1]/a.png',
      'https://169.254.169.254/latest/meta-data',
      'https://0x7f000001/a.png',
    ]) {
      await expect(checkOutboundUrl(new URL(url), strict), url).rejects.toBeInstanceOf(
        OutboundRefused,
      );
    }
  });
  it('refuses a public-looking name that resolves into a private network', async () => {
    const policy = { ...strict, resolveHost: async () => ['93.184.216.34', '10.0.0.7'] };
    await expect(checkOutboundUrl(new URL('https://files.example'), policy)).rejects.toMatchObject({
      reason: 'address',
    });
  });
  it('resolves real names with the system resolver', async () => {
    const loopback = await resolveHost('localhost');
    expect(loopback.some((a) => a === '127.0.0.1' || a === '::1')).toBe(true);
    // A name the system resolves to loopback is refused like the literal address.
    await expect(
      checkOutboundUrl(new URL('https://files.example/a.png'), {
        ...strict,
        resolveHost: () => resolveHost('localhost'),
      }),
    ).rejects.toBeInstanceOf(OutboundRefused);
    await expect(
      checkOutboundUrl(new URL('https://localhost./a.png'), strict),
    ).rejects.toBeInstanceOf(OutboundRefused);
  });
  it('lets through only the stand-ins this server answers in process', async () => {
    const policy = {
      ...strict,
      inProcess: (url: URL) =>
        url.origin === 'http://127.0.0.1:4000' && url.pathname.startsWith('/sim/'),
    };
    await expect(
      checkOutboundUrl(new URL('http://127.0.0.1:4000/sim/shop'), policy),
    ).resolves.toBeUndefined();
    await expect(
      checkOutboundUrl(new URL('http://127.0.0.1:4000/v1/x'), policy),
    ).rejects.toBeInstanceOf(OutboundRefused);
  });
  it('lets development reach local simulators', async () => {
    await expect(
      checkOutboundUrl(new URL('http://localhost:4000/sim'), { allowPrivateNetworks: true }),
    ).resolves.toBeUndefined();
  });
});

describe('guardedFetch', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/to-internal') {
        res.writeHead(302, { location: 'http://127.0.0.1:9/secret' }).end();
      } else if (req.url === '/hop') {
        res.writeHead(301, { location: '/final' }).end();
      } else if (req.url === '/big') {
        res.writeHead(200);
        res.end(Buffer.alloc(64 * 1024));
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`at ${req.url}`);
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((done) => server.close(done)));

  // The stand-in pretends to be a public https host; requests are sent to the local server.
  const viaLocal = (request: Request) =>
    fetch(new Request(request.url.replace('https://public.example', base), request));
  const resolve = async (host: string) => (host === 'public.example' ? ['93.184.216.34'] : []);

  it('follows a redirect to a public address, checking each hop', async () => {
    const call = guardedFetch(viaLocal, { allowPrivateNetworks: false, resolveHost: resolve });
    const response = await call(new Request('https://public.example/hop'));
    expect(await response.text()).toBe('at /final');
  });

  it('refuses a redirect into the private network, without calling it', async () => {
    const called: string[] = [];
    const call = guardedFetch(
      (request) => {
        called.push(request.url);
        return viaLocal(request);
      },
      { allowPrivateNetworks: false, resolveHost: resolve },
    );
    await expect(call(new Request('https://public.example/to-internal'))).rejects.toBeInstanceOf(
      OutboundRefused,
    );
    expect(called).toEqual(['https://public.example/to-internal']);
  });

  it('caps the bytes read from an answer', async () => {
    const call = guardedFetch(viaLocal, { allowPrivateNetworks: false, resolveHost: resolve });
    const response = await call(new Request('https://public.example/big'));
    await expect(readCapped(response, 1024)).rejects.toBeInstanceOf(BodyTooLarge);
    const small = await call(new Request('https://public.example/ok'));
    expect(new TextDecoder().decode(await readCapped(small, 1024))).toBe('at /ok');
  });
});
