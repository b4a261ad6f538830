import { confinedClientId } from '../auth/scope.js';
import type { Router } from '../http/router.js';
import {
  createStore,
  disconnectStore,
  getStore,
  listStores,
  renameStore,
} from '../services/stores.js';

export function storeRoutes(r: Router) {
  r.add('listStores', 'stores:read', async ({ principal, params, query, onlyStores, services }) =>
    listStores(services, principal.providerId, params.clientId!, query, onlyStores),
  );
  r.add('createStore', 'stores:connect', async ({ principal, params, body, services }) =>
    createStore(services, principal.providerId, params.clientId!, body),
  );
  r.add('getStore', 'stores:read', async ({ principal, params, services }) =>
    getStore(services, principal.providerId, params.storeId!, confinedClientId(principal)),
  );
  r.add('updateStore', 'stores:manage', async ({ principal, params, body, services }) =>
    renameStore(
      services,
      principal.providerId,
      params.storeId!,
      confinedClientId(principal),
      body.name,
    ),
  );
  r.add('disconnectStore', 'stores:connect', async ({ principal, params, services }) =>
    disconnectStore(services, principal.providerId, params.storeId!, confinedClientId(principal)),
  );
}
