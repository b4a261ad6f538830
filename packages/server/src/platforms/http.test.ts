import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { sendWithRetry } from './http.js';
import { type AdapterRuntime, PlatformError } from './types.js';

/** A platform stand-in on a real socket: each request gets the next scripted answer. */
let server: Server;
let base: string;
let script: ((res: import('node:http').ServerResponse) => void)[] = [];
let seen = 0;

beforeAll(async () => {
  server = createServer((_req, res) => {
    seen++;
    const next = script.shift();
    if (next) next(res);
    else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

function runtime(options: Partial<AdapterRuntime> = {}) {
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const waits: number[] = [];
  const rt: AdapterRuntime = {
    fetch: (request) => fetch(request),
    clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock.advance(ms);
    },
    ...options,
  };
  return { rt, waits };
}

const send = (rt: AdapterRuntime) =>
  sendWithRetry(rt, () => new Request(`${base}/api`), { who: 'The shop' });

describe('sendWithRetry', () => {
  it('waits out a 429 for as long as Retry-After says, then answers', async () => {
    script = [(res) => res.writeHead(429, { 'retry-after': '3' }).end()];
    const { rt, waits } = runtime();
    const response = await send(rt);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(waits).toEqual([3000]);
  });

  it('retries 5xx with growing, jittered waits, then gives up with a transient error', async () => {
    script = Array.from({ length: 4 }, () => (res) => res.writeHead(503).end());
    seen = 0;
    const { rt, waits } = runtime();
    const error = await send(rt).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ code: 'platform_unavailable', transient: true });
    expect((error as Error).message).toBe('The shop answered 503.');
    expect(seen).toBe(4);
    expect(waits).toHaveLength(3);
    // Each wait lies in the upper half of its doubling ceiling: 1–2 s, 2–4 s, 4–8 s.
    waits.forEach((ms, i) => {
      expect(ms).toBeGreaterThanOrEqual(1000 * 2 ** i);
      expect(ms).toBeLessThanOrEqual(2000 * 2 ** i);
    });
  });

  it('gives a 429 that asks for longer than the inline limit back to the job runner', async () => {
    script = [(res) => res.writeHead(429, { 'retry-after': '120' }).end()];
    const { rt, waits } = runtime();
    const error = await sendWithRetry(rt, () => new Request(`${base}/api`), {
      who: 'Etsy',
      maxInlineWaitMs: 60_000,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rate_limited', retryAfter: 120, transient: true });
    expect(waits).toEqual([]);
  });

  it('abandons an attempt that never answers, and says the platform cannot be reached', async () => {
    // The stand-in accepts the connection and never writes a byte.
    script = Array.from({ length: 4 }, () => () => {});
    const { rt } = runtime({ callTimeoutMs: 100 });
    const error = await send(rt).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'platform_unavailable', transient: true });
    expect((error as Error).message).toBe('The shop cannot be reached.');
  });

  it('abandons an attempt even when the fetch ignores the signal', async () => {
    const { rt } = runtime({ callTimeoutMs: 100, fetch: () => new Promise<Response>(() => {}) });
    const error = await send(rt).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'platform_unavailable', transient: true });
  });

  it('still abandons an attempt that never answers when memory is collected meanwhile', async () => {
    // A separate process, so the collector can be run by hand: the call waits for an abort
    // that only the timeout can bring, while garbage is collected.
    const script = `
      const { sendWithRetry } = await import(${JSON.stringify(new URL('./http.ts', import.meta.url).href)});
      const rt = {
        callTimeoutMs: 200,
        clock: { now: () => new Date() },
        sleep: async () => {},
        fetch: (request) => new Promise((_, reject) =>
          request.signal.addEventListener('abort', () => reject(request.signal.reason))),
      };
      const collect = setInterval(() => globalThis.gc(), 20);
      const error = await sendWithRetry(rt, () => new Request('https://shop.test/api'), { who: 'The shop' })
        .catch((e) => e);
      clearInterval(collect);
      process.stdout.write(error.code);
    `;
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script],
      { timeout: 20_000, killSignal: 'SIGKILL', encoding: 'utf8' },
    );
    expect(out).toBe('platform_unavailable');
  });

  it('never repeats a request that creates something after a failure, but waits out a 429', async () => {
    const create = (rt: AdapterRuntime) =>
      sendWithRetry(rt, () => new Request(`${base}/api`, { method: 'POST', body: '{}' }), {
        who: 'The shop',
        idempotent: false,
      });
    script = [(res) => res.writeHead(502).end(), (res) => res.writeHead(200).end('{}')];
    seen = 0;
    const { rt, waits } = runtime();
    const error = await create(rt).catch((e: unknown) => e);
    // The shop may have created it before failing: the job looks for it before trying again.
    expect(error).toMatchObject({ code: 'platform_unavailable', transient: true });
    expect(seen).toBe(1);
    expect(waits).toEqual([]);
    script = [];

    script = [(res) => res.writeHead(429, { 'retry-after': '2' }).end()];
    seen = 0;
    const limited = runtime();
    expect((await create(limited.rt)).status).toBe(200);
    expect(seen).toBe(2);
    expect(limited.waits).toEqual([2000]);
  });

  it('returns every other answer for the adapter to read', async () => {
    script = [(res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('gone')];
    const { rt, waits } = runtime();
    const response = await send(rt);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('gone');
    expect(waits).toEqual([]);
  });
});
