import type { Role, User } from '@vitrine/sdk';

/** A change the manager is about to make, or made: what `onBeforeAction` and `onSuccess` get. */
export type UserManagerAction =
  | { type: 'invite'; invites: UserManagerInvite[] }
  | { type: 'changeRole'; user: User; role: Role; storeIds: string[] }
  | { type: 'resend'; user: User }
  | { type: 'revoke'; user: User }
  | { type: 'remove'; user: User };

/** One person invited, with the role (and stores) the whole invitation shares. */
export interface UserManagerInvite {
  email: string;
  firstName: string;
  lastName: string;
  role: Role;
  storeIds: string[];
}
