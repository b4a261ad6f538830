import type { TestServer } from '../../testing/testServer.js';

/** Runs jobs until this one has ended, moving the clock past every retry's wait. */
export async function runUntilEnded(server: TestServer, jobId: string): Promise<void> {
  for (let round = 0; round < 50; round++) {
    await server.runJobs();
    const [job] = await server.db.query<{ status: string; run_after: Date }>(
      'select status, run_after from jobs where id = $1',
      [jobId],
    );
    if (!job || ['succeeded', 'failed', 'canceled'].includes(job.status)) return;
    const wait = new Date(job.run_after).getTime() - server.clock.now().getTime();
    if (wait > 0) server.clock.advance(wait);
  }
  throw new Error(`job ${jobId} kept coming back`);
}
