import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WooCommerceSimulator } from '@vitrine/simulators';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { generateEncryptionKey } from '../../src/crypto/encryption.js';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/node/server.js';
import { seedDemo } from '../../src/seed/demo.js';
import {
  apiOf,
  freePort,
  type Instance,
  startInstance,
  stopInstance,
  until,
} from '../instances.js';

const adminUrl = process.env.VITRINE_TEST_DATABASE_URL;
const PRODUCTS = 3000;
const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
const KEY_SECRET = 'faults-key-secret';

/**
 * `kill -9` in the middle of work, on the embedded database and on PostgreSQL: the process
 * restarts on the same data, the interrupted job resumes from its last checkpoint, and nothing
 * is lost or done twice.
 */
describe.each([
  { dialect: 'pglite' as const },
  ...(adminUrl ? [{ dialect: 'postgres' as const }] : []),
])('a process killed mid-work ($dialect)', ({ dialect }) => {
  const folder = mkdtempSync(join(tmpdir(), 'vitrine-crash-'));
  const dbName = `vitrine_crash_${Date.now().toString(36)}`;
  let env: Record<string, string>;
  let instance: Instance;
  let api: ReturnType<typeof apiOf>;
  let storeId: string;

  const restart = async () => {
    await stopInstance(instance, 'SIGKILL');
    instance = await startInstance(env);
  };

  beforeAll(async () => {
    env = {
      PORT: String(await freePort()),
      VITRINE_DATA: folder,
      VITRINE_SESSION_SECRET: 'a-crash-test-session-secret-of-enough-length',
      VITRINE_ENCRYPTION_KEY: generateEncryptionKey(),
      FAULTS_STORE_PRODUCTS: String(PRODUCTS),
      FAULTS_KEY_SECRET: KEY_SECRET,
      FAULTS_IMPORT_STEP_ROWS: '100',
    };
    if (dialect === 'postgres') {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${dbName}`);
      await admin.end();
      const url = new URL(adminUrl!);
      url.pathname = `/${dbName}`;
      env.DATABASE_URL = url.toString();
    }
    // The provider and catalog, written before any server runs (PGlite: then released).
    const db = await openDatabase({
      dataDir: folder,
      ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    });
    await migrate(db);
    const { secretKey } = await seedDemo(db, systemClock);
    await db.close();
    instance = await startInstance(env);
    api = apiOf(() => instance, secretKey!);
  }, 120_000);

  afterAll(async () => {
    if (instance) await stopInstance(instance);
    rmSync(folder, { recursive: true, force: true });
    if (dialect === 'postgres') {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    }
  });

  const job = async (id: string) => (await api('GET', `/v1/jobs/${id}`)).body;

  it('resumes a product sync killed halfway, with every product once', async () => {
    const client = (await api('POST', '/v1/clients', { name: 'Crash Test Prints' })).body;
    // The stand-in's keys derive from its key secret: one made here works there.
    const key = await new WooCommerceSimulator({
      origin: instance.url,
      keySecret: KEY_SECRET,
      stores: [{ name: 'big', title: 'Big', catalogue: { kind: 'generated', products: 1 } }],
    }).createKey('big', 'read_write');
    const connected = await api('POST', `/v1/clients/${client.id}/stores`, {
      platform: 'woocommerce',
      url: `${instance.url}/sim/faults/big`,
      consumerKey: key.consumerKey,
      consumerSecret: key.consumerSecret,
    });
    expect(connected.status, JSON.stringify(connected.body)).toBe(201);
    storeId = connected.body.id;
    const jobId = connected.body.lastSyncJobId;

    const halfway = await until('the sync to be halfway', async () => {
      const j = await job(jobId);
      return j.progress.done > 0 && j.status === 'running' ? j : undefined;
    });
    expect(halfway.progress.done).toBeLessThan(PRODUCTS);
    await restart();

    const done = await until('the sync to finish', async () => {
      const j = await job(jobId);
      return ['succeeded', 'failed'].includes(j.status) ? j : undefined;
    });
    expect(done).toMatchObject({ status: 'succeeded' });
    const store = (await api('GET', `/v1/stores/${storeId}`)).body;
    expect(store.productCount).toBe(PRODUCTS);
  }, 240_000);

  it('resumes a mapping import killed halfway, applying every row exactly once', async () => {
    const skus: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: { variants: { sku: string }[] }[]; nextCursor: string | null } = (
        await api(
          'GET',
          `/v1/stores/${storeId}/products?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        )
      ).body;
      for (const p of page.data) for (const v of p.variants) skus.push(v.sku);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(skus).size).toBe(PRODUCTS);

    const created = (
      await api('POST', `/v1/stores/${storeId}/mapping-imports`, { totalRows: skus.length })
    ).body;
    for (let chunk = 0; chunk * 2000 < skus.length; chunk++) {
      const rows = skus.slice(chunk * 2000, (chunk + 1) * 2000).map((sku) => ({
        sku,
        productUid: POSTER,
        files: [{ type: 'default', url: 'https://files.example/poster.pdf' }],
      }));
      const sent = await api(
        'PUT',
        `/v1/stores/${storeId}/mapping-imports/${created.id}/chunks/${chunk}`,
        { rows },
      );
      expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    }
    const read = async () =>
      (await api('GET', `/v1/stores/${storeId}/mapping-imports/${created.id}`)).body;
    expect(
      (await api('POST', `/v1/stores/${storeId}/mapping-imports/${created.id}/start`)).status,
    ).toBe(202);

    await until(
      'the import to be halfway',
      async () => {
        const i = await read();
        return i.progress.done > 0 && i.status === 'running' ? i : undefined;
      },
      120,
      5,
    ).catch(async (error) => {
      // Never seen halfway: say where it got to.
      throw new Error(`${error.message}: ${JSON.stringify(await read())}`);
    });
    await restart();

    const done = await until('the import to finish', async () => {
      const i = await read();
      return ['succeeded', 'failed'].includes(i.status) ? i : undefined;
    });
    expect(done.status).toBe('succeeded');
    // Rows applied before the crash are not applied again (they would count as unchanged).
    expect(done.counts).toEqual({
      mapped: PRODUCTS,
      ignored: 0,
      unmapped: 0,
      unchanged: 0,
      failed: 0,
    });
  }, 240_000);
});
