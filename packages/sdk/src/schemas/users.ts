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

export const PersonBody = z.object({
  email: Email,
  firstName: Name(60),
  lastName: Name(60),
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
