import * as z from 'zod';
import { ClientId, Timestamp, UserId } from './common.js';
import { PersonBody } from './users.js';

export const AccessAdmin = z.object({
  userId: UserId,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** `invited` reads "Invite sent"; `active` once the invitation is accepted. */
  status: z.enum(['invited', 'active', 'expired']),
  invitedAt: Timestamp.nullable(),
  lastInviteSentAt: Timestamp.nullable(),
  inviteExpiresAt: Timestamp.nullable(),
  activatedAt: Timestamp.nullable(),
});
export type AccessAdmin = z.infer<typeof AccessAdmin>;

export const AccessEvent = z.object({
  type: z.enum(['enabled', 'disabled', 'invite_sent', 'invite_resent', 'invite_accepted']),
  at: Timestamp,
  email: z.string().nullable(),
});
export type AccessEvent = z.infer<typeof AccessEvent>;

export const Access = z.object({
  clientId: ClientId,
  enabled: z.boolean(),
  enabledAt: Timestamp.nullable(),
  disabledAt: Timestamp.nullable(),
  admin: AccessAdmin.nullable(),
  /** Newest first: every enable, disable, invite and acceptance of this client's access. */
  history: z.array(AccessEvent),
});
export type Access = z.infer<typeof Access>;

export const EnableAccessBody = z.object({ admin: PersonBody });
export type EnableAccessBody = z.input<typeof EnableAccessBody>;
