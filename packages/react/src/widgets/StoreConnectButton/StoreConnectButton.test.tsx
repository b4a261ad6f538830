import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  approveShopifyInPopup,
  callbackMessage,
  postFrom,
  stubPopups,
} from '../../../test/popups.js';
import { axeViolations, providerApi, renderWithServer } from '../../../test/render.js';
import { StoreConnectButton } from './StoreConnectButton.js';

/** A host page's own button, opening the dialog through `open`. */
function HostButton(props: { clientId: string; onOpenChange: (open: boolean) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Add a shop
      </button>
      <StoreConnectButton
        clientId={props.clientId}
        open={open}
        onOpenChange={(next) => {
          props.onOpenChange(next);
          setOpen(next);
        }}
        hideTrigger
        headingLevel={3}
      />
    </>
  );
}

describe('StoreConnectButton', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());
  afterEach(() => {
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/');
  });

  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);
  const newClient = (name: string, referenceId?: string) =>
    api('POST', '/v1/clients', { name, ...(referenceId ? { referenceId } : {}) });

  const approveInPopup = (authorizeUrl: string) => approveShopifyInPopup(server, authorizeUrl);

  async function pick(user: ReturnType<typeof userEvent.setup>, platform: RegExp) {
    await user.click(await screen.findByRole('button', { name: 'Connect a store' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connect a store' });
    await user.click(within(dialog).getByRole('radio', { name: platform }));
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    return dialog;
  }

  it('creates a manual store', async () => {
    const client = await newClient('Manual Co');
    const user = userEvent.setup();
    const onConnected = vi.fn();
    const { container } = renderWithServer(
      server,
      <StoreConnectButton clientId={client.id} onConnected={onConnected} />,
    );
    const dialog = await pick(user, /Manual store/);
    expect(dialog).toHaveAccessibleName('Add a manual store');
    expect(await axeViolations(container.ownerDocument.body)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Create store' }));
    expect(within(dialog).getByLabelText('Store name')).toHaveAccessibleDescription(
      /This field is required/,
    );
    await user.type(within(dialog).getByLabelText('Store name'), 'Trade counter');
    await user.click(within(dialog).getByRole('button', { name: 'Create store' }));
    expect(await within(dialog).findByText('Trade counter was created.')).toBeVisible();
    expect(onConnected).toHaveBeenCalledWith(expect.objectContaining({ name: 'Trade counter' }));
    const stores = await api('GET', `/v1/clients/${client.id}/stores`);
    expect(stores.data.map((s: any) => [s.name, s.platform, s.status])).toEqual([
      ['Trade counter', 'manual', 'connected'],
    ]);
  });

  it('checks WooCommerce keys with the store and puts its refusals on the fields', async () => {
    const client = await newClient('Woo Co');
    const user = userEvent.setup();
    const onError = vi.fn();
    renderWithServer(server, <StoreConnectButton clientId={client.id} onError={onError} />);
    const dialog = await pick(user, /WooCommerce/);
    await user.click(within(dialog).getByRole('radio', { name: /Enter API keys/ }));
    const url = within(dialog).getByLabelText('Store address');
    const key = within(dialog).getByLabelText('Consumer key');
    const secret = within(dialog).getByLabelText('Consumer secret');
    const submit = () => user.click(within(dialog).getByRole('button', { name: 'Connect store' }));

    // The SDK's schema first: nothing is sent for a malformed key.
    await user.type(url, 'https://woocommerce.test/print-shop');
    await user.type(key, 'not-a-key');
    await user.type(secret, `cs_${'0'.repeat(40)}`);
    await submit();
    expect(key).toHaveAccessibleDescription(
      /^A consumer key is ck_ followed by 40 letters and digits\./,
    );
    expect(onError).not.toHaveBeenCalled();

    // Well-formed but unknown to the store: refused live.
    await user.clear(key);
    await user.type(key, `ck_${'0'.repeat(40)}`);
    await submit();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /rejected these credentials.*create a new key pair/,
    );
    expect(key).toHaveAccessibleDescription(/^The store refused this key or secret\./);
    expect(onError).toHaveBeenLastCalledWith(
      expect.objectContaining({ code: 'credentials_invalid' }),
    );

    // An address without WooCommerce behind it.
    const real = await server.woocommerce.createKey('blog-only', 'read_write');
    await user.clear(url);
    await user.type(url, 'https://woocommerce.test/blog-only');
    await user.clear(key);
    await user.type(key, real.consumerKey);
    await user.clear(secret);
    await user.type(secret, real.consumerSecret);
    await submit();
    await waitFor(() =>
      expect(url).toHaveAccessibleDescription(/^No WooCommerce store answers at this address\./),
    );

    // Real keys of a real store connect it.
    const good = await server.woocommerce.createKey('print-shop', 'read_write');
    await user.clear(url);
    await user.type(url, 'https://woocommerce.test/print-shop');
    await user.clear(key);
    await user.type(key, good.consumerKey);
    await user.clear(secret);
    await user.type(secret, good.consumerSecret);
    await submit();
    expect(await within(dialog).findByText(/Paper & Ink Print Shop is connected/)).toBeVisible();
    expect(dialog).toHaveTextContent(/Paper & Ink Print Shop is connected/);
    expect(dialog.querySelector('[data-state]')).toHaveAttribute('data-state', 'connected');
  });

  it('explains that Pressero needs a reference ID, then shows the webhook values once', async () => {
    const user = userEvent.setup();
    const without = await newClient('No Ref Co');
    const first = renderWithServer(server, <StoreConnectButton clientId={without.id} />);
    let dialog = await pick(user, /Pressero/);
    expect(dialog).toHaveTextContent(/API licence from Aleyant/);
    const fill = async (password = 'pressero-demo') => {
      for (const [label, value] of [
        ['Site address', 'https://acme.pressero.test'],
        ['Admin user name', 'admin@acme-print.test'],
        ['Password', password],
      ] as const) {
        await user.clear(within(dialog).getByLabelText(label));
        await user.type(within(dialog).getByLabelText(label), value);
      }
      await user.click(within(dialog).getByRole('button', { name: 'Connect store' }));
    };
    await fill();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /reference ID first.*Your print provider sets the reference ID/,
    );
    first.unmount();

    const withRef = await newClient('Acme Print Buyers', 'ACME-7');
    const onConnected = vi.fn();
    renderWithServer(
      server,
      <StoreConnectButton clientId={withRef.id} onConnected={onConnected} />,
    );
    dialog = await pick(user, /Pressero/);
    await fill('not-the-password');
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /Pressero refused this user name or password.*Sign in to Pressero’s admin/,
    );
    expect(within(dialog).getByLabelText('Password')).toHaveAccessibleDescription(
      'Pressero refused this user name or password.',
    );
    await fill();
    await within(dialog).findByText(/is connected/);
    expect(within(dialog).getByLabelText('Integration ID')).toHaveValue('ACME-7');
    const store = onConnected.mock.calls[0]![0];
    expect(within(dialog).getByLabelText('Webhook URL')).toHaveValue(store.webhookUrl);
    expect(within(dialog).getByLabelText('Webhook secret (Security Key)')).toHaveValue(
      store.webhookSecret,
    );
    expect(store.webhookSecret).toBeTruthy();
    expect(dialog).toHaveTextContent('it is shown only once');
    await user.click(
      within(dialog).getByRole('button', { name: 'Copy Webhook secret (Security Key)' }),
    );
    expect(await navigator.clipboard.readText()).toBe(store.webhookSecret);
    expect(within(dialog).getByText('Webhook secret (Security Key) copied.')).toBeVisible();
  });

  it('connects Shopify in a popup, trusting only messages from the API', async () => {
    const client = await newClient('Shopify Co');
    const { popups } = stubPopups();
    const user = userEvent.setup();
    const onConnected = vi.fn();
    const onState = vi.fn();
    const { container } = renderWithServer(
      server,
      <StoreConnectButton clientId={client.id} onConnected={onConnected} onStateChange={onState} />,
    );
    const dialog = await pick(user, /Shopify/);
    const shop = within(dialog).getByLabelText('Shop address');
    await user.type(shop, 'not a shop!');
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    expect(shop).toHaveAccessibleDescription(/Enter the shop’s myshopify.com address/);
    expect(popups).toHaveLength(0);

    // Another domain than myshopify.com is refused before anything is sent.
    await user.clear(shop);
    await user.type(shop, 'vitrine-demo.example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    expect(shop).toHaveAccessibleDescription(/Enter the shop’s myshopify.com address/);
    expect(popups).toHaveLength(0);

    // A well-formed handle the server refuses (too long): its verdict lands on the field too.
    await user.clear(shop);
    await user.type(shop, 'a'.repeat(61));
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Shop address')).toHaveAccessibleDescription(
        /Enter the shop’s myshopify.com address/,
      ),
    );
    expect(popups[0]!.closed).toBe(true);

    await user.clear(within(dialog).getByLabelText('Shop address'));
    await user.type(within(dialog).getByLabelText('Shop address'), 'vitrine-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    await within(dialog).findByText(/Waiting for you to approve the connection in the Shopify/);
    await waitFor(() => expect(popups[1]!.location.href).toMatch(/^https:\/\/shopify\.test\//));
    expect(container.querySelector('.vt-StoreConnect-root')).toHaveAttribute(
      'data-state',
      'authorizing',
    );

    const message = await approveInPopup(popups[1]!.location.href);
    expect(message.status).toBe('connected');
    // A page of another origin cannot fake the outcome.
    await postFrom('https://evil.test', message);
    expect(within(dialog).getByRole('button', { name: 'Reopen window' })).toBeVisible();

    await postFrom(new URL(server.baseUrl).origin, message);
    expect(await within(dialog).findByText(/Vitrine Demo Prints is connected/)).toBeVisible();
    // The platform's name stays in the title once connected.
    expect(screen.getByRole('dialog', { name: 'Connect a store on Shopify' })).toBe(dialog);
    expect(onConnected).toHaveBeenCalledWith(
      expect.objectContaining({ id: message.storeId, status: 'connected' }),
    );
    expect(onState.mock.calls.map((c) => c[0])).toEqual([
      'idle',
      'authorizing', // refused by the server: back to the form
      'idle',
      'authorizing',
      'exchanging',
      'connected',
    ]);
  });

  it('connects Etsy and a WooCommerce key hand-off in a popup', async () => {
    const client = await newClient('Popups Co');
    const { popups } = stubPopups();
    const user = userEvent.setup();
    const onConnected = vi.fn();
    renderWithServer(server, <StoreConnectButton clientId={client.id} onConnected={onConnected} />);
    const apiOrigin = new URL(server.baseUrl).origin;
    const messageOf = (callback: string) => callbackMessage(server, callback);

    let dialog = await pick(user, /Etsy/);
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Etsy' }));
    await waitFor(() => expect(popups[0]!.location.href).toMatch(/^https:\/\/etsy\.test\//));
    await postFrom(apiOrigin, await messageOf(await server.etsy.approve(popups[0]!.location.href)));
    expect(await within(dialog).findByText(/InkwellPrintStudio is connected/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));

    dialog = await pick(user, /WooCommerce/);
    await user.type(
      within(dialog).getByLabelText('Store address'),
      'https://woocommerce.test/print-shop',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Continue to WooCommerce' }));
    await waitFor(() =>
      expect(popups[1]!.location.href).toMatch(/woocommerce\.test\/print-shop\/wc-auth/),
    );
    const back = await server.woocommerce.approve(popups[1]!.location.href);
    await postFrom(apiOrigin, await messageOf(back));
    expect(await within(dialog).findByText(/Paper & Ink Print Shop is connected/)).toBeVisible();
    expect(onConnected.mock.calls.map((c) => [c[0].platform, c[0].status])).toEqual([
      ['etsy', 'connected'],
      ['woocommerce', 'connected'],
    ]);
  });

  it('notices a popup closed without an answer, and "Try again" starts afresh', async () => {
    const client = await newClient('Closed Co');
    const { popups, open } = stubPopups();
    const user = userEvent.setup();
    renderWithServer(server, <StoreConnectButton clientId={client.id} platforms={['shopify']} />);
    await user.click(await screen.findByRole('button', { name: 'Connect a store' }));
    const dialog = await screen.findByRole('dialog', { name: 'Connect a store on Shopify' });
    await user.type(within(dialog).getByLabelText('Shop address'), 'vitrine-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    await waitFor(() => expect(popups[0]!.location.href).toMatch(/shopify\.test/));
    popups[0]!.close();
    expect(
      await within(dialog).findByText(
        'The window was closed before the connection finished.',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/keep the window open/);

    await user.click(within(dialog).getByRole('button', { name: 'Try again' }));
    expect(open).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(popups[1]!.location.href).toMatch(/shopify\.test/));
    // A fresh authorisation: a new state in a new address.
    expect(popups[1]!.location.href).not.toBe(popups[0]!.location.href);
  });

  it('falls back to a redirect when the popup is blocked', async () => {
    const client = await newClient('Blocked Co');
    vi.spyOn(window, 'open').mockReturnValue(null);
    const assign = vi.fn();
    const authorize = vi.fn();
    const user = userEvent.setup();
    const { client: sdk } = renderWithServer(
      server,
      <StoreConnectButton clientId={client.id} platforms={['shopify']} />,
    );
    const original = sdk.stores.authorize;
    sdk.stores.authorize = (clientId, body, options) => {
      authorize(body);
      return original(clientId, body, options);
    };
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      ...window.location,
      href: window.location.href,
      assign,
    });
    await user.click(await screen.findByRole('button', { name: 'Connect a store' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Shop address'), 'vitrine-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    await waitFor(() =>
      expect(assign).toHaveBeenCalledWith(expect.stringMatching(/shopify\.test/)),
    );
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({ returnUrl: 'http://localhost:3000/' }),
    );
    expect(within(dialog).getByText('Taking you to Shopify…')).toBeVisible();
  });

  it('shows the outcome of a redirect on return and tidies the address', async () => {
    const client = await newClient('Return Co');
    // The owner left for Shopify from the portal and approved there.
    const started = await api('POST', `/v1/clients/${client.id}/stores/authorize`, {
      platform: 'shopify',
      shop: 'vitrine-demo',
      returnUrl: 'http://localhost:3000/portal?tab=stores',
    });
    const callback = await server.fetch(await server.shopify.approve(started.authorizeUrl));
    const back = new URL(callback.headers.get('location')!);
    expect(back.searchParams.get('vitrine_status')).toBe('connected');
    window.history.replaceState(null, '', back.pathname + back.search);
    const onConnected = vi.fn();
    const first = renderWithServer(
      server,
      <StoreConnectButton clientId={client.id} onConnected={onConnected} />,
    );
    expect(
      await screen.findByText('Vitrine Demo Prints is connected. Its products are being imported.'),
    ).toBeVisible();
    expect(onConnected).toHaveBeenCalledWith(
      expect.objectContaining({ id: started.store.id, status: 'connected' }),
    );
    expect(window.location.pathname + window.location.search).toBe('/portal?tab=stores');
    first.unmount();

    window.history.replaceState(
      null,
      '',
      '/portal?vitrine_status=error&vitrine_error=oauth_denied',
    );
    const onError = vi.fn();
    renderWithServer(server, <StoreConnectButton clientId={client.id} onError={onError} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The connection was not approved on the platform.');
    expect(alert).toHaveTextContent(/accept the access the platform asks for/);
    expect(onError).toHaveBeenCalledWith({ code: 'oauth_denied' });
    expect(window.location.search).toBe('');
  });

  it('reconnects a Shopify store from its handle, prefilled, and accepts a myshopify.com address', async () => {
    const client = await newClient('Reconnect Co');
    const started = await api('POST', `/v1/clients/${client.id}/stores/authorize`, {
      platform: 'shopify',
      shop: 'vitrine-demo',
    });
    await server.fetch(await server.shopify.approve(started.authorizeUrl));
    const { popups } = stubPopups();
    const user = userEvent.setup();
    const onConnected = vi.fn();
    renderWithServer(
      server,
      <StoreConnectButton
        clientId={client.id}
        storeId={started.store.id}
        onConnected={onConnected}
      />,
    );
    await user.click(await screen.findByRole('button', { name: 'Reconnect' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reconnect Vitrine Demo Prints' });
    const shop = within(dialog).getByLabelText('Shop address');
    // The store's address is on the simulator's domain; the field takes the shop's handle.
    expect(started.store.shopUrl).toMatch(/vitrine-demo\.myshopify\.test/);
    expect(shop).toHaveValue('vitrine-demo');

    // A full myshopify.com address passes the widget's check (this server knows another domain).
    await user.clear(shop);
    await user.type(shop, 'vitrine-demo.myshopify.com');
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    expect(popups).toHaveLength(1);
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Shop address')).toHaveAccessibleDescription(
        /Enter the shop’s myshopify.com address/,
      ),
    );

    await user.clear(within(dialog).getByLabelText('Shop address'));
    await user.type(within(dialog).getByLabelText('Shop address'), 'vitrine-demo');
    await user.click(within(dialog).getByRole('button', { name: 'Continue to Shopify' }));
    await waitFor(() => expect(popups[1]!.location.href).toMatch(/^https:\/\/shopify\.test\//));
    await postFrom(new URL(server.baseUrl).origin, await approveInPopup(popups[1]!.location.href));
    expect(await within(dialog).findByText(/Vitrine Demo Prints is connected/)).toBeVisible();
    expect(onConnected).toHaveBeenCalledWith(
      expect.objectContaining({ id: started.store.id, status: 'connected' }),
    );
  });

  it('says the Security Key in Pressero stays valid when a Pressero store is connected again', async () => {
    const client = await newClient('Again Print Buyers', 'AGAIN-3');
    const login = {
      platform: 'pressero',
      siteUrl: 'https://acme.pressero.test',
      username: 'admin@acme-print.test',
      password: 'pressero-demo',
    };
    const first = await api('POST', `/v1/clients/${client.id}/stores`, login);
    expect(first.webhookSecret).toBeTruthy();
    const user = userEvent.setup();
    const onConnected = vi.fn();
    renderWithServer(
      server,
      <StoreConnectButton clientId={client.id} storeId={first.id} onConnected={onConnected} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Reconnect' }));
    const dialog = await screen.findByRole('dialog', { name: `Reconnect ${first.name}` });
    expect(within(dialog).getByLabelText('Site address')).toHaveValue(login.siteUrl);
    await user.type(within(dialog).getByLabelText('Admin user name'), login.username);
    await user.type(within(dialog).getByLabelText('Password'), login.password);
    await user.click(within(dialog).getByRole('button', { name: 'Connect store' }));
    await within(dialog).findByText(/is connected/);
    expect(onConnected.mock.calls[0]![0]).not.toHaveProperty('webhookSecret');
    expect(within(dialog).getByLabelText('Integration ID')).toHaveValue('AGAIN-3');
    expect(within(dialog).getByLabelText('Webhook URL')).toHaveValue(first.webhookUrl);
    expect(within(dialog).queryByLabelText('Webhook secret (Security Key)')).toBeNull();
    expect(dialog).not.toHaveTextContent('it is shown only once');
    expect(dialog).toHaveTextContent('The Security Key already pasted into Pressero stays valid');
  });

  it('opens from a host’s own button with `open`, and says when it closes', async () => {
    const client = await newClient('Controlled Co');
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    renderWithServer(server, <HostButton clientId={client.id} onOpenChange={onOpenChange} />);
    await user.click(await screen.findByRole('button', { name: 'Add a shop' }));
    expect(screen.queryByRole('button', { name: 'Connect a store' })).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: 'Connect a store' });
    expect(
      within(dialog).getByRole('heading', { level: 3, name: 'Connect a store' }),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('is hidden from sessions that may not connect stores', async () => {
    const client = await newClient('Viewer Co');
    const email = `admin-${client.id}@example.com`;
    const access = await api('PUT', `/v1/clients/${client.id}/access`, {
      admin: { email, firstName: 'Ada', lastName: 'Admin' },
    });
    await server.fetch(
      `${server.baseUrl}/v1/invitations/${await server.inviteToken(email)}/accept`,
      {
        method: 'POST',
      },
    );
    const viewer = await api('POST', `/v1/clients/${client.id}/users`, {
      email: `v-${client.id}@example.com`,
      firstName: 'V',
      lastName: 'W',
      role: 'viewer',
    });
    await server.fetch(
      `${server.baseUrl}/v1/invitations/${await server.inviteToken(viewer.email)}/accept`,
      { method: 'POST' },
    );
    const onReady = vi.fn();
    const { container, unmount } = renderWithServer(
      server,
      <StoreConnectButton clientId={client.id} onReady={onReady} />,
      { as: { clientId: client.id, userId: viewer.id } },
    );
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(container.querySelector('button')).toBeNull();
    unmount();

    renderWithServer(server, <StoreConnectButton clientId={client.id} />, {
      as: { clientId: client.id, userId: access.admin.userId },
    });
    await waitFor(async () =>
      expect(await screen.findByRole('button', { name: 'Connect a store' })).toBeEnabled(),
    );
  });
});
