import { act, renderHook, waitFor } from '@testing-library/react';
import { createVitrine } from '@vitrine/sdk';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import type { ReactNode } from 'react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orderClient } from '../../test/orders.js';
import { VitrineProvider } from '../provider/VitrineProvider.js';
import { useOrder, useOrders, useRetryFulfillment } from './orders.js';

describe('useRetryFulfillment', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true });
  });
  afterAll(() => server.close());

  function wrapper({ children }: { children: ReactNode }) {
    const key = createVitrine(
      { baseUrl: server.baseUrl, secretKey: server.provider.secretKey },
      { fetch: server.fetch },
    );
    const client = createVitrine(
      { baseUrl: server.baseUrl, session: () => key.sessions.create({ scope: 'provider' }) },
      { fetch: server.fetch },
    );
    return <VitrineProvider client={client}>{children}</VitrineProvider>;
  }

  it('sends a refused shipment again and shows it pending on the order and its row, then sent', async () => {
    const c = await orderClient(server, 'Retry Co');
    await c.map(0);
    const refused = await c.refusedShipment(0);
    expect(refused.order.storeFulfillment).toMatchObject({
      status: 'failed',
      error: { code: 'validation_failed' },
    });
    const { result } = renderHook(
      () => ({
        order: useOrder(refused.order.id, { refetchInterval: false }),
        list: useOrders(c.clientId, {}, { refetchInterval: false }),
        retry: useRetryFulfillment(),
      }),
      { wrapper },
    );
    const row = () =>
      result.current.list.data?.pages.flatMap((p) => p.data).find((o) => o.id === refused.order.id);
    await waitFor(() => expect(row()?.storeFulfillment?.status).toBe('failed'));
    expect(result.current.order.data?.storeFulfillment?.error?.message).toMatch(/on hold/);

    refused.reopen();
    await act(() => result.current.retry.mutateAsync(refused.order.id));
    // The answer replaces the cached order and its row at once.
    expect(result.current.order.data?.storeFulfillment).toMatchObject({
      status: 'pending',
    });
    expect(row()?.storeFulfillment?.status).toBe('pending');

    await server.runJobs();
    await act(() => result.current.order.refetch());
    await waitFor(() =>
      expect(result.current.order.data?.storeFulfillment).toMatchObject({
        status: 'sent',
        error: null,
      }),
    );
    expect(refused.fulfillments()).toHaveLength(1);

    // Only a refused shipment is sent again: the server says so, and the order stays sent.
    await act(async () => {
      await expect(result.current.retry.mutateAsync(refused.order.id)).rejects.toMatchObject({
        code: 'conflict',
      });
    });
    expect(result.current.order.data?.storeFulfillment?.status).toBe('sent');
  });
});
