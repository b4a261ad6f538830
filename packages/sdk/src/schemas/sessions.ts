import * as z from 'zod';
import { ClientId, Timestamp, UserId } from './common.js';
import { Role } from './users.js';

export const CreateSessionBody = z.discriminatedUnion('scope', [
  z.object({
    scope: z.literal('provider'),
    /** Lifetime in seconds; 15 minutes unless set. */
    ttlSeconds: z.number().int().min(60).max(3600).optional(),
  }),
  z.object({
    scope: z.literal('client'),
    clientId: ClientId,
    userId: UserId,
    ttlSeconds: z.number().int().min(60).max(3600).optional(),
  }),
]);
export type CreateSessionBody = z.input<typeof CreateSessionBody>;

export const Session = z.object({
  token: z.string(),
  expiresAt: Timestamp,
  scope: z.enum(['provider', 'client']),
  providerId: z.string(),
  clientId: ClientId.nullable(),
  userId: UserId.nullable(),
  role: Role.nullable(),
});
export type Session = z.infer<typeof Session>;

/** What the caller of a request is, and what it may do. */
export const CurrentSession = z.object({
  kind: z.enum(['secret_key', 'session']),
  scope: z.enum(['provider', 'client']),
  providerId: z.string(),
  clientId: ClientId.nullable(),
  userId: UserId.nullable(),
  role: Role.nullable(),
  expiresAt: Timestamp.nullable(),
  capabilities: z.array(z.string()),
});
export type CurrentSession = z.infer<typeof CurrentSession>;

/** One of the provider's secret keys, as the API shows it: never the key itself. */
export const SecretKey = z.object({
  id: z.string(),
  /** The key's last four characters, to tell keys apart. */
  last4: z.string(),
  createdAt: Timestamp,
  revokedAt: Timestamp.nullable(),
});
export type SecretKey = z.infer<typeof SecretKey>;

export const SecretKeyList = z.object({ data: z.array(SecretKey) });
export type SecretKeyList = z.infer<typeof SecretKeyList>;

/** A key just created: the only answer that ever carries the secret. */
export const CreatedSecretKey = SecretKey.extend({ secretKey: z.string() });
export type CreatedSecretKey = z.infer<typeof CreatedSecretKey>;
