import type { Router } from '../http/router.js';
import { listDeliveries, redeliver, testPostback } from '../services/postbacks/deliveries.js';
import {
  createPostback,
  deletePostback,
  getPostback,
  listPostbacks,
  rotatePostbackSecret,
  updatePostback,
} from '../services/postbacks/endpoints.js';

/** Postback endpoints are the provider's own business: no client role reaches them. */
export function postbackRoutes(r: Router) {
  r.add('listPostbacks', 'postbacks:manage', async ({ principal, query, services }) =>
    listPostbacks(services, principal.providerId, query),
  );
  r.add('createPostback', 'postbacks:manage', async ({ principal, body, services }) =>
    createPostback(services, principal.providerId, body),
  );
  r.add('getPostback', 'postbacks:manage', async ({ principal, params, services }) =>
    getPostback(services, principal.providerId, params.postbackId!),
  );
  r.add('updatePostback', 'postbacks:manage', async ({ principal, params, body, services }) =>
    updatePostback(services, principal.providerId, params.postbackId!, body),
  );
  r.add('deletePostback', 'postbacks:manage', async ({ principal, params, services }) =>
    deletePostback(services, principal.providerId, params.postbackId!),
  );
  r.add('rotatePostbackSecret', 'postbacks:manage', async ({ principal, params, services }) =>
    rotatePostbackSecret(services, principal.providerId, params.postbackId!),
  );
  r.add(
    'listPostbackDeliveries',
    'postbacks:manage',
    async ({ principal, params, query, services }) =>
      listDeliveries(services, principal.providerId, params.postbackId!, query),
  );
  r.add('testPostback', 'postbacks:manage', async ({ principal, params, services }) =>
    testPostback(services, principal.providerId, params.postbackId!),
  );
  r.add('redeliverPostback', 'postbacks:manage', async ({ principal, params, services }) =>
    redeliver(services, principal.providerId, params.postbackId!, params.deliveryId!),
  );
}
