import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../src/clock.js';
import { generateEncryptionKey } from '../src/crypto/encryption.js';
import { migrate } from '../src/db/migrate.js';
import { createPostgresDb } from '../src/node/postgres.js';
import { seedDemo } from '../src/seed/demo.js';
import { apiOf, type Instance, startInstance, stopInstance, until } from './instances.js';

const adminUrl = process.env.VITRINE_TEST_DATABASE_URL;
const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

/**
 * Several server processes on one PostgreSQL database, as a production deployment runs them
 * behind a balancer: every job runs exactly once, in whichever process claims it, and a rate
 * limit holds for the whole deployment, not per process.
 */
describe.skipIf(!adminUrl)('three server processes on one PostgreSQL', () => {
  const name = `vitrine_procs_${Date.now().toString(36)}`;
  const folders: string[] = [];
  let instances: Instance[] = [];
  let databaseUrl: string;
  let secretKey: string;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();

    const db = createPostgresDb(databaseUrl, { max: 2 });
    await migrate(db);
    secretKey = (await seedDemo(db, systemClock)).secretKey!;
    await db.close();

    const shared = {
      DATABASE_URL: databaseUrl,
      VITRINE_SESSION_SECRET: 'a-session-secret-every-process-shares',
      VITRINE_ENCRYPTION_KEY: generateEncryptionKey(),
    };
    instances = await Promise.all(
      [0, 1, 2].map(() => {
        const folder = mkdtempSync(join(tmpdir(), 'vitrine-proc-'));
        folders.push(folder);
        return startInstance({ ...shared, VITRINE_DATA: folder });
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => stopInstance(instance)));
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  // The same call through whichever process a balancer would pick.
  const call = (instance: Instance, method: string, path: string, body?: unknown) =>
    apiOf(() => instance, secretKey)(method, path, body);

  it('runs each production job once, in one process, and the processes share them', async () => {
    const [a] = instances as [Instance];
    const client = (await call(a, 'POST', '/v1/clients', { name: 'Many Hands Print' })).body;
    const store = (
      await call(a, 'POST', `/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'Desk' })
    ).body;

    // Orders arrive through every process.
    const orders = await Promise.all(
      Array.from({ length: 24 }, async (_, n) => {
        const res = await call(instances[n % 3]!, 'POST', `/v1/stores/${store.id}/orders`, {
          orderReferenceId: `many-${n}`,
          currency: 'EUR',
          shipmentMethodUid: 'standard',
          shippingAddress: {
            firstName: 'Ana',
            lastName: 'Silva',
            addressLine1: 'Rua Augusta 100',
            city: 'Lisboa',
            postCode: '1100-053',
            country: 'PT',
            email: 'ana@example.com',
          },
          items: [
            {
              itemReferenceId: `many-${n}-1`,
              productUid: POSTER,
              quantity: 1,
              files: [{ type: 'default', url: 'https://files.example/poster.pdf' }],
            },
          ],
        });
        expect(res.status).toBe(201);
        return res.body.id as string;
      }),
    );

    const db = createPostgresDb(databaseUrl, { max: 1 });
    try {
      const jobs = await until('every production job to end', async () => {
        const rows = await db.query<{ id: string; status: string; attempts: number }>(
          `select id, status, attempts from jobs where kind = 'production'
            and state->>'orderId' = any($1::text[])`,
          [orders],
        );
        return rows.length === orders.length && rows.every((r) => r.status === 'succeeded')
          ? rows
          : undefined;
      });
      // Claimed once: no job was taken by two workers, or retried.
      expect(jobs.map((j) => Number(j.attempts))).toEqual(orders.map(() => 1));

      const ranBy = instances.map(
        (instance) =>
          new Set(
            instance.lines
              .filter((l) => l.msg === 'job ended' && l.kind === 'production')
              .map((l) => String(l.jobId)),
          ),
      );
      const all = ranBy.flatMap((ids) => [...ids]);
      // Each job ended in exactly one process, and more than one process did the work.
      expect(all.sort()).toEqual(jobs.map((j) => j.id).sort());
      expect(ranBy.filter((ids) => ids.size > 0).length).toBeGreaterThan(1);

      const submitted = await db.query<{ n: number }>(
        `select count(*)::int as n from orders where id = any($1::text[]) and fulfillment_status <> 'received'`,
        [orders],
      );
      expect(submitted[0]!.n).toBe(orders.length);
    } finally {
      await db.close();
    }
  }, 180_000);

  it('holds one rate limit for the whole deployment, whichever process answers', async () => {
    // The default limit: a burst of 100, then 25 a second. Spread over three processes, 300
    // quick requests from one address would all pass if each process counted its own share.
    const started = Date.now();
    const statuses: number[] = [];
    for (let batch = 0; batch < 10; batch++) {
      statuses.push(
        ...(await Promise.all(
          Array.from({ length: 30 }, async (_, n) => {
            const instance = instances[n % 3]!;
            const res = await fetch(`${instance.url}/v1/invitations/vt_inv_flood${batch}x${n}`);
            await res.arrayBuffer();
            return res.status;
          }),
        )),
      );
    }
    const seconds = (Date.now() - started) / 1000;
    const passed = statuses.filter((s) => s !== 429).length;
    expect(statuses).toContain(429);
    expect(passed).toBeLessThanOrEqual(100 + Math.ceil(25 * seconds) + 1);
    // Every process turned some away: they read the same buckets.
    const refusedBy = [0, 1, 2].map((i) => statuses.filter((s, n) => n % 3 === i && s === 429));
    expect(refusedBy.every((r) => r.length > 0)).toBe(true);
  }, 60_000);
});
