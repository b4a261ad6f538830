import { confinedClientId } from '../auth/scope.js';
import type { Router } from '../http/router.js';
import { serveDesignFile, uploadDesignFile } from '../services/products/designFiles.js';
import { applyMapping, deleteMapping, putMapping } from '../services/products/mappings.js';
import { getStoreProduct, listStoreProducts } from '../services/products/productList.js';
import { createStoreProduct, retryPublishing } from '../services/products/publishing.js';

export function productRoutes(r: Router) {
  r.add('listStoreProducts', 'products:read', async ({ principal, params, query, services }) =>
    listStoreProducts(
      services,
      principal.providerId,
      params.storeId!,
      confinedClientId(principal),
      query,
    ),
  );
  r.add('getStoreProduct', 'products:read', async ({ principal, params, services }) =>
    getStoreProduct(
      services,
      principal.providerId,
      params.storeId!,
      params.productId!,
      confinedClientId(principal),
    ),
  );
  r.add('createStoreProduct', 'products:manage', async ({ principal, params, body, services }) =>
    createStoreProduct(services, principal, params.storeId!, body),
  );
  r.add('publishStoreProduct', 'products:manage', async ({ principal, params, services }) =>
    retryPublishing(services, principal, params.storeId!, params.productId!),
  );
  r.add('putMapping', 'products:manage', async ({ principal, params, body, services }) =>
    putMapping(services, principal, params.storeId!, params.variantId!, body),
  );
  r.add('deleteMapping', 'products:manage', async ({ principal, params, services }) =>
    deleteMapping(services, principal, params.storeId!, params.variantId!),
  );
  r.add('applyMapping', 'products:manage', async ({ principal, params, body, services }) =>
    applyMapping(services, principal, params.storeId!, body),
  );
  r.add(
    'uploadDesignFile',
    'products:manage',
    async ({ principal, params, query, upload, services }) =>
      uploadDesignFile(services, principal, params.storeId!, {
        filename: query.filename,
        declaredType: upload!.contentType,
        bytes: upload!.bytes,
      }),
  );
  // The address's token is the credential: print production fetches files without a key.
  r.add('getDesignFile', 'public', async ({ params, services }) =>
    serveDesignFile(services, params.fileId!, params.fileToken!),
  );
}
