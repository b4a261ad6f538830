import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ART, orderClient, POSTER } from '../../../test/orders.js';
import { axeViolations, providerApi, renderWithServer } from '../../../test/render.js';
import de from '../../locales/de.js';
import { OrderDetail } from './OrderDetail.js';

describe('OrderDetail', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true });
  });
  afterAll(() => server.close());
  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);

  const section = (name: string) => within(screen.getByRole('region', { name }));

  it('shows the items with their product, files and status, the progress, history and address', async () => {
    const c = await orderClient(server, 'Detail Co');
    await c.map(0);
    const order = await c.shopifyOrder(0, 2);
    renderWithServer(server, <OrderDetail orderId={order.id} />);
    expect(
      await screen.findByRole('heading', { level: 2, name: `Order ${order.orderReferenceId}` }),
    ).toBeVisible();
    const items = section('Items');
    const item = within(items.getByRole('listitem', { name: order.items[0]!.title! }));
    expect(item.getByText('Received')).toBeVisible();
    expect(item.getByText(POSTER)).toBeVisible();
    expect(
      await item.findByText('Poster, A3 (297×420 mm), 200 gsm matt poster paper, portrait'),
    ).toBeVisible();
    const file = item.getByRole('link', { name: 'Design: poster.pdf (opens in a new tab)' });
    expect(file).toHaveAttribute('href', ART);
    expect(file).toHaveAttribute('target', '_blank');
    expect(file).toHaveAttribute('rel', 'noopener noreferrer');

    const progress = section('Progress');
    expect(progress.getByText('Received').closest('li')).toHaveAttribute('aria-current', 'step');
    expect(progress.getByText('Delivered').closest('li')).toHaveAttribute('data-state', 'upcoming');
    expect(section('History').getAllByRole('listitem')).toHaveLength(1);
    expect(
      section('Tracking').getByText('Tracking codes appear here once the order ships.'),
    ).toBeVisible();
    const address = section('Shipping address');
    expect(address.getByText('Ann Lee')).toBeVisible();
    expect(address.getByText('United States')).toBeVisible();
    expect(screen.getByText('Vitrine Demo Prints')).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('releases a not-connected order once its product is mapped', async () => {
    const c = await orderClient(server, 'Release Co');
    const order = await c.shopifyOrder(1);
    const onSuccess = vi.fn();
    const onMapProduct = vi.fn();
    const user = userEvent.setup();
    renderWithServer(
      server,
      <OrderDetail orderId={order.id} onSuccess={onSuccess} onMapProduct={onMapProduct} />,
    );
    expect(
      await screen.findByText(
        'A product is not mapped to the catalog yet. Map the product to the catalog, then release the order.',
      ),
    ).toBeVisible();
    const item = within(section('Items').getAllByRole('listitem')[0]!);
    expect(item.getByText('Not mapped')).toBeVisible();
    await user.click(item.getByRole('button', { name: 'Map the product' }));
    expect(onMapProduct).toHaveBeenCalledWith(
      expect.objectContaining({ id: order.id }),
      expect.objectContaining({ problem: 'variant_unmapped' }),
    );

    // Too early: still waiting, and said so.
    await user.click(screen.getByRole('button', { name: 'Release order' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Order ${order.orderReferenceId} is still waiting: map every product first, then release it.`,
    );
    await c.map(1);
    await user.click(screen.getByRole('button', { name: 'Release order' }));
    expect(
      await screen.findByText(`Order ${order.orderReferenceId} was released to production.`),
    ).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('article')).toHaveAttribute('data-status', 'received'),
    );
    expect(screen.queryByRole('button', { name: 'Release order' })).toBeNull();
    expect(within(section('Items').getAllByRole('listitem')[0]!).getByText(POSTER)).toBeVisible();
    expect(section('History').getByText(/Released once its products were mapped\./)).toBeVisible();
    expect(onSuccess).toHaveBeenLastCalledWith(
      'release',
      expect.objectContaining({ fulfillmentStatus: 'received' }),
    );
  });

  it('cancels after confirmation while the order is cancelable', async () => {
    const c = await orderClient(server, 'Cancel Co');
    const order = await c.manualOrder('C-1');
    const user = userEvent.setup();
    renderWithServer(server, <OrderDetail orderId={order.id} />);
    await user.click(await screen.findByRole('button', { name: 'Cancel order' }));
    const dialog = within(await screen.findByRole('alertdialog', { name: 'Cancel order C-1?' }));
    await user.click(dialog.getByRole('button', { name: 'Keep the order' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel order' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Cancel order' }),
    );
    expect(await screen.findByText('Order C-1 was canceled.')).toBeVisible();
    await waitFor(() =>
      expect(screen.getByRole('article')).toHaveAttribute('data-status', 'canceled'),
    );
    expect(screen.getByText('Canceled in Storefronts.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
    expect(section('Progress').getAllByText('Canceled').length).toBeGreaterThan(0);
  });

  it('follows production to delivery with item events and tracking links', async () => {
    const c = await orderClient(server, 'Production Co');
    const order = await c.manualOrder('D-1');
    // No API moves orders through production yet: its statuses are written as production will.
    const itemId = order.items[0]!.id;
    const steps: [string, string | null, string][] = [
      ['passed', null, '2026-03-03T08:00:00Z'],
      ['in_production', null, '2026-03-03T09:00:00Z'],
      ['printed', itemId, '2026-03-03T12:00:00Z'],
      ['printed', null, '2026-03-03T12:05:00Z'],
      ['shipped', null, '2026-03-04T10:00:00Z'],
      ['in_transit', null, '2026-03-05T07:00:00Z'],
      ['delivered', null, '2026-03-06T15:30:00Z'],
    ];
    for (const [status, item, at] of steps) {
      await server.db.query(
        `insert into order_events (id, order_id, item_id, status, note, created_at)
         values ($1, $2, $3, $4, null, $5)`,
        [`oe_${crypto.randomUUID()}`, order.id, item, status, at],
      );
    }
    await server.db.query(`update orders set fulfillment_status = 'delivered' where id = $1;`, [
      order.id,
    ]);
    await server.db.query(
      `update order_items set fulfillment_status = 'delivered' where order_id = $1`,
      [order.id],
    );
    await server.db.query(
      `insert into order_tracking (order_id, code, url, created_at) values ($1, $2, $3, $4)`,
      [
        order.id,
        '1Z999AA10123456784',
        'https://track.example/1Z999AA10123456784',
        '2026-03-04T10:00:00Z',
      ],
    );
    renderWithServer(server, <OrderDetail orderId={order.id} />, { locale: 'de', locales: [de] });
    const progress = within(await screen.findByRole('region', { name: 'Fortschritt' }));
    const states = progress
      .getAllByRole('listitem')
      .map(
        (li) => `${li.querySelector('.vt-OrderDetail-stepName')?.textContent}:${li.dataset.state}`,
      );
    expect(states).toEqual([
      'Eingegangen:done',
      'Geprüft:done',
      'In Produktion:done',
      'Gedruckt:done',
      'Versendet:done',
      'Unterwegs:done',
      'Zugestellt:done',
    ]);
    const history = within(screen.getByRole('region', { name: 'Verlauf' }));
    expect(history.getAllByRole('listitem')).toHaveLength(8);
    expect(history.getByText(/^Poster, A3.*:/)).toBeVisible();
    const tracking = within(screen.getByRole('region', { name: 'Sendungsverfolgung' }));
    expect(
      tracking.getByRole('link', { name: '1Z999AA10123456784 (öffnet in einem neuen Tab)' }),
    ).toHaveAttribute('href', 'https://track.example/1Z999AA10123456784');
    expect(screen.queryByRole('button', { name: 'Bestellung stornieren' })).toBeNull();
    expect(screen.getByText('Portugal')).toBeVisible();
  });

  it('shows Shopify refusing the shipment with its reason, and sends it again on "Try again"', async () => {
    const c = await orderClient(server, 'Store Told Co');
    await c.map(0);
    const refused = await c.refusedShipment(0, 'HELD-7');
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    renderWithServer(
      server,
      <OrderDetail orderId={refused.order.id} onSuccess={onSuccess} refetchInterval={200} />,
    );
    const store = within(await screen.findByRole('region', { name: 'In the store' }));
    expect(await store.findByText('Shopify was not told that the order shipped.')).toBeVisible();
    expect(
      store.getByText(
        /^Shopify refused it and says: “Shopify cannot fulfil #\d+: .* is on hold\.” Sort it out in Shopify, then try again\.$/,
      ),
    ).toBeVisible();
    // Telling Shopify again while it still holds the order: refused again, still retryable.
    await user.click(store.getByRole('button', { name: 'Try again' }));
    expect(await store.findByText('Sending to Vitrine Demo Prints…')).toBeVisible();
    await server.runJobs();
    expect(await store.findByText('Shopify was not told that the order shipped.')).toBeVisible();
    expect(refused.fulfillments()).toEqual([]);

    refused.reopen();
    await user.click(store.getByRole('button', { name: 'Try again' }));
    expect(await store.findByText('Sending to Vitrine Demo Prints…')).toBeVisible();
    expect(onSuccess).toHaveBeenLastCalledWith(
      'retry',
      expect.objectContaining({ storeFulfillment: expect.objectContaining({ status: 'pending' }) }),
    );
    await server.runJobs();
    expect(await store.findByText('Shopify shows it shipped.', { exact: false })).toBeVisible();
    expect(store.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(refused.fulfillments()).toHaveLength(1);
    expect(
      section('History').getByText(/The store was told it shipped \(HELD-7\)\./),
    ).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('shows a refused shipment to viewers without "Try again", and nothing for orders not shipped', async () => {
    const c = await orderClient(server, 'Store Viewer Co');
    await c.map(0);
    const refused = await c.refusedShipment(0);
    const viewer = await c.member('viewer');
    const first = renderWithServer(server, <OrderDetail orderId={refused.order.id} />, {
      as: viewer,
    });
    const store = within(await screen.findByRole('region', { name: 'In the store' }));
    expect(await store.findByText('Shopify was not told that the order shipped.')).toBeVisible();
    expect(store.getByText(/^Shopify refused it and says: “.* is on hold\.”$/)).toBeVisible();
    expect(store.queryByRole('button', { name: 'Try again' })).toBeNull();
    first.unmount();

    const placed = await c.shopifyOrder(0);
    renderWithServer(server, <OrderDetail orderId={placed.id} />);
    await screen.findByText('Vitrine Demo Prints');
    expect(screen.queryByRole('region', { name: 'In the store' })).toBeNull();
  });

  it('is read-only for viewers, and says so when an order cannot be found', async () => {
    const c = await orderClient(server, 'Viewer Co');
    const order = await c.shopifyOrder(1);
    const viewer = await c.member('viewer');
    const first = renderWithServer(server, <OrderDetail orderId={order.id} />, { as: viewer });
    await screen.findByText('Not connected', { selector: '.vt-OrderDetail-badges *' });
    await waitFor(() =>
      expect(screen.getByRole('article')).toHaveAttribute('data-mode', 'read-only'),
    );
    expect(screen.queryByRole('button', { name: 'Release order' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
    first.unmount();

    renderWithServer(server, <OrderDetail orderId="ord_missing" />);
    expect(
      await screen.findByRole('heading', { name: 'The order could not be loaded.' }),
    ).toBeVisible();
    expect(screen.getByRole('alert')).toHaveTextContent('We couldn’t find this.');
    expect((await api('GET', `/v1/orders/${order.id}`)).fulfillmentStatus).toBe('not_connected');
  });
});
