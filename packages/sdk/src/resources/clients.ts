import { paginate } from '../pagination.js';
import type {
  Client,
  CreateClientBody,
  ListClientsQuery,
  UpdateClientBody,
} from '../schemas/clients.js';
import type { Page } from '../schemas/common.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

export function createClientsResource(request: VitrineRequest) {
  const list = (query: ListClientsQuery = {}, options?: CallOptions): Promise<Page<Client>> =>
    request('listClients', { ...options, query });
  return {
    list,
    /** Every client matching `query`, page after page. */
    listAll: (query: ListClientsQuery = {}, options?: CallOptions): AsyncGenerator<Client> =>
      paginate((q) => list(q, options), query),
    create: (body: CreateClientBody, options?: PostOptions): Promise<Client> =>
      request('createClient', { ...options, body }),
    get: (clientId: string, options?: CallOptions): Promise<Client> =>
      request('getClient', { ...options, params: { clientId } }),
    update: (clientId: string, body: UpdateClientBody, options?: CallOptions): Promise<Client> =>
      request('updateClient', { ...options, params: { clientId }, body }),
    /** Archives the client; it is kept and can still be read. */
    archive: (clientId: string, options?: CallOptions): Promise<Client> =>
      request('archiveClient', { ...options, params: { clientId } }),
  };
}

export type ClientsResource = ReturnType<typeof createClientsResource>;
