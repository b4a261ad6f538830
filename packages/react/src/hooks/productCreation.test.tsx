import { act, renderHook, waitFor } from '@testing-library/react';
import { createVitrine, isApiError, type StoreProduct } from '@vitrine/sdk';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { type ReactNode, useMemo } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileHost, pngFor } from '../../test/files.js';
import { providerApi } from '../../test/render.js';
import { VitrineProvider } from '../provider/VitrineProvider.js';
import {
  useCreateProduct,
  usePublishing,
  usePublishingProducts,
  usePublishProduct,
} from './productCreation.js';
import { useProductCounts, useStoreProducts } from './products.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

/** A store's list and counts, the creation and the publishing of one product, side by side. */
function useStoreWithCreation(storeId: string, productId: string | null) {
  return {
    list: useStoreProducts(storeId),
    counts: useProductCounts(storeId),
    create: useCreateProduct(storeId),
    publish: usePublishProduct(storeId),
    publishing: usePublishing(storeId, productId, { intervalMs: 20 }),
  };
}

/** A store's list and counts, with the products it shows publishing followed. */
function useListFollowingPublishing(storeId: string) {
  const list = useStoreProducts(storeId);
  const products = useMemo(() => list.data?.pages.flatMap((p) => p.data) ?? [], [list.data]);
  const followed = usePublishingProducts(storeId, products, { intervalMs: 20 });
  return { list, products, counts: useProductCounts(storeId), followed };
}

