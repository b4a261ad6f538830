import { paginate } from '../pagination.js';
import type { Deleted, Page, PageQuery } from '../schemas/common.js';
import type { CreatePostbackBody, Postback, PostbackDelivery } from '../schemas/postbacks.js';
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
    delete: (postbackId: string, options?: CallOptions): Promise<Deleted> =>
      request('deletePostback', { ...options, params: { postbackId } }),
    /** The endpoint's delivery log. */
    deliveries: (
      postbackId: string,
      query: PageQuery = {},
      options?: CallOptions,
    ): Promise<Page<PostbackDelivery>> =>
      request('listPostbackDeliveries', { ...options, params: { postbackId }, query }),
    /** Sends a signed test delivery to the endpoint. */
    test: (postbackId: string, options?: PostOptions): Promise<PostbackDelivery> =>
      request('testPostback', { ...options, params: { postbackId } }),
  };
}

export type PostbacksResource = ReturnType<typeof createPostbacksResource>;
