import { createVitrine, NetworkError, type SessionToken, type Vitrine } from '@vitrine/sdk';

/** The Vitrine API; the browser calls it directly, with a session token instead of a key. */
export const apiUrl = import.meta.env.VITE_VITRINE_API_URL || 'http://localhost:4000';

/** Reads `{ token, expiresAt }` from one of the portal backend's session routes. */
async function postForSession(path: string): Promise<SessionToken> {
  const response = await fetch(path, { method: 'POST', credentials: 'same-origin' });
  if (!response.ok) {
    // Shown as "could not reach the server" with a "Try again" button.
    throw new NetworkError(
      `The portal could not start a Vitrine session (HTTP ${response.status})`,
    );
  }
  return response.json();
}

/**
 * Northwind's staff pages: a provider-scope session from the portal's backend. The secret key
 * stays on that backend; the SDK calls this again whenever the token is about to expire.
 */
export const vitrine = createVitrine({
  baseUrl: apiUrl,
  session: () => postForSession('/portal-api/session'),
});

/**
 * The invitation page works before anyone has an account: `InvitationAccept` calls only the
 * API's public invitation routes, so this client has no session to give.
 */
export const publicVitrine = createVitrine({
  baseUrl: apiUrl,
  session: () => Promise.reject(new Error('The invitation page has no Vitrine session')),
});

/** Why the client area has no session: never signed in, signed out, or no longer allowed. */
export type SignedOutReason = 'not_signed_in' | 'signed_out' | 'access_ended';

export class SignedOutError extends Error {
  constructor(readonly reason: SignedOutReason) {
    super(`No client session: ${reason}`);
    this.name = 'SignedOutError';
  }
}

/**
 * The client area's SDK client: client-scope sessions for whoever is signed in (the portal's
 * HttpOnly cookie says who; the browser never names a user). Make a new one after signing out
 * or in, so no token of the previous person stays cached.
 */
export function createClientVitrine(onSignedOut: (reason: SignedOutReason) => void): Vitrine {
  return createVitrine({
    baseUrl: apiUrl,
    session: async () => {
      const response = await fetch('/portal-api/client/session', {
        method: 'POST',
        credentials: 'same-origin',
      });
      if (response.status === 401 || response.status === 403) {
        const reason = response.status === 401 ? 'not_signed_in' : 'access_ended';
        onSignedOut(reason);
        throw new SignedOutError(reason);
      }
      if (!response.ok) {
        throw new NetworkError(
          `The portal could not start a Vitrine session (HTTP ${response.status})`,
        );
      }
      return response.json();
    },
  });
}

/** The demo sign-in: after accepting an invitation (see server/backend.ts for what it is not). */
export async function signInClientUser(user: { clientId: string; userId: string }) {
  const response = await fetch('/portal-api/client/sign-in', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: user.clientId, userId: user.userId }),
  });
  if (!response.ok) throw new Error(`Sign-in failed (HTTP ${response.status})`);
  return (await response.json()) as { clientId: string; userId: string };
}

export async function signOutClientUser() {
  const response = await fetch('/portal-api/client/sign-out', {
    method: 'POST',
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`Sign-out failed (HTTP ${response.status})`);
}
