import { createVitrine } from '@vitrine/sdk';

// Never cached, never rendered at build time: every call mints a fresh session.
export const dynamic = 'force-dynamic';

/**
 * A provider-scope session for the browser. The secret key stays on the server. A real portal
 * checks its own sign-in here first: only its staff may have a provider session.
 */
export async function POST() {
  const secretKey = process.env.VITRINE_SECRET_KEY;
  if (!secretKey) {
    return Response.json({ error: 'Set VITRINE_SECRET_KEY for the portal.' }, { status: 503 });
  }
  const vitrine = createVitrine({
    baseUrl: process.env.VITRINE_API_URL ?? 'http://localhost:4000',
    secretKey,
  });
  try {
    const { token, expiresAt } = await vitrine.sessions.create({ scope: 'provider' });
    return Response.json(
      { token, expiresAt },
      { status: 201, headers: { 'cache-control': 'no-store' } },
    );
  } catch {
    return Response.json({ error: 'The Vitrine API refused a session.' }, { status: 502 });
  }
}
