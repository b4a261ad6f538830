import { act, renderHook, waitFor } from '@testing-library/react';
import { isApiError, type Postback } from '@vitrine/sdk';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postbackReceiver } from '../../test/receiver.js';
import { providerApi, serverWrapper } from '../../test/render.js';
import { useVitrine } from '../provider/VitrineProvider.js';
import {
  useCreatePostback,
  useDeletePostback,
  usePostbackDeliveries,
  usePostbacks,
  useRedeliverPostback,
  useRotatePostbackSecret,
  useTestPostback,
  useUpdatePostback,
} from './postbacks.js';
import { useProduction, useSetProduction } from './production.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

describe('postback hooks', () => {
  let server: TestServer;
  const hook = postbackReceiver();
  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);

  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true, hosts: hook.hosts });
  });
  afterAll(() => server.close());

  /** Standard Webhooks' own verification, at the server's simulated time (it checks freshness). */
  const verifyAtServerTime = (secret: string, message: { body: string; headers: Headers }) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(server.clock.now());
    try {
      return new Webhook(secret).verify(message.body, Object.fromEntries(message.headers));
    } finally {
      vi.useRealTimers();
    }
  };

  /** Every hook of the settings page at once, under one provider session and one cache. */
  function renderSettings(postbackId: () => string | null, filters = {}, pageSize = 20) {
    const { wrapper } = serverWrapper(server);
    return renderHook(
      () => ({
        list: usePostbacks(),
        create: useCreatePostback(),
        update: useUpdatePostback(),
        rotate: useRotatePostbackSecret(),
        remove: useDeletePostback(),
        test: useTestPostback(),
        redeliver: useRedeliverPostback(),
        deliveries: usePostbackDeliveries(postbackId(), filters, { pageSize }),
        cache: useVitrine().queryClient,
      }),
      { wrapper },
    );
  }

  const cached = (result: { current: { cache: { getQueryCache(): unknown } } }) =>
    JSON.stringify(
      (result.current.cache.getQueryCache() as { getAll(): { state: { data: unknown } }[] })
        .getAll()
        .map((q) => q.state.data),
    );

  it('adds an endpoint whose secret reaches the caller once and never the cache', async () => {
    const selected: string | null = null;
    const { result } = renderSettings(() => selected);
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    expect(result.current.list.data).toEqual([]);

    let created!: Postback;
    await act(async () => {
      created = await result.current.create.mutateAsync({
        url: hook.url,
        events: ['order.received', 'order.shipped'],
      });
    });
    expect(created.signingSecret).toMatch(/^whsec_/);
    await waitFor(() => expect(result.current.list.data).toHaveLength(1));
    expect(result.current.list.data![0]).toMatchObject({
      id: created.id,
      url: hook.url,
      events: ['order.received', 'order.shipped'],
      enabled: true,
    });
    expect(result.current.list.data![0]!.signingSecret).toBeUndefined();
    expect(cached(result)).not.toContain(created.signingSecret);

    // A private address is refused with the reason on the field.
    let refused: unknown;
    await act(async () => {
      refused = await result.current.create
        .mutateAsync({ url: 'https://127.0.0.1/hooks', events: ['order.received'] })
        .catch((error: unknown) => error);
    });
    expect(isApiError(refused) && refused.code).toBe('postback_url_invalid');
    expect(isApiError(refused) && refused.fields?.[0]?.path).toBe('url');

    // Rotating: a new secret for the caller, the old one valid for a day.
    let rotated!: Postback;
    await act(async () => {
      rotated = await result.current.rotate.mutateAsync(created.id);
    });
    expect(rotated.signingSecret).toMatch(/^whsec_/);
    expect(rotated.signingSecret).not.toBe(created.signingSecret);
    expect(new Date(rotated.previousSecretExpiresAt!).getTime()).toBe(
      server.clock.now().getTime() + 24 * 3600_000,
    );
    await waitFor(() =>
      expect(result.current.list.data![0]!.previousSecretExpiresAt).toBe(
        rotated.previousSecretExpiresAt,
      ),
    );
    expect(cached(result)).not.toContain(rotated.signingSecret);

    // Switched off by hand, then on again.
    await act(async () => {
      await result.current.update.mutateAsync({
        postbackId: created.id,
        body: { enabled: false },
      });
    });
    await waitFor(() =>
      expect(result.current.list.data![0]).toMatchObject({
        enabled: false,
        disabledReason: 'by_user',
      }),
    );
    await act(async () => {
      await result.current.update.mutateAsync({
        postbackId: created.id,
        body: { enabled: true, events: ['order.received'] },
      });
    });
    await waitFor(() =>
      expect(result.current.list.data![0]).toMatchObject({
        enabled: true,
        disabledReason: null,
        events: ['order.received'],
      }),
    );

    await act(async () => {
      await result.current.remove.mutateAsync(created.id);
    });
    await waitFor(() => expect(result.current.list.data).toEqual([]));
  });

  it('sends test events and redelivers, and the log pages and filters what happened', async () => {
    const endpoint: Postback = await api('POST', '/v1/postbacks', {
      url: hook.url,
      events: ['order.received'],
    });
    let filters = {};
    const { wrapper } = serverWrapper(server);
    const { result, rerender } = renderHook(
      () => ({
        test: useTestPostback(),
        redeliver: useRedeliverPostback(),
        log: usePostbackDeliveries(endpoint.id, filters, { pageSize: 2 }),
        list: usePostbacks(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.log.isSuccess).toBe(true));
    expect(result.current.log.data?.pages[0]?.data).toEqual([]);

    // Delivered: the answer and the log both show the attempt.
    hook.answer(200);
    const sent = await act(() => result.current.test.mutateAsync(endpoint.id));
    expect(sent).toMatchObject({ event: 'postback.test', status: 'succeeded', attempts: 1 });
    expect(sent.attemptLog[0]).toMatchObject({
      responseStatus: 200,
      responseExcerpt: 'ok',
      trigger: 'manual',
    });
    await waitFor(() => expect(result.current.log.data?.pages[0]?.data[0]?.id).toBe(sent.id));
    // What arrived is signed as Standard Webhooks verify it, under the delivery's message id.
    const arrived = hook.received.at(-1)!;
    expect(verifyAtServerTime(endpoint.signingSecret!, arrived)).toMatchObject({
      type: 'postback.test',
    });
    expect(arrived.headers.get('webhook-id')).toBe(sent.messageId);
    expect(() =>
      verifyAtServerTime(endpoint.signingSecret!, { ...arrived, body: `${arrived.body} ` }),
    ).toThrow();

    // Failed: the endpoint starts failing; the log shows it first.
    server.clock.advance(60_000);
    hook.answer(503);
    const failed = await act(() => result.current.test.mutateAsync(endpoint.id));
    expect(failed).toMatchObject({ status: 'failed', responseStatus: 503 });
    expect(failed.attemptLog[0]?.responseExcerpt).toBe('down for maintenance');
    await waitFor(() => expect(result.current.list.data?.[0]?.failingSince).not.toBeNull());

    // An order's event waits in the log as pending until the dispatcher sends it.
    server.clock.advance(60_000);
    const client = await api('POST', '/v1/clients', { name: 'Hooks Co' });
    const store = await api('POST', `/v1/clients/${client.id}/stores`, {
      platform: 'manual',
      name: 'M',
    });
    const order = await api('POST', `/v1/stores/${store.id}/orders`, {
      orderReferenceId: 'HK-1',
      currency: 'EUR',
      shippingAddress: {
        firstName: 'Ana',
        lastName: 'Silva',
        addressLine1: 'Rua Augusta 100',
        city: 'Lisboa',
        postCode: '1100-053',
        country: 'PT',
        email: 'ana@example.com',
      },
      items: [
        {
          itemReferenceId: 'HK-1-1',
          productUid: POSTER,
          quantity: 1,
          files: [{ type: 'default', url: 'https://files.test/a.pdf' }],
        },
      ],
    });
    filters = { status: 'pending' };
    rerender();
    await waitFor(() =>
      expect(result.current.log.data?.pages[0]?.data).toMatchObject([
        { event: 'order.received', orderId: order.id, status: 'pending', attempts: 0 },
      ]),
    );

    // Paging: three deliveries in all, two a page (the unfiltered log, cached before the order's
    // event existed, is read again as a reload would).
    filters = {};
    rerender();
    await act(() => result.current.log.refetch());
    await waitFor(() => expect(result.current.log.hasNextPage).toBe(true));
    expect(result.current.log.data?.pages[0]?.data).toHaveLength(2);
    await act(() => result.current.log.fetchNextPage());
    await waitFor(() =>
      expect(result.current.log.data?.pages.flatMap((p) => p.data.map((d) => d.id))).toEqual([
        expect.any(String),
        failed.id,
        sent.id,
      ]),
    );

    // Filters by status and event.
    filters = { status: 'failed' };
    rerender();
    await waitFor(() =>
      expect(result.current.log.data?.pages[0]?.data.map((d) => d.id)).toEqual([failed.id]),
    );
    filters = { event: 'order.received' };
    rerender();
    await waitFor(() =>
      expect(result.current.log.data?.pages[0]?.data.map((d) => d.event)).toEqual([
        'order.received',
      ]),
    );

    // Redelivered once the receiver is back: the same delivery succeeds, both attempts logged.
    hook.answer(200);
    filters = { status: 'failed' };
    rerender();
    await waitFor(() => expect(result.current.log.data?.pages[0]?.data[0]?.id).toBe(failed.id));
    const again = await act(() =>
      result.current.redeliver.mutateAsync({ postbackId: endpoint.id, deliveryId: failed.id }),
    );
    expect(again).toMatchObject({ id: failed.id, status: 'succeeded', attempts: 2 });
    expect(again.attemptLog.map((a) => a.responseStatus)).toEqual([200, 503]);
    // It no longer matches the "failed" filter.
    await waitFor(() => expect(result.current.log.data?.pages[0]?.data).toEqual([]));
    await waitFor(() => expect(result.current.list.data?.[0]?.failingSince).toBeNull());
  });

  it('tells a client session it may not manage postbacks', async () => {
    const client = await api('POST', '/v1/clients', { name: 'No Hooks Co' });
    const access = await api('PUT', `/v1/clients/${client.id}/access`, {
      admin: { email: 'admin@nohooks.example', firstName: 'A', lastName: 'B' },
    });
    await server.fetch(
      `${server.baseUrl}/v1/invitations/${await server.inviteToken('admin@nohooks.example')}/accept`,
      { method: 'POST' },
    );
    const { wrapper } = serverWrapper(server, {
      as: { clientId: client.id, userId: access.admin.userId },
    });
    const { result } = renderHook(() => usePostbacks(), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(isApiError(result.current.error) && result.current.error.code).toBe('forbidden');
  });
});

describe('production hooks', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('reads and sets the connection; the status address reaches the caller only', async () => {
    const { wrapper } = serverWrapper(server);
    const { result } = renderHook(
      () => ({ connection: useProduction(), set: useSetProduction(), cache: useVitrine() }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.connection.isSuccess).toBe(true));
    expect(result.current.connection.data).toMatchObject({ kind: 'none', isDefault: false });

    const saved = await act(() =>
      result.current.set.mutateAsync({
        kind: 'gelatoconnect',
        orderUrl: 'https://api.partner-connect.test/api/acme/connector-1/order',
        apiKey: 'key-123:secret-WXYZ',
      }),
    );
    expect(saved.gelatoconnect).toMatchObject({ apiKeyLast4: 'WXYZ' });
    const statusUrl = saved.gelatoconnect!.statusUrl!;
    expect(statusUrl).toMatch(/\/v1\/hooks\/production\//);
    await waitFor(() =>
      expect(result.current.connection.data).toMatchObject({
        kind: 'gelatoconnect',
        gelatoconnect: {
          orderUrl: 'https://api.partner-connect.test/api/acme/connector-1/order',
          apiKeyLast4: 'WXYZ',
          statusUrl: null,
        },
      }),
    );
    const everything = JSON.stringify(
      result.current.cache.queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state.data),
    );
    expect(everything).not.toContain(statusUrl);
    expect(everything).not.toContain('secret-WXYZ');

    // An address the server will not call lands on its field.
    const refused = await act(() =>
      result.current.set
        .mutateAsync({ kind: 'gelatoconnect', orderUrl: 'https://10.0.0.8/order', apiKey: 'k:s' })
        .catch((error: unknown) => error),
    );
    expect(isApiError(refused) && refused.fields?.[0]).toMatchObject({
      path: 'orderUrl',
      code: 'url_not_allowed',
    });

    await act(() => result.current.set.mutateAsync({ kind: 'postbacks' }));
    await waitFor(() =>
      expect(result.current.connection.data).toMatchObject({
        kind: 'postbacks',
        gelatoconnect: null,
      }),
    );
  });
});
