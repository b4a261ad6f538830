import * as z from 'zod';
import { ClientId, Email, Name, PageQuery, StoreId, Timestamp, UserId } from './common.js';

export const roles = ['admin', 'store_manager', 'order_manager', 'viewer'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const UserStatus = z.enum(['invited', 'active', 'expired']);
export type UserStatus = z.infer<typeof UserStatus>;

export const User = z.object({
  id: UserId,
  clientId: ClientId,
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  role: Role,
  /** For store managers: the stores they manage. Empty for other roles. */
  storeIds: z.array(StoreId),
  status: UserStatus,
  invitedAt: Timestamp.nullable(),
  inviteExpiresAt: Timestamp.nullable(),
  activatedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type User = z.infer<typeof User>;

/** A BCP 47 language tag such as `en`, `pt-BR` or `de-CH`. */
export const LocaleTag = z
  .string()
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'A language tag such as en or pt-BR');

export const PersonBody = z.object({
  email: Email,
  firstName: Name(60),
  lastName: Name(60),
  /**
   * The language of the invitation email (and later ones): one of the six the widgets ship, or
   * another tag, which falls back by language, then to English. English when left out.
   */
  locale: LocaleTag.optional(),
});

export const InviteUserBody = PersonBody.extend({
  role: Role,
  storeIds: z.array(StoreId).max(500).default([]),
});
export type InviteUserBody = z.input<typeof InviteUserBody>;

export const UpdateUserBody = z.object({
  role: Role.optional(),
  storeIds: z.array(StoreId).max(500).optional(),
  firstName: Name(60).optional(),
  lastName: Name(60).optional(),
});
export type UpdateUserBody = z.input<typeof UpdateUserBody>;

export const ListUsersQuery = PageQuery.extend({
  status: UserStatus.optional(),
  role: Role.optional(),
});
export type ListUsersQuery = z.input<typeof ListUsersQuery>;
