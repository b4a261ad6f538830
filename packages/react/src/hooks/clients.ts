'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { Client, CreateClientBody, ListClientsQuery, UpdateClientBody } from '@vitrine/sdk';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';

export function useClients(query: ListClientsQuery = {}, options: { enabled?: boolean } = {}) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.clientList(query),
      queryFn: ({ signal }) => client.clients.list(query, { signal }),
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

export function useClient(clientId: string | undefined) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.client(clientId ?? ''),
      queryFn: ({ signal }) => client.clients.get(clientId!, { signal }),
      enabled: Boolean(clientId),
    },
    queryClient,
  );
}

function useClientWrites() {
  const { queryClient } = useVitrine();
  return (saved: Client) => {
    queryClient.setQueryData(vitrineKeys.client(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: [...vitrineKeys.clients(), 'list'] });
  };
}

export function useCreateClient() {
  const { client, queryClient } = useVitrine();
  const onSaved = useClientWrites();
  return useMutation(
    {
      mutationFn: (body: CreateClientBody) => client.clients.create(body),
      onSuccess: onSaved,
    },
    queryClient,
  );
}

export function useUpdateClient(clientId: string) {
  const { client, queryClient } = useVitrine();
  const onSaved = useClientWrites();
  return useMutation(
    {
      mutationFn: (body: UpdateClientBody) => client.clients.update(clientId, body),
      onSuccess: onSaved,
    },
    queryClient,
  );
}

export function useArchiveClient(clientId: string) {
  const { client, queryClient } = useVitrine();
  const onSaved = useClientWrites();
  return useMutation(
    { mutationFn: () => client.clients.archive(clientId), onSuccess: onSaved },
    queryClient,
  );
}
