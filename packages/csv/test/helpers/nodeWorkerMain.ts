// Runs in a `node:worker_threads` worker: serves imports on the port the test hands over.
import { workerData } from 'node:worker_threads';
import { exposeImporter, type WorkerPort } from '../../src/index.js';

exposeImporter(workerData.port as WorkerPort);
