import { act, renderHook, waitFor } from '@testing-library/react';
import type { StoreProduct, StoreVariant } from '@vitrine/sdk';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fileHost, pngFor } from '../../test/files.js';
import { providerApi, serverWrapper } from '../../test/render.js';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';
import { useFileChecks } from './products.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

describe('following print-file checks', () => {
  let server: TestServer;
  const files = fileHost();
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true, hosts: { [files.host]: files.fetch } });
  });
  afterAll(() => server.close());

  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);

  it('settles a changed file with its own check, never with the answer about the file before', async () => {
    const { id: clientId } = await api('POST', '/v1/clients', { name: 'Checks Co' });
    const store = await api('POST', `/v1/clients/${clientId}/stores`, {
      platform: 'manual',
      name: 'Counter',
    });
    const sharp = files.put('/sharp.png', pngFor(297, 420, 300), 'image/png');
    const blurry = files.put('/blurry.png', pngFor(297, 420, 100), 'image/png');
    const created: StoreProduct = await api('POST', `/v1/stores/${store.id}/products`, {
      productUid: POSTER,
      title: 'Harbour at dusk',
      price: '24.00',
      files: [{ type: 'default', url: sharp }],
    });
    const product = async () =>
      (await api('GET', `/v1/stores/${store.id}/products/${created.id}`)) as StoreProduct;
    const fileOf = (variant: StoreVariant) => variant.mapping?.files[0];

    const onSettled = vi.fn();
    const { result, rerender } = renderHook(
      ({ products }: { products: StoreProduct[] }) => ({
        // Polls only when told to below: each poll happens where the test says.
        checks: useFileChecks(store.id, products, { intervalMs: 3_600_000, onSettled }),
        queryClient: useVitrine().queryClient,
      }),
      { wrapper: serverWrapper(server).wrapper, initialProps: { products: [await product()] } },
    );
    const poll = () =>
      act(() =>
        result.current.queryClient.invalidateQueries({
          queryKey: vitrineKeys.products(store.id),
        }),
      );
    expect(result.current.checks.isPolling).toBe(true);

    // The first file's check runs and is announced.
    await server.runJobs();
    await poll();
    await waitFor(() => expect(onSettled).toHaveBeenCalledTimes(1));
    const first = onSettled.mock.calls[0]![0] as { variant: StoreVariant }[];
    expect(fileOf(first[0]!.variant)).toMatchObject({ url: sharp, check: { status: 'passed' } });

    // The file changes at once: the list shows the settled file, then the new one pending.
    const variantId = created.variants![0]!.id;
    await api('PUT', `/v1/stores/${store.id}/variants/${variantId}/mapping`, {
      productUid: POSTER,
      files: [{ type: 'default', url: blurry }],
    });
    const changed = await product();
    expect(fileOf(changed.variants![0]!)).toMatchObject({ check: { status: 'pending' } });
    rerender({ products: first.map((f) => ({ ...changed, variants: [f.variant] })) });
    rerender({ products: [changed] });
    // The poll asks about the new file (still pending); the answer about the first file settled
    // nothing meanwhile.
    await waitFor(() =>
      expect(
        fileOf(
          result.current.queryClient.getQueryData<StoreProduct>(
            vitrineKeys.product(store.id, created.id),
          )!.variants![0]!,
        ),
      ).toMatchObject({ url: blurry, check: { status: 'pending' } }),
    );
    expect(onSettled).toHaveBeenCalledTimes(1);
    expect(result.current.checks.isPolling).toBe(true);

    await server.runJobs();
    await poll();
    await waitFor(() => expect(onSettled).toHaveBeenCalledTimes(2));
    const second = onSettled.mock.calls[1]![0] as { variant: StoreVariant }[];
    expect(fileOf(second[0]!.variant)).toMatchObject({
      url: blurry,
      check: { status: 'failed', reason: 'resolution_too_low' },
    });
  });
});
