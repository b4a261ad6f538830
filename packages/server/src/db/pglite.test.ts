import { describe, expect, it } from 'vitest';
import { createPgliteDb } from './pglite.js';

describe('PGlite', () => {
  it('lets timers and network I/O run while a worker runs transaction after transaction', async () => {
    const db = await createPgliteDb();
    await db.exec('create table t (id serial primary key, v text)');
    let steps = 0;
    let stepsWhenTimerRan: number | null = null;
    setTimeout(() => {
      stepsWhenTimerRan = steps;
    }, 0);
    for (; steps < 30; steps++) {
      await db.transaction(async (tx) => {
        for (let i = 0; i < 20; i++) await tx.query('insert into t (v) values ($1)', ['x']);
      });
      await db.query('select count(*) from t');
    }
    // Without a turn of the event loop between statements, the timer would wait for all 30.
    expect(stepsWhenTimerRan).not.toBeNull();
    expect(stepsWhenTimerRan).toBeLessThan(5);
    await db.close();
  });
});
