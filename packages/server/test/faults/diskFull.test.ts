import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/clock.js';
import { generateEncryptionKey } from '../../src/crypto/encryption.js';
import { migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/node/server.js';
import { seedDemo } from '../../src/seed/demo.js';
import { apiOf, freePort, type Instance, startInstance, stopInstance } from '../instances.js';

/**
 * The embedded database's disk fills up: writes are refused with a 503 that says why, reads go
 * on, the process keeps answering, and once space is back writes work again, in the same
 * process and after a restart on the same folder, with nothing lost. While "full", the preload
 * also fails every file write under the folder, so a write the guard let through would reach
 * PGlite and hang the process: the calls' own time limits then fail the test.
 */
describe('a full disk under the embedded database', () => {
  const folder = mkdtempSync(join(tmpdir(), 'vitrine-full-'));
  const flag = join(mkdtempSync(join(tmpdir(), 'vitrine-full-flag-')), 'full');
  let env: Record<string, string>;
  let instance: Instance;
  let api: ReturnType<typeof apiOf>;
  const fill = () => writeFileSync(flag, '');
  const free = () => rmSync(flag, { force: true });

  beforeAll(async () => {
    env = {
      PORT: String(await freePort()),
      VITRINE_DATA: folder,
      VITRINE_SESSION_SECRET: 'a-disk-full-test-session-secret-of-enough-length',
      VITRINE_ENCRYPTION_KEY: generateEncryptionKey(),
      NODE_OPTIONS: `--require ${join(import.meta.dirname, '../fixtures/diskFull.cjs')}`,
      DISK_FULL_DIR: folder,
      DISK_FULL_FLAG: flag,
    };
    const db = await openDatabase({ dataDir: folder });
    await migrate(db);
    const { secretKey } = await seedDemo(db, systemClock);
    await db.close();
    instance = await startInstance(env, 60);
    api = apiOf(() => instance, secretKey!);
  }, 120_000);

  afterAll(async () => {
    free();
    // A process stuck on a full disk would not stop on SIGTERM: no process outlives the file.
    if (instance) await stopInstance(instance, 'SIGTERM', 10);
    rmSync(folder, { recursive: true, force: true });
    rmSync(dirname(flag), { recursive: true, force: true });
  });

  const names = async () =>
    ((await api('GET', '/v1/clients?limit=100')).body.data as { name: string }[])
      .map((c) => c.name)
      .sort();

  it('refuses writes with a clear 503 while full, keeps reading, and writes again after', async () => {
    expect((await api('POST', '/v1/clients', { name: 'Before Full' })).status).toBe(201);
    const before = await names();

    fill();
    // Free space is read before every write: the very next one is refused.
    const refused = await api('POST', '/v1/clients', { name: 'While Full' });
    expect(refused.status).toBe(503);
    expect(refused.body.error).toMatchObject({
      code: 'service_unavailable',
      message: expect.stringContaining('disk space'),
    });
    // Refused again and again, never a crash, and every read still answered.
    for (let i = 0; i < 3; i++) {
      expect((await api('POST', '/v1/clients', { name: `Full ${i}` })).status).toBe(503);
      expect(await names()).toEqual(before);
    }

    free();
    expect((await api('POST', '/v1/clients', { name: 'After Full' })).status).toBe(201);
    expect(await names()).toEqual([...before, 'After Full'].sort());
  }, 240_000);

  it('comes back on the same folder after being killed while full, with nothing lost', async () => {
    const before = await names();
    fill();
    expect((await api('POST', '/v1/clients', { name: 'Lost' })).status).toBe(503);
    await stopInstance(instance, 'SIGKILL');
    free();
    instance = await startInstance(env, 60);
    expect(await names()).toEqual(before);
    expect((await api('POST', '/v1/clients', { name: 'After Restart' })).status).toBe(201);
    expect(await names()).toEqual([...before, 'After Restart'].sort());
  }, 240_000);
});
