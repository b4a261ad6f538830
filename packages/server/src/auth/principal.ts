import type { Role } from '@vitrine/sdk';

/** Who is calling, once the bearer credential has been checked. */
export type Principal =
  | { kind: 'secret_key'; scope: 'provider'; providerId: string; keyId: string }
  | {
      kind: 'session';
      scope: 'provider';
      providerId: string;
      sessionId: string;
      expiresAt: Date;
    }
  | {
      kind: 'session';
      scope: 'client';
      providerId: string;
      sessionId: string;
      expiresAt: Date;
      clientId: string;
      userId: string;
      role: Role;
      /** For store managers: the stores they may manage. */
      storeIds: readonly string[];
    };

/** Rate limits: one bucket per secret key, and one per session subject (tokens are refreshed). */
export function rateLimitKey(p: Principal): string {
  if (p.kind === 'secret_key') return `key:${p.keyId}`;
  return p.scope === 'provider' ? `ses:${p.providerId}` : `ses:${p.clientId}:${p.userId}`;
}

/**
 * Who acts, whatever token they hold: `p:{providerId}` or `u:{clientId}:{userId}`. Recorded with
 * connection attempts and mapping changes.
 */
export function actorOf(p: Principal): string {
  return p.scope === 'provider' ? `p:${p.providerId}` : `u:${p.clientId}:${p.userId}`;
}

/**
 * Idempotency keys are scoped to who acts, not to one token: a retry after a session refresh
 * must still replay the first response.
 */
export const idempotencyScope = actorOf;
