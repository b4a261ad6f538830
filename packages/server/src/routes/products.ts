import { confinedClientId } from '../auth/scope.js';
import type { Router } from '../http/router.js';
import { serveDesignFile, uploadDesignFile } from '../services/products/designFiles.js';
import { exportMappings } from '../services/products/mappingExport.js';
import {
  cancelMappingImport,
  createMappingImport,
  getMappingImport,
  importMappingsAtOnce,
  listImportErrors,
  listMappingImports,
  putImportChunk,
  startMappingImport,
} from '../services/products/mappingImports.js';
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

  r.add(
    'exportMappings',
    'products:read',
    async ({ principal, params, query, request, services }) =>
      exportMappings(
        services,
        principal,
        params.storeId!,
        query,
        request.headers.get('accept-language'),
      ),
  );
  r.add(
    'importMappings',
    'products:manage',
    async ({ principal, params, body, services }) =>
      importMappingsAtOnce(services, principal, params.storeId!, body),
    // 100,000 rows of JSON.
    { maxBodyBytes: 32 * 1024 * 1024 },
  );
  r.add('createMappingImport', 'products:manage', async ({ principal, params, body, services }) =>
    createMappingImport(services, principal, params.storeId!, body),
  );
  r.add('listMappingImports', 'products:read', async ({ principal, params, query, services }) =>
    listMappingImports(services, principal, params.storeId!, query),
  );
  r.add('getMappingImport', 'products:read', async ({ principal, params, services }) =>
    getMappingImport(services, principal, params.storeId!, params.importId!),
  );
  r.add(
    'putMappingImportChunk',
    'products:manage',
    async ({ principal, params, body, services }) =>
      putImportChunk(
        services,
        principal,
        params.storeId!,
        params.importId!,
        params.chunk!,
        body.rows,
      ),
    // 2,000 rows with a few file addresses each.
    { maxBodyBytes: 4 * 1024 * 1024 },
  );
  r.add('startMappingImport', 'products:manage', async ({ principal, params, services }) =>
    startMappingImport(services, principal, params.storeId!, params.importId!),
  );
  r.add('cancelMappingImport', 'products:manage', async ({ principal, params, services }) =>
    cancelMappingImport(services, principal, params.storeId!, params.importId!),
  );
  r.add(
    'listMappingImportErrors',
    'products:read',
    async ({ principal, params, query, services }) =>
      listImportErrors(services, principal, params.storeId!, params.importId!, query),
  );
}
