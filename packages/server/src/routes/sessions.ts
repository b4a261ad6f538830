import { capabilitiesOf } from '../auth/permissions.js';
import type { Router } from '../http/router.js';
import { createSession } from '../services/accounts/sessions.js';

export function sessionRoutes(r: Router) {
  r.add('createSession', 'secret_key', async ({ principal, body, services }) => {
    // The guard admits secret keys only; the session remembers which one.
    if (principal.kind !== 'secret_key') throw new Error('createSession needs a secret key');
    return createSession(services, principal, body);
  });

  r.add('currentSession', 'session:read', async ({ principal }) => ({
    kind: principal.kind,
    scope: principal.scope,
    providerId: principal.providerId,
    clientId: principal.scope === 'client' ? principal.clientId : null,
    userId: principal.scope === 'client' ? principal.userId : null,
    role: principal.scope === 'client' ? principal.role : null,
    expiresAt: principal.kind === 'session' ? principal.expiresAt.toISOString() : null,
    capabilities: capabilitiesOf(principal.scope === 'client' ? principal.role : null),
  }));
}
