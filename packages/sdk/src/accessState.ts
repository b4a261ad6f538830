import type { Access } from './schemas/access.js';

/**
 * Where a client's Storefronts access stands, in the words widgets use: `off`, `invited` ("Invite
 * sent"), `active` once the admin accepted, `expired` when the invitation lapsed or was revoked.
 */
export type AccessState = 'off' | 'invited' | 'active' | 'expired';

/** The access resource's state; access on without an admin yet counts as an invitation pending. */
export function accessState(access: Pick<Access, 'enabled' | 'admin'>): AccessState {
  if (!access.enabled) return 'off';
  const status = access.admin?.status;
  return status === 'active' || status === 'expired' ? status : 'invited';
}
