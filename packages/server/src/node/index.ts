export { createPostgresDb } from './postgres.js';
export { DataDir } from './dataDir.js';
export { consoleSender, smtpSender, startOutboxDispatcher } from './mailer.js';
export { type NodeServerOptions, openDatabase, startNodeServer } from './server.js';
