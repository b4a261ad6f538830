import type { AppConfig } from '../config.js';

/** What every service call gets: the database, the clock and the configuration. */
export type ServiceContext = Pick<
  AppConfig,
  | 'db'
  | 'clock'
  | 'sessionSecret'
  | 'sessionTtlSeconds'
  | 'invitationTtlSeconds'
  | 'inviteUrlTemplate'
  | 'publicUrl'
  | 'corsOrigins'
  | 'keyring'
  | 'platforms'
  | 'outboundFetch'
  | 'outboundPolicy'
  | 'fileStore'
  | 'production'
  | 'maxUploadBytes'
  | 'maxPrintFileBytes'
  | 'jobs'
  | 'oauthStateTtlSeconds'
  | 'onError'
  | 'maxBodyBytes'
>;

export const iso = (d: Date | string | null | undefined): string | null =>
  d == null ? null : new Date(d).toISOString();

export const isoRequired = (d: Date | string): string => new Date(d).toISOString();