describe('creating products from the catalog', () => {
  let server: TestServer;
  const files = fileHost();
  let art: string;
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true, hosts: { [files.host]: files.fetch } });
    art = files.put('/harbour.png', pngFor(297, 420, 300), 'image/png');
  });
  afterAll(() => server.close());

  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);

  /** The hooks under a provider whose sessions the provider's backend mints. */
  function wrapper() {
    const keyClient = createVitrine(
      { baseUrl: server.baseUrl, secretKey: server.provider.secretKey },
      { fetch: server.fetch },
    );
    const client = createVitrine(
      { baseUrl: server.baseUrl, session: () => keyClient.sessions.create({ scope: 'provider' }) },
      { fetch: server.fetch },
    );
    return ({ children }: { children: ReactNode }) => (
      <VitrineProvider client={client}>{children}</VitrineProvider>
    );
  }

  const newClient = async (name: string) => (await api('POST', '/v1/clients', { name })).id;
  const titles = (products: StoreProduct[] | undefined) => products?.map((p) => p.title) ?? [];
  const listed = (result: { current: ReturnType<typeof useStoreWithCreation> }) =>
    result.current.list.data?.pages.flatMap((p) => p.data);

  it('makes a manual store’s product active at once, listed and counted as mapped', async () => {
    const clientId = await newClient('Counter Co');
    const store = await api('POST', `/v1/clients/${clientId}/stores`, {
      platform: 'manual',
      name: 'Counter',
    });
    const { result } = renderHook(() => useStoreWithCreation(store.id, null), {
      wrapper: wrapper(),
    });
    await waitFor(() => expect(result.current.counts.data?.products).toBe(0));

    let created: StoreProduct | undefined;
    await act(async () => {
      created = await result.current.create.mutateAsync({
        productUid: POSTER,
        title: 'Harbour at dusk',
        price: '24.00',
        files: [{ type: 'default', url: art }],
      });
    });
    expect(created).toMatchObject({ status: 'active', orderable: true, mappedVariantCount: 1 });
    await waitFor(() => expect(titles(listed(result))).toEqual(['Harbour at dusk']));
    await waitFor(() =>
      expect(result.current.counts.data).toMatchObject({ products: 1, mapped: 1, unmapped: 0 }),
    );
  });

  it('puts the server’s refusal on the fields it names, and creates nothing', async () => {
    const clientId = await newClient('Refused Co');
    const store = await api('POST', `/v1/clients/${clientId}/stores`, {
      platform: 'manual',
      name: 'Refused',
    });
    const { result } = renderHook(() => useStoreWithCreation(store.id, null), {
      wrapper: wrapper(),
    });
    let error: unknown;
    await act(async () => {
      error = await result.current.create
        .mutateAsync({
          productUid: POSTER,
          title: 'Harbour at dusk',
          price: '24,00',
          files: [{ type: 'default', url: 'harbour.png' }],
        })
        .catch((e: unknown) => e);
    });
    expect(isApiError(error)).toBe(true);
    const paths = isApiError(error) ? (error.fields ?? []).map((f) => f.path).sort() : [];
    expect(paths).toEqual(['files.0.url', 'price']);
    await waitFor(() => expect(result.current.counts.data?.products).toBe(0));
  });

  it('follows a Shopify product while it publishes, then lists it active and orderable', async () => {
    server.shopify.addShop({ name: 'harbour-prints', title: 'Harbour Prints', products: 2 });
    const clientId = await newClient('Harbour Prints');
    const started = await api('POST', `/v1/clients/${clientId}/stores/authorize`, {
      platform: 'shopify',
      shop: 'harbour-prints',
    });
    await server.fetch(await server.shopify.approve(started.authorizeUrl));
    await server.runJobs();
    const storeId: string = started.store.id;

    let productId: string | null = null;
    const { result, rerender } = renderHook(() => useStoreWithCreation(storeId, productId), {
      wrapper: wrapper(),
    });
    await waitFor(() => expect(result.current.counts.data?.products).toBe(2));
    await act(async () => {
      const created = await result.current.create.mutateAsync({
        productUid: POSTER,
        title: 'Harbour at dusk',
        description: 'The harbour at dusk, on an A3 poster.',
        price: '24.00',
        files: [{ type: 'default', url: art }],
      });
      productId = created.id;
    });
    rerender();
    expect(result.current.publishing.phase).toBe('publishing');
    await waitFor(() =>
      expect(result.current.counts.data).toMatchObject({ products: 3, notOrderable: 1 }),
    );
    expect(listed(result)?.find((p) => p.id === productId)?.status).toBe('publishing');

    // The job creates it on Shopify; the poll sees it active and the list and counts follow.
    await server.runJobs();
    await waitFor(() => expect(result.current.publishing.phase).toBe('published'));
    const [made] = server.shopify.createdProducts('harbour-prints');
    expect(made?.product).toMatchObject({ title: 'Harbour at dusk', status: 'ACTIVE' });
    expect(result.current.publishing.product?.externalId).toBe(String(made?.product.id));
    await waitFor(() =>
      expect(listed(result)?.find((p) => p.id === productId)).toMatchObject({
        status: 'active',
        orderable: true,
      }),
    );
    await waitFor(() =>
      expect(result.current.counts.data).toMatchObject({ products: 3, notOrderable: 0 }),
    );
  });

  it('shows the platform’s reason when publishing fails, and publishes on retry once fixed', async () => {
    server.etsy.addShop({
      shopId: 54_000_001,
      userId: 94_000_001,
      shopName: 'HarbourStudio',
      title: 'Harbour Studio',
      owner: 'Owner',
      listings: 1,
      withoutShippingProfile: true,
    });
    const clientId = await newClient('Harbour Studio');
    const started = await api('POST', `/v1/clients/${clientId}/stores/authorize`, {
      platform: 'etsy',
    });
    await server.fetch(await server.etsy.approve(started.authorizeUrl, 'HarbourStudio'));
    await server.runJobs();
    const storeId: string = started.store.id;

    let productId: string | null = null;
    const { result, rerender } = renderHook(() => useStoreWithCreation(storeId, productId), {
      wrapper: wrapper(),
    });
    await act(async () => {
      productId = (
        await result.current.create.mutateAsync({
          productUid: POSTER,
          title: 'Harbour at dawn',
          price: '24.00',
          files: [{ type: 'default', url: art }],
        })
      ).id;
    });
    rerender();
    await server.runJobs();
    await waitFor(() => expect(result.current.publishing.phase).toBe('failed'));
    expect(result.current.publishing.error).toMatchObject({ code: 'validation_failed' });
    expect(result.current.publishing.error?.message).toContain(
      'The Etsy shop has no shipping profile',
    );
    await waitFor(() =>
      expect(listed(result)?.find((p) => p.id === productId)?.notOrderableReason).toBe(
        'publishing_error',
      ),
    );

    // The owner adds a shipping profile in Etsy; publishing again makes the (draft) listing.
    server.etsy.addShippingProfile('HarbourStudio');
    await act(async () => {
      await result.current.publish.mutateAsync(productId!);
    });
    await waitFor(() => expect(result.current.publishing.phase).toBe('publishing'));
    expect(result.current.publishing.error).toBeNull();
    await server.runJobs();
    await waitFor(() => expect(result.current.publishing.phase).toBe('draft'));
    expect(server.etsy.createdListings('HarbourStudio')).toHaveLength(1);
    await waitFor(() =>
      expect(listed(result)?.find((p) => p.id === productId)?.notOrderableReason).toBe('draft'),
    );
  });

  it('updates a listed product made elsewhere once its publishing settles', async () => {
    server.shopify.addShop({ name: 'quay-prints', title: 'Quay Prints', products: 1 });
    const clientId = await newClient('Quay Prints');
    const started = await api('POST', `/v1/clients/${clientId}/stores/authorize`, {
      platform: 'shopify',
      shop: 'quay-prints',
    });
    await server.fetch(await server.shopify.approve(started.authorizeUrl));
    await server.runJobs();
    const storeId: string = started.store.id;
    // Made by the provider's backend, not through the hooks.
    const created = await api('POST', `/v1/stores/${storeId}/products`, {
      productUid: POSTER,
      title: 'Quay at noon',
      files: [{ type: 'default', url: art }],
    });
    const { result } = renderHook(() => useListFollowingPublishing(storeId), {
      wrapper: wrapper(),
    });
    await waitFor(() =>
      expect(result.current.products.find((p) => p.id === created.id)?.status).toBe('publishing'),
    );
    expect(result.current.followed.publishingProductIds).toEqual([created.id]);
    expect(result.current.counts.data?.notOrderable).toBe(1);

    await server.runJobs();
    await waitFor(() =>
      expect(result.current.products.find((p) => p.id === created.id)).toMatchObject({
        status: 'active',
        orderable: true,
      }),
    );
    await waitFor(() => expect(result.current.counts.data?.notOrderable).toBe(0));
    expect(result.current.followed.publishingProductIds).toEqual([]);
  });
});
