import { describe, expect, it } from 'vitest';
import { fromBase64url } from '../ids.js';
import {
  DecryptionError,
  generateEncryptionKey,
  Keyring,
  parseEncryptionKey,
} from './encryption.js';

const secret = JSON.stringify({ accessToken: 'shpat_0123456789abcdef', refreshToken: 'shprt_x' });

describe('Keyring (AES-256-GCM at rest)', () => {
  it('opens what it sealed, and seals the same text differently every time', async () => {
    const keyring = Keyring.fromText(generateEncryptionKey());
    const a = await keyring.encrypt(secret, 'store:st_1');
    const b = await keyring.encrypt(secret, 'store:st_1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('shpat_');
    expect(a).toMatch(/^v1\.[0-9a-f]{12}\.[\w-]{16}\.[\w-]+$/);
    expect(await keyring.decrypt(a, 'store:st_1')).toBe(secret);
    expect(await keyring.decryptJson(b, 'store:st_1')).toEqual(JSON.parse(secret));
  });

  it('refuses a value altered anywhere: ciphertext, tag, iv or key id', async () => {
    const keyring = Keyring.fromText(generateEncryptionKey());
    const sealed = await keyring.encrypt(secret, 'store:st_1');
    const [v, kid, iv, data] = sealed.split('.') as [string, string, string, string];
    const flip = (text: string, at: number) => {
      const bytes = fromBase64url(text);
      bytes[at]! ^= 0x01;
      let bin = '';
      for (const b of bytes) bin += String.fromCharCode(b);
      return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    };
    const dataLength = fromBase64url(data).length;
    const tampered = [
      [v, kid, iv, flip(data, 0)], // first ciphertext byte
      [v, kid, iv, flip(data, dataLength - 1)], // last byte of the GCM tag
      [v, kid, flip(iv, 3), data],
      [v, 'ffffffffffff', iv, data],
      ['v2', kid, iv, data],
    ].map((parts) => parts.join('.'));
    for (const value of [...tampered, sealed.slice(0, -4), 'plain text', '']) {
      await expect(keyring.decrypt(value, 'store:st_1')).rejects.toBeInstanceOf(DecryptionError);
    }
  });

  it('binds a value to its place: moved to another store it does not open', async () => {
    const keyring = Keyring.fromText(generateEncryptionKey());
    const sealed = await keyring.encrypt(secret, 'store:st_1');
    await expect(keyring.decrypt(sealed, 'store:st_2')).rejects.toBeInstanceOf(DecryptionError);
  });

  it('refuses with the wrong key, and opens with the right one after a rotation', async () => {
    const oldKey = generateEncryptionKey();
    const newKey = generateEncryptionKey();
    const sealed = await Keyring.fromText(oldKey).encrypt(secret, 'store:st_1');

    await expect(Keyring.fromText(newKey).decrypt(sealed, 'store:st_1')).rejects.toThrow(/lacks/);

    const rotated = Keyring.fromText(newKey, [oldKey]);
    expect(await rotated.decrypt(sealed, 'store:st_1')).toBe(secret);
    expect(await rotated.needsRotation(sealed)).toBe(true);
    const resealed = await rotated.encrypt(secret, 'store:st_1');
    expect(await rotated.needsRotation(resealed)).toBe(false);
    expect(resealed.split('.')[1]).toBe(await rotated.currentKeyId());
    // The old key alone cannot open what the new one sealed.
    await expect(Keyring.fromText(oldKey).decrypt(resealed, 'store:st_1')).rejects.toThrow();
  });

  it('accepts only 32-byte keys in base64 or base64url', () => {
    const key = generateEncryptionKey();
    expect(key).toHaveLength(44);
    expect(parseEncryptionKey(key)).toHaveLength(32);
    expect(
      parseEncryptionKey(key.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')),
    ).toEqual(parseEncryptionKey(key));
    for (const bad of ['', 'short', btoa('x'.repeat(31)), btoa('x'.repeat(33)), `${key}!`]) {
      expect(() => parseEncryptionKey(bad)).toThrow(/32 random bytes|base64/);
    }
  });
});
