import type { Client, Job, Page } from '../../src/index.js';

let sequence = 0;
const id = (prefix: string) => `${prefix}_${String(++sequence).padStart(20, '0')}`;

export function aClient(overrides: Partial<Client> = {}): Client {
  return {
    id: id('cl'),
    name: 'Acme Print Buyers',
    referenceId: null,
    description: null,
    status: 'active',
    accessEnabled: false,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    archivedAt: null,
    ...overrides,
  };
}

export function aJob(overrides: Partial<Job> = {}): Job {
  return {
    id: 'job_00000000000000000001',
    kind: 'product_sync',
    status: 'running',
    progress: { done: 0, total: 10 },
    result: null,
    error: null,
    attempts: 1,
    createdAt: '2026-03-02T09:00:00.000Z',
    startedAt: '2026-03-02T09:00:00.000Z',
    finishedAt: null,
    ...overrides,
  };
}

export const aPage = <T>(data: T[], nextCursor: string | null = null): Page<T> => ({
  data,
  nextCursor,
});
