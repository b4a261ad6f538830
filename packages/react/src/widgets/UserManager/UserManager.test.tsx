import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createVitrine } from '@vitrine/sdk';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  acceptInvite,
  axeViolations,
  providerApi,
  renderWithServer,
} from '../../../test/render.js';
import { VitrineProvider } from '../../provider/VitrineProvider.js';
import { AccessToggle } from '../AccessToggle/AccessToggle.js';
import { UserManager } from './UserManager.js';

describe('UserManager', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  const api = (...args: Parameters<ReturnType<typeof providerApi>>) => providerApi(server)(...args);
  const accept = (email: string) => acceptInvite(server, email);

  /** A client with an active admin and a manual store. */
  async function team(name: string) {
    const client = await api('POST', '/v1/clients', { name });
    const email = `admin-${client.id}@example.com`;
    const access = await api('PUT', `/v1/clients/${client.id}/access`, {
      admin: { email, firstName: 'Ada', lastName: 'Admin' },
    });
    await accept(email);
    const store = await api('POST', `/v1/clients/${client.id}/stores`, {
      platform: 'manual',
      name: 'Main street shop',
    });
    return { clientId: client.id as string, adminId: access.admin.userId as string, store };
  }

  it('lets an admin invite several people at once', async () => {
    const t = await team('Invite Co');
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(server, <UserManager clientId={t.clientId} onSuccess={onSuccess} />, {
      as: { clientId: t.clientId, userId: t.adminId },
    });
    const row = (
      await screen.findByText(/Ada Admin/, { selector: '.vt-UserManager-name' })
    ).closest('tr')!;
    expect(within(row).getByText('(you)')).toBeVisible();
    expect(within(row).getByText('Active')).toBeVisible();

    await user.click(await screen.findByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite people' });
    const first = within(dialog).getByRole('group', { name: 'Person 1' });
    await user.type(within(first).getByLabelText('Email'), 'olga@example.com');
    await user.type(within(first).getByLabelText('First name'), 'Olga');
    await user.type(within(first).getByLabelText('Last name'), 'Orders');
    await user.click(within(dialog).getByRole('button', { name: 'Add another person' }));
    const second = within(dialog).getByRole('group', { name: 'Person 2' });
    await user.type(within(second).getByLabelText('Email'), 'oscar@example.com');
    await user.type(within(second).getByLabelText('First name'), 'Oscar');
    await user.type(within(second).getByLabelText('Last name'), 'Orders');
    await user.click(within(dialog).getByRole('radio', { name: /Order manager/ }));
    // Everyone invited together gets the same email, in the language chosen for them.
    await user.selectOptions(
      within(dialog).getByLabelText('Language of the invitation email'),
      'fr',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send 2 invitations' }));

    await screen.findByText('2 invitations sent.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'invite' }),
      expect.any(Array),
    );
    const olga = (await screen.findByText('Olga Orders')).closest('tr')!;
    expect(within(olga).getByText('Order manager')).toBeVisible();
    expect(within(olga).getByText('Invite sent')).toBeVisible();
    const [toOscar] = await server.outbox('oscar@example.com');
    expect(toOscar?.text).toContain('Bonjour Oscar,');
    expect(toOscar?.text).toContain('en tant que gestionnaire de commandes');
    expect((await server.outbox('olga@example.com'))[0]?.text).toContain('Bonjour Olga,');
  });

  it('keeps a refused person in the dialog with the reason on their email, and sends the rest', async () => {
    const t = await team('Partial Co');
    await api('POST', `/v1/clients/${t.clientId}/users`, {
      email: 'taken@example.com',
      firstName: 'T',
      lastName: 'K',
      role: 'viewer',
    });
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(server, <UserManager clientId={t.clientId} onSuccess={onSuccess} />);
    await user.click(await screen.findByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog');
    const fill = async (n: number, email: string) => {
      const group = within(dialog).getByRole('group', { name: `Person ${n}` });
      await user.type(within(group).getByLabelText('Email'), email);
      await user.type(within(group).getByLabelText('First name'), 'P');
      await user.type(within(group).getByLabelText('Last name'), 'Q');
    };
    await fill(1, 'taken@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Add another person' }));
    await fill(2, 'fresh@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Send 2 invitations' }));
    await within(dialog).findByText('1 sent. Fix the highlighted people and send again.');
    const left = within(dialog).getByRole('group', { name: 'Person 1' });
    expect(within(left).getByLabelText('Email')).toHaveValue('taken@example.com');
    expect(within(left).getByLabelText('Email')).toHaveAccessibleDescription(
      /already a user of this client/,
    );
    expect(within(dialog).queryByRole('group', { name: 'Person 2' })).toBeNull();
    expect((await server.outbox('fresh@example.com')).length).toBe(1);
    // The person who was invited is reported, and the refused one is where the focus is.
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(onSuccess).toHaveBeenCalledWith(
      {
        type: 'invite',
        invites: [expect.objectContaining({ email: 'fresh@example.com', role: 'viewer' })],
      },
      [expect.objectContaining({ email: 'fresh@example.com', status: 'invited' })],
    );
    await waitFor(() => expect(within(left).getByLabelText('Email')).toHaveFocus());
  });

  it('says nothing was sent when everyone was refused, and focuses the first refused email', async () => {
    const t = await team('Refused Co');
    for (const email of ['one@example.com', 'two@example.com']) {
      await api('POST', `/v1/clients/${t.clientId}/users`, {
        email,
        firstName: 'T',
        lastName: 'K',
        role: 'viewer',
      });
    }
    const user = userEvent.setup();
    const onSuccess = vi.fn();
    renderWithServer(server, <UserManager clientId={t.clientId} onSuccess={onSuccess} />);
    await user.click(await screen.findByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog');
    for (const [i, email] of ['one@example.com', 'two@example.com'].entries()) {
      if (i > 0)
        await user.click(within(dialog).getByRole('button', { name: 'Add another person' }));
      const group = within(dialog).getByRole('group', { name: `Person ${i + 1}` });
      await user.type(within(group).getByLabelText('Email'), email);
      await user.type(within(group).getByLabelText('First name'), 'P');
      await user.type(within(group).getByLabelText('Last name'), 'Q');
    }
    await user.click(within(dialog).getByRole('button', { name: 'Send 2 invitations' }));
    // The fields are rendered anew for the people left, so they are looked up each time.
    const first = () =>
      within(within(dialog).getByRole('group', { name: 'Person 1' })).getByLabelText('Email');
    await waitFor(() => expect(first()).toHaveAccessibleDescription(/already a user/));
    await waitFor(() => expect(first()).toHaveFocus());
    expect(within(dialog).queryByText(/sent\. Fix the highlighted people/)).toBeNull();
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('asks for stores when inviting a store manager', async () => {
    const t = await team('Stores Co');
    const user = userEvent.setup();
    renderWithServer(server, <UserManager clientId={t.clientId} />);
    await user.click(await screen.findByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Email'), 'sam@example.com');
    await user.type(within(dialog).getByLabelText('First name'), 'Sam');
    await user.type(within(dialog).getByLabelText('Last name'), 'Stores');
    await user.click(within(dialog).getByRole('radio', { name: /Store manager/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(await within(dialog).findByText('Choose at least one store.')).toBeVisible();
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Main street shop' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    await screen.findByText('Invitation sent to sam@example.com.');
    const row = (await screen.findByText('Sam Stores')).closest('tr')!;
    expect(within(row).getByText('Stores: Main street shop')).toBeVisible();
  });

  it('changes roles, and explains why the only active admin cannot be changed or removed', async () => {
    const t = await team('Roles Co');
    const viewer = await api('POST', `/v1/clients/${t.clientId}/users`, {
      email: 'vi@example.com',
      firstName: 'Vi',
      lastName: 'Ewer',
      role: 'viewer',
    });
    const user = userEvent.setup();
    renderWithServer(server, <UserManager clientId={t.clientId} />);
    const viRow = (await screen.findByText('Vi Ewer')).closest('tr')!;
    await user.click(within(viRow).getByRole('button', { name: 'Change role' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change role of Vi Ewer' });
    await user.click(within(dialog).getByRole('radio', { name: /Order manager/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save role' }));
    const notice = await screen.findByText('Vi Ewer is now Order manager.');
    // The news sits at the top of the team, next to the list it is about.
    expect(
      notice.compareDocumentPosition(screen.getByRole('table')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      (await api('GET', `/v1/clients/${t.clientId}/users`)).data.find(
        (u: any) => u.id === viewer.id,
      ).role,
    ).toBe('order_manager');

    // Ada is the only active admin: her row explains why it offers no change instead.
    const adminRow = screen.getByText('Ada Admin').closest('tr')!;
    expect(
      await within(adminRow).findByText(/The only active admin: make someone else admin/),
    ).toBeVisible();
    expect(within(adminRow).queryByRole('button', { name: 'Change role' })).toBeNull();
    expect(within(adminRow).queryByRole('button', { name: 'Remove' })).toBeNull();
    expect(within(viRow).getByRole('button', { name: 'Change role' })).toBeVisible();
  });

  it('removes people and revokes invitations after confirmation; onBeforeAction can cancel', async () => {
    const t = await team('Remove Co');
    await api('POST', `/v1/clients/${t.clientId}/users`, {
      email: 'leaving@example.com',
      firstName: 'Lea',
      lastName: 'Ving',
      role: 'viewer',
    });
    await accept('leaving@example.com');
    await api('POST', `/v1/clients/${t.clientId}/users`, {
      email: 'pend@example.com',
      firstName: 'Pen',
      lastName: 'Ding',
      role: 'viewer',
    });
    const user = userEvent.setup();
    const onBeforeAction = vi.fn(async (action: { type: string }) => action.type !== 'revoke');
    renderWithServer(server, <UserManager clientId={t.clientId} onBeforeAction={onBeforeAction} />);

    const leaving = (await screen.findByText('Lea Ving')).closest('tr')!;
    await user.click(within(leaving).getByRole('button', { name: 'Remove' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove Lea Ving?' });
    await user.click(within(confirm).getByRole('button', { name: 'Remove' }));
    await screen.findByText('Lea Ving was removed.');
    await waitFor(() => expect(screen.queryByText('Lea Ving')).toBeNull());

    const pending = screen.getByText('Pen Ding').closest('tr')!;
    await user.click(within(pending).getByRole('button', { name: 'Revoke invite' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Revoke invite' }),
    );
    expect(onBeforeAction).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'revoke' }));
    // Cancelled by the host: the invitation still stands.
    const users = await api('GET', `/v1/clients/${t.clientId}/users`);
    expect(users.data.map((u: any) => u.email)).toContain('pend@example.com');
  });

  /** Invites and signs in someone with this role; their user id. */
  async function member(clientId: string, email: string, role: string, storeIds: string[] = []) {
    const created = await api('POST', `/v1/clients/${clientId}/users`, {
      email,
      firstName: email.split('@')[0],
      lastName: 'Member',
      role,
      storeIds,
    });
    await accept(email);
    return created.id as string;
  }

  it("names a store manager's stores for store managers too", async () => {
    const t = await team('Store Names Co');
    const samId = await member(t.clientId, 'sam@storenames.example', 'store_manager', [t.store.id]);
    renderWithServer(server, <UserManager clientId={t.clientId} />, {
      as: { clientId: t.clientId, userId: samId },
    });
    const row = (await screen.findByText(/sam Member/)).closest('tr')!;
    expect(await within(row).findByText('Stores: Main street shop')).toBeVisible();
    expect(within(row).queryByText(new RegExp(t.store.id))).toBeNull();
  });

  it('follows the signed-in admin stepping down, and warns before it and before leaving', async () => {
    const t = await team('Step Down Co');
    const beaId = await member(t.clientId, 'bea@stepdown.example', 'admin');
    const user = userEvent.setup();
    renderWithServer(server, <UserManager clientId={t.clientId} />, {
      as: { clientId: t.clientId, userId: beaId },
    });
    const row = (await screen.findByText('(you)')).closest('tr')!;

    // Leaving the team asks in words meant for oneself; cancelling returns to the button.
    const remove = await within(row).findByRole('button', { name: 'Remove' });
    await user.click(remove);
    const leave = await screen.findByRole('alertdialog', { name: 'Leave this team?' });
    expect(leave).toHaveAccessibleDescription(/You lose access to this client at once/);
    await user.click(within(leave).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(remove).toHaveFocus());

    await user.click(within(row).getByRole('button', { name: 'Change role' }));
    const dialog = await screen.findByRole('dialog', { name: /Change role of bea/ });
    expect(
      within(dialog).queryByText(/without Admin you can no longer change the team/),
    ).toBeNull();
    await user.click(within(dialog).getByRole('radio', { name: 'View only' }));
    expect(
      within(dialog).getByText(/without Admin you can no longer change the team/),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Save role' }));

    expect(await screen.findByText('Only admins can change the team.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Invite people' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change role' })).toBeNull();
  });

  it('returns the focus to the button that opened a dialog', async () => {
    const t = await team('Focus Co');
    await member(t.clientId, 'fo@focus.example', 'viewer');
    const user = userEvent.setup();
    renderWithServer(server, <UserManager clientId={t.clientId} />);
    const row = (
      await screen.findByText('fo Member', { selector: '.vt-UserManager-name' })
    ).closest('tr')!;
    const change = within(row).getByRole('button', { name: 'Change role' });
    await user.click(change);
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(change).toHaveFocus());

    const invite = screen.getByRole('button', { name: 'Invite people' });
    await user.click(invite);
    await screen.findByRole('dialog', { name: 'Invite people' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(invite).toHaveFocus());
  });

  it('names each role once, with what it may do as its description', async () => {
    const t = await team('Hint Co');
    const user = userEvent.setup();
    renderWithServer(server, <UserManager clientId={t.clientId} />);
    await user.click(await screen.findByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog');
    const radio = within(dialog).getByRole('radio', { name: 'Store manager' });
    expect(radio).toHaveAccessibleName('Store manager');
    expect(radio).toHaveAccessibleDescription('The stores assigned below and their products.');
  });

  it('counts only what it shows until every page is loaded', async () => {
    const t = await team('Many Co');
    for (let i = 0; i < 20; i++) {
      await api('POST', `/v1/clients/${t.clientId}/users`, {
        email: `p${i}@many.example`,
        firstName: 'P',
        lastName: String(i),
        role: 'viewer',
      });
    }
    const user = userEvent.setup();
    renderWithServer(server, <UserManager clientId={t.clientId} />);
    expect(await screen.findByText(/20 people shown\./)).toBeVisible();
    expect(screen.queryByText(/20 people\./)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText(/21 people\./)).toBeVisible();
  });

  it('asks for the admins only when the session may manage the team', async () => {
    const t = await team('Quiet Co');
    const viewerId = await member(t.clientId, 'quiet@quiet.example', 'viewer');
    const requests: string[] = [];
    const recording = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      requests.push(new URL(request.url).search);
      return server.fetch(request);
    };
    const render_ = (as?: { clientId: string; userId: string }) => {
      const keyClient = createVitrine(
        { baseUrl: server.baseUrl, secretKey: server.provider.secretKey },
        { fetch: server.fetch },
      );
      const client = createVitrine(
        {
          baseUrl: server.baseUrl,
          session: () =>
            keyClient.sessions.create(as ? { scope: 'client', ...as } : { scope: 'provider' }),
        },
        { fetch: recording },
      );
      return render(
        <VitrineProvider client={client}>
          <UserManager clientId={t.clientId} />
        </VitrineProvider>,
      );
    };
    const viewer = render_({ clientId: t.clientId, userId: viewerId });
    await screen.findByText('Only admins can change the team.');
    await screen.findByText(/Stores: |quiet Member/);
    expect(requests.filter((q) => q.includes('role=admin'))).toEqual([]);
    viewer.unmount();

    render_();
    const adminRow = (await screen.findByText('Ada Admin')).closest('tr')!;
    await within(adminRow).findByText(/The only active admin/);
    expect(requests.filter((q) => q.includes('role=admin'))).toHaveLength(1);
  });

  it('shows the access admin as soon as access is switched on next to it', async () => {
    const client = await api('POST', '/v1/clients', { name: 'Side By Side' });
    const user = userEvent.setup();
    renderWithServer(
      server,
      <>
        <AccessToggle clientId={client.id} refetchInterval={false} headingLevel={2} />
        <UserManager clientId={client.id} headingLevel={2} />
      </>,
    );
    expect(await screen.findByText(/No team members yet/)).toBeVisible();
    const toggle = await screen.findByRole('switch');
    await waitFor(() => expect(toggle).toBeEnabled());
    await user.click(toggle);
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Admin email'), 'side@example.com');
    await user.type(within(dialog).getByLabelText('First name'), 'Sid');
    await user.type(within(dialog).getByLabelText('Last name'), 'Side');
    await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    const row = (await screen.findByText('Sid Side', { selector: '.vt-UserManager-name' })).closest(
      'tr',
    )!;
    expect(within(row).getByText('Invite sent')).toBeVisible();

    // And the other way: resending from the team refreshes the access card's dates.
    server.clock.advance(2 * 86400_000);
    await user.click(within(row).getByRole('button', { name: 'Resend invite' }));
    await screen.findByText('A new invitation was sent to side@example.com.');
    expect(await screen.findByText(/Invite sent Mar 4, 2026/)).toBeVisible();
  });

  it('fits the host page outline and can leave the title to the host', async () => {
    const t = await team('Outline Co');
    renderWithServer(server, <UserManager clientId={t.clientId} headingLevel={2} hideTitle />);
    const heading = await screen.findByRole('heading', { level: 2, name: 'Team' });
    expect(heading).toHaveClass('vt-VisuallyHidden');
    expect(screen.getByRole('region', { name: 'Team' })).toBeVisible();
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

  it('shows invitations cut off with access as expired, and a failed resend in its row', async () => {
    const t = await team('Cut Off Co');
    await api('POST', `/v1/clients/${t.clientId}/users`, {
      email: 'late@cutoff.example',
      firstName: 'Lee',
      lastName: 'Late',
      role: 'viewer',
    });
    await api('DELETE', `/v1/clients/${t.clientId}/access`);
    const user = userEvent.setup();
    renderWithServer(server, <UserManager clientId={t.clientId} />);
    const row = (await screen.findByText('Lee Late', { selector: '.vt-UserManager-name' })).closest(
      'tr',
    )!;
    expect(within(row).getByText('Invite expired')).toBeVisible();
    expect(within(row).queryByText('Invite sent')).toBeNull();
    await user.click(within(row).getByRole('button', { name: 'Resend invite' }));
    expect(await within(row).findByRole('alert')).toHaveTextContent(/access/i);
  });

  it('is read-only for roles that may not manage the team, and accessible', async () => {
    const t = await team('Viewer Co');
    const viewer = await api('POST', `/v1/clients/${t.clientId}/users`, {
      email: 'v@example.com',
      firstName: 'Val',
      lastName: 'View',
      role: 'viewer',
    });
    await accept('v@example.com');
    const { container } = renderWithServer(server, <UserManager clientId={t.clientId} />, {
      as: { clientId: t.clientId, userId: viewer.id },
    });
    await screen.findByText('Only admins can change the team.');
    // The notice needs only the session; the team arrives with its own request.
    expect(await screen.findByText('Ada Admin')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Invite people' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change role' })).toBeNull();
    expect(container.querySelector('.vt-UserManager-root')).toHaveAttribute(
      'data-mode',
      'read-only',
    );
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
      <UserManager clientId="cl_missing" onError={(error) => onError(error)} />
    </>
  );
}
