import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { approveShopifyInPopup, postFrom, stubPopups } from '../../../test/popups.js';
import {
  acceptInvite,
  axeViolations,
  providerApi,
  renderWithServer,
} from '../../../test/render.js';
import { StoreList } from './StoreList.js';

describe('StoreList', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);
  const accept = (email: string) => acceptInvite(server, email);

  /** A client with an active admin, a Shopify store connected and synced, and a manual store. */
  async function client(name: string) {
    const created = await api('POST', '/v1/clients', { name });
    const email = `admin-${created.id}@example.com`;
    const access = await api('PUT', `/v1/clients/${created.id}/access`, {
      admin: { email, firstName: 'Ada', lastName: 'Admin' },
    });
    await accept(email);
    const started = await api('POST', `/v1/clients/${created.id}/stores/authorize`, {
      platform: 'shopify',
      shop: 'vitrine-demo',
    });
    await server.fetch(await server.shopify.approve(started.authorizeUrl));
    await server.runJobs();
    const manual = await api('POST', `/v1/clients/${created.id}/stores`, {
      platform: 'manual',
      name: 'Trade counter',
    });
    return {
      clientId: created.id as string,
      adminId: access.admin.userId as string,
      shopifyId: started.store.id as string,
      manualId: manual.id as string,
    };
  }

  async function member(clientId: string, role: string, storeIds: string[] = []) {
    const email = `${role}-${clientId}@example.com`;
    const user = await api('POST', `/v1/clients/${clientId}/users`, {
      email,
      firstName: 'Mo',
      lastName: role,
      role,
      ...(role === 'store_manager' ? { storeIds } : {}),
    });
    await accept(email);
    return { clientId, userId: user.id as string };
  }

  const item = async (name: string) =>
    (await screen.findByRole('heading', { name, level: 4 })).closest('li')!;

  it('shows each store with platform, status, counts and last sync', async () => {
    const c = await client('Overview Co');
    const onReady = vi.fn();
    renderWithServer(server, <StoreList clientId={c.clientId} onReady={onReady} />);
    const shop = within(await item('Vitrine Demo Prints'));
    expect(shop.getByText('Shopify')).toBeVisible();
    expect(shop.getByText('vitrine-demo.myshopify.test')).toBeVisible();
    expect(shop.getByText('Connected')).toBeVisible();
    expect(shop.getByText(/^Last synced /)).toBeVisible();
    const counts = (label: string) => shop.getByText(label).nextElementSibling?.textContent;
    expect(Number(counts('Products'))).toBeGreaterThan(0);
    expect(counts('Mapped')).toBe('0');
    const manual = within(await item('Trade counter'));
    expect(manual.getByText('Manual store')).toBeVisible();
    expect(manual.queryByRole('button', { name: 'Sync products' })).toBeNull();
    // What the list is stays said, with the count after it.
    expect(
      screen.getByText('Connected web stores, with their products and sync status. 2 stores.'),
    ).toBeVisible();
    expect(onReady).toHaveBeenCalledWith(expect.arrayContaining([expect.any(Object)]));
  });

  it('syncs products with a live progress bar until the job is done', async () => {
    const c = await client('Sync Co');
    const user = userEvent.setup();
    renderWithServer(server, <StoreList clientId={c.clientId} />);
    const shop = within(await item('Vitrine Demo Prints'));
    await user.click(shop.getByRole('button', { name: 'Sync products' }));
    const bar = await shop.findByRole('progressbar', {
      name: 'Product sync of Vitrine Demo Prints',
    });
    expect(bar).toHaveAttribute('aria-valuemin', '0');
    expect(shop.getByRole('button', { name: 'Syncing…' })).toBeDisabled();

    // The worker runs the job; the widget's polls pick up the outcome.
    const ran = await server.runJobs();
    expect(ran.succeeded).toBeGreaterThan(0);
    expect(
      await screen.findByText('Vitrine Demo Prints is up to date.', {}, { timeout: 5000 }),
    ).toBeVisible();
    expect(shop.queryByRole('progressbar')).toBeNull();
    expect(shop.getByRole('button', { name: 'Sync products' })).toBeEnabled();
  });

  it('picks up a sync that is already running after a reload, with its progress', async () => {
    const created = await api('POST', '/v1/clients', { name: 'Resume Co' });
    // Connecting queues the first sync of a big shop; the page shows up before it is done.
    const started = await api('POST', `/v1/clients/${created.id}/stores/authorize`, {
      platform: 'shopify',
      shop: 'vitrine-big',
    });
    await server.fetch(await server.shopify.approve(started.authorizeUrl));
    renderWithServer(server, <StoreList clientId={created.id} />);
    const shop = within(await item('Vitrine Mega Merch'));
    const bar = await shop.findByRole('progressbar', {
      name: 'Product sync of Vitrine Mega Merch',
    });
    expect(shop.getByText('Waiting to start…')).toBeVisible();

    // The worker is stopped once the first page is saved: the job is left part done.
    const { lastSyncJobId } = await api('GET', `/v1/stores/${started.store.id}`);
    const stop = new AbortController();
    let stopped = false;
    const run = server.runJobs({ signal: stop.signal }).finally(() => {
      stopped = true;
    });
    while (!stopped) {
      const current = await api('GET', `/v1/jobs/${lastSyncJobId}`);
      if (current.progress.done > 0) stop.abort();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await run;
    const job = await api('GET', `/v1/jobs/${lastSyncJobId}`);
    expect(job.progress.done).toBeGreaterThan(0);
    expect(job.progress.done).toBeLessThan(job.progress.total);
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', String(job.progress.done)), {
      timeout: 5000,
    });
    expect(bar).toHaveAttribute('aria-valuemax', String(job.progress.total));
    expect(shop.getByText(/^[\d,]+ of [\d,]+ variants$/)).toBeVisible();

    await server.runJobs();
    await waitFor(() => expect(shop.queryByRole('progressbar')).toBeNull(), { timeout: 5000 });
    await waitFor(() =>
      expect(shop.getByText('Variants').nextElementSibling).toHaveTextContent(
        new Intl.NumberFormat('en').format(job.progress.total),
      ),
    );
  });

  it('checks and disconnects after confirmation; a store that needs reconnecting says why', async () => {
    const c = await client('Manage Co');
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(server, <StoreList clientId={c.clientId} onSuccess={onSuccess} />);
    let shop = within(await item('Vitrine Demo Prints'));

    server.shopify.revokeTokens('vitrine-demo');
    await user.click(shop.getByRole('button', { name: 'Check connection' }));
    // A problem found is an alert in the warning tone, not a success.
    const problem = await screen.findByRole('alert');
    expect(problem).toHaveTextContent(/^Vitrine Demo Prints is not working: /);
    expect(problem).toHaveAttribute('data-tone', 'warning');
    shop = within(await item('Vitrine Demo Prints'));
    await waitFor(() => expect(shop.getByText('Needs reconnecting')).toBeVisible());
    expect(shop.getByText('The platform revoked access.')).toBeVisible();
    expect(shop.getByRole('button', { name: 'Reconnect' })).toBeVisible();
    expect(shop.queryByRole('button', { name: 'Sync products' })).toBeNull();

    await user.click(shop.getByRole('button', { name: 'Disconnect' }));
    const confirm = await screen.findByRole('alertdialog', {
      name: 'Disconnect Vitrine Demo Prints?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await api('GET', `/v1/stores/${c.shopifyId}`)).status).toBe('needs_reauth');

    await user.click(shop.getByRole('button', { name: 'Disconnect' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Disconnect' }),
    );
    expect(await screen.findByText('Vitrine Demo Prints was disconnected.')).toBeVisible();
    expect(onSuccess).toHaveBeenLastCalledWith(
      'disconnect',
      expect.objectContaining({ status: 'disconnected' }),
    );
    expect((await api('GET', `/v1/stores/${c.shopifyId}`)).status).toBe('disconnected');

    // A disconnected store can be connected again, or taken off the list (its orders stay).
    shop = within(await item('Vitrine Demo Prints'));
    await waitFor(() => expect(shop.getByText('Disconnected')).toBeVisible());
    expect(shop.getByRole('button', { name: 'Reconnect' })).toBeVisible();
    await user.click(shop.getByRole('button', { name: 'Remove' }));
    expect(
      await screen.findByText('Vitrine Demo Prints was removed from the list. Its orders stay.'),
    ).toBeVisible();
    await waitFor(() => expect(screen.queryByText('Disconnected')).toBeNull());
    expect(screen.queryByRole('heading', { name: 'Vitrine Demo Prints' })).toBeNull();
    expect(onSuccess).toHaveBeenLastCalledWith(
      'remove',
      expect.objectContaining({ id: c.shopifyId }),
    );
  });

  it('shows no actions to a viewer, and is accessible', async () => {
    const c = await client('Viewer Co');
    const viewer = await member(c.clientId, 'viewer');
    const { container } = renderWithServer(server, <StoreList clientId={c.clientId} />, {
      as: viewer,
    });
    const shop = within(await item('Vitrine Demo Prints'));
    expect(shop.getByText('Connected')).toBeVisible();
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(container.querySelector('.vt-StoreList-root')).toHaveAttribute('data-mode', 'read-only');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows a store manager their own stores, with sync but not connect or disconnect', async () => {
    const c = await client('Managers Co');
    const manager = await member(c.clientId, 'store_manager', [c.shopifyId]);
    renderWithServer(server, <StoreList clientId={c.clientId} />, { as: manager });
    const shop = within(await item('Vitrine Demo Prints'));
    expect(shop.getByRole('button', { name: 'Sync products' })).toBeEnabled();
    expect(shop.getByRole('button', { name: 'Check connection' })).toBeEnabled();
    expect(shop.queryByRole('button', { name: 'Disconnect' })).toBeNull();
    expect(screen.queryByText('Trade counter')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Connect a store' })).toBeNull();
  });

  it('offers to connect the first store when there is none', async () => {
    const created = await api('POST', '/v1/clients', { name: 'Empty Co' });
    renderWithServer(server, <StoreList clientId={created.id} />);
    expect(
      await screen.findByText('No stores yet. Connect the first one to import its products.'),
    ).toBeVisible();
    expect(await screen.findByRole('button', { name: 'Connect a store' })).toBeVisible();
  });

  it('keeps the connect dialog of the empty state open while the new store appears, until connected', async () => {
    const created = await api('POST', '/v1/clients', { name: 'First Store Co' });
    const { popups } = stubPopups();
    const user = userEvent.setup();
    renderWithServer(server, <StoreList clientId={created.id} />);
    await user.click(await screen.findByRole('button', { name: 'Connect a store' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connect a store' });
    await user.click(within(dialog).getByRole('radio', { name: /Shopify/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await user.type(within(dialog).getByLabelText('Shop address'), 'vitrine-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    await waitFor(() => expect(popups[0]!.location.href).toMatch(/^https:\/\/shopify\.test\//));

    // The store is listed as connecting the moment its authorisation starts.
    const row = (await screen.findByText('Connecting')).closest('li')!;
    expect(screen.queryByText(/No stores yet/)).toBeNull();
    expect(dialog).toBeInTheDocument();

    await postFrom(
      new URL(server.baseUrl).origin,
      await approveShopifyInPopup(server, popups[0]!.location.href),
    );
    expect(await within(dialog).findByText(/Vitrine Demo Prints is connected/)).toBeVisible();
    await waitFor(() => expect(within(row).getByText('Connected')).toBeVisible());
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    // The list says so too, once its dialog is closed.
    expect(
      screen.getByText('Vitrine Demo Prints is connected. Its products are being imported.'),
    ).toBeVisible();
    // Once the import has run, the notice no longer says it is under way.
    await server.runJobs();
    expect(await screen.findByText('Vitrine Demo Prints is up to date.')).toBeVisible();
    expect(screen.queryByText(/Its products are being imported/)).toBeNull();
  });

  it('reconnects a store that needs it, and shows it connected as soon as it is', async () => {
    const c = await client('Reconnect Co');
    server.shopify.revokeTokens('vitrine-demo');
    expect((await api('POST', `/v1/stores/${c.shopifyId}/verify`)).status).toBe('needs_reauth');
    const { popups } = stubPopups();
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(server, <StoreList clientId={c.clientId} onSuccess={onSuccess} />);
    const shop = within(await item('Vitrine Demo Prints'));
    await user.click(shop.getByRole('button', { name: 'Reconnect' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reconnect Vitrine Demo Prints' });
    expect(within(dialog).getByLabelText('Shop address')).toHaveValue('vitrine-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    await waitFor(() => expect(popups[0]!.location.href).toMatch(/^https:\/\/shopify\.test\//));

    // The row drops its Reconnect button while connecting; the dialog stays.
    await waitFor(() => expect(shop.getByText('Connecting')).toBeVisible());
    expect(shop.queryByRole('button', { name: 'Reconnect' })).toBeNull();
    await postFrom(
      new URL(server.baseUrl).origin,
      await approveShopifyInPopup(server, popups[0]!.location.href),
    );
    expect(await within(dialog).findByText(/Vitrine Demo Prints is connected/)).toBeVisible();
    await waitFor(() => expect(shop.getByText('Connected')).toBeVisible());
    expect(onSuccess).toHaveBeenCalledWith(
      'reconnect',
      expect.objectContaining({ id: c.shopifyId, status: 'connected' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('fits the host page: heading level, a title for screen readers only', async () => {
    const c = await client('Outline Co');
    renderWithServer(server, <StoreList clientId={c.clientId} headingLevel={2} hideTitle />);
    const title = screen.getByRole('heading', { level: 2, name: 'Stores' });
    expect(title).toHaveClass('vt-VisuallyHidden');
    expect(
      await screen.findByRole('heading', { level: 3, name: 'Vitrine Demo Prints' }),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'Stores' })).toBeInTheDocument();
  });
});
