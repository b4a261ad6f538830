export { DataDir } from './dataDir.js';
export { startJobRunner } from './jobs.js';
export { consoleSender, smtpSender, startOutboxDispatcher } from './mailer.js';
export { createPostgresDb } from './postgres.js';
export {
  type NodeServerOptions,
  openDatabase,
  type PlatformStandInContext,
  type PlatformStandIns,
  startNodeServer,
} from './server.js';
