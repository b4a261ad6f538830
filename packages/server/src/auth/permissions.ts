import type { Role } from '@vitrine/sdk';

/**
 * The one permission table: every capability and the client roles that hold it. A provider
 * (secret key or provider session) holds every capability for its own clients. Routes must
 * name their capability when registered, so a route cannot exist without an entry here.
 */
export const permissions = {
  /** Provider-level: list and create clients, manage their Storefronts access. */
  'clients:list': [],
  'clients:create': [],
  'clients:read': ['admin', 'store_manager', 'order_manager', 'viewer'],
  'clients:update': [],
  'clients:archive': [],
  'access:read': ['admin'],
  'access:manage': [],
  'session:read': ['admin', 'store_manager', 'order_manager', 'viewer'],
  'catalog:read': ['admin', 'store_manager', 'order_manager', 'viewer'],
} as const satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof permissions;

export function roleCan(role: Role, capability: Capability): boolean {
  return (permissions[capability] as readonly Role[]).includes(role);
}

export function capabilitiesOf(role: Role | null): Capability[] {
  const all = Object.keys(permissions) as Capability[];
  return role === null ? all : all.filter((c) => roleCan(role, c));
}
