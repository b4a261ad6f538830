'use client';
import {
  type InfiniteData,
  keepPreviousData,
  type QueryClient,
  useInfiniteQuery,
  useMutation,
  useQuery,
} from '@tanstack/react-query';
import type {
  ApplyMappingBody,
  ApplyMappingResult,
  CatalogFacetsQuery,
  DesignFile,
  ListCatalogQuery,
  ListStoreProductsQuery,
  MappingCounts,
  MappingStatus,
  PutMappingBody,
  StoreProduct,
  StoreProductPage,
  StoreVariant,
} from '@vitrine/sdk';
import { useEffect, useMemo, useRef } from 'react';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';

export type StoreProductFilters = Omit<ListStoreProductsQuery, 'cursor' | 'limit'>;

export interface UseStoreProductsOptions {
  /** Products per page (1–100); each comes with its matching variants. @default 25 */
  pageSize?: number;
  enabled?: boolean;
}

/** Only the filters that are set, so equal filters make equal query keys. */
function cleanFilters(filters: StoreProductFilters): StoreProductFilters {
  return {
    ...(filters.search?.trim() ? { search: filters.search.trim() } : {}),
    ...(filters.mapping ? { mapping: filters.mapping } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
}

/**
 * A store's products with their variants, page by page (`fetchNextPage` loads more), ordered by
 * title. Every page also answers the counts for the search; they land in `useProductCounts` too,
 * so tabs need no request of their own. While new filters load, the previous list stays shown
 * (`isPlaceholderData`).
 */
export function useStoreProducts(
  storeId: string,
  filters: StoreProductFilters = {},
  options: UseStoreProductsOptions = {},
) {
  const { client, queryClient } = useVitrine();
  const query = { ...cleanFilters(filters), limit: options.pageSize ?? 25 };
  return useInfiniteQuery(
    {
      queryKey: vitrineKeys.productList(storeId, query),
      queryFn: async ({ pageParam, signal }) => {
        // Only the first page counts: later ones of the same list would count the same again.
        const page = await client.products.list(
          storeId,
          { ...query, ...(pageParam ? { cursor: pageParam, counts: 'false' as const } : {}) },
          { signal },
        );
        if (page.counts) {
          queryClient.setQueryData(
            vitrineKeys.productCounts(storeId, query.search ?? ''),
            page.counts,
          );
        }
        return page;
      },
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      placeholderData: keepPreviousData,
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/**
 * How a store's variants stand under a search (mapped, unmapped, ignored, not orderable, files
 * failed). Filled by `useStoreProducts`; fetched on its own (one product) when used alone.
 */
export function useProductCounts(
  storeId: string,
  search = '',
  options: { enabled?: boolean } = {},
) {
  const { client, queryClient } = useVitrine();
  const term = search.trim();
  return useQuery(
    {
      queryKey: vitrineKeys.productCounts(storeId, term),
      queryFn: async ({ signal }): Promise<MappingCounts> =>
        (
          await client.products.list(
            storeId,
            { ...(term ? { search: term } : {}), limit: 1 },
            { signal },
          )
        ).counts!,
      placeholderData: keepPreviousData,
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/** One store product with all its variants (removed ones last). */
export function useStoreProduct(
  storeId: string,
  productId: string | null,
  options: { enabled?: boolean } = {},
) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.product(storeId, productId ?? ''),
      queryFn: ({ signal }) => client.products.get(storeId, productId!, { signal }),
      enabled: productId !== null && (options.enabled ?? true),
    },
    queryClient,
  );
}

// Cache updates from answers -------------------------------------------------------------------

type ProductPages = InfiniteData<StoreProductPage, string | null>;

const countOf = (status: MappingStatus, variant: StoreVariant) =>
  variant.removedAt === null && variant.status === status ? 1 : 0;

/** Applies `change` to every cached list of the store, page by page, product by product. */
function updateLists(
  queryClient: QueryClient,
  storeId: string,
  change: (product: StoreProduct) => StoreProduct,
) {
  queryClient.setQueriesData<ProductPages>(
    { queryKey: [...vitrineKeys.products(storeId), 'list'] },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => {
          let changed = false;
          const products = page.data.map((product) => {
            const next = change(product);
            if (next !== product) changed = true;
            return next;
          });
          return changed ? { ...page, data: products } : page;
        }),
      },
  );
}

/**
 * Puts fresh products (from an apply, or a check poll) into every list: each listed product
 * takes the fresh fields, and its listed variants (the ones its list's filters match) the fresh
 * variants' state. Lists are not refetched: a row does not jump away under the pointer.
 */
export function putProductsInLists(
  queryClient: QueryClient,
  storeId: string,
  fresh: readonly StoreProduct[],
) {
  if (!fresh.length) return;
  const byId = new Map(fresh.map((p) => [p.id, p]));
  updateLists(queryClient, storeId, (product) => {
    const update = byId.get(product.id);
    if (!update) return product;
    const variants = new Map((update.variants ?? []).map((v) => [v.id, v]));
    return {
      ...update,
      variants: product.variants?.map((v) => variants.get(v.id) ?? v),
    };
  });
  for (const product of fresh) {
    queryClient.setQueryData(vitrineKeys.product(storeId, product.id), product);
  }
}

/** Puts one variant as the server answered it into every list, and its product's counts. */
export function putVariantInLists(queryClient: QueryClient, storeId: string, fresh: StoreVariant) {
  updateLists(queryClient, storeId, (product) => {
    if (product.id !== fresh.productId) return product;
    const before = product.variants?.find((v) => v.id === fresh.id);
    if (!before) return product;
    return {
      ...product,
      mappedVariantCount:
        product.mappedVariantCount + countOf('mapped', fresh) - countOf('mapped', before),
      ignoredVariantCount:
        product.ignoredVariantCount + countOf('ignored', fresh) - countOf('ignored', before),
      variants: product.variants?.map((v) => (v.id === fresh.id ? fresh : v)),
    };
  });
  queryClient.setQueryData<StoreProduct>(vitrineKeys.product(storeId, fresh.productId), (p) =>
    p ? { ...p, variants: p.variants?.map((v) => (v.id === fresh.id ? fresh : v)) } : p,
  );
}

/**
 * After a write: counts refetch (one small request), other lists are marked stale (they refetch
 * when next shown), and the store's own mapped count refreshes.
 */
function afterMappingWrite(queryClient: QueryClient, storeId: string) {
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: [...vitrineKeys.products(storeId), 'counts'],
    }),
    queryClient.invalidateQueries({
      queryKey: [...vitrineKeys.products(storeId), 'list'],
      refetchType: 'none',
    }),
    queryClient.invalidateQueries({ queryKey: vitrineKeys.store(storeId) }),
    queryClient.invalidateQueries({ queryKey: [...vitrineKeys.all, 'stores'] }),
  ]);
}

