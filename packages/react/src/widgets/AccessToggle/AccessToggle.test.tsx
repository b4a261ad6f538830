import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axeViolations, renderWithServer } from '../../../test/render.js';
import de from '../../locales/de.js';
import { AccessToggle } from './AccessToggle.js';

describe('AccessToggle', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  const api = (method: string, path: string, body?: unknown) =>
    server
      .fetch(`${server.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${server.provider.secretKey}`,
          'content-type': 'application/json',
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      .then((r: Response) => r.json() as Promise<any>);

  const newClient = async (name: string) =>
    (await api('POST', '/v1/clients', { name })).id as string;

  it('turns access on with an invited admin, then shows "Invite sent"', async () => {
    const id = await newClient('Toggle Bakery');
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(
      server,
      <AccessToggle clientId={id} onSuccess={onSuccess} refetchInterval={false} />,
    );
    const toggle = await screen.findByRole('switch', {
      name: 'Storefronts access for Toggle Bakery',
    });
    await waitFor(() => expect(toggle).toBeEnabled());
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByText('Off')).toBeVisible();

    await user.click(toggle);
    const dialog = await screen.findByRole('dialog', { name: 'Turn on Storefronts access' });
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(within(dialog).getByLabelText('Admin email')).toHaveAccessibleDescription(
      'This field is required.',
    );
    await user.type(within(dialog).getByLabelText('Admin email'), 'nope');
    await user.type(within(dialog).getByLabelText('First name'), 'Rosa');
    await user.type(within(dialog).getByLabelText('Last name'), 'Lima');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(within(dialog).getByLabelText('Admin email')).toHaveAccessibleDescription(
      /valid email address/,
    );
    await user.clear(within(dialog).getByLabelText('Admin email'));
    await user.type(within(dialog).getByLabelText('Admin email'), 'Rosa@Toggle.example');
    // The email goes out in the widget's language unless the inviter picks the invitee's.
    const language = within(dialog).getByLabelText('Language of the invitation email');
    expect(language).toHaveValue('en');
    await user.selectOptions(language, 'Português (Brasil)');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    await screen.findByText('Access is on. An invitation was sent to rosa@toggle.example.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(toggle).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByText('Invite sent')).toBeVisible();
    expect(screen.getByText(/Rosa Lima/)).toBeVisible();
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ enabled: true }), 'enabled');
    const sent = await server.outbox('rosa@toggle.example');
    expect(sent.length).toBe(1);
    expect(sent[0]!.text).toContain('Olá, Rosa,');
  });

  it('shows "Active" once the invitation is accepted elsewhere', async () => {
    const id = await newClient('Accepting Co');
    await api('PUT', `/v1/clients/${id}/access`, {
      admin: { email: 'acc@example.com', firstName: 'Acc', lastName: 'Epted' },
    });
    renderWithServer(server, <AccessToggle clientId={id} refetchInterval={200} />);
    await screen.findByText('Invite sent');
    const token = await server.inviteToken('acc@example.com');
    await server.fetch(`${server.baseUrl}/v1/invitations/${token}/accept`, { method: 'POST' });
    await screen.findByText('Active', undefined, { timeout: 5000 });
    expect(screen.getByText(/Active since/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Resend invite' })).toBeNull();
  });

  it('refetches when the page regains focus, without polling', async () => {
    const id = await newClient('Focus Co');
    await api('PUT', `/v1/clients/${id}/access`, {
      admin: { email: 'focus@example.com', firstName: 'Fo', lastName: 'Cus' },
    });
    renderWithServer(server, <AccessToggle clientId={id} refetchInterval={false} />);
    await screen.findByText('Invite sent');
    const token = await server.inviteToken('focus@example.com');
    await server.fetch(`${server.baseUrl}/v1/invitations/${token}/accept`, { method: 'POST' });
    await act(async () => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    await screen.findByText('Active');
  });

  it('resends the invitation while it is pending', async () => {
    const id = await newClient('Resend Ltd');
    await api('PUT', `/v1/clients/${id}/access`, {
      admin: { email: 'again@example.com', firstName: 'Re', lastName: 'Send' },
    });
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(
      server,
      <AccessToggle clientId={id} onSuccess={onSuccess} refetchInterval={false} />,
    );
    await user.click(await screen.findByRole('button', { name: 'Resend invite' }));
    await screen.findByText('A new invitation was sent to again@example.com.');
    expect(onSuccess).toHaveBeenCalledWith(expect.anything(), 'resent');
    expect((await server.outbox('again@example.com')).length).toBe(2);
  });

  it('asks before turning access off', async () => {
    const id = await newClient('Off Switch');
    await api('PUT', `/v1/clients/${id}/access`, {
      admin: { email: 'off@example.com', firstName: 'Off', lastName: 'Switch' },
    });
    const user = userEvent.setup();
    renderWithServer(server, <AccessToggle clientId={id} refetchInterval={false} />);
    const toggle = await screen.findByRole('switch');
    await waitFor(() => expect(toggle).toHaveAttribute('aria-checked', 'true'));
    await user.click(toggle);
    const confirm = await screen.findByRole('alertdialog', {
      name: 'Turn off Storefronts access?',
    });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect((await api('GET', `/v1/clients/${id}/access`)).enabled).toBe(true);

    await user.click(toggle);
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Turn off access',
      }),
    );
    await screen.findByText('Access is off.');
    expect(toggle).toHaveAttribute('aria-checked', 'false');
    expect((await api('GET', `/v1/clients/${id}/access`)).enabled).toBe(false);
  });

  it('shows a server refusal inside the dialog, translated', async () => {
    const id = await newClient('Refusing Co');
    const user = userEvent.setup();
    renderWithServer(server, <AccessToggle clientId={id} refetchInterval={false} />);
    const toggle = await screen.findByRole('switch');
    await waitFor(() => expect(toggle).toBeEnabled());
    // Another admin switches access on meanwhile.
    await act(() =>
      api('PUT', `/v1/clients/${id}/access`, {
        admin: { email: 'first@example.com', firstName: 'F', lastName: 'A' },
      }),
    );
    await user.click(toggle);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Admin email'), 'second@example.com');
    await user.type(within(dialog).getByLabelText('First name'), 'S');
    await user.type(within(dialog).getByLabelText('Last name'), 'B');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText('Admin email')).toHaveAccessibleDescription(
        /Access is already on with another admin/,
      ),
    );
  });

  it('fits the host page outline and can leave the title to the host', async () => {
    const id = await newClient('Outline Ltd');
    renderWithServer(
      server,
      <AccessToggle clientId={id} refetchInterval={false} headingLevel={4} hideTitle />,
    );
    const heading = await screen.findByRole('heading', { level: 4, name: 'Storefronts access' });
    expect(heading).toHaveClass('vt-VisuallyHidden');
    expect(screen.getByRole('region', { name: 'Storefronts access' })).toBeVisible();
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
  });

  it('reports a load error once, however often the host renders', async () => {
    const onError = vi.fn();
    const user = userEvent.setup();
    renderWithServer(server, <RerenderingHost onError={onError} />);
    await screen.findByRole('alert');
    await user.click(screen.getByRole('button', { name: 'Render again 0' }));
    await user.click(screen.getByRole('button', { name: 'Render again 1' }));
    await screen.findByRole('button', { name: 'Render again 2' });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('renders dates in the chosen locale and has no accessibility violations', async () => {
    const id = await newClient('Locale GmbH');
    await api('PUT', `/v1/clients/${id}/access`, {
      admin: { email: 'de@example.com', firstName: 'Dora', lastName: 'Ebert' },
    });
    const { container } = renderWithServer(
      server,
      <AccessToggle clientId={id} refetchInterval={false} />,
      {
        locale: 'de',
        locales: [de],
      },
    );
    await screen.findByText(/Dora Ebert/);
    // German medium dates: 02.03.2026, where English would say Mar 2, 2026.
    expect(container.textContent).toContain('Einladung gesendet am 02.03.2026');
    expect(container.textContent).not.toContain('Mar 2');
    expect(await axeViolations(container)).toEqual([]);
  });
});

/** A host page that renders again on demand, passing a new inline callback each time. */
function RerenderingHost({ onError }: { onError: (error: unknown) => void }) {
  const [renders, setRenders] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setRenders(renders + 1)}>
        Render again {renders}
      </button>
      <AccessToggle
        clientId="cl_missing"
        clientName="Missing"
        refetchInterval={false}
        onError={(error) => onError(error)}
      />
    </>
  );
}
