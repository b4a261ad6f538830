import type { Router } from '../http/router.js';
import {
  archiveClient,
  createClient,
  getClient,
  listClients,
  updateClient,
} from '../services/accounts/clients.js';

export function clientRoutes(r: Router) {
  r.add('listClients', 'clients:list', async ({ principal, query, services }) =>
    listClients(services, principal.providerId, query),
  );
  r.add('createClient', 'clients:create', async ({ principal, body, services }) =>
    createClient(services, principal.providerId, body),
  );
  r.add('getClient', 'clients:read', async ({ principal, params, services }) =>
    getClient(services, principal.providerId, params.clientId!),
  );
  r.add('updateClient', 'clients:update', async ({ principal, params, body, services }) =>
    updateClient(services, principal.providerId, params.clientId!, body),
  );
  r.add('archiveClient', 'clients:archive', async ({ principal, params, services }) =>
    archiveClient(services, principal.providerId, params.clientId!),
  );
}
