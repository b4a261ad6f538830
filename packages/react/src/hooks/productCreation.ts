'use client';
import { type QueryClient, useMutation, useQuery } from '@tanstack/react-query';
import type { CreateStoreProductBody, Job, StoreProduct } from '@vitrine/sdk';
import { useEffect, useMemo, useRef } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';
import { putProductsInLists } from './products.js';
import { useJob } from './stores.js';

/**
 * A product the server just made or changed: its own query takes it, loaded lists take its
 * fields, and the lists (a new title has a place of its own in them), counts and store refetch.
 */
async function afterProductWrite(queryClient: QueryClient, storeId: string, product: StoreProduct) {
  queryClient.setQueryData(vitrineKeys.product(storeId, product.id), product);
  putProductsInLists(queryClient, storeId, [product]);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: [...vitrineKeys.products(storeId), 'list'] }),
    queryClient.invalidateQueries({ queryKey: [...vitrineKeys.products(storeId), 'counts'] }),
    queryClient.invalidateQueries({ queryKey: vitrineKeys.store(storeId) }),
    queryClient.invalidateQueries({ queryKey: [...vitrineKeys.all, 'stores'] }),
  ]);
}

/**
 * Creates a product on the store from a catalog product: its one variant is mapped to the
 * catalog product with its print files at once. Manual stores have it active (or a draft with
 * `publish: false`) straight away; platform stores answer it `publishing` while a job creates it
 * there (follow it with `usePublishing`). It shows in the store's lists and counts on success.
 */
export function useCreateProduct(storeId: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: (body: CreateStoreProductBody) => client.products.create(storeId, body),
      onSuccess: (product) => afterProductWrite(queryClient, storeId, product),
    },
    queryClient,
  );
}

/** Publishes again a product whose publishing failed (`publishing_error`): it is `publishing` again. */
export function usePublishProduct(storeId: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: (productId: string) => client.products.publish(storeId, productId),
      onSuccess: (product) => afterProductWrite(queryClient, storeId, product),
    },
    queryClient,
  );
}

/** Where a product made from the catalog stands on its platform. */
export type PublishPhase = 'publishing' | 'published' | 'draft' | 'failed';

export function publishPhase(product: StoreProduct): PublishPhase {
  if (product.status === 'publishing') return 'publishing';
  if (product.status === 'publishing_error') return 'failed';
  return product.status === 'draft' ? 'draft' : 'published';
}

export interface UsePublishingOptions {
  /** Pause between polls while the product is publishing, in milliseconds. @default 1500 */
  intervalMs?: number;
}

const running = (job: Job | undefined) => job?.status === 'queued' || job?.status === 'running';

/**
 * Follows a product while its platform creates it: polls it while `publishing` (and its job, for
 * attempts the platform made us repeat), and when it settles puts it into the lists and refreshes
 * the counts. `phase` is `publishing`, `published`, `draft` (Etsy keeps listings drafts, or it was
 * asked for) or `failed`, with the platform's reason in `error` (`publishError`: code, message).
 */
export function usePublishing(
  storeId: string,
  productId: string | null,
  options: UsePublishingOptions = {},
) {
  const { client, queryClient } = useVitrine();
  const intervalMs = options.intervalMs ?? 1500;
  const query = useQuery(
    {
      queryKey: vitrineKeys.product(storeId, productId ?? ''),
      queryFn: ({ signal }) => client.products.get(storeId, productId!, { signal }),
      enabled: productId !== null,
      staleTime: 0,
      refetchInterval: (q) => (q.state.data?.status === 'publishing' ? intervalMs : false),
    },
    queryClient,
  );
  const product = query.data;
  const phase = product ? publishPhase(product) : null;
  const job = useJob(phase === 'publishing' ? (product?.publishJobId ?? null) : null, {
    intervalMs,
  });
  const wasPublishing = useRef(false);
  useEffect(() => {
    if (!product) return;
    if (product.status === 'publishing') {
      wasPublishing.current = true;
    } else if (wasPublishing.current) {
      wasPublishing.current = false;
      void afterProductWrite(queryClient, storeId, product);
    }
  }, [product, queryClient, storeId]);
  return {
    product,
    phase,
    error: product?.publishError ?? null,
    /** Attempts the publishing job made so far; more than one means the platform was retried. */
    attempts: running(job.data) ? (job.data?.attempts ?? 0) : 0,
    isLoading: query.isLoading,
    loadError: query.error,
    refetch: query.refetch,
  };
}

/**
 * Keeps listed products that are publishing up to date, whoever created them: while any of
 * `products` is `publishing`, those are fetched again every `intervalMs` (3 s); each one that
 * settles goes into the lists, and the counts refresh.
 */
export function usePublishingProducts(
  storeId: string,
  products: readonly StoreProduct[],
  options: { intervalMs?: number; enabled?: boolean } = {},
) {
  const { client, queryClient } = useVitrine();
  const ids = useMemo(
    () =>
      [...new Set(products.filter((p) => p.status === 'publishing').map((p) => p.id))]
        .sort()
        // A poll reads whole products: a handful at a time is plenty.
        .slice(0, 20),
    [products],
  );
  const poll = useQuery(
    {
      queryKey: [...vitrineKeys.products(storeId), 'publishing', ids] as const,
      queryFn: ({ signal }) =>
        Promise.all(ids.map((id) => client.products.get(storeId, id, { signal }))),
      enabled: ids.length > 0 && (options.enabled ?? true),
      staleTime: 0,
      gcTime: 0,
      refetchInterval: options.intervalMs ?? 3000,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  useEffect(() => {
    const settled = poll.data?.filter((p) => p.status !== 'publishing') ?? [];
    if (!settled.length) return;
    putProductsInLists(queryClient, storeId, settled);
    void queryClient.invalidateQueries({ queryKey: [...vitrineKeys.products(storeId), 'counts'] });
  }, [poll.data, queryClient, storeId]);
  return { publishingProductIds: ids };
}
