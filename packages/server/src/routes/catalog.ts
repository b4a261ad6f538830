import type { Router } from '../http/router.js';
import { catalogAttributes, getCatalogProduct, listCatalog } from '../services/catalog/catalog.js';

export function catalogRoutes(r: Router) {
  r.add('listCatalogProducts', 'catalog:read', async ({ principal, query, services }) =>
    listCatalog(services, principal.providerId, query),
  );
  r.add('getCatalogProduct', 'catalog:read', async ({ principal, params, services }) =>
    getCatalogProduct(services, principal.providerId, params.productUid!),
  );
  r.add('listCatalogAttributes', 'catalog:read', async ({ principal, query, services }) =>
    catalogAttributes(services, principal.providerId, query),
  );
}
