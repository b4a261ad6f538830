import type { CreatedSecretKey, SecretKey, SecretKeyList } from '../schemas/sessions.js';
import type { CallOptions, PostOptions, VitrineRequest } from '../types.js';

/** The provider's secret keys. Every call needs a secret key: make them from your backend. */
export function createKeysResource(request: VitrineRequest) {
  return {
    list: (options?: CallOptions): Promise<SecretKeyList> =>
      request('listSecretKeys', { ...options }),
    /** The answer carries the new key: the only time it is ever shown. */
    create: (options?: PostOptions): Promise<CreatedSecretKey> =>
      request('createSecretKey', { ...options, body: {} }),
    /** The key and every session it minted stop working at once. */
    revoke: (keyId: string, options?: PostOptions): Promise<SecretKey> =>
      request('revokeSecretKey', { ...options, params: { keyId }, body: {} }),
  };
}

export type KeysResource = ReturnType<typeof createKeysResource>;
