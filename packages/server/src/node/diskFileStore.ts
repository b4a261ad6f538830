import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileStore } from '../storage/fileStore.js';

/**
 * Design files in a folder (the data directory's `files/` by default). Keys are server-made ids,
 * checked again here so that no key can reach outside the folder. Writes land under a temporary
 * name first: a crash never leaves half a file under a real name.
 */
export class DiskFileStore implements FileStore {
  constructor(readonly folder: string) {}

  #path(key: string): string {
    if (!/^[\w-]+$/.test(key)) throw new Error(`Not a file key: ${key}`);
    return join(this.folder, key);
  }

  async put(key: string, data: Uint8Array, _contentType?: string): Promise<void> {
    const path = this.#path(key);
    await mkdir(this.folder, { recursive: true });
    const temporary = `${path}.${process.pid}.partial`;
    await writeFile(temporary, data);
    await rename(temporary, path);
  }

  async get(key: string): Promise<Uint8Array | null> {
    try {
      return new Uint8Array(await readFile(this.#path(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.#path(key), { force: true });
  }
}
