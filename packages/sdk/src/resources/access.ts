import type { Access, EnableAccessBody } from '../schemas/access.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

export function createAccessResource(request: VitrineRequest) {
  return {
    get: (clientId: string, options?: CallOptions): Promise<Access> =>
      request('getAccess', { ...options, params: { clientId } }),
    /** Enables the client's portal access and sends the admin an invitation. */
    enable: (clientId: string, body: EnableAccessBody, options?: CallOptions): Promise<Access> =>
      request('enableAccess', { ...options, params: { clientId }, body }),
    disable: (clientId: string, options?: CallOptions): Promise<Access> =>
      request('disableAccess', { ...options, params: { clientId } }),
    resendInvite: (clientId: string, options?: PostOptions): Promise<Access> =>
      request('resendAccessInvite', { ...options, params: { clientId } }),
  };
}

export type AccessResource = ReturnType<typeof createAccessResource>;
