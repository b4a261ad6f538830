import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postbackReceiver } from '../../../test/receiver.js';
import { axeViolations, providerApi, renderWithServer } from '../../../test/render.js';
import de from '../../locales/de.js';
import { ProductionSettings } from '../ProductionSettings/ProductionSettings.js';
import { PostbackSettings } from './PostbackSettings.js';

describe('PostbackSettings', () => {
  let server: TestServer;
  const hook = postbackReceiver();
  beforeAll(async () => {
    server = await createTestServer({ hosts: hook.hosts });
  });
  afterAll(() => server.close());
  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);

  it('adds an endpoint, shows its secret once, sends a test event and shows the attempt', async () => {
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(server, <PostbackSettings onSuccess={onSuccess} />);
    expect(await screen.findByText(/No endpoints yet/)).toBeVisible();
    expect(await axeViolations()).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Add endpoint' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a postback endpoint' });
    const url = within(dialog).getByLabelText('Endpoint URL');
    // Nothing chosen: the events say so; a private address is refused by the server on its field.
    await user.click(within(dialog).getByLabelText('All events'));
    await user.click(within(dialog).getByLabelText('All events'));
    await user.type(url, 'https://10.0.0.8/hooks');
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(within(dialog).getByText('Choose at least one event.')).toBeVisible();
    await user.click(within(dialog).getByLabelText('order.received'));
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    expect(await within(dialog).findByText(/Requests cannot go to this address/)).toBeVisible();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(url).toHaveFocus());
    expect(await axeViolations()).toEqual([]);

    await user.clear(url);
    await user.type(url, hook.url);
    await user.click(within(dialog).getByRole('button', { name: 'Add endpoint' }));
    const secretDialog = await screen.findByRole('alertdialog', {
      name: 'Endpoint added: copy its signing secret',
    });
    expect(within(secretDialog).getByText(/you will not see it again/)).toBeVisible();
    const secret = (within(secretDialog).getByLabelText('Signing secret') as HTMLInputElement)
      .value;
    expect(secret).toMatch(/^whsec_/);
    await user.click(within(secretDialog).getByRole('button', { name: 'Copy Signing secret' }));
    expect(await navigator.clipboard.readText()).toBe(secret);
    expect(await axeViolations()).toEqual([]);
    await user.click(within(secretDialog).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByDisplayValue(secret)).toBeNull();
    expect(onSuccess).toHaveBeenCalledWith(
      'create',
      expect.not.objectContaining({ signingSecret: expect.anything() }),
    );

    // The endpoint is listed; its log is empty until a test event goes.
    expect(await screen.findByRole('heading', { name: hook.url })).toBeVisible();
    expect(await screen.findByText('No deliveries match.')).toBeVisible();
    hook.answer(200);
    await user.click(screen.getByRole('button', { name: `Send test event to ${hook.url}` }));
    expect(
      await screen.findByText(`Test event sent to ${hook.url}: Delivered (HTTP 200).`),
    ).toBeVisible();
    expect(hook.received.at(-1)?.headers.get('webhook-signature')).toMatch(/^v1,/);
    const log = screen.getByRole('region', { name: 'Delivery log' });
    const delivery = (await within(log).findByText('postback.test', { selector: 'code' })).closest(
      'li',
    )!;
    expect(within(delivery).getByText('Delivered (HTTP 200)')).toBeVisible();
    await user.click(within(delivery).getByRole('button', { name: /^Details of postback.test/ }));
    expect(within(delivery).getByText('ok')).toBeVisible();
    expect(within(delivery).getByText(/sent by hand/)).toBeVisible();
    expect(await axeViolations()).toEqual([]);
  });

  it('redelivers a failed delivery, and offers to switch a gone endpoint on again', async () => {
    const user = userEvent.setup();
    const endpoint = await api('POST', '/v1/postbacks', {
      url: 'https://hooks.test/second',
      events: ['order.received'],
    });
    hook.answer(503);
    await api('POST', `/v1/postbacks/${endpoint.id}/test`);
    renderWithServer(server, <PostbackSettings />);
    await user.click(
      await screen.findByRole('button', { name: 'Deliveries to https://hooks.test/second' }),
    );
    const log = screen.getByRole('region', { name: 'Delivery log' });
    await user.selectOptions(within(log).getByLabelText('Status'), 'failed');
    const failed = (await within(log).findByText('Failed (HTTP 503)')).closest('li')!;
    await user.click(within(failed).getByRole('button', { name: /^Details of/ }));
    expect(within(failed).getByText('down for maintenance')).toBeVisible();

    hook.answer(200);
    await user.click(within(failed).getByRole('button', { name: /^Redeliver postback.test/ }));
    expect(await screen.findByText('Sent again: Delivered (HTTP 200).')).toBeVisible();
    // Delivered now, it leaves the "Failed" filter.
    await waitFor(() => expect(within(log).queryByText('Failed (HTTP 503)')).toBeNull());

    // A 410 switches it off; the notice says why and switches it on again.
    hook.answer(410);
    await user.click(
      screen.getByRole('button', { name: 'Send test event to https://hooks.test/second' }),
    );
    expect(await screen.findByText(/answered 410 Gone/)).toBeVisible();
    expect(screen.getByText('Switched off: endpoint gone')).toBeVisible();
    expect(await axeViolations()).toEqual([]);
    hook.answer(200);
    await user.click(
      screen.getByRole('button', { name: 'Switch on again: https://hooks.test/second' }),
    );
    await waitFor(() => expect(screen.queryByText(/answered 410 Gone/)).toBeNull());
  });

  it('rotates a secret with the overlap explained, edits and removes an endpoint', async () => {
    const user = userEvent.setup();
    await api('POST', '/v1/postbacks', {
      url: 'https://hooks.test/third',
      events: ['order.shipped'],
    });
    renderWithServer(server, <PostbackSettings />, { locale: 'de', locales: [de] });
    await user.click(
      await screen.findByRole('button', { name: 'Secret erneuern für https://hooks.test/third' }),
    );
    const confirm = await screen.findByRole('alertdialog', { name: 'Signatur-Secret erneuern?' });
    expect(within(confirm).getByText(/24 Stunden/)).toBeVisible();
    await user.click(within(confirm).getByRole('button', { name: 'Secret erneuern' }));
    const shown = await screen.findByRole('alertdialog', { name: 'Neues Signatur-Secret' });
    expect(within(shown).getByText(/nicht wieder sehen/)).toBeVisible();
    expect(within(shown).getByText(/zusätzlich mit dem bisherigen Secret/)).toBeVisible();
    await user.click(within(shown).getByRole('button', { name: 'Ich habe es kopiert' }));

    await user.click(screen.getByRole('button', { name: 'Bearbeiten https://hooks.test/third' }));
    const edit = await screen.findByRole('dialog', { name: 'Endpunkt bearbeiten' });
    await user.click(within(edit).getByLabelText('order.delivered'));
    await user.click(within(edit).getByLabelText(/^Aktiv/));
    await user.click(within(edit).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = screen.getByRole('heading', { name: 'https://hooks.test/third' }).closest('li')!;
    expect(within(row).getByText('Aus')).toBeVisible();
    expect(within(row).getByText(/order.shipped, order.delivered/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Entfernen https://hooks.test/third' }));
    const remove = await screen.findByRole('alertdialog', { name: 'Diesen Endpunkt entfernen?' });
    await user.click(within(remove).getByRole('button', { name: 'Endpunkt entfernen' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'https://hooks.test/third' })).toBeNull(),
    );
  });
});

