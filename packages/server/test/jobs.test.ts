import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../src/config.js';
import { DomainError } from '../src/errors.js';
import { randomSecret } from '../src/ids.js';
import { startJobRunner } from '../src/node/jobs.js';
import { PlatformError } from '../src/platforms/types.js';
import type { ServiceContext } from '../src/services/context.js';
import {
  enqueueJob,
  type JobHandler,
  type JobRow,
  LeaseLost,
  releaseJobs,
  runPendingJobs,
  toJob,
} from '../src/services/jobs.js';
import type { TestServer } from '../testing/testServer.js';
import { caller, clientSession, clientWithActiveAdmin, startServer } from './support.js';

/** The job runner on its own: claims, leases, checkpoints, retries, and who may read a job. */
describe('jobs', () => {
  let server: TestServer;
  let ctx: ServiceContext;
  const errors: unknown[] = [];
  beforeAll(async () => {
    server = await startServer();
    ctx = resolveConfig({
      db: server.db,
      clock: server.clock,
      sessionSecret: randomSecret('jobs-'),
      onError: (error) => errors.push(error),
    });
  });
  afterAll(() => server.close());

  /** A job of a kind the app itself does not run, so only these tests' handlers pick it up. */
  const queue = async (state: Record<string, unknown> = {}) => {
    const client = (
      await caller(server, server.provider.secretKey).post('/v1/clients', { name: 'Jobs' })
    ).body;
    return enqueueJob(server.db, ctx, {
      providerId: server.provider.id,
      clientId: client.id,
      storeId: null,
      kind: 'mapping_import',
      state,
    });
  };
  const read = async (id: string) =>
    (await server.db.query<JobRow>('select * from jobs where id = $1', [id]))[0]!;
  const run = (handler: JobHandler, options: Parameters<typeof runPendingJobs>[2] = {}) =>
    runPendingJobs(ctx, { mapping_import: handler }, options);

  it('runs a job, saving its cursor and progress at each checkpoint', async () => {
    const job = await queue({ cursor: 2 });
    const states: unknown[] = [];
    const result = await run(async (claimed, jobRun) => {
      let cursor = claimed.state.cursor as number;
      while (cursor < 5) {
        cursor++;
        await jobRun.checkpoint({ state: { cursor }, done: cursor, total: 5 }, async (tx) => {
          await tx.query('select 1');
        });
        states.push((await read(job.id)).state);
      }
      return { rows: cursor };
    });
    expect(result).toEqual({ ran: 1, succeeded: 1, failed: 0, retried: 0, interrupted: 0 });
    expect(states).toEqual([{ cursor: 3 }, { cursor: 4 }, { cursor: 5 }]);
    expect(toJob(await read(job.id))).toMatchObject({
      status: 'succeeded',
      progress: { done: 5, total: 5 },
      result: { rows: 5 },
      attempts: 1,
      error: null,
    });
  });

  it('retries transient failures with doubling backoff, then gives up', async () => {
    const job = await queue();
    await server.db.query('update jobs set max_attempts = 3 where id = $1', [job.id]);
    const unavailable: JobHandler = async () => {
      throw new PlatformError('platform_unavailable', 'Down for maintenance');
    };
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const outcome = await run(unavailable);
      const row = await read(job.id);
      if (attempt < 3) {
        expect(outcome.retried).toBe(1);
        expect(row.status).toBe('queued');
        // Retrying is not failing: the API shows no error yet.
        expect(toJob(row).error).toBeNull();
        waits.push(new Date(row.run_after).getTime() - server.clock.now().getTime());
        expect(await run(unavailable)).toMatchObject({ ran: 0 });
        server.clock.advance(waits.at(-1)!);
      } else {
        expect(outcome.failed).toBe(1);
        expect(toJob(row)).toMatchObject({
          status: 'failed',
          attempts: 3,
          error: { code: 'platform_unavailable', message: 'Down for maintenance' },
        });
      }
    }
    expect(waits).toEqual([15_000, 30_000]);
  });

  it('waits at least as long as the platform asks', async () => {
    const job = await queue();
    await run(async () => {
      throw new PlatformError('rate_limited', 'Slow down', { retryAfter: 120 });
    });
    const row = await read(job.id);
    expect(new Date(row.run_after).getTime() - server.clock.now().getTime()).toBe(120_000);
    server.clock.advance(120_000);
    await run(async () => ({}));
  });

  it('fails at once on a permanent error, and hides unexpected ones behind a generic message', async () => {
    const permanent = await queue();
    await run(async () => {
      throw new DomainError('store_needs_reauth', 'Token revoked');
    });
    expect(toJob(await read(permanent.id)).error).toEqual({
      code: 'store_needs_reauth',
      message: 'Token revoked',
    });

    const unexpected = await queue();
    await server.db.query('update jobs set max_attempts = 1 where id = $1', [unexpected.id]);
    await run(async () => {
      throw new Error('connection reset by peer at 10.0.0.3');
    });
    const job = toJob(await read(unexpected.id));
    expect(job.error).toEqual({
      code: 'internal_error',
      message: 'The job failed unexpectedly; it has been logged.',
    });
    expect(errors.some((e) => String(e).includes('10.0.0.3'))).toBe(true);
  });

  it('hands a job whose lease lapsed to another worker, and the first can no longer save', async () => {
    const job = await queue({ cursor: 0 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let checkpointed!: () => void;
    const saved = new Promise<void>((resolve) => {
      checkpointed = resolve;
    });
    let firstSaw: unknown;
    const first = run(
      async (_claimed, jobRun) => {
        await jobRun.checkpoint({ state: { cursor: 1 }, done: 1, total: 3 });
        checkpointed();
        await gate;
        try {
          await jobRun.checkpoint({ state: { cursor: 2 }, done: 2, total: 3 });
        } catch (error) {
          firstSaw = error;
          throw error;
        }
        return {};
      },
      { workerId: 'wrk_slow' },
    );
    await saved;
    expect((await read(job.id)).locked_by).toBe('wrk_slow');
    // Another worker finds nothing while the lease holds…
    expect(await run(async () => ({}), { workerId: 'wrk_other' })).toMatchObject({ ran: 0 });
    server.clock.advance(61_000);
    // …and takes over, from the saved cursor, once it lapsed.
    let resumedFrom: unknown;
    const second = await run(
      async (claimed) => {
        resumedFrom = claimed.state.cursor;
        return { by: 'wrk_other' };
      },
      { workerId: 'wrk_other' },
    );
    expect(second).toMatchObject({ ran: 1, succeeded: 1 });
    expect(resumedFrom).toBe(1);
    release();
    expect(await first).toMatchObject({ interrupted: 1 });
    expect(firstSaw).toBeInstanceOf(LeaseLost);
    expect(toJob(await read(job.id))).toMatchObject({
      status: 'succeeded',
      result: { by: 'wrk_other' },
      progress: { done: 1 },
      attempts: 2,
    });
  });

  it('gives a stopped job back to the queue with its cursor and its attempt', async () => {
    const job = await queue();
    const controller = new AbortController();
    const outcome = await run(
      async (_claimed, jobRun) => {
        await jobRun.checkpoint({ state: { cursor: 7 }, done: 7, total: 10 });
        controller.abort();
        await jobRun.checkpoint({ state: { cursor: 8 }, done: 8, total: 10 });
        return {};
      },
      { signal: controller.signal },
    );
    expect(outcome).toMatchObject({ interrupted: 1 });
    const row = await read(job.id);
    expect(row).toMatchObject({ status: 'queued', attempts: 0, state: { cursor: 8 } });
    expect(row.locked_by).toBeNull();
    await run(async () => ({}));
  });

  it('lets two workers share the queue without running a job twice', async () => {
    const [a, b] = [await queue(), await queue()];
    const ranBy = new Map<string, string>();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const work =
      (worker: string): JobHandler =>
      async (claimed) => {
        ranBy.set(claimed.id, worker);
        if (ranBy.size === 2) release();
        await gate;
        return {};
      };
    // Each worker holds its job until both have one: neither can take both.
    const one = run(work('one'), { workerId: 'wrk_one', maxJobs: 1 });
    const two = run(work('two'), { workerId: 'wrk_two', maxJobs: 1 });
    await Promise.all([one, two]);
    expect(new Set(ranBy.values())).toEqual(new Set(['one', 'two']));
    expect([...ranBy.keys()].sort()).toEqual([a.id, b.id].sort());
  });

  it('keeps a tenant whose store hangs from holding the queue, and hands its jobs on when stopping', async () => {
    // Two providers: the first one's jobs hang in a call that ignores every stop signal.
    const stuck = await server.createProvider('Stuck Print');
    const other = await server.createProvider('Other Print');
    const jobFor = async (provider: { id: string; secretKey: string }) => {
      const client = (await caller(server, provider.secretKey).post('/v1/clients', { name: 'J' }))
        .body;
      return enqueueJob(server.db, ctx, {
        providerId: provider.id,
        clientId: client.id,
        storeId: null,
        kind: 'mapping_import',
        state: {},
      });
    };
    const hanging = [await jobFor(stuck), await jobFor(stuck), await jobFor(stuck)];
    const waiting = await jobFor(other);
    const handler: JobHandler = async (claimed) => {
      if (claimed.provider_id === stuck.id) await new Promise(() => {});
      return {};
    };
    const stop = startJobRunner(
      {
        runPendingJobs: (options) => runPendingJobs(ctx, { mapping_import: handler }, options),
        housekeeping: async () => {},
        releaseJobs: (ids) => releaseJobs(server.db, ids, server.clock.now()),
      },
      { intervalMs: 10, concurrency: 2, shutdownGraceMs: 200 },
    );
    // The other provider's job runs although the stuck one queued first.
    await vi.waitUntil(async () => (await read(waiting.id)).status === 'succeeded', {
      timeout: 30_000,
    });
    const held = async () =>
      (await Promise.all(hanging.map((j) => read(j.id)))).filter((j) => j.status === 'running');
    await vi.waitUntil(async () => (await held()).length >= 2, { timeout: 30_000 });

    // Stopping does not wait on them for ever: they go back to the queue, attempt not counted.
    await stop();
    for (const job of await Promise.all(hanging.map((j) => read(j.id)))) {
      expect(job).toMatchObject({ status: 'queued', locked_by: null, attempts: 0 });
    }
  });

  it('shows a job only to its provider, its client and, for store managers, its store', async () => {
    const key = server.provider.secretKey;
    const api = caller(server, key);
    const { client, userId } = await clientWithActiveAdmin(server, key, 'Job Readers');
    const stores = await Promise.all(
      ['A', 'B'].map(
        async (name) =>
          (await api.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name })).body,
      ),
    );
    const job = await enqueueJob(server.db, ctx, {
      providerId: server.provider.id,
      clientId: client.id,
      storeId: stores[0].id,
      kind: 'product_sync',
    });
    const manager = async (storeId: string) => {
      const email = `mgr-${storeId}@example.com`;
      const user = (
        await api.post(`/v1/clients/${client.id}/users`, {
          email,
          firstName: 'M',
          lastName: 'M',
          role: 'store_manager',
          storeIds: [storeId],
        })
      ).body;
      await caller(server).post(`/v1/invitations/${await server.inviteToken(email)}/accept`);
      return clientSession(server, key, client.id, user.id);
    };
    const path = `/v1/jobs/${job.id}`;
    expect((await api.get(path)).body).toMatchObject({ id: job.id, storeId: stores[0].id });
    const admin = await clientSession(server, key, client.id, userId);
    expect((await caller(server, admin).get(path)).status).toBe(200);
    expect((await caller(server, await manager(stores[0].id)).get(path)).status).toBe(200);
    const elsewhere = caller(server, await manager(stores[1].id));
    expect((await elsewhere.get(path)).status).toBe(404);
    // A store they are not assigned to answers as one that does not exist.
    const unassigned = await elsewhere.get(`/v1/stores/${stores[0].id}`);
    expect(unassigned.status).toBe(404);
    expect(unassigned.body.error).toMatchObject({
      code: 'not_found',
      message: 'No such store, or it belongs to someone else.',
    });
    const other = await server.createProvider('Other Jobs Provider');
    expect((await caller(server, other.secretKey).get(path)).status).toBe(404);
    expect((await api.get('/v1/jobs/job_00000000000000000000')).status).toBe(404);
    await server.db.query(`update jobs set status = 'canceled' where id = $1`, [job.id]);
  });
});
