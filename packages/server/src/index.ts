export { createApp, type VitrineApp } from './app.js';
export { type Capability, permissions } from './auth/permissions.js';
export { type Clock, ManualClock, systemClock } from './clock.js';
export type { AppOptions, JobsConfig, RateLimitConfig, RequestLogEntry } from './config.js';
export {
  DecryptionError,
  generateEncryptionKey,
  Keyring,
  parseEncryptionKey,
} from './crypto/encryption.js';
export { migrate } from './db/migrate.js';
export { createPgliteDb } from './db/pglite.js';
export type { Db, Queryable } from './db/types.js';
export type { RegisteredRoute } from './http/router.js';
export {
  defaultEtsyScopes,
  EtsyAdapter,
  type EtsyOptions,
} from './platforms/etsy/adapter.js';
export {
  fromPressero,
  PresseroAdapter,
  type PresseroCredentials,
  type PresseroOptions,
} from './platforms/pressero/adapter.js';
export {
  defaultShopifyScopes,
  ShopifyAdapter,
  type ShopifyOptions,
} from './platforms/shopify/adapter.js';
export type { PlatformAdapter } from './platforms/types.js';
export { demoCatalog } from './seed/catalog.js';
export { seedDemo } from './seed/demo.js';
export {
  createProvider,
  createSecretKey,
  listSecretKeys,
  revokeSecretKey,
} from './services/accounts/providers.js';
export { upsertCatalog } from './services/catalog/catalog.js';
export type { RunPendingJobsOptions, RunPendingJobsResult } from './services/jobs.js';
export { listOutbox, type OutboxMessage, sendPendingEmails } from './services/outbox.js';
export { rotateCredentials } from './services/stores/platformSessions.js';
