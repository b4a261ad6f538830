import { paginate } from '../pagination.js';
import type { Deleted, Page, PageQuery } from '../schemas/common.js';
import type {
  CreatePostbackBody,
  ListPostbackDeliveriesQuery,
  Postback,
  PostbackDelivery,
  UpdatePostbackBody,
} from '../schemas/postbacks.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

export function createPostbacksResource(request: VitrineRequest) {
  const list = (query: PageQuery = {}, options?: CallOptions): Promise<Page<Postback>> =>
    request('listPostbacks', { ...options, query });
  return {
    list,
    listAll: (query: PageQuery = {}, options?: CallOptions): AsyncGenerator<Postback> =>
      paginate((q) => list(q, options), query),
    /** The response carries `signingSecret` this one time only: store it. */
    create: (body: CreatePostbackBody, options?: PostOptions): Promise<Postback> =>
      request('createPostback', { ...options, body }),
    get: (postbackId: string, options?: CallOptions): Promise<Postback> =>
      request('getPostback', { ...options, params: { postbackId } }),
    update: (
      postbackId: string,
      body: UpdatePostbackBody,
      options?: CallOptions,
    ): Promise<Postback> => request('updatePostback', { ...options, params: { postbackId }, body }),
    delete: (postbackId: string, options?: CallOptions): Promise<Deleted> =>
      request('deletePostback', { ...options, params: { postbackId } }),
    /** A new secret, in this answer only; the old one keeps signing for 24 hours. */
    rotateSecret: (postbackId: string, options?: PostOptions): Promise<Postback> =>
      request('rotatePostbackSecret', { ...options, params: { postbackId } }),
    /** The endpoint's deliveries with their attempts. */
    deliveries: (
      postbackId: string,
      query: ListPostbackDeliveriesQuery = {},
      options?: CallOptions,
    ): Promise<Page<PostbackDelivery>> =>
      request('listPostbackDeliveries', { ...options, params: { postbackId }, query }),
    /** Sends a signed test event to the endpoint. */
    test: (postbackId: string, options?: PostOptions): Promise<PostbackDelivery> =>
      request('testPostback', { ...options, params: { postbackId } }),
    /** Sends a delivery again now, under its message id. */
    redeliver: (
      postbackId: string,
      deliveryId: string,
      options?: PostOptions,
    ): Promise<PostbackDelivery> =>
      request('redeliverPostback', { ...options, params: { postbackId, deliveryId } }),
  };
}

export type PostbacksResource = ReturnType<typeof createPostbacksResource>;
