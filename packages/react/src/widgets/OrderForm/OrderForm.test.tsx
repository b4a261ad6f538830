import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ART, orderClient, POSTER } from '../../../test/orders.js';
import { axeViolations, providerApi, renderWithServer } from '../../../test/render.js';
import ptBR from '../../locales/pt-BR.js';
import { OrderForm } from './OrderForm.js';

type User = ReturnType<typeof userEvent.setup>;

describe('OrderForm', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true });
  });
  afterAll(() => server.close());
  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);

  async function fillAddress(user: User) {
    const address = within(screen.getByRole('group', { name: 'Shipping address' }));
    await user.type(address.getByLabelText('First name'), 'Ana');
    await user.type(address.getByLabelText('Last name'), 'Silva');
    await user.type(address.getByLabelText('Address'), 'Rua Augusta 100');
    await user.type(address.getByLabelText('Postal code'), '1100-053');
    await user.type(address.getByLabelText('City'), 'Lisboa');
    await user.selectOptions(address.getByLabelText('Country'), 'Portugal');
    await user.type(address.getByLabelText('Email'), 'ana@example.com');
  }

  async function pickPoster(user: User, item: ReturnType<typeof within>) {
    await user.type(
      item.getByRole('searchbox', { name: 'Search the catalog' }),
      'A3 matt portrait',
    );
    await user.click(
      await item.findByRole('radio', {
        name: new RegExp(
          `^Poster, A3 \\(297×420 mm\\), 200 gsm matt poster paper, portrait ${POSTER}$`,
        ),
      }),
    );
  }

  it('places an order of a catalog product with its file, shipped to the address given', async () => {
    const c = await orderClient(server, 'Form Co');
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    renderWithServer(
      server,
      <OrderForm
        storeId={c.manualId}
        defaultValues={{ orderReferenceId: 'F-1' }}
        onSuccess={onSuccess}
      />,
    );
    const item = within(await screen.findByRole('group', { name: 'Item 1' }));
    await pickPoster(user, item);
    await user.type(item.getByLabelText('File address: Design'), ART);
    await user.clear(item.getByLabelText('Quantity'));
    await user.type(item.getByLabelText('Quantity'), '3');
    await fillAddress(user);
    expect(await axeViolations()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    expect(await screen.findByText('Order F-1 was placed.')).toBeVisible();
    expect(onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({
        orderReferenceId: 'F-1',
        source: 'manual',
        fulfillmentStatus: 'received',
        items: [
          expect.objectContaining({
            productUid: POSTER,
            quantity: 3,
            files: [{ type: 'default', url: ART }],
          }),
        ],
        shippingAddress: expect.objectContaining({ country: 'PT', city: 'Lisboa' }),
      }),
    );
    // Ready for the next order.
    expect(screen.getByLabelText('Order reference')).not.toHaveValue('F-1');
    expect(screen.getByLabelText('Country')).toHaveValue('');
  });

  it('checks the form before sending and puts each problem on its field', async () => {
    const c = await orderClient(server, 'Check Co');
    const user = userEvent.setup();
    renderWithServer(server, <OrderForm storeId={c.manualId} />);
    await screen.findByRole('group', { name: 'Item 1' });
    await user.clear(screen.getByLabelText('Order reference'));
    await user.type(screen.getByLabelText('Email'), 'ana@');
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    const reference = screen.getByLabelText('Order reference');
    await waitFor(() => expect(reference).toHaveFocus());
    expect(reference).toHaveAccessibleDescription(/This field is required\./);
    expect(screen.getByRole('searchbox', { name: 'Search the catalog' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription('This field is required.');
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(
      'Enter a valid email address, like name@example.com.',
    );
    expect(screen.getByLabelText(/^Company/)).not.toHaveAttribute('aria-invalid');
    expect((await api('GET', `/v1/clients/${c.clientId}/orders`)).data).toEqual([]);
  });

  it('shows the server’s refusals on their fields: a reference the store has used already', async () => {
    const c = await orderClient(server, 'Taken Co');
    await c.manualOrder('T-1');
    const onError = vi.fn();
    const user = userEvent.setup();
    renderWithServer(
      server,
      <OrderForm
        storeId={c.manualId}
        defaultValues={{ orderReferenceId: 'T-1' }}
        onError={onError}
      />,
    );
    const item = within(await screen.findByRole('group', { name: 'Item 1' }));
    await pickPoster(user, item);
    await user.type(item.getByLabelText('File address: Design'), ART);
    await fillAddress(user);
    await user.click(screen.getByRole('button', { name: 'Place order' }));

    const reference = screen.getByLabelText('Order reference');
    await waitFor(() =>
      expect(reference).toHaveAccessibleDescription(
        /An order with this reference already exists\./,
      ),
    );
    await waitFor(() => expect(reference).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent(
      'An order with this reference already exists.',
    );
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'order_reference_taken' }),
    );
  });

  it('orders a mapped product of the store: its mapping brings the product and files', async () => {
    const c = await orderClient(server, 'Variant Co');
    const variant = await c.map(0);
    const product = server.shopify.product('vitrine-demo', 0)!;
    const onSuccess = vi.fn();
    const user = userEvent.setup();
    renderWithServer(server, <OrderForm storeId={c.shopifyId} onSuccess={onSuccess} />, {
      locale: 'pt-BR',
      locales: [ptBR],
    });
    const item = within(await screen.findByRole('group', { name: 'Item 1' }));
    await user.click(await item.findByRole('radio', { name: 'Um produto desta loja' }));
    const select = item.getByLabelText('Produto');
    // Only mapped variants are offered, under their product.
    expect(within(select).getAllByRole('option')).toHaveLength(2);
    expect(within(select).getByRole('group', { name: product.title })).toBeInTheDocument();
    await user.selectOptions(select, variant.id);
    const address = within(screen.getByRole('group', { name: 'Endereço de entrega' }));
    await user.type(address.getByLabelText('Nome'), 'Ana');
    await user.type(address.getByLabelText('Sobrenome'), 'Souza');
    await user.type(address.getByLabelText('Endereço'), 'Av. Paulista 1000');
    await user.type(address.getByLabelText('CEP'), '01310-100');
    await user.type(address.getByLabelText('Cidade'), 'São Paulo');
    await user.selectOptions(address.getByLabelText('País'), 'Brasil');
    await user.type(address.getByLabelText('E-mail'), 'ana@example.com');
    await user.click(screen.getByRole('button', { name: 'Fazer pedido' }));
    await waitFor(() =>
      expect(onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({
          items: [
            expect.objectContaining({
              variantId: variant.id,
              productUid: POSTER,
              files: [{ type: 'default', url: ART }],
            }),
          ],
          shippingAddress: expect.objectContaining({ country: 'BR' }),
        }),
      ),
    );
  });

  it('tells a viewer that placing orders needs another role', async () => {
    const c = await orderClient(server, 'Viewer Form Co');
    const viewer = await c.member('viewer');
    renderWithServer(server, <OrderForm storeId={c.manualId} />, { as: viewer });
    expect(
      await screen.findByText(
        'You can follow orders here; placing them needs the Admin or Order manager role.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Place order' })).toBeNull();
  });
});
