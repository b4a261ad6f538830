import type { Role } from '@vitrine/sdk';

/**
 * How far a role's grant reaches: `all` of the client's data, or only the stores `assigned` to the
 * user (store managers).
 */
export type Reach = 'all' | 'assigned';

/**
 * The one permission table: capability × role. A provider (secret key or provider session) holds
 * every capability for its own clients; client roles hold what is listed. Every route names its
 * capability when it is registered, so no route exists outside this table.
 */
export const permissions = {
  // Provider-level operations: no client role holds them.
  'clients:list': {},
  'clients:create': {},
  'clients:update': {},
  'clients:archive': {},
  'access:manage': {},
  'postbacks:manage': {},
  'production:manage': {},

  // The client's own account.
  'clients:read': { admin: 'all', store_manager: 'all', order_manager: 'all', viewer: 'all' },
  'access:read': { admin: 'all' },
  'session:read': { admin: 'all', store_manager: 'all', order_manager: 'all', viewer: 'all' },
  'users:read': { admin: 'all', store_manager: 'all', order_manager: 'all', viewer: 'all' },
  'users:manage': { admin: 'all' },
  'catalog:read': { admin: 'all', store_manager: 'all', order_manager: 'all', viewer: 'all' },
  // Jobs work on stores: store managers see only their stores' jobs.
  'jobs:read': { admin: 'all', store_manager: 'assigned', order_manager: 'all', viewer: 'all' },

  // Stores and their products: store managers only for their assigned stores.
  'stores:read': { admin: 'all', store_manager: 'assigned', order_manager: 'all', viewer: 'all' },
  'stores:connect': { admin: 'all' },
  'stores:manage': { admin: 'all', store_manager: 'assigned' },
  'products:read': { admin: 'all', store_manager: 'assigned', viewer: 'all' },
  'products:manage': { admin: 'all', store_manager: 'assigned' },

  // Orders: order managers see and manage them; viewers see them; store managers see their
  // stores' orders.
  'orders:read': { admin: 'all', store_manager: 'assigned', order_manager: 'all', viewer: 'all' },
  'orders:manage': { admin: 'all', order_manager: 'all' },
} as const satisfies Record<string, Partial<Record<Role, Reach>>>;

export type Capability = keyof typeof permissions;
export const capabilities = Object.keys(permissions) as Capability[];

/** What a role may do with a capability: its reach, or null when it may not. */
export function reachOf(role: Role, capability: Capability): Reach | null {
  return (permissions[capability] as Partial<Record<Role, Reach>>)[role] ?? null;
}

export function roleCan(role: Role, capability: Capability): boolean {
  return reachOf(role, capability) !== null;
}

/** Every capability of a client role, or of a provider (`null`). */
export function capabilitiesOf(role: Role | null): Capability[] {
  return role === null ? capabilities : capabilities.filter((c) => roleCan(role, c));
}
