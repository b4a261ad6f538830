import { DomainError, notFound } from '../errors.js';
import type { Router } from '../http/router.js';
import {
  issueSecretKey,
  listSecretKeys,
  revokeSecretKey,
  type SecretKeySummary,
} from '../services/accounts/providers.js';

const shown = (key: SecretKeySummary) => ({
  id: key.id,
  last4: key.last4,
  createdAt: key.createdAt.toISOString(),
  revokedAt: key.revokedAt?.toISOString() ?? null,
});

/** The provider's own secret keys: listed without the secret, created once, revoked for good. */
export function keyRoutes(r: Router) {
  r.add('listSecretKeys', 'secret_key', async ({ principal, services }) => ({
    data: (await listSecretKeys(services, principal.providerId)).map(shown),
  }));

  r.add(
    'createSecretKey',
    'secret_key',
    async ({ principal, services }) => {
      const { secretKey, ...key } = await issueSecretKey(services, principal.providerId);
      return { ...shown(key), secretKey };
    },
    { shownOnce: true },
  );

  r.add('revokeSecretKey', 'secret_key', async ({ principal, params, services }) => {
    if (principal.kind !== 'secret_key') throw new Error('revokeSecretKey needs a secret key');
    const key = (await listSecretKeys(services, principal.providerId)).find(
      (k) => k.id === params.keyId,
    );
    // Another provider's key looks exactly like an unknown one.
    if (!key) throw notFound('key');
    if (key.id === principal.keyId) {
      throw new DomainError(
        'conflict',
        'A key cannot revoke itself: create a new key, switch to it, then revoke this one.',
      );
    }
    return shown((await revokeSecretKey(services, key.id))!);
  });
}
