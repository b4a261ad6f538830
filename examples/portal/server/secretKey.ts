import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where `npm run dev -w @vitrine/server` writes the demo provider's key: `<repo>/.vitrine`. */
export const demoSecretKeyFile = fileURLToPath(
  new URL('../../../.vitrine/demo-secret-key', import.meta.url),
);

/** The key in `file`, or null while the file does not exist yet (the API may still be starting). */
export function readSecretKeyFile(file: string = demoSecretKeyFile): string | null {
  if (!existsSync(file)) return null;
  const key = readFileSync(file, 'utf8').trim();
  return key === '' ? null : key;
}