describe('ProductionSettings', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  it('saves GelatoConnect with a write-only key and shows the status URL once', async () => {
    const user = userEvent.setup();
    const { unmount } = renderWithServer(server, <ProductionSettings />);
    expect(await screen.findByText(/No production connection yet/)).toBeVisible();
    const orderUrl = screen.getByLabelText('Order URL');
    const apiKey = screen.getByLabelText('API key');
    await user.type(orderUrl, 'https://10.0.0.8/order');
    await user.type(apiKey, 'key-1:secret-WXYZ');
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByText(/Requests cannot go to this address/)).toBeVisible();
    await waitFor(() => expect(orderUrl).toHaveFocus());

    await user.clear(orderUrl);
    await user.type(orderUrl, 'https://api.partner-connect.test/api/acme/c1/order');
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByText('Production connection saved.')).toBeVisible();
    const status = screen.getByLabelText('Status URL for GelatoConnect') as HTMLInputElement;
    expect(status.value).toMatch(/\/v1\/hooks\/production\//);
    expect(apiKey).toHaveValue('');
    expect(screen.getByText(/The saved key ends in …WXYZ/)).toBeVisible();
    expect(document.body.innerHTML).not.toContain('secret-WXYZ');
    expect(await axeViolations()).toEqual([]);

    // Shown again later: the address and the key's end, never the key or the status URL.
    unmount();
    renderWithServer(server, <ProductionSettings />);
    expect(await screen.findByLabelText('Order URL')).toHaveValue(
      'https://api.partner-connect.test/api/acme/c1/order',
    );
    expect(screen.getByLabelText('API key')).toHaveValue('');
    expect(screen.queryByLabelText('Status URL for GelatoConnect')).toBeNull();

    // Saving without the key again says what is missing.
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByText('This field is required.')).toBeVisible();

    await user.click(screen.getByLabelText('Postbacks and the status API'));
    await user.click(screen.getByRole('button', { name: 'Save connection' }));
    expect(await screen.findByText(/takes order postbacks and reports progress/)).toBeVisible();
    expect(screen.queryByLabelText('Order URL')).toBeNull();
  });
});
