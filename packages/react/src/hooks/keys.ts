import type { ListClientsQuery } from '@vitrine/sdk';

/** Query keys, one factory for every Vitrine query, so invalidation stays precise. */
export const vitrineKeys = {
  all: ['vitrine'] as const,
  session: () => [...vitrineKeys.all, 'session'] as const,
  clients: () => [...vitrineKeys.all, 'clients'] as const,
  clientList: (query: ListClientsQuery = {}) => [...vitrineKeys.clients(), 'list', query] as const,
  client: (clientId: string) => [...vitrineKeys.clients(), 'detail', clientId] as const,
  access: (clientId: string) => [...vitrineKeys.all, 'access', clientId] as const,
  invitation: (token: string) => [...vitrineKeys.all, 'invitation', token] as const,
};
