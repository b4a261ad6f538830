import type { CreateSessionBody, CurrentSession, Session } from '../schemas/sessions.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

export function createSessionsResource(request: VitrineRequest) {
  return {
    /** Mints a short-lived token for a browser. Needs the secret key: call it from your backend. */
    create: (body: CreateSessionBody, options?: PostOptions): Promise<Session> =>
      request('createSession', { ...options, body }),
    /** Who the caller is and what it may do. */
    current: (options?: CallOptions): Promise<CurrentSession> =>
      request('currentSession', { ...options }),
  };
}

export type SessionsResource = ReturnType<typeof createSessionsResource>;
