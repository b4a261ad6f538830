import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { clickAuthorize, developmentSimulators } from '@vitrine/simulators';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { generateEncryptionKey } from '../src/crypto/encryption.js';
import { startNodeServer } from '../src/node/server.js';
import { createProvider } from '../src/services/accounts/providers.js';

const run = promisify(execFile);
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-node-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const cliArgs = ['--conditions=@vitrine/source', '--import', 'tsx', 'src/node/cli.ts'];
const cli = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, [...cliArgs, ...args], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, DATABASE_URL: '', ...env },
  });

describe('the Node server', () => {
  it('creates a provider from the CLI whose key then works over HTTP on loopback', async () => {
    const data = tempDir();
    const { stdout } = await cli(['providers', 'create', '--name', 'CLI Print', '--data', data]);
    const key = stdout.match(/vt_sk_[\w-]+/)?.[0];
    expect(key).toBeDefined();
    // Secrets generated for the embedded default are readable by the owner only.
    const server = await startNodeServer({ port: 0, dataDir: data, log: () => {} });
    try {
      expect(statSync(join(data, 'session-secret')).mode & 0o077).toBe(0);
      const health = await fetch(`${server.url}/healthz`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const res = await fetch(`${server.url}/v1/clients`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Over The Wire' }),
      });
      expect(res.status).toBe(201);
      expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('counts anonymous requests by the socket address they come from', async () => {
    const server = await startNodeServer({
      port: 0,
      dataDir: tempDir(),
      log: () => {},
      app: { rateLimit: { capacity: 3, refillPerSecond: 0.01 } },
    });
    // Loopback answers from any 127.x address: two clients on one machine.
    const get = (localAddress: string, forwardedFor?: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          `${server.url.replace('localhost', '127.0.0.1')}/v1/invitations/vt_inv_nothing`,
          {
            localAddress,
            headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
    try {
      const flood: number[] = [];
      for (let i = 0; i < 5; i++) flood.push(await get('127.0.0.2', `10.1.1.${i}`));
      expect(flood).toEqual([404, 404, 404, 429, 429]);
      expect(await get('127.0.0.1')).toBe(404);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('logs one JSON object per line that a forged path cannot break or fill with secrets', async () => {
    const data = tempDir();
    const { stdout } = await cli(['providers', 'create', '--name', 'Log Print', '--data', data]);
    const key = stdout.match(/vt_sk_[\w-]+/)?.[0] as string;
    const lines: string[] = [];
    const server = await startNodeServer({ port: 0, dataDir: data, log: (l) => lines.push(l) });
    try {
      const res = await fetch(`${server.url}/v1/clients/${key}%0A{"msg":"forged"}%0D%0Aforged`, {
        headers: { authorization: `Bearer ${key}` },
      });
      expect(res.status).toBe(404);
    } finally {
      await server.close();
    }
    const text = lines.join('\n');
    expect(text).not.toContain(key);
    const entries = text.split(/\r?\n|\r/).map((line) => JSON.parse(line));
    expect(entries).toContainEqual(
      expect.objectContaining({ level: 'info', msg: 'request', status: 404, method: 'GET' }),
    );
  }, 60_000);

  it('answers an oversized header with 431 in the error shape', async () => {
    const server = await startNodeServer({ port: 0, dataDir: tempDir(), log: () => {} });
    try {
      const answer = await new Promise<{ status: number; type: string; body: string }>(
        (resolve, reject) => {
          const req = request(
            `${server.url}/v1/clients`,
            { headers: { cookie: `session=${'x'.repeat(100 * 1024)}` } },
            (res) => {
              let body = '';
              res.on('data', (chunk: Buffer) => {
                body += chunk.toString();
              });
              res.on('end', () =>
                resolve({
                  status: res.statusCode ?? 0,
                  type: String(res.headers['content-type']),
                  body,
                }),
              );
            },
          );
          req.on('error', reject);
          req.end();
        },
      );
      expect(answer.status).toBe(431);
      expect(answer.type).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body).error).toMatchObject({
        type: 'invalid_request_error',
        code: 'request_header_too_large',
        message: expect.any(String),
        requestId: expect.stringMatching(/^req_/),
      });
      // The server keeps serving.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('explains its usage and refuses unknown commands', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toContain('vitrine-server start');
    await expect(cli(['fly'])).rejects.toMatchObject({ code: 1 });
    await expect(cli(['providers', 'create', '--data', tempDir()])).rejects.toMatchObject({
      stderr: expect.stringContaining('--name'),
    });
  }, 60_000);

  it('lists, creates and revokes secret keys from the CLI; a revoked key stops working', async () => {
    const data = tempDir();
    const created = await cli(['providers', 'create', '--name', 'Key Print', '--data', data]);
    const provider = created.stdout.match(/\((prov_\w+)\)/)?.[1];
    const first = created.stdout.match(/vt_sk_[\w-]+/)?.[0];
    const second = await cli(['keys', 'create', '--provider', provider!, '--data', data]);
    const secondKey = second.stdout.match(/vt_sk_[\w-]+/)?.[0];
    const listed = (await cli(['keys', 'list', '--data', data])).stdout;
    // Only the last four characters of a key are ever shown again.
    expect(listed).not.toContain(first);
    expect(listed).toContain(`…${first!.slice(-4)}`);
    expect(listed.match(/ active$/gm)).toHaveLength(2);
    const firstId = listed
      .split('\n')
      .find((l) => l.includes(`…${first!.slice(-4)}`))!
      .split(' ')[0]!;
    const revoked = await cli(['keys', 'revoke', firstId, '--data', data]);
    expect(revoked.stdout).toContain(`Key ${firstId}`);
    expect((await cli(['keys', 'list', '--data', data])).stdout).toMatch(
      new RegExp(`^${firstId} .* revoked \\S+$`, 'm'),
    );
    await expect(cli(['keys', 'revoke', 'key_nope', '--data', data])).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('No secret key key_nope'),
    });
    const server = await startNodeServer({ port: 0, dataDir: data, log: () => {} });
    try {
      const as = (key: string) =>
        fetch(`${server.url}/v1/clients`, { headers: { authorization: `Bearer ${key}` } });
      expect((await as(first!)).status).toBe(401);
      expect((await as(secondKey!)).status).toBe(200);
    } finally {
      await server.close();
    }
  }, 240_000);

  it('keeps its data folder to one process: others are refused by name, a dead owner is replaced', async () => {
    const data = tempDir();
    const server = await startNodeServer({ port: 0, dataDir: data, log: () => {} });
    try {
      const inUse = new RegExp(`in use by process ${process.pid}\\b`);
      await expect(startNodeServer({ port: 0, dataDir: data, log: () => {} })).rejects.toThrow(
        inUse,
      );
      // A CLI command that writes while the server runs is refused before it opens anything.
      const revoke = cli(['keys', 'create', '--provider', 'prov_x', '--data', data]);
      await expect(revoke).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(inUse) });
      // The server is unharmed.
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    } finally {
      await server.close();
    }
    expect(existsSync(join(data, 'db.lock'))).toBe(false);

    // A lock left behind by a process that no longer runs is taken over.
    const gone = spawn(process.execPath, ['-e', '']);
    await once(gone, 'exit');
    writeFileSync(
      join(data, 'db.lock'),
      JSON.stringify({ pid: gone.pid, hostname: hostname(), command: 'start' }),
    );
    const after = await startNodeServer({ port: 0, dataDir: data, log: () => {} });
    try {
      expect(JSON.parse(readFileSync(join(data, 'db.lock'), 'utf8')).pid).toBe(process.pid);
    } finally {
      await after.close();
    }
  }, 120_000);

  it('is the `vitrine-server` command npm links at install, from any folder', async () => {
    // The link npm made in the workspace's node_modules/.bin, run from a folder outside it.
    const bin = join(import.meta.dirname, '../../../node_modules/.bin/vitrine-server');
    const { stdout } = await run(bin, ['--help'], { cwd: tempDir() });
    expect(stdout).toContain('vitrine-server start');
    await expect(run(bin, ['fly'], { cwd: tempDir() })).rejects.toMatchObject({ code: 1 });
  }, 60_000);

  it('sends invitation emails over SMTP and never logs secrets or tokens', async () => {
    const received: { to: string; body: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let body = '';
        stream.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        stream.on('end', () => {
          // Undo quoted-printable soft line breaks and escapes to read the link as sent.
          const decoded = body
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, hex: string) =>
              String.fromCharCode(Number.parseInt(hex, 16)),
            );
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address).join(','),
            body: decoded,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as { port: number }).port;
    const lines: string[] = [];
    const server = await startNodeServer({
      port: 0,
      dataDir: tempDir(),
      smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
      mailFrom: 'Print Co <hello@print.example>',
      inviteUrlTemplate: 'https://portal.print.example/invite/{token}',
      log: (line) => lines.push(line),
    });
    try {
      const { secretKey } = await createProvider(
        { db: server.db, clock: systemClock },
        { name: 'Mail Print' },
      );
      const call = (method: string, path: string, body?: unknown) =>
        fetch(`${server.url}${path}`, {
          method,
          headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
          ...(body ? { body: JSON.stringify(body) } : {}),
        }).then((r) => r.json());
      const client = await call('POST', '/v1/clients', { name: 'Mailed Client' });
      await call('PUT', `/v1/clients/${client.id}/access`, {
        admin: { email: 'owner@mailed.example', firstName: 'Owner', lastName: 'One' },
      });
      for (let i = 0; i < 50 && received.length === 0; i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toBe('owner@mailed.example');
      const token = received[0]?.body.match(/vt_inv_[\w-]+/)?.[0];
      expect(received[0]?.body).toContain('https://portal.print.example/invite/vt_inv_');
      const invitation = await fetch(`${server.url}/v1/invitations/${token}`).then((r) => r.json());
      expect(invitation.status).toBe('pending');
      const log = lines.join('\n');
      expect(log).toContain('/v1/invitations/vt_inv_[redacted]');
      expect(log).not.toContain(token);
      expect(log).not.toContain(secretKey);
    } finally {
      await server.close();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    }
  }, 60_000);

  it('in development, connects a simulated Shopify shop over HTTP and syncs it on the job interval', async () => {
    const data = tempDir();
    const lines: string[] = [];
    const start = (extra: Parameters<typeof startNodeServer>[0] = {}) =>
      startNodeServer({
        port: 0,
        dataDir: data,
        dev: true,
        standIns: developmentSimulators,
        jobsIntervalMs: 50,
        log: (line) => lines.push(line),
        ...extra,
      });
    let server = await start();
    let storeId: string;
    let secretKey: string;
    const call = async (method: string, path: string, body?: unknown) => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, body: await res.json() };
    };
    const waitFor = async (check: () => Promise<boolean>) => {
      for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 50));
      expect(await check()).toBe(true);
    };
    try {
      // The sealing key was generated into the data folder, readable by the owner only.
      expect(statSync(join(data, 'encryption-key')).mode & 0o077).toBe(0);
      ({ secretKey } = await createProvider(
        { db: server.db, clock: systemClock },
        { name: 'Dev' },
      ));
      const shops = await fetch(`${server.url}/sim/shopify/`);
      expect(await shops.text()).toContain('vitrine-big.myshopify.test');

      const client = (await call('POST', '/v1/clients', { name: 'Over HTTP' })).body;
      const started = await call('POST', `/v1/clients/${client.id}/stores/authorize`, {
        platform: 'shopify',
        shop: 'vitrine-demo',
      });
      expect(started.body.authorizeUrl).toMatch(
        new RegExp(
          `^${server.url}/sim/shopify/vitrine-demo\\.myshopify\\.test/admin/oauth/authorize\\?`,
        ),
      );
      storeId = started.body.store.id;
      // A browser: the install page, the Authorize button, the redirect to the callback.
      const callback = await clickAuthorize((request) => fetch(request), started.body.authorizeUrl);
      expect(callback.startsWith(`${server.url}/v1/oauth/shopify/callback?`)).toBe(true);
      const landed = await fetch(callback);
      expect(landed.status).toBe(200);
      expect(await landed.text()).toContain('Store connected');
      await waitFor(
        async () => (await call('GET', `/v1/stores/${storeId}`)).body.productCount === 12,
      );
      expect((await call('GET', `/v1/stores/${storeId}`)).body).toMatchObject({
        status: 'connected',
        variantCount: 101,
      });

      // The shop admin's "Place a test order" reaches the store's webhook address.
      const ordered = await fetch(
        `${server.url}/sim/shopify/vitrine-demo.myshopify.test/admin/simulate/order`,
        { method: 'POST', redirect: 'manual' },
      );
      expect(ordered.status).toBe(303);
      expect(decodeURIComponent(ordered.headers.get('location')!)).toContain(
        'Order sent to 1 subscription',
      );
    } finally {
      await server.close();
    }

    // Rotating the key: re-seal with a new key while the old one is still accepted…
    const oldKey = readFileSync(join(data, 'encryption-key'), 'utf8').trim();
    const newKey = generateEncryptionKey();
    const rotated = await cli(['credentials', 'rotate', '--data', data], {
      VITRINE_ENCRYPTION_KEY: newKey,
      VITRINE_PREVIOUS_ENCRYPTION_KEYS: oldKey,
    });
    expect(rotated.stdout).toMatch(/Re-sealed 1 store credential/);
    // …after which the new key alone opens them: a sync still reaches the shop.
    server = await start({ encryptionKey: newKey });
    try {
      const sync = await call('POST', `/v1/stores/${storeId!}/sync`);
      expect(sync.status).toBe(202);
      await waitFor(
        async () => (await call('GET', `/v1/jobs/${sync.body.id}`)).body.status === 'succeeded',
      );
      const log = lines.join('\n');
      expect(log).not.toMatch(/shpat_|shprt_/);
      expect(log).not.toContain(newKey);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('serves the platform stand-ins it is given, whose options a real app overrides', async () => {
    const data = tempDir();
    const seen: string[] = [];
    const server = await startNodeServer({
      port: 0,
      dataDir: data,
      log: () => {},
      shopify: { apiKey: 'real-app', apiSecret: 'real-app-secret' },
      standIns: ({ publicUrl, secret, fetch: send }) => ({
        mounts: [
          {
            path: '/stand-in',
            fetch: async (request) => {
              const { pathname } = new URL(request.url);
              seen.push(pathname);
              // The context's fetch reaches the server itself in process.
              if (pathname === '/stand-in/server-health')
                return send(new Request(`${publicUrl}/healthz`));
              return new Response('stand-in');
            },
          },
        ],
        platforms: {
          shopify: {
            apiKey: 'stand-in-app',
            apiSecret: secret('stand-in-secret'),
            adminUrl: `${publicUrl}/stand-in/{shop}`,
            shopDomain: 'myshopify.test',
          },
          pressero: { subscriberId: 'sub', consumerId: 'con', adminUrl: `${publicUrl}/stand-in` },
        },
        banner: ['Stand-in:        here'],
        // Whatever else the stand-ins carry comes back typed, for tests to drive them.
        name: 'test stand-in',
      }),
    });
    try {
      expect(server.standIns?.name).toBe('test stand-in');
      expect(server.standIns?.banner).toEqual(['Stand-in:        here']);
      expect(statSync(join(data, 'stand-in-secret')).mode & 0o077).toBe(0);
      expect(await (await fetch(`${server.url}/stand-in/admin`)).text()).toBe('stand-in');
      expect(await (await fetch(`${server.url}/stand-in/server-health`)).json()).toEqual({
        status: 'ok',
      });
      expect((await fetch(`${server.url}/stand-inside`)).status).toBe(404);

      const { secretKey } = await createProvider(
        { db: server.db, clock: systemClock },
        { name: 'Stand-in Print' },
      );
      const call = (path: string, body: unknown) =>
        fetch(`${server.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${secretKey}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }).then(async (res) => ({ status: res.status, body: await res.json() }));
      const client = await call('/v1/clients', { name: 'Stand-in', referenceId: 'SI-1' });
      // The real Shopify app given to the server wins over the stand-in's.
      const started = await call(`/v1/clients/${client.body.id}/stores/authorize`, {
        platform: 'shopify',
        shop: 'acme',
      });
      expect(started.body.authorizeUrl).toMatch(
        /^https:\/\/acme\.myshopify\.com\/admin\/oauth\/authorize\?client_id=real-app&/,
      );
      // Pressero has no real licence here, so its adapter talks to the stand-in, in process.
      await call(`/v1/clients/${client.body.id}/stores`, {
        platform: 'pressero',
        siteUrl: 'https://acme.pressero.test',
        username: 'admin@acme-print.test',
        password: 'pressero-demo',
      });
      expect(seen.map((path) => path.toLowerCase())).toContain('/stand-in/api/v2/authentication');
    } finally {
      await server.close();
    }
  }, 60_000);

  it('`dev` from the CLI serves the development simulators and names them in its banner', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const env: Record<string, string | undefined> = { ...process.env, DATABASE_URL: '' };
    for (const name of ['VITRINE_PUBLIC_URL', 'SHOPIFY_API_KEY', 'ETSY_KEYSTRING', 'PORT', 'HOST'])
      delete env[name];
    const child = spawn(
      process.execPath,
      [...cliArgs, 'dev', '--port', String(port), '--data', tempDir()],
      { cwd: join(import.meta.dirname, '..'), env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise((resolve) => child.once('exit', resolve));
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    try {
      for (let i = 0; i < 600 && !output.includes('OpenAPI:'); i++)
        await new Promise((r) => setTimeout(r, 50));
      const url = `http://localhost:${port}`;
      const banner = output.slice(output.indexOf('Email outbox:'));
      expect(banner.split('\n').slice(0, 7)).toEqual([
        `Email outbox:    ${url}/dev/outbox`,
        `Shopify shops:   ${url}/sim/shopify/ (connect "vitrine-demo" or "vitrine-big")`,
        `Etsy shops:      ${url}/sim/etsy/ (pick "InkwellPrintStudio" or "VitrineMegaMerch")`,
        `WooCommerce:     ${url}/sim/woocommerce/ (connect ${url}/sim/woocommerce/print-shop; API keys at ${url}/sim/woocommerce/print-shop/wp-admin)`,
        `Pressero sites:  ${url}/sim/pressero/ (connect https://acme.pressero.test as admin@acme-print.test / pressero-demo)`,
        `Production:      ${url}/sim/production/ (GelatoConnect; orders move a step every 20 s, or by button)`,
        `OpenAPI:         ${url}/openapi.json`,
      ]);
      for (const page of [
        '/sim/shopify/',
        '/sim/etsy/',
        '/sim/pressero/',
        '/sim/woocommerce/',
        '/sim/production/',
      ])
        expect((await fetch(`${url}${page}`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);

  it('refuses to start on a shared PostgreSQL database without an encryption key', async () => {
    await expect(
      startNodeServer({
        port: 0,
        dataDir: tempDir(),
        databaseUrl: 'postgres://127.0.0.1:1/x',
        log: () => {},
      }),
    ).rejects.toThrow(/VITRINE_ENCRYPTION_KEY/);
  });
});
