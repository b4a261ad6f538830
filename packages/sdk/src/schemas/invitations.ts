import * as z from 'zod';
import { ClientId, Name, Timestamp, UserId } from './common.js';
import { Role } from './users.js';

export const InvitationStatus = z.enum(['pending', 'accepted', 'expired', 'revoked']);

/** What an invited person may see before accepting: no ids beyond their own. */
export const Invitation = z.object({
  status: InvitationStatus,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: Role,
  clientName: z.string(),
  providerName: z.string(),
  expiresAt: Timestamp,
});
export type Invitation = z.infer<typeof Invitation>;

export const AcceptInvitationBody = z
  .object({ firstName: Name(60).optional(), lastName: Name(60).optional() })
  .default({});
export type AcceptInvitationBody = z.input<typeof AcceptInvitationBody>;

export const AcceptedInvitation = z.object({
  clientId: ClientId,
  userId: UserId,
  email: z.string(),
  role: Role,
  status: z.literal('active'),
  activatedAt: Timestamp,
});
export type AcceptedInvitation = z.infer<typeof AcceptedInvitation>;
