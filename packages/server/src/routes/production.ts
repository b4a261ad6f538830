import { confinedClientId } from '../auth/scope.js';
import { readBodyBytes } from '../http/body.js';
import type { Router } from '../http/router.js';
import { getProduction, putProduction } from '../services/production/connection.js';
import { retryFulfillment } from '../services/production/fulfillment.js';
import { receiveProductionStatus, reportOrderEvent } from '../services/production/production.js';

export function productionRoutes(r: Router) {
  r.add('getProduction', 'production:manage', async ({ principal, services }) =>
    getProduction(services, principal.providerId),
  );
  r.add('putProduction', 'production:manage', async ({ principal, body, services }) =>
    putProduction(services, principal.providerId, body),
  );
  // A production system reports with the provider's secret key, never a session.
  r.add('reportOrderEvent', 'secret_key', async ({ principal, params, body, services }) =>
    reportOrderEvent(services, principal.providerId, params.orderId!, body),
  );
  r.add(
    'retryOrderFulfillment',
    'orders:manage',
    async ({ principal, params, onlyStores, services }) =>
      retryFulfillment(
        services,
        { providerId: principal.providerId, clientId: confinedClientId(principal), onlyStores },
        params.orderId!,
      ),
  );
  // GelatoConnect's status postbacks: the unguessable token in the path is the credential.
  r.add('productionWebhook', 'webhook', async ({ params, request, services }) => {
    const body = await readBodyBytes(request, services.maxBodyBytes);
    const outcome = await receiveProductionStatus(services, params.token!, body);
    return outcome;
  });
}
