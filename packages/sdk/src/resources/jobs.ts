import { sleep } from '../http.js';
import type { Job } from '../schemas/jobs.js';
import type { CallOptions, VitrineRequest } from '../types.js';

export interface WaitForJobOptions extends CallOptions {
  /**
   * Pause between polls, in milliseconds.
   * @default 1000
   */
  intervalMs?: number;
  /** Called with every job read, including the final one. */
  onProgress?: (job: Job) => void;
}

const finished: ReadonlySet<Job['status']> = new Set(['succeeded', 'failed', 'canceled']);

export function createJobsResource(request: VitrineRequest) {
  const get = (jobId: string, options?: CallOptions): Promise<Job> =>
    request('getJob', { ...options, params: { jobId } });
  return {
    get,
    /**
     * Polls until the job has succeeded, failed or been canceled, and resolves with it in every
     * case: check `status`. Errors of a poll (after the client's retries) reject.
     */
    wait: async (jobId: string, options: WaitForJobOptions = {}): Promise<Job> => {
      const { intervalMs = 1000, signal, onProgress } = options;
      for (;;) {
        const job = await get(jobId, { signal });
        onProgress?.(job);
        if (finished.has(job.status)) return job;
        await sleep(intervalMs, signal);
      }
    },
  };
}

export type JobsResource = ReturnType<typeof createJobsResource>;
