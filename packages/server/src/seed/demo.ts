import type { Clock } from '../clock.js';
import type { Db } from '../db/types.js';
import { createProvider, findProviderByName } from '../services/accounts/providers.js';
import { upsertCatalog } from '../services/catalog/catalog.js';
import { demoCatalog } from './catalog.js';

export const DEMO_PROVIDER_NAME = 'Northwind Print Co.';

/**
 * The demo provider and its catalog. Idempotent: the catalog is refreshed, the provider and its
 * key are created only once (`secretKey` is null when they already existed).
 */
export async function seedDemo(
  db: Db,
  clock: Clock,
): Promise<{ providerId: string; secretKey: string | null; catalogSize: number }> {
  let providerId = await findProviderByName({ db }, DEMO_PROVIDER_NAME);
  let secretKey: string | null = null;
  if (!providerId) {
    const created = await createProvider({ db, clock }, { name: DEMO_PROVIDER_NAME });
    providerId = created.provider.id;
    secretKey = created.secretKey;
  }
  const catalog = demoCatalog();
  await db.transaction((tx) => upsertCatalog(tx, providerId, catalog));
  return { providerId, secretKey, catalogSize: catalog.length };
}
