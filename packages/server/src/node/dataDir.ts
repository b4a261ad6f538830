import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
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
  get lockPath() {
    return join(this.path, 'db.lock');
  }

  /**
   * Takes the folder for this process: PGlite has one writer, and two processes on one folder
   * corrupt it. The lock file names its owner; a lock whose owner no longer runs (on this
   * machine) is taken over. Returns the release, which is also run when the process exits.
   */
  lock(command: string): () => void {
    const path = this.lockPath;
    const mine: LockOwner = {
      pid: process.pid,
      hostname: hostname(),
      command,
      startedAt: new Date().toISOString(),
    };
    for (let attempt = 0; attempt < 5; attempt++) {
      // Written aside, then linked: the lock appears whole or not at all.
      const draft = `${path}.${process.pid}.${attempt}`;
      writeFileSync(draft, JSON.stringify(mine), { mode: 0o600 });
      try {
        linkSync(draft, path);
        const release = () => {
          process.off('exit', release);
          if (readOwner(path)?.startedAt === mine.startedAt && readOwner(path)?.pid === mine.pid) {
            unlinkSync(path);
          }
        };
        process.on('exit', release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      } finally {
        unlinkSync(draft);
      }
      const owner = readOwner(path);
      if (owner && running(owner)) {
        throw new Error(
          `The data folder ${this.path} is in use by process ${owner.pid} (${owner.command}, since ${owner.startedAt}). ` +
            'Stop it first, or make the change through its API. ' +
            `If no such process runs, delete ${path}.`,
        );
      }
      // The owner is gone: set its lock aside (one taker wins the rename) and try again.
      try {
        renameSync(path, `${path}.stale.${process.pid}`);
        unlinkSync(`${path}.stale.${process.pid}`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new Error(`Could not lock the data folder ${this.path}: ${path} keeps changing.`);
  }
}

interface LockOwner {
  pid: number;
  hostname: string;
  command: string;
  startedAt: string;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number'
      ? {
          pid: owner.pid,
          hostname: owner.hostname ?? '',
          command: owner.command ?? 'unknown',
          startedAt: owner.startedAt ?? 'unknown',
        }
      : null;
  } catch {
    // Unreadable (or gone): nobody to name, and nothing a running owner would leave.
    return null;
  }
}

/** Whether the owner still runs. Another machine's process cannot be checked: assumed alive. */
function running(owner: LockOwner): boolean {
  if (owner.hostname && owner.hostname !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
