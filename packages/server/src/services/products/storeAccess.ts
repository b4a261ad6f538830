import type { Principal } from '../../auth/principal.js';
import { confinedClientId } from '../../auth/scope.js';
import { DomainError, notFound } from '../../errors.js';
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

/**
 * The caller's store as `readableStore` finds it, without the counts of its products and
 * variants (a scan of a large store): for routes called many times in a row, like an import's
 * chunks and progress polls.
 */
export async function storeRef(
  ctx: ServiceContext,
  principal: Principal,
  storeId: string,
  access: 'read' | 'write',
): Promise<{ id: string; client_id: string; status: string }> {
  const [store] = await ctx.db.query<{ id: string; client_id: string; status: string }>(
    `select s.id, s.client_id, s.status from stores s join clients c on c.id = s.client_id
      where s.id = $1 and c.provider_id = $2 and ($3::text is null or s.client_id = $3)`,
    [storeId, principal.providerId, confinedClientId(principal)],
  );
  if (!store) throw notFound('store');
  if (access === 'write' && store.status === 'disconnected') {
    throw new DomainError('store_disconnected', 'The store is disconnected; connect it again.');
  }
  return store;
}
