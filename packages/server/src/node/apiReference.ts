import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/**
 * Redoc's standalone bundle from the `redoc` package installed beside this server (an optional
 * peer dependency), or null when there is none.
 */
export async function readRedocBundle(): Promise<string | null> {
  let path: string;
  try {
    path = createRequire(import.meta.url).resolve('redoc/bundles/redoc.standalone.js');
  } catch {
    return null;
  }
  return readFile(path, 'utf8');
}
