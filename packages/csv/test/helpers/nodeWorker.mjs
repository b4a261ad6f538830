// Entry of a `node:worker_threads` worker: loads the TypeScript sources through tsx, then serves
// imports on the port the test hands over (as `@vitrine/csv/worker` does in a browser worker).
import { tsImport } from 'tsx/esm/api';

await tsImport('./nodeWorkerMain.ts', import.meta.url);
