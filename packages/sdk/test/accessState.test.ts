import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { type Access, type AccessAdmin, accessState, createVitrine } from '../src/index.js';

const admin = (status: AccessAdmin['status']): AccessAdmin => ({
  userId: 'usr_00000000000000000001',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  status,
  invitedAt: '2026-03-02T09:00:00.000Z',
  lastInviteSentAt: '2026-03-02T09:00:00.000Z',
  inviteExpiresAt: '2026-03-09T09:00:00.000Z',
  activatedAt: status === 'active' ? '2026-03-03T09:00:00.000Z' : null,
});

describe('accessState', () => {
  it('reads off, invited, active and expired from the access resource', () => {
    expect(accessState({ enabled: false, admin: null })).toBe('off');
    // Switched off after the admin accepted: off wins over the admin's own status.
    expect(accessState({ enabled: false, admin: admin('active') })).toBe('off');
    expect(accessState({ enabled: true, admin: admin('invited') })).toBe('invited');
    expect(accessState({ enabled: true, admin: admin('active') })).toBe('active');
    expect(accessState({ enabled: true, admin: admin('expired') })).toBe('expired');
    // On, with no admin to show yet: still waiting for someone to accept.
    expect(accessState({ enabled: true, admin: null })).toBe('invited');
  });

  describe('against the reference server', () => {
    let server: TestServer;
    afterAll(() => server?.close());

    it('follows a client’s access from off to invited, expired, invited again, active and off', async () => {
      server = await createTestServer();
      const s = server;
      const vitrine = createVitrine(
        { baseUrl: s.baseUrl, secretKey: s.provider.secretKey },
        { fetch: (input, init) => s.fetch(input, init) },
      );
      const client = await vitrine.clients.create({ name: 'Acme' });
      const states: ReturnType<typeof accessState>[] = [];
      const seen = (access: Access) => states.push(accessState(access));

      seen(await vitrine.access.get(client.id));
      seen(
        await vitrine.access.enable(client.id, {
          admin: { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' },
        }),
      );
      s.clock.advance(8 * 86400_000);
      seen(await vitrine.access.get(client.id));
      seen(await vitrine.access.resendInvite(client.id));
      const accept = await s.fetch(
        `${s.baseUrl}/v1/invitations/${await s.inviteToken('ada@example.com')}/accept`,
        { method: 'POST' },
      );
      expect(accept.status).toBe(200);
      seen(await vitrine.access.get(client.id));
      seen(await vitrine.access.disable(client.id));

      expect(states).toEqual(['off', 'invited', 'expired', 'invited', 'active', 'off']);
    });
  });
});
