import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { orderClient } from '../../../test/orders.js';
import { axeViolations, providerApi, renderWithServer } from '../../../test/render.js';
import { OrderList } from './OrderList.js';

describe('OrderList', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true });
  });
  afterAll(() => server.close());

  const row = async (reference: string) =>
    within((await screen.findByRole('heading', { name: reference, level: 4 })).closest('li')!);

  it('lists orders with status, test flag, store and items; a not-connected one says why and how to fix it', async () => {
    const c = await orderClient(server, 'List Co');
    await c.map(0);
    const mapped = await c.shopifyOrder(0, 3);
    const waiting = await c.shopifyOrder(1);
    await c.manualOrder('M-100');
    const onMapProduct = vi.fn();
    const onSelect = vi.fn();
    const user = userEvent.setup();
    renderWithServer(
      server,
      <OrderList clientId={c.clientId} onMapProduct={onMapProduct} onSelect={onSelect} />,
    );

    const shop = await row(mapped.orderReferenceId);
    expect(shop.getByText('Received')).toBeVisible();
    // Shopify's simulator places its orders through the test gateway.
    expect(shop.getByText('Test')).toBeVisible();
    // The store's name joins the line once the client's stores have loaded (a separate request).
    expect(await shop.findByText(/Vitrine Demo Prints · From the store · Placed /)).toBeVisible();
    expect(shop.getByText(new RegExp(`^1 item: 3 × ${mapped.items[0]!.title}`))).toBeVisible();

    const held = await row(waiting.orderReferenceId);
    expect(held.getByText('Not connected')).toBeVisible();
    expect(held.getByText('A product is not mapped to the catalog yet.')).toBeVisible();
    expect(held.getByText('Map the product to the catalog, then release the order.')).toBeVisible();
    await user.click(held.getByRole('button', { name: 'Map the product' }));
    expect(onMapProduct).toHaveBeenCalledWith(
      expect.objectContaining({ id: waiting.id }),
      expect.objectContaining({ problem: 'variant_unmapped' }),
    );

    const manual = await row('M-100');
    expect(await manual.findByText(/Trade counter · Placed by hand/)).toBeVisible();
    expect(manual.queryByText('Test')).toBeNull();
    await user.click(manual.getByRole('button', { name: 'M-100' }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ orderReferenceId: 'M-100' }));
    expect(screen.getByRole('status')).toHaveTextContent('3 orders shown');
    expect(await axeViolations()).toEqual([]);
  });

  it('filters by status, source, store and search, and says when nothing matches', async () => {
    const c = await orderClient(server, 'Filter Co');
    await c.map(0);
    const fromShop = await c.shopifyOrder(0);
    const waiting = await c.shopifyOrder(1);
    await c.manualOrder('M-200');
    await c.manualOrder('M-201', {
      shippingAddress: {
        firstName: 'Jonas',
        lastName: 'Weber',
        addressLine1: 'Hauptstraße 1',
        city: 'Berlin',
        postCode: '10115',
        country: 'DE',
        email: 'jonas@example.com',
      },
    });
    const user = userEvent.setup();
    renderWithServer(server, <OrderList clientId={c.clientId} searchDelayMs={50} />);
    await row('M-201');
    const references = () =>
      screen.queryAllByRole('heading', { level: 4 }).map((h) => h.textContent);

    await user.selectOptions(screen.getByLabelText('Status'), 'Not connected');
    await waitFor(() => expect(references()).toEqual([waiting.orderReferenceId]));
    await user.selectOptions(screen.getByLabelText('Status'), 'All statuses');
    await user.selectOptions(screen.getByLabelText('Source'), 'Placed by hand');
    await waitFor(() => expect(references()).toEqual(['M-201', 'M-200']));
    await user.selectOptions(screen.getByLabelText('Source'), 'All sources');
    await user.selectOptions(screen.getByLabelText('Store'), 'Vitrine Demo Prints');
    await waitFor(() =>
      expect(references()).toEqual([waiting.orderReferenceId, fromShop.orderReferenceId]),
    );
    await user.selectOptions(screen.getByLabelText('Store'), 'All stores');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'Weber');
    await waitFor(() => expect(references()).toEqual(['M-201']));

    await user.selectOptions(screen.getByLabelText('Status'), 'Delivered');
    expect(await screen.findByText('No orders match these filters.')).toBeVisible();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    await waitFor(() => expect(references()).toHaveLength(4));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  });

  it('pages with "Load more", and shows new orders as they arrive', async () => {
    const c = await orderClient(server, 'Paging Co');
    for (const n of [1, 2, 3]) await c.manualOrder(`P-${n}`);
    const user = userEvent.setup();
    renderWithServer(
      server,
      <OrderList clientId={c.clientId} pageSize={2} refetchInterval={200} />,
    );
    await row('P-3');
    await row('P-2');
    expect(screen.queryByRole('heading', { name: 'P-1' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Load more' }));
    await row('P-1');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    // An order placed elsewhere shows up on the next poll.
    await c.manualOrder('P-4');
    await row('P-4');
  });

  it('marks the rows whose store refused the shipment', async () => {
    const c = await orderClient(server, 'Refused List Co');
    await c.map(0);
    const refused = await c.refusedShipment(0);
    const shipped = await c.refusedShipment(0, 'OPEN-1');
    // Shopify is told again once the hold is lifted: that row has no marker.
    shipped.reopen();
    await providerApi(server)('POST', `/v1/orders/${shipped.order.id}/fulfillment/retry`);
    await server.runJobs();
    renderWithServer(server, <OrderList clientId={c.clientId} />);
    expect((await row(refused.order.orderReferenceId)).getByText('Store not told')).toBeVisible();
    expect((await row(shipped.order.orderReferenceId)).queryByText('Store not told')).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('starts empty for a client without orders', async () => {
    const c = await orderClient(server, 'Empty Co');
    renderWithServer(server, <OrderList clientId={c.clientId} />);
    expect(
      await screen.findByText('No orders yet. Orders from the stores appear here as they arrive.'),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'Orders' })).toHaveAttribute('data-state', 'empty');
  });

  it('shows a store manager the orders of their stores only; a viewer reads them all', async () => {
    const c = await orderClient(server, 'Roles Co');
    await c.map(0);
    const fromShop = await c.shopifyOrder(0);
    await c.manualOrder('M-300');
    const manager = await c.member('store_manager', [c.manualId]);
    const first = renderWithServer(server, <OrderList clientId={c.clientId} />, { as: manager });
    await row('M-300');
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Orders' })).toHaveAttribute(
        'data-mode',
        'read-only',
      ),
    );
    expect(screen.queryByRole('heading', { name: fromShop.orderReferenceId })).toBeNull();
    // Their store filter offers their store only.
    expect(
      within(screen.getByLabelText('Store'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All stores', 'Trade counter']);
    first.unmount();

    const viewer = await c.member('viewer');
    renderWithServer(server, <OrderList clientId={c.clientId} />, { as: viewer });
    await row('M-300');
    await row(fromShop.orderReferenceId);
  });
});
