'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AuthorizeStoreBody, CreateStoreBody, Job, Store } from '@vitrine/sdk';
import { useEffect, useRef } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';

export { useStores } from './users.js';

const running = (job: Job | undefined) => job?.status === 'queued' || job?.status === 'running';

/** One store; refetched on focus so a connection finished elsewhere shows up. */
export function useStore(storeId: string | null, options: { enabled?: boolean } = {}) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.store(storeId ?? ''),
      queryFn: ({ signal }) => client.stores.get(storeId!, { signal }),
      enabled: storeId !== null && (options.enabled ?? true),
    },
    queryClient,
  );
}

/** Every write answers the store: it replaces the cached one and the client's lists refetch. */
function useStoreWrite<V, R extends Store>(run: (variables: V) => Promise<R>) {
  const { queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: run,
      onSuccess: (store) => {
        queryClient.setQueryData(vitrineKeys.store(store.id), store);
        return queryClient.invalidateQueries({ queryKey: vitrineKeys.stores(store.clientId) });
      },
    },
    queryClient,
  );
}

/** Connects a store with credentials (WooCommerce keys, a Pressero login) or makes a manual one. */
export function useCreateStore(clientId: string) {
  const { client } = useVitrine();
  return useStoreWrite((body: CreateStoreBody) => client.stores.create(clientId, body));
}

/** Starts an OAuth (or key hand-off) connection: open the answer's `authorizeUrl`. */
export function useAuthorizeStore(clientId: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: (body: AuthorizeStoreBody) => client.stores.authorize(clientId, body),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: vitrineKeys.stores(clientId) }),
    },
    queryClient,
  );
}

/** Checks the connection live; the answer carries the new status and its reason. */
export function useVerifyStore() {
  const { client } = useVitrine();
  return useStoreWrite((storeId: string) => client.stores.verify(storeId));
}

export function useDisconnectStore() {
  const { client } = useVitrine();
  return useStoreWrite((storeId: string) => client.stores.disconnect(storeId));
}

/** Takes a disconnected store off the client's list; its orders stay. */
export function useRemoveStore() {
  const { client } = useVitrine();
  return useStoreWrite((storeId: string) => client.stores.remove(storeId));
}

/** Starts a product sync; follow the answered job with `useJob`. */
export function useSyncStore(clientId: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: (storeId: string) => client.stores.sync(storeId),
      onSuccess: (job) => {
        queryClient.setQueryData(vitrineKeys.job(job.id), job);
        return queryClient.invalidateQueries({ queryKey: vitrineKeys.stores(clientId) });
      },
    },
    queryClient,
  );
}

export interface UseJobOptions {
  /** Pause between polls while the job is queued or running, in milliseconds. @default 1000 */
  intervalMs?: number;
}

/**
 * A job, polled while it is queued or running. When it finishes, the stores it worked on are
 * refetched, so their counts and last sync show the outcome.
 */
export function useJob(jobId: string | null, options: UseJobOptions = {}) {
  const { client, queryClient } = useVitrine();
  const intervalMs = options.intervalMs ?? 1000;
  const query = useQuery(
    {
      queryKey: vitrineKeys.job(jobId ?? ''),
      queryFn: ({ signal }) => client.jobs.get(jobId!, { signal }),
      enabled: jobId !== null,
      staleTime: 0,
      refetchInterval: (q) => (running(q.state.data) ? intervalMs : false),
    },
    queryClient,
  );
  const wasRunning = useRef(false);
  const job = query.data;
  useEffect(() => {
    if (!job) return;
    if (running(job)) {
      wasRunning.current = true;
    } else if (wasRunning.current) {
      wasRunning.current = false;
      if (job.storeId) queryClient.invalidateQueries({ queryKey: vitrineKeys.store(job.storeId) });
      queryClient.invalidateQueries({ queryKey: [...vitrineKeys.all, 'stores'] });
    }
  }, [job, queryClient]);
  return query;
}
