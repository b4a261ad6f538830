import { base64url, fromBase64url } from '../ids.js';

/**
 * Authenticated encryption of secrets at rest (platform access and refresh tokens): AES-256-GCM
 * through Web Crypto, so it runs wherever the app runs.
 *
 * A sealed value reads `v1.<keyId>.<iv>.<ciphertext>` (base64url parts; the GCM tag ends the
 * ciphertext). The key id is derived from the key itself, so a keyring can hold the current key and
 * older ones: new values are sealed with the current key, values sealed with an older key still
 * open, and `needsRotation` tells which to re-seal. The associated data (a row id, say) binds a
 * value to its place: copied into another row, it no longer opens.
 */
const VERSION = 'v1';
const IV_BYTES = 12;

export class DecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DecryptionError';
  }
}

/** A 32-byte key from its base64 (or base64url) text; throws on anything else. */
export function parseEncryptionKey(text: string): Uint8Array {
  const trimmed = text.trim();
  let bytes: Uint8Array;
  try {
    bytes = fromBase64url(trimmed.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  } catch {
    throw new Error('The encryption key is not base64.');
  }
  if (bytes.length !== 32 || !/^[A-Za-z0-9+/_-]+=*$/.test(trimmed)) {
    throw new Error('The encryption key must be 32 random bytes, base64-encoded (44 characters).');
  }
  return bytes;
}

/** A fresh key as base64 text, e.g. for `VITRINE_ENCRYPTION_KEY`. */
export function generateEncryptionKey(): string {
  let bin = '';
  for (const b of crypto.getRandomValues(new Uint8Array(32))) bin += String.fromCharCode(b);
  return btoa(bin);
}

interface LoadedKey {
  id: string;
  key: CryptoKey;
}

async function load(raw: Uint8Array): Promise<LoadedKey> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw as BufferSource));
  const id = [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, '0')).join('');
  const key = await crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  return { id, key };
}

export class Keyring {
  readonly #keys: Promise<{ current: LoadedKey; all: Map<string, LoadedKey> }>;

  /** `current` seals; `previous` keys only open what they sealed before a rotation. */
  constructor(current: Uint8Array, previous: readonly Uint8Array[] = []) {
    this.#keys = (async () => {
      const loaded = await Promise.all([current, ...previous].map(load));
      return { current: loaded[0]!, all: new Map(loaded.map((k) => [k.id, k])) };
    })();
  }

  static fromText(current: string, previous: readonly string[] = []): Keyring {
    return new Keyring(parseEncryptionKey(current), previous.map(parseEncryptionKey));
  }

  /** A keyring whose key lives as long as the process: right only for in-memory databases. */
  static ephemeral(): Keyring {
    return new Keyring(crypto.getRandomValues(new Uint8Array(32)));
  }

  async currentKeyId(): Promise<string> {
    return (await this.#keys).current.id;
  }

  async encrypt(plaintext: string, associatedData: string): Promise<string> {
    const { current } = await this.#keys;
    const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(associatedData) },
      current.key,
      new TextEncoder().encode(plaintext),
    );
    return [VERSION, current.id, base64url(iv), base64url(new Uint8Array(sealed))].join('.');
  }

  async decrypt(sealed: string, associatedData: string): Promise<string> {
    const parts = sealed.split('.');
    if (parts.length !== 4 || parts[0] !== VERSION) {
      throw new DecryptionError('Not a sealed value this server understands.');
    }
    const [, keyId, ivText, dataText] = parts as [string, string, string, string];
    const key = (await this.#keys).all.get(keyId);
    if (!key) throw new DecryptionError(`Sealed with key ${keyId}, which this keyring lacks.`);
    try {
      const plain = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: fromBase64url(ivText) as BufferSource,
          additionalData: new TextEncoder().encode(associatedData),
        },
        key.key,
        fromBase64url(dataText) as BufferSource,
      );
      return new TextDecoder().decode(plain);
    } catch {
      throw new DecryptionError('The sealed value was altered, or belongs elsewhere.');
    }
  }

  async encryptJson(value: unknown, associatedData: string): Promise<string> {
    return this.encrypt(JSON.stringify(value), associatedData);
  }

  async decryptJson<T>(sealed: string, associatedData: string): Promise<T> {
    return JSON.parse(await this.decrypt(sealed, associatedData)) as T;
  }

  /** Whether a value was sealed with a key other than the current one. */
  async needsRotation(sealed: string): Promise<boolean> {
    return sealed.split('.')[1] !== (await this.#keys).current.id;
  }
}
