export type { UserManagerAction, UserManagerInvite } from './types.js';
export { UserManager, type UserManagerPart, type UserManagerProps } from './UserManager.js';
