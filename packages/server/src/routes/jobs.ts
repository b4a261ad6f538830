import { confinedClientId } from '../auth/scope.js';
import type { Router } from '../http/router.js';
import { getJob } from '../services/jobs.js';

export function jobRoutes(r: Router) {
  r.add('getJob', 'jobs:read', async ({ principal, params, onlyStores, services }) =>
    getJob(services, principal.providerId, params.jobId!, confinedClientId(principal), onlyStores),
  );
}