// Mutations ------------------------------------------------------------------------------------

/** Maps one variant to a catalog product with its print files, or (`{ ignored: true }`) ignores it. */
export function useMapVariant(storeId: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: ({ variantId, mapping }: { variantId: string; mapping: PutMappingBody }) =>
        client.products.putMapping(storeId, variantId, mapping),
      onSuccess: (variant) => {
        putVariantInLists(queryClient, storeId, variant);
        return afterMappingWrite(queryClient, storeId);
      },
    },
    queryClient,
  );
}

/** Removes a variant's mapping (or its ignore): it is unmapped again. */
export function useUnmapVariant(storeId: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: (variantId: string) => client.products.deleteMapping(storeId, variantId),
      onSuccess: (variant) => {
        putVariantInLists(queryClient, storeId, variant);
        return afterMappingWrite(queryClient, storeId);
      },
    },
    queryClient,
  );
}

/** What one apply call takes at most, as the API's limits say. */
export const APPLY_LIMITS = { productIds: 100, variantIds: 1000 } as const;

/**
 * Splits a selection into bodies the API takes: at most 100 products and 1000 variants per
 * call. Each call is all or nothing on its own.
 */
export function applyChunks(body: ApplyMappingBody): ApplyMappingBody[] {
  const productIds = [...new Set(body.productIds ?? [])];
  const variantIds = [...new Set(body.variantIds ?? [])];
  const chunks: ApplyMappingBody[] = [];
  for (
    let p = 0, v = 0;
    p < productIds.length || v < variantIds.length;
    p += APPLY_LIMITS.productIds, v += APPLY_LIMITS.variantIds
  ) {
    const products = productIds.slice(p, p + APPLY_LIMITS.productIds);
    const variants = variantIds.slice(v, v + APPLY_LIMITS.variantIds);
    chunks.push({
      ...(products.length ? { productIds: products } : {}),
      ...(variants.length ? { variantIds: variants } : {}),
      mapping: body.mapping,
    });
  }
  return chunks;
}

