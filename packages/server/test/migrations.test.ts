import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { generateEncryptionKey } from '../src/crypto/encryption.js';
import { migrations } from '../src/db/migrations.js';
import { startNodeServer } from '../src/node/server.js';

const adminUrl = process.env.VITRINE_TEST_DATABASE_URL;

/** Several instances of the server share one PostgreSQL database and start together. */
describe.skipIf(!adminUrl)('migrations on PostgreSQL', () => {
  it('four instances starting together on a fresh database all start, and migrate once', async () => {
    const name = `vitrine_migrate_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    const encryptionKey = generateEncryptionKey();
    const started = await Promise.allSettled(
      [0, 1, 2, 3].map(() =>
        startNodeServer({
          port: 0,
          databaseUrl: url.toString(),
          encryptionKey,
          sessionSecret: 'a-shared-session-secret-for-all-four',
          jobsIntervalMs: 0,
          log: () => {},
        }),
      ),
    );
    try {
      expect(started.map((s) => (s.status === 'rejected' ? String(s.reason) : 'started'))).toEqual([
        'started',
        'started',
        'started',
        'started',
      ]);
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      const rows = (await db.query('select version from schema_migrations order by version')).rows;
      await db.end();
      expect(rows.map((r) => r.version)).toEqual(migrations.map((m) => m.version));
    } finally {
      for (const s of started) if (s.status === 'fulfilled') await s.value.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 120_000);
});
