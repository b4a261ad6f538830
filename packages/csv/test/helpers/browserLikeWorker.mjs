// Entry of a `node:worker_threads` worker shaped like a browser's dedicated worker scope (a
// `WorkerGlobalScope` global, `postMessage` and `addEventListener` on the global), then the real
// `@vitrine/csv/worker` entry loaded from source.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

function WorkerGlobalScope() {}
WorkerGlobalScope.prototype = Object.getPrototypeOf(globalThis);
globalThis.WorkerGlobalScope = WorkerGlobalScope;
globalThis.postMessage = (message) => parentPort.postMessage(message);
globalThis.addEventListener = (type, listener) => parentPort.addEventListener(type, listener);
globalThis.removeEventListener = (type, listener) => parentPort.removeEventListener(type, listener);

await tsImport('../../src/worker.ts', import.meta.url);
