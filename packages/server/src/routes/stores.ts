import { confinedClientId } from '../auth/scope.js';
import type { Router } from '../http/router.js';
import {
  authorizeStore,
  createStore,
  rotateWebhookSecret,
  verifyStore,
} from '../services/stores/connections.js';
import {
  disconnectStore,
  getStore,
  listStores,
  removeStore,
  renameStore,
} from '../services/stores/stores.js';
import { requestSync } from '../services/stores/sync.js';

export function storeRoutes(r: Router) {
  r.add('listStores', 'stores:read', async ({ principal, params, query, onlyStores, services }) =>
    listStores(services, principal.providerId, params.clientId!, query, onlyStores),
  );
  r.add('createStore', 'stores:connect', async ({ principal, params, body, services }) =>
    createStore(services, principal, params.clientId!, body),
  );
  r.add('authorizeStore', 'stores:connect', async ({ principal, params, body, services }) =>
    authorizeStore(services, principal, params.clientId!, body),
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
  r.add('removeStore', 'stores:connect', async ({ principal, params, services }) =>
    removeStore(services, principal.providerId, params.storeId!, confinedClientId(principal)),
  );
  r.add('verifyStore', 'stores:manage', async ({ principal, params, services }) =>
    verifyStore(services, principal.providerId, params.storeId!, confinedClientId(principal)),
  );
  r.add('rotateStoreWebhookSecret', 'stores:connect', async ({ principal, params, services }) =>
    rotateWebhookSecret(
      services,
      principal.providerId,
      params.storeId!,
      confinedClientId(principal),
    ),
  );
  r.add('syncStore', 'stores:manage', async ({ principal, params, services }) =>
    requestSync(services, principal.providerId, params.storeId!, confinedClientId(principal)),
  );
}
