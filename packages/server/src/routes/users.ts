import type { Router } from '../http/router.js';
import {
  inviteUser,
  listUsers,
  removeUser,
  resendUserInvite,
  updateUser,
} from '../services/accounts/users.js';

export function userRoutes(r: Router) {
  r.add('listUsers', 'users:read', async ({ principal, params, query, services }) =>
    listUsers(services, principal.providerId, params.clientId!, query),
  );
  r.add('inviteUser', 'users:manage', async ({ principal, params, body, services }) =>
    inviteUser(services, principal.providerId, params.clientId!, body),
  );
  r.add('updateUser', 'users:manage', async ({ principal, params, body, services }) =>
    updateUser(services, principal.providerId, params.clientId!, params.userId!, body),
  );
  r.add('removeUser', 'users:manage', async ({ principal, params, services }) =>
    removeUser(services, principal.providerId, params.clientId!, params.userId!),
  );
  r.add('resendUserInvite', 'users:manage', async ({ principal, params, services }) =>
    resendUserInvite(services, principal.providerId, params.clientId!, params.userId!),
  );
}
