import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { startNodeServer } from '../src/node/server.js';
import { createProvider } from '../src/services/providers.js';

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

const cli = (args: string[], env: Record<string, string> = {}) =>
  run(
    process.execPath,
    ['--conditions=@vitrine/source', '--import', 'tsx', 'src/node/cli.ts', ...args],
    {
      cwd: join(import.meta.dirname, '..'),
      env: { ...process.env, DATABASE_URL: '', ...env },
    },
  );

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

  it('explains its usage and refuses unknown commands', async () => {
    const help = await cli(['--help']);
    expect(help.stdout).toContain('vitrine-server start');
    await expect(cli(['fly'])).rejects.toMatchObject({ code: 1 });
    await expect(cli(['providers', 'create', '--data', tempDir()])).rejects.toMatchObject({
      stderr: expect.stringContaining('--name'),
    });
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
});
