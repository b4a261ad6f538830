/**
 * Where uploaded design files live: a folder under the data directory (Node's default),
 * S3-compatible object storage when configured, or memory (tests, the in-browser server). Keys
 * are server-made (`{fileId}`), never a name someone typed.
 */
export interface FileStore {
  put(key: string, data: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under `key`. */
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

/** Files kept in the process: for tests and the in-browser server only. */
export class MemoryFileStore implements FileStore {
  readonly #files = new Map<string, Uint8Array>();
  async put(key: string, data: Uint8Array): Promise<void> {
    this.#files.set(key, data.slice());
  }
  async get(key: string): Promise<Uint8Array | null> {
    return this.#files.get(key) ?? null;
  }
  async delete(key: string): Promise<void> {
    this.#files.delete(key);
  }
}
