import type { Principal } from '../../auth/principal.js';
import { confinedClientId } from '../../auth/scope.js';
import { DomainError } from '../../errors.js';
import type { ServiceContext } from '../context.js';
import { getStoreRow } from '../stores/stores.js';

/** The caller's store (its provider's, its client's for client users), or 404. */
export const readableStore = (ctx: ServiceContext, principal: Principal, storeId: string) =>
  getStoreRow(ctx.db, principal.providerId, storeId, confinedClientId(principal));

/** The caller's store, which must not be disconnected for its products to change. */
export async function writableStore(ctx: ServiceContext, principal: Principal, storeId: string) {
  const store = await readableStore(ctx, principal, storeId);
  if (store.status === 'disconnected') {
    throw new DomainError('store_disconnected', 'The store is disconnected; connect it again.');
  }
  return store;
}
