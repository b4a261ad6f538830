'use client';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ProductionConnection, PutProductionBody } from '@vitrine/sdk';
import { useVitrine } from '../provider/VitrineProvider.js';
import { vitrineKeys } from './keys.js';

/**
 * Where the provider's orders are made: GelatoConnect (its order address and the API key's last
 * four characters; the key itself never comes back), postbacks only, or none yet.
 */
export function useProduction(options: { enabled?: boolean } = {}) {
  const { client, queryClient } = useVitrine();
  return useQuery(
    {
      queryKey: vitrineKeys.production(),
      queryFn: ({ signal }) => client.production.get({ signal }),
      enabled: options.enabled ?? true,
    },
    queryClient,
  );
}

/**
 * Sets the connection. A GelatoConnect answer carries the status address to give GelatoConnect
 * (it holds a credential): the caller gets it, the cache does not, and the mutation forgets it as
 * soon as nobody watches (`gcTime: 0`).
 */
export function useSetProduction() {
  const { client, queryClient } = useVitrine();
  return useMutation(
    {
      mutationFn: (body: PutProductionBody) => client.production.set(body),
      gcTime: 0,
      onSuccess: (connection) => {
        queryClient.setQueryData<ProductionConnection>(vitrineKeys.production(), {
          ...connection,
          gelatoconnect: connection.gelatoconnect && {
            ...connection.gelatoconnect,
            statusUrl: null,
          },
        });
      },
    },
    queryClient,
  );
}
