import type { Router } from '../http/router.js';
import {
  disableAccess,
  enableAccess,
  getAccess,
  resendAccessInvite,
} from '../services/accounts/access.js';
import { acceptInvitation, getInvitation } from '../services/accounts/invitations.js';

export function accessRoutes(r: Router) {
  r.add('getAccess', 'access:read', async ({ principal, params, services }) =>
    getAccess(services, principal.providerId, params.clientId!),
  );
  r.add('enableAccess', 'access:manage', async ({ principal, params, body, services }) =>
    enableAccess(services, principal.providerId, params.clientId!, body),
  );
  r.add('disableAccess', 'access:manage', async ({ principal, params, services }) =>
    disableAccess(services, principal.providerId, params.clientId!),
  );
  r.add('resendAccessInvite', 'access:manage', async ({ principal, params, services }) =>
    resendAccessInvite(services, principal.providerId, params.clientId!),
  );
}

export function invitationRoutes(r: Router) {
  r.add('getInvitation', 'public', async ({ params, services }) =>
    getInvitation(services, params.token!),
  );
  r.add('acceptInvitation', 'public', async ({ params, body, services }) =>
    acceptInvitation(services, params.token!, body ?? {}),
  );
}
