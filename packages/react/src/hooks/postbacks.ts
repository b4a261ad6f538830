'use client';
import {
  type InfiniteData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import type {
  CreatePostbackBody,
  ListPostbackDeliveriesQuery,
  Page,
  Postback,
  PostbackDelivery,
  UpdatePostbackBody,
} from '@vitrine/sdk';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';

/** A delivery log's filters: event type, status, order. Paging is the hook's business. */
export type PostbackDeliveryFilters = Omit<ListPostbackDeliveriesQuery, 'cursor'>;

export interface UsePostbacksOptions {
  enabled?: boolean;
}

/**
 * The provider's postback endpoints, all of them (a provider has a handful, so every page is
 * read). Signing secrets are never part of them.
 */
export function usePostbacks(options: UsePostbacksOptions = {}) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.postbackList(),
      queryFn: async ({ signal }) => {
        const endpoints: Postback[] = [];
        for await (const endpoint of client.postbacks.listAll({ limit: 100 }, { signal }))
          endpoints.push(endpoint);
        return endpoints;
      },
      // An endpoint may be switched off by the server (gone, failing) while the page is open.
      refetchOnWindowFocus: 'always',
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/** The endpoint as lists keep it: without the secret, which only its caller may see. */
const withoutSecret = ({ signingSecret: _secret, ...endpoint }: Postback): Postback => endpoint;

function putEndpoint(queryClient: QueryClient, endpoint: Postback) {
  queryClient.setQueryData<Postback[]>(vitrineKeys.postbackList(), (list) =>
    list?.some((e) => e.id === endpoint.id)
      ? list.map((e) => (e.id === endpoint.id ? withoutSecret(endpoint) : e))
      : list,
  );
}

/**
 * Endpoint writes. The answer goes to the caller as it is (with `signingSecret` after a create or
 * a rotation) and into the cached list without the secret; the mutation forgets its result as
 * soon as nobody watches it (`gcTime: 0`), so the secret lives only where the caller keeps it.
 */
function useEndpointWrite<V>(run: (variables: V) => Promise<Postback>) {
  const { queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: run,
      gcTime: 0,
      onSuccess: (endpoint) => {
        putEndpoint(queryClient, endpoint);
        return queryClient.invalidateQueries({ queryKey: vitrineKeys.postbackList() });
      },
    },
    queryClient,
  );
}

/** Adds an endpoint; the answer carries its signing secret, this one time only. */
export function useCreatePostback() {
  const { client } = useVitrine();
  return useEndpointWrite((body: CreatePostbackBody) => client.postbacks.create(body));
}

/** Changes an endpoint's address, events or notification email, or switches it on or off. */
export function useUpdatePostback() {
  const { client } = useVitrine();
  return useEndpointWrite(
    ({ postbackId, body }: { postbackId: string; body: UpdatePostbackBody }) =>
      client.postbacks.update(postbackId, body),
  );
}

/** A new signing secret, in the answer only; the previous one keeps signing for 24 hours. */
export function useRotatePostbackSecret() {
  const { client } = useVitrine();
  return useEndpointWrite((postbackId: string) => client.postbacks.rotateSecret(postbackId));
}

/** Removes an endpoint; its pending deliveries are canceled. */
export function useDeletePostback() {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: (postbackId: string) => client.postbacks.delete(postbackId),
      onSuccess: (_deleted, postbackId) => {
        queryClient.setQueryData<Postback[]>(vitrineKeys.postbackList(), (list) =>
          list?.filter((e) => e.id !== postbackId),
        );
        queryClient.removeQueries({ queryKey: vitrineKeys.postbackDeliveries(postbackId) });
        return queryClient.invalidateQueries({ queryKey: vitrineKeys.postbackList() });
      },
    },
    queryClient,
  );
}

export interface UsePostbackDeliveriesOptions {
  /** Deliveries per page. @default 20 */
  pageSize?: number;
  /**
   * While a listed delivery is still pending (retries run on the server), the log refreshes this
   * often. `false` turns it off. @default 15000
   */
  refetchInterval?: number | false;
  enabled?: boolean;
}

/**
 * An endpoint's deliveries, newest first, page by page (`fetchNextPage`), filtered by event type,
 * status or order. Each delivery carries its latest attempts (`attemptLog`, newest first: status
 * code or error, duration, the answer's first 500 characters, time and trigger).
 */
export function usePostbackDeliveries(
  postbackId: string | null,
  filters: PostbackDeliveryFilters = {},
  options: UsePostbackDeliveriesOptions = {},
) {
  const { client, queryClient } = useVitrine();
  const { pageSize = 20, refetchInterval = 15_000 } = options;
  const query = { ...filters, limit: pageSize };
  return useInfiniteQuery(
    {
      queryKey: vitrineKeys.postbackDeliveryList(postbackId ?? '', query),
      queryFn: ({ pageParam, signal }) =>
        client.postbacks.deliveries(
          postbackId!,
          { ...query, ...(pageParam ? { cursor: pageParam } : {}) },
          { signal },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      refetchInterval: (q) =>
        refetchInterval !== false &&
        q.state.data?.pages.some((p) => p.data.some((d) => d.status === 'pending'))
          ? refetchInterval
          : false,
      enabled: postbackId !== null && (options.enabled ?? true),
    },
    queryClient,
  );
}

/** Puts a delivery's new state into every cached page of its endpoint's logs. */
function putDelivery(queryClient: QueryClient, delivery: PostbackDelivery) {
  queryClient.setQueriesData<InfiniteData<Page<PostbackDelivery>>>(
    { queryKey: vitrineKeys.postbackDeliveries(delivery.postbackId) },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({
          ...page,
          data: page.data.map((d) => (d.id === delivery.id ? delivery : d)),
        })),
      },
  );
}

/**
 * After a send: the delivery is shown at once, then the endpoint's logs and the endpoint itself
 * (a success ends a failing spell, a 410 switches it off) are read again.
 */
function useSend<V>(run: (variables: V) => Promise<PostbackDelivery>) {
  const { queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: run,
      onSuccess: (delivery) => {
        putDelivery(queryClient, delivery);
        return Promise.all([
          queryClient.invalidateQueries({
            queryKey: vitrineKeys.postbackDeliveries(delivery.postbackId),
          }),
          queryClient.invalidateQueries({ queryKey: vitrineKeys.postbackList() }),
        ]);
      },
    },
    queryClient,
  );
}

/** Sends a signed `postback.test` event now; the answer is the delivery with its attempt. */
export function useTestPostback() {
  const { client } = useVitrine();
  return useSend((postbackId: string) => client.postbacks.test(postbackId));
}

/** Sends a delivery again now, under its message id (receivers deduplicate on it). */
export function useRedeliverPostback() {
  const { client } = useVitrine();
  return useSend(({ postbackId, deliveryId }: { postbackId: string; deliveryId: string }) =>
    client.postbacks.redeliver(postbackId, deliveryId),
  );
}
