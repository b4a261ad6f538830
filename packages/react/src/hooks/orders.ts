'use client';
import {
  type InfiniteData,
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import type {
  CatalogProduct,
  CreateOrderBody,
  ListCatalogQuery,
  ListOrdersQuery,
  Order,
  Page,
  StoreProduct,
  StoreVariant,
} from '@vitrine/sdk';
import { useEffect, useState } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';

/**
 * Query keys of the order hooks, under `vitrineKeys.all` (so clearing Vitrine's cache clears them)
 * and beside the store keys they refresh. Kept with the order hooks: pages without order widgets
 * do not carry them.
 */
export const orderKeys = {
  orders: (clientId: string) => [...vitrineKeys.all, 'orders', clientId] as const,
  orderList: (clientId: string, query: OrderFilters = {}) =>
    [...orderKeys.orders(clientId), 'list', query] as const,
  order: (orderId: string) => [...vitrineKeys.all, 'order', orderId] as const,
  /** A store's mapped variants, as an order form offers them. */
  orderableVariants: (storeId: string) =>
    [...vitrineKeys.all, 'orderableVariants', storeId] as const,
  catalogSearch: (query: Omit<ListCatalogQuery, 'cursor'> = {}) =>
    [...vitrineKeys.all, 'catalog', 'list', query] as const,
  catalogProduct: (productUid: string) =>
    [...vitrineKeys.all, 'catalog', 'product', productUid] as const,
};

/** Filters of an order list: everything `GET /v1/clients/{id}/orders` takes but the cursor. */
export type OrderFilters = Omit<ListOrdersQuery, 'cursor'>;

export interface UseOrdersOptions {
  /**
   * Poll so new orders and status changes show up, in milliseconds; only while the page is
   * visible (and again whenever the window regains focus). `false` turns polling off.
   * @default 10000
   */
  refetchInterval?: number | false;
  enabled?: boolean;
}

/** A client's orders, newest first, page by page (`fetchNextPage` loads more); live. */
export function useOrders(
  clientId: string,
  filters: OrderFilters = {},
  options: UseOrdersOptions = {},
) {
  const { client, queryClient } = useVitrine();
  return useInfiniteQuery(
    {
      queryKey: orderKeys.orderList(clientId, filters),
      queryFn: ({ pageParam, signal }) =>
        client.orders.list(
          clientId,
          { ...filters, ...(pageParam ? { cursor: pageParam } : {}) },
          { signal },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      // A new filter keeps the rows on screen until its first page arrives.
      placeholderData: keepPreviousData,
      refetchInterval: options.refetchInterval ?? 10_000,
      refetchIntervalInBackground: false,
      refetchOnWindowFocus: 'always',
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/** One order with its items, history and tracking; live like the list. */
export function useOrder(orderId: string | null, options: UseOrdersOptions = {}) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: orderKeys.order(orderId ?? ''),
      queryFn: ({ signal }) => client.orders.get(orderId!, { signal }),
      enabled: orderId !== null && orderId !== '' && (options.enabled ?? true),
      refetchInterval: options.refetchInterval ?? 10_000,
      refetchIntervalInBackground: false,
      refetchOnWindowFocus: 'always',
    },
    queryClient,
  );
}

/**
 * Every order write answers the order: it replaces the cached one (the detail and its rows in
 * loaded lists, at once), then the client's lists and stores (their not-connected counts) refetch.
 */
function useOrderWrite<V>(run: (variables: V) => Promise<Order>) {
  const { queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: run,
      onSuccess: (order) => {
        queryClient.setQueryData(orderKeys.order(order.id), order);
        queryClient.setQueriesData<InfiniteData<Page<Order>>>(
          { queryKey: orderKeys.orders(order.clientId) },
          (data) =>
            data && {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                data: page.data.map((o) => (o.id === order.id ? order : o)),
              })),
            },
        );
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: orderKeys.orders(order.clientId) }),
          queryClient.invalidateQueries({ queryKey: vitrineKeys.stores(order.clientId) }),
          queryClient.invalidateQueries({ queryKey: vitrineKeys.store(order.storeId) }),
        ]);
      },
    },
    queryClient,
  );
}

/** Places an order by hand on a store. */
export function useCreateOrder(storeId: string) {
  const { client } = useVitrine();
  return useOrderWrite((body: CreateOrderBody) => client.orders.create(storeId, body));
}

/** A test order on a store: one of its mapped variants (the one given, else the first). */
export function useCreateTestOrder() {
  const { client } = useVitrine();
  return useOrderWrite(({ storeId, variantId }: { storeId: string; variantId?: string }) =>
    client.orders.createTest(storeId, variantId ? { variantId } : {}),
  );
}

/** Resolves a `not_connected` order again, once its variants are mapped. */
export function useReleaseOrder() {
  const { client } = useVitrine();
  return useOrderWrite((orderId: string) => client.orders.release(orderId));
}

/** Cancels an order that has not reached production (`received`, `not_connected`, `failed`). */
export function useCancelOrder() {
  const { client } = useVitrine();
  return useOrderWrite((orderId: string) => client.orders.cancel(orderId));
}

/**
 * Tells the store again that an order shipped, after its platform refused (`storeFulfillment`
 * `failed`): the answer is the order with `storeFulfillment` back to `pending` while it is sent.
 */
export function useRetryFulfillment() {
  const { client } = useVitrine();
  return useOrderWrite((orderId: string) => client.orders.retryFulfillment(orderId));
}

/** A mapped store variant with the product it belongs to, as an order form offers it. */
export interface OrderableVariant {
  product: Pick<StoreProduct, 'id' | 'title' | 'imageUrl'>;
  variant: StoreVariant;
}

/** At most this many mapped variants are offered; more are reached through the catalog. */
const ORDERABLE_LIMIT = 500;

/** A store's mapped variants (active products first), for choosing what an order contains. */
export function useOrderableVariants(storeId: string | null, options: { enabled?: boolean } = {}) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: orderKeys.orderableVariants(storeId ?? ''),
      queryFn: async ({ signal }) => {
        const found: OrderableVariant[] = [];
        for await (const product of client.products.listAll(
          storeId!,
          { mapping: 'mapped', limit: 100 },
          { signal },
        )) {
          for (const variant of product.variants ?? []) {
            if (variant.status !== 'mapped' || variant.removedAt) continue;
            found.push({
              product: { id: product.id, title: product.title, imageUrl: product.imageUrl },
              variant,
            });
          }
          if (found.length >= ORDERABLE_LIMIT) break;
        }
        return found;
      },
      enabled: storeId !== null && storeId !== '' && (options.enabled ?? true),
    },
    queryClient,
  );
}

/** Catalog products matching a search (the first 20), for ordering a catalog product. */
export function useCatalogSearch(search: string, options: { enabled?: boolean } = {}) {
  const { client, queryClient } = useVitrine();
  const query = { search: search.trim() || undefined, limit: 20 };
  return useQuery<Page<CatalogProduct>>(
    {
      queryKey: orderKeys.catalogSearch(query),
      queryFn: ({ signal }) => client.catalog.list(query, { signal }),
      placeholderData: keepPreviousData,
      staleTime: 5 * 60_000,
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/** `value`, once it has stayed the same for `delayMs` (for search boxes). */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
