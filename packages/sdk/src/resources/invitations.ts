import type {
  AcceptedInvitation,
  AcceptInvitationBody,
  Invitation,
} from '../schemas/invitations.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

/** The invitation token is the credential: these calls send no Authorization header. */
export function createInvitationsResource(request: VitrineRequest) {
  return {
    get: (token: string, options?: CallOptions): Promise<Invitation> =>
      request('getInvitation', { ...options, params: { token } }),
    accept: (
      token: string,
      body?: AcceptInvitationBody,
      options?: PostOptions,
    ): Promise<AcceptedInvitation> =>
      request('acceptInvitation', { ...options, params: { token }, body }),
  };
}

export type InvitationsResource = ReturnType<typeof createInvitationsResource>;
