import { confinedClientId } from '../auth/scope.js';
import type { Router } from '../http/router.js';
import { cancelOrder, getOrder, listOrders, releaseOrder } from '../services/orders/orders.js';
import { createOrder, createTestOrder, importOrders } from '../services/orders/placing.js';

export function orderRoutes(r: Router) {
  r.add('listOrders', 'orders:read', async ({ principal, params, query, onlyStores, services }) =>
    listOrders(
      services,
      { providerId: principal.providerId, clientId: confinedClientId(principal), onlyStores },
      params.clientId!,
      query,
    ),
  );
  r.add('getOrder', 'orders:read', async ({ principal, params, onlyStores, services }) =>
    getOrder(
      services,
      { providerId: principal.providerId, clientId: confinedClientId(principal), onlyStores },
      params.orderId!,
    ),
  );
  r.add('createOrder', 'orders:manage', async ({ principal, params, body, services }) =>
    createOrder(services, principal, params.storeId!, body),
  );
  r.add(
    'importOrders',
    'orders:manage',
    async ({ principal, params, body, services }) =>
      importOrders(services, principal, params.storeId!, body),
    // A thousand orders of a few lines each.
    { maxBodyBytes: 16 * 1024 * 1024 },
  );
  r.add('createTestOrder', 'orders:manage', async ({ principal, params, body, services }) =>
    createTestOrder(services, principal, params.storeId!, body ?? {}),
  );
  r.add('releaseOrder', 'orders:manage', async ({ principal, params, onlyStores, services }) =>
    releaseOrder(
      services,
      { providerId: principal.providerId, clientId: confinedClientId(principal), onlyStores },
      params.orderId!,
    ),
  );
  r.add('cancelOrder', 'orders:manage', async ({ principal, params, onlyStores, services }) =>
    cancelOrder(
      services,
      { providerId: principal.providerId, clientId: confinedClientId(principal), onlyStores },
      params.orderId!,
    ),
  );
}
