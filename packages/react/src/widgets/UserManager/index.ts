export {
  UserManager,
  type UserManagerAction,
  type UserManagerPart,
  type UserManagerProps,
} from './UserManager.js';
