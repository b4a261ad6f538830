import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomSecret } from '../ids.js';

/** The embedded default's home: the PGlite files and the secrets generated for development. */
export class DataDir {
  readonly path: string;
  constructor(path: string) {
    this.path = resolve(path);
    mkdirSync(this.path, { recursive: true });
  }
  get databasePath() {
    return join(this.path, 'db');
  }
  read(name: string): string | null {
    const file = join(this.path, name);
    return existsSync(file) ? readFileSync(file, 'utf8').trim() : null;
  }
  /** Secrets are written readable by the owner only. */
  writeSecret(name: string, value: string) {
    const file = join(this.path, name);
    writeFileSync(file, `${value}\n`, { mode: 0o600 });
    chmodSync(file, 0o600);
  }
  /** A secret kept across restarts, generated on first use. */
  secret(name: string, prefix = ''): string {
    const existing = this.read(name);
    if (existing) return existing;
    const value = randomSecret(prefix);
    this.writeSecret(name, value);
    return value;
  }
}
