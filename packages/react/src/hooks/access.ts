'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AcceptInvitationBody, Access, EnableAccessBody } from '@vitrine/sdk';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';

export interface UseAccessOptions {
  /**
   * Poll so an invitation accepted elsewhere shows up: every 5 s while the admin's invitation is
   * pending, every 30 s otherwise (only while the page is visible). A number fixes the interval;
   * `false` turns polling off.
   */
  refetchInterval?: number | false;
  enabled?: boolean;
}

export function useAccess(clientId: string, options: UseAccessOptions = {}) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.access(clientId),
      queryFn: ({ signal }) => client.access.get(clientId, { signal }),
      refetchInterval:
        options.refetchInterval ??
        ((query) => (query.state.data?.admin?.status === 'invited' ? 5_000 : 30_000)),
      refetchOnWindowFocus: 'always',
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

function useAccessWrite<V>(clientId: string, run: (variables: V) => Promise<Access>) {
  const { queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: run,
      onSuccess: (access) => {
        queryClient.setQueryData(vitrineKeys.access(clientId), access);
        // `accessEnabled` shows on client rows too, and the access admin is a team member.
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: vitrineKeys.clients() }),
          queryClient.invalidateQueries({ queryKey: vitrineKeys.users(clientId) }),
        ]);
      },
    },
    queryClient,
  );
}

export function useEnableAccess(clientId: string) {
  const { client } = useVitrine();
  return useAccessWrite(clientId, (body: EnableAccessBody) => client.access.enable(clientId, body));
}

export function useDisableAccess(clientId: string) {
  const { client } = useVitrine();
  return useAccessWrite(clientId, () => client.access.disable(clientId));
}

export function useResendInvite(clientId: string) {
  const { client } = useVitrine();
  return useAccessWrite(clientId, () => client.access.resendInvite(clientId));
}

export function useInvitation(token: string) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.invitation(token),
      queryFn: ({ signal }) => client.invitations.get(token, { signal }),
      enabled: token !== '',
    },
    queryClient,
  );
}

export function useAcceptInvitation(token: string) {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: (body: AcceptInvitationBody = {}) => client.invitations.accept(token, body),
      onSuccess: () => queryClient.invalidateQueries({ queryKey: vitrineKeys.invitation(token) }),
    },
    queryClient,
  );
}

export function useCurrentSession() {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.session(),
      queryFn: ({ signal }) => client.sessions.current({ signal }),
    },
    queryClient,
  );
}
