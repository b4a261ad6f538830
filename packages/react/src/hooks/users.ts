'use client';
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import type {
  CurrentSession,
  InviteUserBody,
  ListStoresQuery,
  ListUsersQuery,
  UpdateUserBody,
} from '@vitrine/sdk';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';

/** A client's users, page by page (`fetchNextPage` loads more). */
export function useUsers(
  clientId: string,
  query: Omit<ListUsersQuery, 'cursor'> = {},
  options: { enabled?: boolean } = {},
) {
  const { client, queryClient } = useVitrine();
  return useInfiniteQuery(
    {
      queryKey: vitrineKeys.userList(clientId, query),
      queryFn: ({ pageParam, signal }) =>
        client.users.list(
          clientId,
          { ...query, ...(pageParam ? { cursor: pageParam } : {}) },
          { signal },
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      refetchOnWindowFocus: 'always',
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/** A client's stores (all of them, or those the session may see). */
export function useStores(
  clientId: string,
  query: Omit<ListStoresQuery, 'cursor'> = {},
  options: { enabled?: boolean } = {},
) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.storeList(clientId, query),
      queryFn: async ({ signal }) => {
        const stores = [];
        for await (const store of client.stores.listAll(
          clientId,
          { limit: 100, ...query },
          { signal },
        ))
          stores.push(store);
        return stores;
      },
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/**
 * Team writes refresh the team and the client's access (its admin is a team member). A change to
 * the signed-in user's own membership refreshes the session too, so capabilities follow it; after
 * removing themselves the session is dropped, as it no longer works.
 */
function useUserWrite<V, R>(
  clientId: string,
  run: (variables: V) => Promise<R>,
  affected?: { userId: (variables: V) => string; removes?: boolean },
) {
  const { queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: run,
      onSettled: (_result, error, variables) => {
        const own =
          affected !== undefined &&
          queryClient.getQueryData<CurrentSession>(vitrineKeys.session())?.userId ===
            affected.userId(variables);
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: vitrineKeys.users(clientId) }),
          queryClient.invalidateQueries({ queryKey: vitrineKeys.access(clientId) }),
          own && !error
            ? affected.removes
              ? queryClient.resetQueries({ queryKey: vitrineKeys.session() })
              : queryClient.invalidateQueries({ queryKey: vitrineKeys.session() })
            : undefined,
        ]);
      },
    },
    queryClient,
  );
}

export function useInviteUser(clientId: string) {
  const { client } = useVitrine();
  return useUserWrite(clientId, (body: InviteUserBody) => client.users.invite(clientId, body));
}

export function useUpdateUser(clientId: string) {
  const { client } = useVitrine();
  return useUserWrite(
    clientId,
    ({ userId, body }: { userId: string; body: UpdateUserBody }) =>
      client.users.update(clientId, userId, body),
    { userId: (variables) => variables.userId },
  );
}

/** Removes an active user or revokes a pending invitation. */
export function useRemoveUser(clientId: string) {
  const { client } = useVitrine();
  return useUserWrite(clientId, (userId: string) => client.users.remove(clientId, userId), {
    userId: (userId) => userId,
    removes: true,
  });
}

export function useResendUserInvite(clientId: string) {
  const { client } = useVitrine();
  return useUserWrite(clientId, (userId: string) => client.users.resendInvite(clientId, userId));
}
