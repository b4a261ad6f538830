import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../testing/testServer.js';
import { admin, caller, startServer } from './support.js';

describe('access and invitations', () => {
  let server: TestServer;
  let api: ReturnType<typeof caller>;
  const anon = () => caller(server);
  beforeAll(async () => {
    server = await startServer();
    api = caller(server, server.provider.secretKey);
  });
  afterAll(() => server.close());

  const newClient = async (name = 'Acme Bakery') =>
    (await api.post('/v1/clients', { name })).body.id as string;

  it('starts switched off', async () => {
    const id = await newClient();
    const res = await api.get(`/v1/clients/${id}/access`);
    expect(res.body).toEqual({
      clientId: id,
      enabled: false,
      enabledAt: null,
      disabledAt: null,
      admin: null,
      history: [],
    });
  });

  it('writes the invitation in the language the inviter chose, and resends it in the same one', async () => {
    const id = await newClient('Bäckerei Huber');
    const refused = await api.put(`/v1/clients/${id}/access`, {
      admin: { ...admin, email: 'lena@example.com', locale: 'not a language' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0].path).toBe('admin.locale');

    await api.put(`/v1/clients/${id}/access`, {
      admin: { email: 'lena@example.com', firstName: 'Lena', lastName: 'Huber', locale: 'de' },
    });
    const [sent] = await server.outbox('lena@example.com');
    expect(sent?.subject).toMatch(
      / hat Sie eingeladen, die Shops von Bäckerei Huber zu verwalten$/,
    );
    expect(sent?.text).toContain('Hallo Lena,');
    expect(sent?.text).toContain('als Administrator');
    expect(sent?.html).toContain('<strong>Bäckerei Huber</strong>');

    server.clock.advance(60_000);
    await api.post(`/v1/clients/${id}/access/resend-invite`);
    const [resent] = await server.outbox('lena@example.com');
    expect(resent?.id).not.toBe(sent?.id);
    expect(resent?.text).toContain('Hallo Lena,');

    // Another tag falls back by language, then to English.
    const other = await newClient('Padaria Lisboa');
    await api.put(`/v1/clients/${other}/access`, {
      admin: { email: 'joao@example.com', firstName: 'João', lastName: 'Silva', locale: 'pt-PT' },
    });
    expect((await server.outbox('joao@example.com'))[0]?.text).toContain('Olá, João,');
    const third = await newClient('Bakery NL');
    await api.put(`/v1/clients/${third}/access`, {
      admin: { email: 'anouk@example.com', firstName: 'Anouk', lastName: 'Smit', locale: 'nl' },
    });
    expect((await server.outbox('anouk@example.com'))[0]?.text).toContain('Hello Anouk,');
  });

  it('enables access, normalises the email, and shows "invite sent" until accepted', async () => {
    const id = await newClient();
    const res = await api.put(`/v1/clients/${id}/access`, { admin });
    expect(res.status).toBe(200);
    expect(res.body.enabled).toBe(true);
    expect(res.body.admin).toMatchObject({
      email: 'ana.silva@example.com',
      firstName: 'Ana',
      status: 'invited',
    });
    expect(res.body.admin.inviteExpiresAt).toBe(
      new Date(server.clock.now().getTime() + 7 * 86400_000).toISOString(),
    );
    expect(res.body.history.map((h: { type: string }) => h.type)).toEqual([
      'invite_sent',
      'enabled',
    ]);
    expect((await api.get(`/v1/clients/${id}`)).body.accessEnabled).toBe(true);

    const [email] = await server.outbox('ana.silva@example.com');
    expect(email?.subject).toContain('Acme Bakery');
    expect(email?.text).toContain(email?.link ?? 'missing');
    const token = await server.inviteToken('ana.silva@example.com');

    const invitation = await anon().get(`/v1/invitations/${token}`);
    expect(invitation.body).toMatchObject({
      status: 'pending',
      email: 'ana.silva@example.com',
      role: 'admin',
      clientName: 'Acme Bakery',
      providerName: 'Test Print Ltd',
    });

    server.clock.advance(60_000);
    const accepted = await anon().post(`/v1/invitations/${token}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ clientId: id, role: 'admin', status: 'active' });

    const after = (await api.get(`/v1/clients/${id}/access`)).body;
    expect(after.admin.status).toBe('active');
    expect(after.admin.activatedAt).toBe(server.clock.now().toISOString());
    expect(after.admin.inviteExpiresAt).toBeNull();
    expect(after.history[0]).toMatchObject({
      type: 'invite_accepted',
      email: 'ana.silva@example.com',
    });
  });

  it('uses an invitation once', async () => {
    const id = await newClient();
    await api.put(`/v1/clients/${id}/access`, { admin: { ...admin, email: 'once@example.com' } });
    const token = await server.inviteToken('once@example.com');
    expect((await anon().post(`/v1/invitations/${token}/accept`)).status).toBe(200);
    const again = await anon().post(`/v1/invitations/${token}/accept`);
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('invitation_used');
    expect((await anon().get(`/v1/invitations/${token}`)).body.status).toBe('accepted');
  });

  it('accepts an invitation once when the same link is opened several times at the same moment', async () => {
    const id = await newClient('Race Bakery');
    await api.put(`/v1/clients/${id}/access`, { admin: { ...admin, email: 'race@example.com' } });
    const token = await server.inviteToken('race@example.com');
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => anon().post(`/v1/invitations/${token}/accept`)),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 410, 410, 410, 410, 410]);
    for (const refused of answers.filter((a) => a.status === 410)) {
      expect(refused.body.error.code).toBe('invitation_used');
    }
    const access = (await api.get(`/v1/clients/${id}/access`)).body;
    expect(access.admin.status).toBe('active');
    expect(
      access.history.filter((h: { type: string }) => h.type === 'invite_accepted'),
    ).toHaveLength(1);
  });

  it('refuses unknown and malformed tokens with 404', async () => {
    for (const token of ['vt_inv_doesnotexist', 'nonsense']) {
      const res = await anon().post(`/v1/invitations/${token}/accept`);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('invitation_not_found');
    }
  });

  it('expires invitations, and a resend issues a new link that replaces the old one', async () => {
    const id = await newClient();
    await api.put(`/v1/clients/${id}/access`, { admin: { ...admin, email: 'late@example.com' } });
    const first = await server.inviteToken('late@example.com');
    server.clock.advance(8 * 86400_000);
    expect((await api.get(`/v1/clients/${id}/access`)).body.admin.status).toBe('expired');
    const expired = await anon().post(`/v1/invitations/${first}/accept`);
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('invitation_expired');

    const resent = await api.post(`/v1/clients/${id}/access/resend-invite`);
    expect(resent.status).toBe(200);
    expect(resent.body.admin.status).toBe('invited');
    expect(resent.body.admin.lastInviteSentAt).toBe(server.clock.now().toISOString());
    expect(resent.body.history[0].type).toBe('invite_resent');
    const second = await server.inviteToken('late@example.com');
    expect(second).not.toBe(first);
    expect((await server.outbox('late@example.com')).length).toBe(2);
    expect((await anon().get(`/v1/invitations/${first}`)).body.status).toBe('revoked');
    expect((await anon().post(`/v1/invitations/${second}/accept`)).status).toBe(200);

    const noLonger = await api.post(`/v1/clients/${id}/access/resend-invite`);
    expect(noLonger.status).toBe(409);
    expect(noLonger.body.error.code).toBe('invite_not_pending');
  });

  it('disables access, revoking pending invitations, and re-enabling keeps the history', async () => {
    const id = await newClient();
    await api.put(`/v1/clients/${id}/access`, { admin: { ...admin, email: 'flip@example.com' } });
    const token = await server.inviteToken('flip@example.com');
    server.clock.advance(1000);
    const off = await api.delete(`/v1/clients/${id}/access`);
    expect(off.body).toMatchObject({ enabled: false });
    expect(off.body.disabledAt).toBe(server.clock.now().toISOString());
    expect((await anon().post(`/v1/invitations/${token}/accept`)).body.error.code).toBe(
      'invitation_revoked',
    );
    expect((await api.post(`/v1/clients/${id}/access/resend-invite`)).body.error.code).toBe(
      'access_not_enabled',
    );
    // Disabling twice is harmless.
    expect((await api.delete(`/v1/clients/${id}/access`)).status).toBe(200);

    server.clock.advance(1000);
    const on = await api.put(`/v1/clients/${id}/access`, {
      admin: { ...admin, email: 'flip@example.com' },
    });
    expect(on.body.admin.status).toBe('invited');
    expect(on.body.history.map((h: { type: string }) => h.type)).toEqual([
      'invite_sent',
      'enabled',
      'disabled',
      'invite_sent',
      'enabled',
    ]);
    const fresh = await server.inviteToken('flip@example.com');
    expect((await anon().post(`/v1/invitations/${fresh}/accept`)).status).toBe(200);

    // An admin who already accepted stays active when access comes back: no new invitation.
    await api.delete(`/v1/clients/${id}/access`);
    const back = await api.put(`/v1/clients/${id}/access`, {
      admin: { ...admin, email: 'flip@example.com' },
    });
    expect(back.body.admin.status).toBe('active');
    expect((await server.outbox('flip@example.com')).length).toBe(2);
  });

  it('treats enabling again with the same admin as a no-op and refuses a second admin', async () => {
    const id = await newClient();
    await api.put(`/v1/clients/${id}/access`, { admin: { ...admin, email: 'same@example.com' } });
    const again = await api.put(`/v1/clients/${id}/access`, {
      admin: { ...admin, email: 'SAME@example.com' },
    });
    expect(again.status).toBe(200);
    expect((await server.outbox('same@example.com')).length).toBe(1);
    const other = await api.put(`/v1/clients/${id}/access`, {
      admin: { ...admin, email: 'other@example.com' },
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('access_already_enabled');
  });

  it('validates the admin with field paths', async () => {
    const id = await newClient();
    const res = await api.put(`/v1/clients/${id}/access`, {
      admin: { email: 'not-an-email', firstName: ' ', lastName: 'S' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'admin.email',
      'admin.firstName',
    ]);
    expect((await api.get(`/v1/clients/${id}/access`)).body.enabled).toBe(false);
  });

  it('switches access off when a client is archived', async () => {
    const id = await newClient();
    await api.put(`/v1/clients/${id}/access`, { admin: { ...admin, email: 'arch@example.com' } });
    await api.delete(`/v1/clients/${id}`);
    const access = (await api.get(`/v1/clients/${id}/access`)).body;
    expect(access.enabled).toBe(false);
    const token = await server.inviteToken('arch@example.com');
    expect((await anon().post(`/v1/invitations/${token}/accept`)).body.error.code).toBe(
      'invitation_revoked',
    );
    expect((await api.put(`/v1/clients/${id}/access`, { admin })).body.error.code).toBe(
      'client_archived',
    );
  });
});