/**
 * One mapping (or ignore) for whole products and chosen variants. Large selections go in several
 * calls (see `applyChunks`); each call's answer updates the lists as soon as it arrives.
 */
export function useApplyMapping(storeId: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: async (body: ApplyMappingBody): Promise<ApplyMappingResult> => {
        const result: ApplyMappingResult = { updated: 0, products: [] };
        try {
          for (const chunk of applyChunks(body)) {
            const answer = await client.products.applyMapping(storeId, chunk);
            putProductsInLists(queryClient, storeId, answer.products);
            result.updated += answer.updated;
            result.products.push(...answer.products);
          }
        } finally {
          if (result.products.length) await afterMappingWrite(queryClient, storeId);
        }
        return result;
      },
    },
    queryClient,
  );
}

export interface UploadDesignFileVariables {
  file: File | Blob;
  /** The name the file is served under; a File's own name by default. */
  filename?: string;
  /** Bytes sent so far, while the file uploads. */
  onProgress?: (progress: { loaded: number; total: number }) => void;
}

/** Uploads a design file (PDF, PNG, JPEG or SVG); its `url` then goes into a mapping. */
export function useUploadDesignFile(storeId: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: ({
        file,
        filename,
        onProgress,
      }: UploadDesignFileVariables): Promise<DesignFile> =>
        client.products.uploadFile(
          storeId,
          { data: file, ...(filename ? { filename } : {}) },
          onProgress ? { onUploadProgress: onProgress } : {},
        ),
    },
    queryClient,
  );
}

// File checks ----------------------------------------------------------------------------------

export interface UseFileChecksOptions {
  /** Pause between polls while a check is pending, in milliseconds. @default 2000 */
  intervalMs?: number;
  enabled?: boolean;
}

const pending = (product: StoreProduct) =>
  product.variants?.some((v) => v.mapping?.files.some((f) => f.check.status === 'pending')) ??
  false;

/**
 * Follows the print-file checks the server runs after a mapping: while any of `products` has a
 * pending check, those products are fetched again every `intervalMs` and put into the lists.
 * `onSettled` gets the variants whose checks finished (with their products), once each, e.g. to
 * announce them.
 */
