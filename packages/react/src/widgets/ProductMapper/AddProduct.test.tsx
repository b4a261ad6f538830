import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fileHost, pngFor } from '../../../test/files.js';
import {
  acceptInvite,
  axeViolations,
  providerApi,
  renderWithServer,
} from '../../../test/render.js';
import { ProductMapper } from './ProductMapper.js';

const A3_MATT_PORTRAIT = 'Poster, A3 (297×420 mm), 200 gsm matt poster paper, portrait';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('ProductMapper: adding a product from the catalog', () => {
  let server: TestServer;
  const files = fileHost();
  let art: string;
  beforeAll(async () => {
    server = await createTestServer({ seedCatalog: true, hosts: { [files.host]: files.fetch } });
    art = files.put('/harbour.png', pngFor(297, 420, 300), 'image/png');
  });
  afterAll(() => server.close());

  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);
  let shops = 0;

  /** A client with an active admin and a Shopify shop of its own, connected and synced. */
  async function shopifyClient(name: string) {
    const shop = `add-product-${++shops}`;
    server.shopify.addShop({ name: shop, title: name, products: 2 });
    const created = await api('POST', '/v1/clients', { name });
    const email = `admin-${created.id}@example.com`;
    await api('PUT', `/v1/clients/${created.id}/access`, {
      admin: { email, firstName: 'Ada', lastName: 'Admin' },
    });
    await acceptInvite(server, email);
    const started = await api('POST', `/v1/clients/${created.id}/stores/authorize`, {
      platform: 'shopify',
      shop,
    });
    await server.fetch(await server.shopify.approve(started.authorizeUrl));
    await server.runJobs();
    return { shop, clientId: created.id as string, storeId: started.store.id as string };
  }

  async function member(clientId: string, role: string) {
    const email = `${role}-${clientId}@example.com`;
    const user = await api('POST', `/v1/clients/${clientId}/users`, {
      email,
      firstName: 'Mo',
      lastName: role,
      role,
    });
    await acceptInvite(server, email);
    return { clientId, userId: user.id as string };
  }

  const table = () => screen.findByRole('table', {}, { timeout: 10_000 });
  const addButton = () => screen.findByRole('button', { name: 'Add product' });

  /** Picks the A3 poster in the open dialog: category, search, then the result. */
  async function pickPoster(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
    const inDialog = within(dialog);
    await user.selectOptions(
      await inDialog.findByRole('combobox', { name: 'Category' }),
      await inDialog.findByRole('option', { name: /^Posters \(\d+\)$/ }),
    );
    await user.type(
      inDialog.getByRole('searchbox', { name: 'Search the catalog' }),
      'a3 matt portrait',
    );
    await user.click(
      await inDialog.findByRole('radio', {
        name: new RegExp(`^${escapeRegExp(A3_MATT_PORTRAIT)}`),
      }),
    );
    await within(await inDialog.findByRole('region', { name: 'Chosen product' })).findByText(
      '297 × 420 mm',
    );
  }

  it('creates a product from the catalog, follows its publishing, and lists it mapped', async () => {
    const c = await shopifyClient('Harbour Prints');
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    const onProductAdded = vi.fn();
    renderWithServer(
      server,
      <ProductMapper
        storeId={c.storeId}
        onSuccess={onSuccess}
        onProductAdded={onProductAdded}
        publishIntervalMs={50}
      />,
    );
    await table();
    expect(screen.getByRole('button', { name: /^Mapped\s*0$/ })).toBeVisible();

    // The keyboard opens it from the header.
    (await addButton()).focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Add a product from the catalog' });
    const inDialog = within(dialog);
    await pickPoster(user, dialog);

    // The catalog product's title is a start; the price is checked before anything is sent.
    const title = inDialog.getByRole('textbox', { name: 'Title' });
    expect(title).toHaveValue(A3_MATT_PORTRAIT);
    await user.clear(title);
    await user.type(title, 'Harbour at dusk');
    await user.type(
      inDialog.getByRole('textbox', { name: /^Description/ }),
      'The harbour at dusk, on an A3 poster.',
    );
    const price = inDialog.getByRole('textbox', { name: /^Price/ });
    await user.type(price, '24,00');
    await user.click(inDialog.getByRole('button', { name: 'Create and publish' }));
    expect(
      await inDialog.findByText(
        'Enter a price like 24.00: digits, then at most two decimals after a point.',
      ),
    ).toBeVisible();
    expect(price).toHaveAttribute('aria-invalid', 'true');
    expect(inDialog.getByText('Add the Design file: this product needs it.')).toBeVisible();
    await user.clear(price);
    await user.type(price, '24.00');

    // A file address the server refuses lands on its field.
    const file = inDialog.getByRole('textbox', { name: 'Design file' });
    await user.type(file, 'harbour.png');
    await user.click(inDialog.getByRole('button', { name: 'Create and publish' }));
    expect(
      await inDialog.findByText('Enter a full web address, starting with https://.'),
    ).toBeVisible();
    await waitFor(() => expect(file).toHaveFocus());
    expect(server.shopify.createdProducts(c.shop)).toEqual([]);
    await user.clear(file);
    await user.type(file, art);
    expect(await axeViolations(dialog)).toEqual([]);
    await user.click(inDialog.getByRole('button', { name: 'Create and publish' }));

    // Created here at once, publishing on Shopify meanwhile.
    const publishing = await inDialog.findByText('Publishing Harbour at dusk in the store…');
    expect(publishing.closest('[role="status"]')).toBeTruthy();
    expect(onSuccess).toHaveBeenCalledWith('create', { updated: 1 });
    expect(onProductAdded).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Harbour at dusk', status: 'publishing' }),
    );
    // Behind the dialog (hidden from the accessibility tree while it is open) the counts follow.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /^Mapped\s*1$/, hidden: true })).toBeVisible(),
    );

    await server.runJobs();
    expect(
      await inDialog.findByText(
        'Harbour at dusk is published in the store and connected to the catalog.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    const [made] = server.shopify.createdProducts(c.shop);
    expect(made?.product).toMatchObject({
      title: 'Harbour at dusk',
      status: 'ACTIVE',
      variants: [{ price: '24.00' }],
    });
    expect(made?.channels).toEqual(['Online Store']);
    expect(await axeViolations(dialog)).toEqual([]);

    // Done: back on the list, the product is there, active and mapped to the poster.
    await user.click(inDialog.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await addButton()).toHaveFocus();
    const row = (
      await screen.findByRole('rowheader', { name: /^Harbour at dusk/ })
    ).closest<HTMLElement>('[role="row"]')!;
    expect(within(row).getByText('1 of 1 mapped')).toBeVisible();
    expect(screen.getByText('Harbour at dusk added to the store.')).toBeVisible();
    const variant = screen
      .getByRole('checkbox', { name: /^Select Harbour at dusk – / })
      .closest<HTMLElement>('[role="row"]')!;
    expect(within(variant).getByText('Mapped')).toBeVisible();
    expect(within(variant).getByText(A3_MATT_PORTRAIT)).toBeVisible();
  });

  it('shows the platform’s refusal in its words, and publishes again once it is fixed', async () => {
    server.etsy.addShop({
      shopId: 55_000_001,
      userId: 95_000_001,
      shopName: 'DuskStudio',
      title: 'Dusk Studio',
      owner: 'Owner',
      listings: 1,
      withoutShippingProfile: true,
    });
    const created = await api('POST', '/v1/clients', { name: 'Dusk Studio' });
    const started = await api('POST', `/v1/clients/${created.id}/stores/authorize`, {
      platform: 'etsy',
    });
    await server.fetch(await server.etsy.approve(started.authorizeUrl, 'DuskStudio'));
    await server.runJobs();
    const user = userEvent.setup();
    renderWithServer(server, <ProductMapper storeId={started.store.id} publishIntervalMs={50} />);
    await table();
    await user.click(await addButton());
    const dialog = await screen.findByRole('dialog', { name: 'Add a product from the catalog' });
    const inDialog = within(dialog);
    await pickPoster(user, dialog);
    const title = inDialog.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Harbour at dawn');
    await user.type(inDialog.getByRole('textbox', { name: /^Price/ }), '18.50');
    await user.type(inDialog.getByRole('textbox', { name: 'Design file' }), art);
    await user.click(inDialog.getByRole('button', { name: 'Create and publish' }));
    await inDialog.findByText('Publishing Harbour at dawn in the store…');
    await server.runJobs();

    const refusal = await inDialog.findByRole('alert', {}, { timeout: 5000 });
    expect(refusal).toHaveTextContent('The store did not take Harbour at dawn.');
    expect(refusal).toHaveTextContent('The Etsy shop has no shipping profile');
    expect(await axeViolations(dialog)).toEqual([]);

    // The owner adds a shipping profile in Etsy; "Publish again" makes the (draft) listing.
    server.etsy.addShippingProfile('DuskStudio');
    await user.click(inDialog.getByRole('button', { name: 'Publish again' }));
    await inDialog.findByText('Publishing Harbour at dawn in the store…');
    await server.runJobs();
    expect(
      await inDialog.findByText(/^Harbour at dawn is a draft in the store/, {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(server.etsy.createdListings('DuskStudio')).toHaveLength(1);

    // Another product starts from an empty form.
    await user.click(inDialog.getByRole('button', { name: 'Add another product' }));
    expect(await inDialog.findByRole('textbox', { name: 'Title' })).toHaveValue('');
  });

  it('is offered only to sessions that may manage products, and not when read-only', async () => {
    const c = await shopifyClient('Viewer Prints');
    const viewer = await member(c.clientId, 'viewer');
    const { unmount } = renderWithServer(server, <ProductMapper storeId={c.storeId} />, {
      as: viewer,
    });
    await table();
    expect(screen.queryByRole('button', { name: 'Add product' })).toBeNull();
    unmount();

    const readOnly = renderWithServer(server, <ProductMapper storeId={c.storeId} readOnly />);
    await table();
    expect(screen.queryByRole('button', { name: 'Add product' })).toBeNull();
    readOnly.unmount();

    const hidden = renderWithServer(
      server,
      <ProductMapper storeId={c.storeId} allowAddProduct={false} />,
    );
    await table();
    expect(screen.queryByRole('button', { name: 'Add product' })).toBeNull();
    hidden.unmount();

    renderWithServer(server, <ProductMapper storeId={c.storeId} />);
    expect(await addButton()).toBeVisible();
  });
});
