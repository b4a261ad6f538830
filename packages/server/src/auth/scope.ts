import type { Principal } from './principal.js';

/** The client a principal is confined to, or null for a provider (all of its clients). */
export const confinedClientId = (p: Principal): string | null =>
  p.scope === 'client' ? p.clientId : null;
