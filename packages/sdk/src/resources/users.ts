import { paginate } from '../pagination.js';
import type { Deleted, Page } from '../schemas/common.js';
import type { InviteUserBody, ListUsersQuery, UpdateUserBody, User } from '../schemas/users.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

export function createUsersResource(request: VitrineRequest) {
  const list = (
    clientId: string,
    query: ListUsersQuery = {},
    options?: CallOptions,
  ): Promise<Page<User>> => request('listUsers', { ...options, params: { clientId }, query });
  return {
    list,
    listAll: (
      clientId: string,
      query: ListUsersQuery = {},
      options?: CallOptions,
    ): AsyncGenerator<User> => paginate((q) => list(clientId, q, options), query),
    /** Creates the user as `invited` and emails the invitation. */
    invite: (clientId: string, body: InviteUserBody, options?: PostOptions): Promise<User> =>
      request('inviteUser', { ...options, params: { clientId }, body }),
    update: (
      clientId: string,
      userId: string,
      body: UpdateUserBody,
      options?: CallOptions,
    ): Promise<User> => request('updateUser', { ...options, params: { clientId, userId }, body }),
    /** Removes an active user or revokes a pending invitation. */
    remove: (clientId: string, userId: string, options?: CallOptions): Promise<Deleted> =>
      request('removeUser', { ...options, params: { clientId, userId } }),
    resendInvite: (clientId: string, userId: string, options?: PostOptions): Promise<User> =>
      request('resendUserInvite', { ...options, params: { clientId, userId } }),
  };
}

export type UsersResource = ReturnType<typeof createUsersResource>;
