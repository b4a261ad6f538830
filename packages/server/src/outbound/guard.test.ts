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

describe('refusals say why', () => {
  const strict = { allowPrivateNetworks: false };
  const refusal = (url: string, policy: Parameters<typeof checkOutboundUrl>[1] = strict) =>
    checkOutboundUrl(new URL(url), policy).then(
      () => null,
      (error: OutboundRefused) => ({
        name: error.name,
        reason: error.reason,
        message: error.message,
      }),
    );

  it('names the scheme, the host or the address it refused', async () => {
    expect(await refusal('ftp://example.com/a')).toEqual({
      name: 'OutboundRefused',
      reason: 'scheme',
      message: 'Only http(s) addresses are called, not ftp:',
    });
    expect(await refusal('http://example.com/a')).toEqual({
      name: 'OutboundRefused',
      reason: 'scheme',
      message: 'Only https addresses are called.',
    });
    for (const host of ['localhost', 'api.localhost', 'metadata.google.internal']) {
      expect(await refusal(`https://${host}/a`)).toEqual({
        name: 'OutboundRefused',
        reason: 'address',
        message: `${host} is not a public address.`,
      });
    }
    expect(await refusal('https://[fd00::1]/a')).toMatchObject({
      reason: 'address',
      message: 'fd00::1 is not a public address.',
    });
    expect(
      await refusal('https://files.example/a', { ...strict, resolveHost: async () => [] }),
    ).toEqual({
      name: 'OutboundRefused',
      reason: 'address',
      message: 'files.example resolves to an address that is not public.',
    });
  });

  it('lets public addresses and names through', async () => {
    expect(await refusal('https://93.184.216.34/a')).toBeNull();
    expect(await refusal('https://[2606:4700::1111]/a')).toBeNull();
    // Without a resolver (the browser) only literal addresses can be judged.
    expect(await refusal('https://files.example/a')).toBeNull();
    expect(
      await refusal('https://files.example/a', { ...strict, resolveHost: async () => ['1.1.1.1'] }),
    ).toBeNull();
    // Names ending like a private suffix are still public names.
    expect(await refusal('https://localhost.example/a')).toBeNull();
    expect(await refusal('https://internal.example/a')).toBeNull();
  });

  it('treats a name that cannot be resolved as a network failure, not a refusal', async () => {
    const failure = await checkOutboundUrl(new URL('https://gone.example/a'), {
      ...strict,
      resolveHost: async () => {
        throw new Error('ENOTFOUND');
      },
    }).catch((error) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure.message).toBe('gone.example could not be resolved');
  });

  it('judges only IP addresses as public', () => {
    expect(isPublicAddress('example.com')).toBe(false);
    expect(isPublicAddress('')).toBe(false);
    expect(isPublicAddress('8.8.8.8')).toBe(true);
  });
});

