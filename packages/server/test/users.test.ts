import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { caller, clientSession, clientWithActiveAdmin, startServer } from './support.js';

describe('users and roles', () => {
  let server: TestServer;
  let provider: ReturnType<typeof caller>;
  beforeAll(async () => {
    server = await startServer();
    provider = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  /** A client with an active admin, two manual stores, and the admin's session. */
  async function team(name: string) {
    const { client, userId } = await clientWithActiveAdmin(server, server.provider.secretKey, name);
    const admin = caller(
      server,
      await clientSession(server, server.provider.secretKey, client.id, userId),
    );
    const storeA = (
      await admin.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'Retail' })
    ).body;
    const storeB = (
      await admin.post(`/v1/clients/${client.id}/stores`, { platform: 'manual', name: 'Wholesale' })
    ).body;
    return { client, adminId: userId, admin: admin as ReturnType<typeof caller>, storeA, storeB };
  }

  async function join(
    clientId: string,
    invite: Record<string, unknown>,
    by: ReturnType<typeof caller>,
  ) {
    const res = await by.post(`/v1/clients/${clientId}/users`, invite);
    expect(res.status).toBe(201);
    const token = await server.inviteToken(String(invite.email).toLowerCase());
    expect((await caller(server).post(`/v1/invitations/${token}/accept`)).status).toBe(200);
    const session = await clientSession(server, server.provider.secretKey, clientId, res.body.id);
    return { user: res.body, api: caller(server, session) };
  }

  it('lets the admin invite several roles; invitations go through the same accept flow', async () => {
    const t = await team('Team One');
    const res = await t.admin.post(`/v1/clients/${t.client.id}/users`, {
      email: 'Olga@Team.example',
      firstName: 'Olga',
      lastName: 'Orders',
      role: 'order_manager',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'olga@team.example',
      role: 'order_manager',
      status: 'invited',
      storeIds: [],
    });
    const [email] = await server.outbox('olga@team.example');
    expect(email?.text).toContain('as an order manager');
    const invitation = await caller(server).get(
      `/v1/invitations/${await server.inviteToken('olga@team.example')}`,
    );
    expect(invitation.body).toMatchObject({ role: 'order_manager', clientName: 'Team One' });
    await caller(server).post(
      `/v1/invitations/${await server.inviteToken('olga@team.example')}/accept`,
    );
    const list = (await t.admin.get(`/v1/clients/${t.client.id}/users`)).body.data;
    expect(list.map((u: { email: string; status: string }) => [u.email, u.status])).toEqual(
      expect.arrayContaining([
        ['olga@team.example', 'active'],
        [expect.stringContaining('admin+'), 'active'],
      ]),
    );
  });

  it('needs stores for a store manager, and only stores of this client', async () => {
    const t = await team('Team Stores');
    const other = await team('Other Stores');
    const none = await t.admin.post(`/v1/clients/${t.client.id}/users`, {
      email: 'sm@example.com',
      firstName: 'S',
      lastName: 'M',
      role: 'store_manager',
    });
    expect(none.status).toBe(409);
    expect(none.body.error).toMatchObject({
      code: 'stores_required',
      fields: [{ path: 'storeIds' }],
    });
    const foreign = await t.admin.post(`/v1/clients/${t.client.id}/users`, {
      email: 'sm@example.com',
      firstName: 'S',
      lastName: 'M',
      role: 'store_manager',
      storeIds: [other.storeA.id],
    });
    expect(foreign.status).toBe(404);
    const ok = await t.admin.post(`/v1/clients/${t.client.id}/users`, {
      email: 'sm@example.com',
      firstName: 'S',
      lastName: 'M',
      role: 'store_manager',
      storeIds: [t.storeA.id, t.storeA.id],
    });
    expect(ok.body.storeIds).toEqual([t.storeA.id]);
  });

  it('lets a store manager see and manage only the assigned stores', async () => {
    const t = await team('Team Scope');
    const { api } = await join(
      t.client.id,
      {
        email: 'scope@example.com',
        firstName: 'Sc',
        lastName: 'Ope',
        role: 'store_manager',
        storeIds: [t.storeB.id],
      },
      t.admin,
    );
    const stores = (await api.get(`/v1/clients/${t.client.id}/stores`)).body.data;
    expect(stores.map((s: { id: string }) => s.id)).toEqual([t.storeB.id]);
    expect((await api.get(`/v1/stores/${t.storeB.id}`)).status).toBe(200);
    expect((await api.patch(`/v1/stores/${t.storeB.id}`, { name: 'Wholesale EU' })).body.name).toBe(
      'Wholesale EU',
    );
    expect((await api.get(`/v1/stores/${t.storeA.id}`)).status).toBe(404);
    expect((await api.patch(`/v1/stores/${t.storeA.id}`, { name: 'Mine now' })).status).toBe(404);
    // Connecting and disconnecting stores is the admin's.
    expect((await api.delete(`/v1/stores/${t.storeB.id}`)).status).toBe(403);
    expect(
      (await api.post(`/v1/clients/${t.client.id}/stores`, { platform: 'manual', name: 'X' }))
        .status,
    ).toBe(403);
  });

  it('keeps one email once per client, but another client may invite it', async () => {
    const t = await team('Team Email');
    const body = { email: 'dup@example.com', firstName: 'D', lastName: 'U', role: 'viewer' };
    expect((await t.admin.post(`/v1/clients/${t.client.id}/users`, body)).status).toBe(201);
    const again = await t.admin.post(`/v1/clients/${t.client.id}/users`, {
      ...body,
      email: 'DUP@example.com',
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'email_taken', fields: [{ path: 'email' }] });
    const u = await team('Team Email Two');
    expect((await u.admin.post(`/v1/clients/${u.client.id}/users`, body)).status).toBe(201);
  });

  it('never leaves a client without an active admin', async () => {
    const t = await team('Team Guard');
    const self = await t.admin.patch(`/v1/clients/${t.client.id}/users/${t.adminId}`, {
      role: 'viewer',
    });
    expect(self.status).toBe(409);
    expect(self.body.error.code).toBe('last_admin');
    expect(
      (await t.admin.delete(`/v1/clients/${t.client.id}/users/${t.adminId}`)).body.error.code,
    ).toBe('last_admin');
    // An invited admin does not count until accepted.
    const invited = await t.admin.post(`/v1/clients/${t.client.id}/users`, {
      email: 'second@example.com',
      firstName: 'Se',
      lastName: 'Cond',
      role: 'admin',
    });
    expect(
      (await t.admin.patch(`/v1/clients/${t.client.id}/users/${t.adminId}`, { role: 'viewer' }))
        .status,
    ).toBe(409);
    await caller(server).post(
      `/v1/invitations/${await server.inviteToken('second@example.com')}/accept`,
    );
    const demoted = await t.admin.patch(`/v1/clients/${t.client.id}/users/${t.adminId}`, {
      role: 'viewer',
    });
    expect(demoted.status).toBe(200);
    expect(demoted.body.role).toBe('viewer');
    // The demoted admin's session now acts as a viewer.
    expect((await t.admin.get(`/v1/clients/${t.client.id}/users`)).status).toBe(200);
    expect(
      (
        await t.admin.post(`/v1/clients/${t.client.id}/users`, {
          email: 'x@example.com',
          firstName: 'X',
          lastName: 'Y',
          role: 'viewer',
        })
      ).status,
    ).toBe(403);
    expect(invited.body.id).toBeDefined();
  });

  it("ends a removed user's sessions at once", async () => {
    const t = await team('Team Remove');
    const { user, api } = await join(
      t.client.id,
      { email: 'gone@example.com', firstName: 'Go', lastName: 'Ne', role: 'viewer' },
      t.admin,
    );
    expect((await api.get(`/v1/clients/${t.client.id}`)).status).toBe(200);
    const removed = await t.admin.delete(`/v1/clients/${t.client.id}/users/${user.id}`);
    expect(removed.body).toEqual({ id: user.id, deleted: true });
    const after = await api.get(`/v1/clients/${t.client.id}`);
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('invalid_session');
    const list = (await t.admin.get(`/v1/clients/${t.client.id}/users`)).body.data;
    expect(list.map((u: { id: string }) => u.id)).not.toContain(user.id);
    // The email may be invited again later.
    expect(
      (
        await t.admin.post(`/v1/clients/${t.client.id}/users`, {
          email: 'gone@example.com',
          firstName: 'Go',
          lastName: 'Ne',
          role: 'viewer',
        })
      ).status,
    ).toBe(201);
  });

  it('resends and revokes pending invitations, and shows expiry', async () => {
    const t = await team('Team Invites');
    const invited = (
      await t.admin.post(`/v1/clients/${t.client.id}/users`, {
        email: 'pending@example.com',
        firstName: 'Pen',
        lastName: 'Ding',
        role: 'viewer',
      })
    ).body;
    const first = await server.inviteToken('pending@example.com');
    server.clock.advance(8 * 86400_000);
    // Sessions last minutes; a week later the admin signs in again.
    t.admin = caller(
      server,
      await clientSession(server, server.provider.secretKey, t.client.id, t.adminId),
    );
    const expired = (await t.admin.get(`/v1/clients/${t.client.id}/users?status=expired`)).body
      .data;
    expect(expired.map((u: { id: string }) => u.id)).toEqual([invited.id]);
    const resent = await t.admin.post(
      `/v1/clients/${t.client.id}/users/${invited.id}/resend-invite`,
    );
    expect(resent.body.status).toBe('invited');
    const second = await server.inviteToken('pending@example.com');
    expect(second).not.toBe(first);
    const revoked = await t.admin.delete(`/v1/clients/${t.client.id}/users/${invited.id}`);
    expect(revoked.status).toBe(200);
    const accept = await caller(server).post(`/v1/invitations/${second}/accept`);
    expect(accept.body.error.code).toBe('invitation_revoked');
    const active = await t.admin.post(
      `/v1/clients/${t.client.id}/users/${t.adminId}/resend-invite`,
    );
    expect(active.body.error.code).toBe('invite_not_pending');
  });

  it('shows invitations revoked by switching access off as expired, until a new one is sent', async () => {
    const t = await team('Team Switched Off');
    const invited = (
      await t.admin.post(`/v1/clients/${t.client.id}/users`, {
        email: 'cut@example.com',
        firstName: 'Cut',
        lastName: 'Off',
        role: 'viewer',
      })
    ).body;
    server.clock.advance(60_000);
    expect((await provider.delete(`/v1/clients/${t.client.id}/access`)).status).toBe(200);
    const offAt = server.clock.now().toISOString();
    const listed = (await provider.get(`/v1/clients/${t.client.id}/users`)).body.data;
    expect(listed.find((u: { id: string }) => u.id === invited.id)).toMatchObject({
      status: 'expired',
      inviteExpiresAt: offAt,
    });
    const filtered = (await provider.get(`/v1/clients/${t.client.id}/users?status=invited`)).body
      .data;
    expect(filtered.map((u: { id: string }) => u.id)).not.toContain(invited.id);

    // Access back on: the old link stays dead, and the user shows so until they get a new one.
    server.clock.advance(60_000);
    await provider.put(`/v1/clients/${t.client.id}/access`, {
      admin: { email: `admin+${t.client.id}@example.com`, firstName: 'A', lastName: 'B' },
    });
    const again = await provider.get(`/v1/clients/${t.client.id}/users?status=expired`);
    expect(again.body.data.map((u: { id: string }) => u.id)).toEqual([invited.id]);
    const resent = await provider.post(
      `/v1/clients/${t.client.id}/users/${invited.id}/resend-invite`,
    );
    expect(resent.body.status).toBe('invited');
  });

  it('shows the access admin invitation revoked by switching access off as expired', async () => {
    const client = (await provider.post('/v1/clients', { name: 'Admin Switched Off' })).body;
    await provider.put(`/v1/clients/${client.id}/access`, {
      admin: { email: 'cutadmin@example.com', firstName: 'Cut', lastName: 'Admin' },
    });
    const off = (await provider.delete(`/v1/clients/${client.id}/access`)).body;
    expect(off.admin).toMatchObject({
      status: 'expired',
      inviteExpiresAt: server.clock.now().toISOString(),
    });
    // Invited, switched off and on again all in the same instant: the new invitation counts.
    const on = (
      await provider.put(`/v1/clients/${client.id}/access`, {
        admin: { email: 'cutadmin@example.com', firstName: 'Cut', lastName: 'Admin' },
      })
    ).body;
    expect(on.admin.status).toBe('invited');
  });

  it('lets the provider manage users too, and keeps the session capabilities honest', async () => {
    const t = await team('Team Provider');
    const res = await provider.post(`/v1/clients/${t.client.id}/users`, {
      email: 'fromprovider@example.com',
      firstName: 'Pro',
      lastName: 'Vider',
      role: 'admin',
    });
    expect(res.status).toBe(201);
    const { api } = await join(
      t.client.id,
      { email: 'viewer@example.com', firstName: 'Vi', lastName: 'Ewer', role: 'viewer' },
      t.admin,
    );
    const current = (await api.get('/v1/sessions/current')).body;
    expect(current.role).toBe('viewer');
    expect(current.capabilities).toContain('users:read');
    expect(current.capabilities).not.toContain('users:manage');
    expect((await t.admin.get('/v1/sessions/current')).body.capabilities).toContain('users:manage');
  });
});
