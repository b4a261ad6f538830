import { concatBytes, digest, toHex } from '../crypto.js';

/**
 * `MessageHash`: SHA-1 over the site's Security Key followed by the raw body, the order Aleyant
 * describes. The encoding is not documented; the simulator sends lowercase hex.
 */
export async function signMessage(securityKey: string, body: string): Promise<string> {
  return toHex(await digest('SHA-1', concatBytes(securityKey, body)));
}
