import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { orderClient, POSTER } from '../../../test/orders.js';
import { renderWithServer } from '../../../test/render.js';
import { TestOrderButton } from './TestOrderButton.js';

describe('TestOrderButton', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true });
  });
  afterAll(() => server.close());

  it('places a test order from a mapped product of the store', async () => {
    const c = await orderClient(server, 'Test Order Co');
    await c.map(0);
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    renderWithServer(
      server,
      <TestOrderButton
        storeId={c.shopifyId}
        storeName="Vitrine Demo Prints"
        onSuccess={onSuccess}
      />,
    );
    await user.click(
      await screen.findByRole('button', { name: 'Send a test order to Vitrine Demo Prints' }),
    );
    await waitFor(() => expect(onSuccess).toHaveBeenCalled());
    const order = onSuccess.mock.calls[0]![0];
    expect(order).toMatchObject({
      isTest: true,
      source: 'test',
      fulfillmentStatus: 'received',
      items: [{ productUid: POSTER }],
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      `Test order ${order.orderReferenceId} was placed.`,
    );
  });

  it('says what to do when the store has nothing mapped, and is not there for viewers', async () => {
    const c = await orderClient(server, 'Unmapped Co');
    const user = userEvent.setup();
    const first = renderWithServer(server, <TestOrderButton storeId={c.manualId} />);
    await user.click(await screen.findByRole('button', { name: 'Send a test order' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Map a product of this store to the catalog first: test orders use one.',
    );
    first.unmount();

    const viewer = await c.member('viewer');
    const { container } = renderWithServer(server, <TestOrderButton storeId={c.shopifyId} />, {
      as: viewer,
    });
    // The session is read, then nothing is shown.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(container.querySelector('.vt-TestOrder-root')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
