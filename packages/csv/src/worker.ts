/**
 * Web Worker entry: serves imports with the built-in templates.
 *
 * ```ts
 * const worker = new Worker(new URL('@vitrine/csv/worker', import.meta.url), { type: 'module' });
 * const importer = createWorkerImporter(worker);
 * ```
 *
 * For custom templates write a worker that calls `exposeImporter` from `@vitrine/csv` instead.
 */

import { exposeImporter } from './worker/exposeImporter.js';
import type { WorkerPort } from './worker/protocol.js';

const scope = globalThis as { WorkerGlobalScope?: abstract new () => unknown };

// Serve only inside a worker; imported anywhere else (tests, server rendering) it does nothing.
if (
  typeof scope.WorkerGlobalScope === 'function' &&
  globalThis instanceof scope.WorkerGlobalScope
) {
  exposeImporter(globalThis as unknown as WorkerPort);
}
