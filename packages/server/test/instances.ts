import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A server process started from test/fixtures/instance.ts. */
export interface Instance {
  child: ChildProcess;
  url: string;
  /** Every JSON log line the process wrote. */
  lines: Record<string, unknown>[];
}

/**
 * Starts one server process and waits until it listens; one that is not listening within
 * `seconds` is killed, so a stuck process fails the test instead of outliving it.
 */
export function startInstance(env: Record<string, string>, seconds = 120): Promise<Instance> {
  const child = spawn(
    process.execPath,
    ['--conditions=@vitrine/source', '--import', 'tsx', 'test/fixtures/instance.ts'],
    { cwd: join(import.meta.dirname, '..'), env: { ...process.env, DATABASE_URL: '', ...env } },
  );
  const lines: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`instance not listening after ${seconds} s: ${stderr}`));
    }, seconds * 1000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`instance exited with ${code}: ${stderr}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line);
      } catch {
        return; // the stand-ins' banner and other plain lines
      }
      lines.push(entry);
      if (entry.msg === 'ready') {
        clearTimeout(timer);
        resolve({ child, url: String(entry.url), lines });
      }
    });
  });
}

/**
 * Stops a process the way a signal does: `SIGTERM` for a clean stop, `SIGKILL` for a crash. A
 * process still there `graceSeconds` after a `SIGTERM` is killed: none outlives its test.
 */
export async function stopInstance(
  { child }: Instance,
  signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM',
  graceSeconds = 30,
) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), graceSeconds * 1000);
  await exited;
  clearTimeout(timer);
}

/** A port nobody listens on now, for a process that must come back at the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === 'object'
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Polls `check` until it returns a value: real processes are waited on, not slept for. */
export async function until<T>(
  what: string,
  check: () => Promise<T | undefined>,
  seconds = 120,
  everyMs = 50,
): Promise<T> {
  const end = Date.now() + seconds * 1000;
  let failure: unknown;
  for (;;) {
    // A busy process may drop a connection now and then: that is "not yet", not a result.
    const value = await check().catch((error: unknown) => {
      failure = error;
      return undefined;
    });
    if (value !== undefined) return value;
    if (Date.now() > end) {
      throw new Error(`Still waiting for ${what}${failure ? ` (last error: ${failure})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Calls an instance's API with a bearer credential, JSON in and out. */
export function apiOf(instance: () => Instance, credential: string) {
  return async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${instance().url}${path}`, {
      // A process that stopped answering fails the call (and `until` tries again) instead of
      // holding the test forever.
      signal: AbortSignal.timeout(30_000),
      method,
      headers: {
        authorization: `Bearer ${credential}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const text = await response.text();
    let parsed: any = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // CSV and other non-JSON answers stay text
    }
    return { status: response.status, body: parsed };
  };
}
