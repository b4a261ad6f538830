import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axeViolations, renderWithServer } from '../../../test/render.js';
import { UserManager } from './UserManager.js';

describe('UserManager', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer();
  });
  afterAll(() => server.close());

  const api = async (method: string, path: string, body?: unknown) => {
    const res = await server.fetch(`${server.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${server.provider.secretKey}`,
        'content-type': 'application/json',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return res.json() as Promise<any>;
  };
  const accept = async (email: string) =>
    server.fetch(`${server.baseUrl}/v1/invitations/${await server.inviteToken(email)}/accept`, {
      method: 'POST',
    });

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
    expect((await server.outbox('oscar@example.com')).length).toBe(1);
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
    renderWithServer(server, <UserManager clientId={t.clientId} />);
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

  it('changes roles, and explains the last-admin rule when the server refuses', async () => {
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
    let dialog = await screen.findByRole('dialog', { name: 'Change role of Vi Ewer' });
    await user.click(within(dialog).getByRole('radio', { name: /Order manager/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save role' }));
    await screen.findByText('Vi Ewer is now Order manager.');
    expect(
      (await api('GET', `/v1/clients/${t.clientId}/users`)).data.find(
        (u: any) => u.id === viewer.id,
      ).role,
    ).toBe('order_manager');

    const adminRow = screen.getByText('Ada Admin').closest('tr')!;
    await user.click(within(adminRow).getByRole('button', { name: 'Change role' }));
    dialog = await screen.findByRole('dialog', { name: 'Change role of Ada Admin' });
    await user.click(within(dialog).getByRole('radio', { name: /View only/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Save role' }));
    expect(
      await within(dialog).findByText('Every client needs at least one active admin.'),
    ).toBeVisible();
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
    expect(screen.getByText('Ada Admin')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Invite people' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Change role' })).toBeNull();
    expect(container.querySelector('.vt-UserManager-root')).toHaveAttribute(
      'data-mode',
      'read-only',
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