describe('guardedFetch redirects', () => {
  interface Seen {
    url: string;
    method: string;
    headers: Record<string, string>;
    body: string;
  }
  /** A public web in memory: `/r/{status}/{n}` redirects n more times, then `/end` answers. */
  function web(options: { status?: number; to?: (n: number) => string } = {}) {
    const seen: Seen[] = [];
    const fetch = async (request: Request): Promise<Response> => {
      const url = new URL(request.url);
      seen.push({
        url: request.url,
        method: request.method,
        headers: Object.fromEntries(request.headers),
        body: request.body ? await request.text() : '',
      });
      const [, kind, status, n] = url.pathname.split('/');
      if (kind === 'r') {
        const left = Number(n);
        const location = left > 1 ? `/r/${status}/${left - 1}` : (options.to?.(left) ?? '/end');
        return new Response(null, { status: Number(status), headers: { location } });
      }
      if (kind === 'nowhere') return new Response(null, { status: 302 });
      return new Response(`at ${url.pathname}`, { status: options.status ?? 200 });
    };
    return { seen, fetch };
  }
  const policy = { allowPrivateNetworks: false };

  it('follows up to three redirects, then refuses', async () => {
    const three = web();
    const response = await guardedFetch(
      three.fetch,
      policy,
    )(new Request('https://a.example/r/302/3'));
    expect(await response.text()).toBe('at /end');
    expect(three.seen).toHaveLength(4);

    const four = web();
    const failure = await guardedFetch(
      four.fetch,
      policy,
    )(new Request('https://a.example/r/302/4')).catch((error) => error);
    expect(failure).toMatchObject({
      name: 'OutboundRefused',
      reason: 'redirect',
      message: 'More than 3 redirects.',
    });
    expect(four.seen).toHaveLength(4);
  });

  it('follows as many redirects as the policy allows', async () => {
    const one = web();
    const call = guardedFetch(one.fetch, { ...policy, maxRedirects: 1 });
    expect(await (await call(new Request('https://a.example/r/301/1'))).text()).toBe('at /end');
    await expect(call(new Request('https://a.example/r/301/2'))).rejects.toMatchObject({
      message: 'More than 1 redirects.',
    });
  });

  it('follows only redirect statuses, not a Location on any other answer', async () => {
    const seen: string[] = [];
    const created = async (request: Request) => {
      seen.push(request.url);
      return new Response('{}', { status: 201, headers: { location: 'https://a.example/next' } });
    };
    const response = await guardedFetch(created, policy)(new Request('https://a.example/new'));
    expect(response.status).toBe(201);
    expect(seen).toEqual(['https://a.example/new']);
  });

  it('hands back a redirect without a location as it is', async () => {
    const site = web();
    const response = await guardedFetch(
      site.fetch,
      policy,
    )(new Request('https://a.example/nowhere'));
    expect(response.status).toBe(302);
    expect(site.seen).toHaveLength(1);
  });

  it('keeps the method on 307 and 308, turns others into GET (HEAD stays HEAD)', async () => {
    const methods = async (status: number, method: string) => {
      const site = web();
      await guardedFetch(
        site.fetch,
        policy,
      )(new Request(`https://a.example/r/${status}/1`, { method }));
      return site.seen.map((s) => s.method);
    };
    expect(await methods(307, 'DELETE')).toEqual(['DELETE', 'DELETE']);
    expect(await methods(308, 'PUT')).toEqual(['PUT', 'PUT']);
    expect(await methods(302, 'DELETE')).toEqual(['DELETE', 'GET']);
    expect(await methods(303, 'HEAD')).toEqual(['HEAD', 'HEAD']);
    expect(await methods(301, 'GET')).toEqual(['GET', 'GET']);
  });

  it('does not resend a body: 307/308 with one are refused, others drop it', async () => {
    for (const status of [307, 308]) {
      const site = web();
      const failure = await guardedFetch(
        site.fetch,
        policy,
      )(new Request(`https://a.example/r/${status}/1`, { method: 'POST', body: 'secret=1' })).catch(
        (error) => error,
      );
      expect(failure).toMatchObject({
        name: 'OutboundRefused',
        reason: 'redirect',
        message: 'A request with a body is not redirected.',
      });
      expect(site.seen).toHaveLength(1);
    }
    const site = web();
    const response = await guardedFetch(
      site.fetch,
      policy,
    )(new Request('https://a.example/r/303/1', { method: 'POST', body: 'secret=1' }));
    expect(await response.text()).toBe('at /end');
    expect(site.seen.map((s) => [s.method, s.body])).toEqual([
      ['POST', 'secret=1'],
      ['GET', ''],
    ]);
  });

  it('sends credentials on to the same origin only', async () => {
    const credentials = {
      authorization: 'Bearer t',
      cookie: 'a=1',
      'x-api-key': 'k',
      'x-shopify-access-token': 's',
      accept: 'application/json',
    };
    const same = web();
    await guardedFetch(
      same.fetch,
      policy,
    )(new Request('https://a.example/r/302/1', { headers: credentials }));
    expect(same.seen[1]!.headers).toMatchObject(credentials);

    const other = web({ to: () => 'https://b.example/end' });
    await guardedFetch(
      other.fetch,
      policy,
    )(new Request('https://a.example/r/302/1', { headers: credentials }));
    expect(other.seen[1]!.url).toBe('https://b.example/end');
    expect(other.seen[1]!.headers).toEqual({ accept: 'application/json' });
  });

  it('checks every hop against the policy before calling it', async () => {
    const site = web({ to: () => 'http://b.example/end' });
    await expect(
      guardedFetch(site.fetch, policy)(new Request('https://a.example/r/302/1')),
    ).rejects.toMatchObject({ reason: 'scheme' });
    expect(site.seen).toHaveLength(1);
  });

  it("gives up after the policy's timeout, or when the caller aborts", async () => {
    const hang = (request: Request) =>
      new Promise<Response>((_, reject) => {
        if (request.signal.aborted) reject(request.signal.reason);
        request.signal.addEventListener('abort', () => reject(request.signal.reason));
      });
    const timedOut = await guardedFetch(hang, { ...policy, timeoutMs: 20 })(
      new Request('https://a.example/slow'),
    ).catch((error) => error);
    expect(timedOut.name).toBe('TimeoutError');

    const caller = new AbortController();
    const pending = guardedFetch(
      hang,
      policy,
    )(new Request('https://a.example/slow', { signal: caller.signal })).catch((error) => error);
    caller.abort();
    expect((await pending).name).toBe('AbortError');
  });
});

describe('readCapped', () => {
  it('refuses a declared length over the cap without reading the body', async () => {
    let pulled = 0;
    let cancelled = false;
    const body = new ReadableStream({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(10));
      },
      cancel() {
        cancelled = true;
      },
    });
    const failure = await readCapped(
      new Response(body, { headers: { 'content-length': '5000' } }),
      1000,
    ).catch((error) => error);
    expect(failure).toBeInstanceOf(BodyTooLarge);
    expect(failure.name).toBe('BodyTooLarge');
    expect(failure.message).toBe('The answer is larger than 1000 bytes.');
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThanOrEqual(1);
    await expect(
      readCapped(new Response(null, { headers: { 'content-length': '5000' } }), 1000),
    ).rejects.toBeInstanceOf(BodyTooLarge);
  });

  it('reads a body of exactly the cap', async () => {
    const bytes = await readCapped(
      new Response(new Uint8Array(1000), { headers: { 'content-length': '1000' } }),
      1000,
    );
    expect(bytes.length).toBe(1000);
  });
});