export function useFileChecks(
  storeId: string,
  products: readonly StoreProduct[],
  options: UseFileChecksOptions & {
    /** Variants whose checks just finished, each with its product. */
    onSettled?: (finished: { product: StoreProduct; variant: StoreVariant }[]) => void;
  } = {},
) {
  const { client, queryClient } = useVitrine();
  const ids = useMemo(
    () =>
      [...new Set(products.filter(pending).map((p) => p.id))]
        .sort()
        // A poll reads whole products: a handful at a time is plenty.
        .slice(0, 20),
    [products],
  );
  // The files waited for are part of the poll's key: an answer about the files before (still
  // cached, or in flight when a file changed) is never taken for the new files' checks.
  const waitedFor = useMemo(
    () =>
      products
        .filter((p) => ids.includes(p.id))
        .flatMap((p) =>
          (p.variants ?? []).flatMap((v) =>
            (v.mapping?.files ?? [])
              .filter((f) => f.check.status === 'pending')
              .map((f) => `${v.id} ${f.type} ${f.url}`),
          ),
        )
        .sort(),
    [products, ids],
  );
  const waiting = useRef(new Set<string>());
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      if (variant.mapping?.files.some((f) => f.check.status === 'pending'))
        waiting.current.add(variant.id);
    }
  }
  const poll = useQuery(
    {
      queryKey: [...vitrineKeys.products(storeId), 'checks', ids, waitedFor] as const,
      queryFn: ({ signal }) =>
        Promise.all(ids.map((id) => client.products.get(storeId, id, { signal }))),
      enabled: ids.length > 0 && (options.enabled ?? true),
      staleTime: 0,
      gcTime: 0,
      refetchInterval: options.intervalMs ?? 2000,
      refetchOnWindowFocus: false,
    },
    queryClient,
  );
  const { onSettled } = options;
  const settledRef = useRef(onSettled);
  settledRef.current = onSettled;
  useEffect(() => {
    const fresh = poll.data;
    if (!fresh) return;
    const finished: { product: StoreProduct; variant: StoreVariant }[] = [];
    for (const product of fresh) {
      for (const variant of product.variants ?? []) {
        if (
          waiting.current.has(variant.id) &&
          variant.mapping?.files.every((f) => f.check.status !== 'pending')
        ) {
          waiting.current.delete(variant.id);
          finished.push({ product, variant });
        }
      }
    }
    putProductsInLists(queryClient, storeId, fresh);
    if (finished.length) {
      void queryClient.invalidateQueries({
        queryKey: [...vitrineKeys.products(storeId), 'counts'],
      });
      settledRef.current?.(finished);
    }
  }, [poll.data, queryClient, storeId]);
  return { pendingProductIds: ids, isPolling: ids.length > 0 };
}

// Catalog --------------------------------------------------------------------------------------

export type CatalogQuery = Omit<ListCatalogQuery, 'cursor'>;

const catalogStale = 5 * 60_000;

/** Searches the provider's print catalog, page by page. */
export function useCatalogProducts(query: CatalogQuery = {}, options: { enabled?: boolean } = {}) {
  const { client, queryClient } = useVitrine();
  return useInfiniteQuery(
    {
      queryKey: vitrineKeys.catalogList(query),
      queryFn: ({ pageParam, signal }) =>
        client.catalog.list({ ...query, ...(pageParam ? { cursor: pageParam } : {}) }, { signal }),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      placeholderData: keepPreviousData,
      staleTime: catalogStale,
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/** Categories and attribute values with counts, for the catalog products matching `query`. */
export function useCatalogFacets(
  query: CatalogFacetsQuery = {},
  options: { enabled?: boolean } = {},
) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.catalogFacets(query),
      queryFn: ({ signal }) => client.catalog.attributes(query, { signal }),
      placeholderData: keepPreviousData,
      staleTime: catalogStale,
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/** One catalog product: print areas, size and attributes. */
export function useCatalogProduct(productUid: string | null, options: { enabled?: boolean } = {}) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.catalogProduct(productUid ?? ''),
      queryFn: ({ signal }) => client.catalog.get(productUid!, { signal }),
      enabled: productUid !== null && productUid !== '' && (options.enabled ?? true),
      staleTime: catalogStale,
    },
    queryClient,
  );
}

/**
 * Unmaps many variants (there is no bulk call for it): a few requests at a time, each answer put
 * into the lists as it arrives. `onProgress` counts the variants done.
 */
export function useUnmapVariants(storeId: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: async ({
        variantIds,
        onProgress,
      }: {
        variantIds: readonly string[];
        onProgress?: (done: number, total: number) => void;
      }): Promise<StoreVariant[]> => {
        const queue = [...new Set(variantIds)];
        const total = queue.length;
        const done: StoreVariant[] = [];
        const worker = async () => {
          for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
            const variant = await client.products.deleteMapping(storeId, id);
            putVariantInLists(queryClient, storeId, variant);
            done.push(variant);
            onProgress?.(done.length, total);
          }
        };
        try {
          await Promise.all(Array.from({ length: Math.min(4, total) }, worker));
        } finally {
          queue.length = 0;
          if (done.length) await afterMappingWrite(queryClient, storeId);
        }
        return done;
      },
    },
    queryClient,
  );
}
