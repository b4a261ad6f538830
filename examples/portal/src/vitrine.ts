import { createVitrine, NetworkError, type SessionToken } from '@vitrine/sdk';

/** The Vitrine API; the browser calls it directly, with a session token instead of a key. */
export const apiUrl = import.meta.env.VITE_VITRINE_API_URL || 'http://localhost:4000';

/**
 * Asks the portal's backend for a short-lived session token. The secret key stays on that
 * backend; the SDK calls this again whenever the token is about to expire.
 */
async function fetchSession(): Promise<SessionToken> {
  const response = await fetch('/portal-api/session', {
    method: 'POST',
    credentials: 'same-origin',
  });
  if (!response.ok) {
    // Shown as "could not reach the server" with a "Try again" button.
    throw new NetworkError(
      `The portal could not start a Vitrine session (HTTP ${response.status})`,
    );
  }
  return response.json();
}

export const vitrine = createVitrine({ baseUrl: apiUrl, session: fetchSession });
