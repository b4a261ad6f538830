import type { Order, StoreProduct, StoreVariant } from '@vitrine/sdk';
import type { TestServer } from '../testing/testServer.js';
import type { caller } from './support.js';

/** What order intake tests share: finding and mapping synced variants, reading what was kept. */

export const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
export const art = 'https://files.test/poster.pdf';

type Api = ReturnType<typeof caller>;

/** A synced variant, found by the platform's product and variant ids as the store lists them. */
export async function variantOf(
  api: Api,
  storeId: string,
  productExternalId: string | number,
  variantExternalId: string | number,
): Promise<StoreVariant> {
  for (let cursor: string | null = null; ; ) {
    const res = await api.get(
      `/v1/stores/${storeId}/products?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
    );
    const product = (res.body.data as StoreProduct[]).find(
      (p) => p.externalId === String(productExternalId),
    );
    const variant = product?.variants?.find((v) => v.externalId === String(variantExternalId));
    if (variant) return variant;
    cursor = res.body.nextCursor;
    if (!cursor) throw new Error(`No variant ${variantExternalId} of ${productExternalId}`);
  }
}

/** Maps a variant to the poster (or `mapping`), as a person does with the mapping widget. */
export async function mapVariant(
  api: Api,
  storeId: string,
  variantId: string,
  mapping: Record<string, unknown> = {
    productUid: POSTER,
    files: [{ type: 'default', url: art }],
  },
) {
  const res = await api.put(`/v1/stores/${storeId}/variants/${variantId}/mapping`, mapping);
  if (res.status !== 200) throw new Error(`mapping: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The store's orders, newest first. */
export async function ordersOf(api: Api, clientId: string, storeId: string): Promise<Order[]> {
  return (await api.get(`/v1/clients/${clientId}/orders?storeId=${storeId}&limit=100`)).body.data;
}

/** Every delivery kept for a store, oldest first, with how intake read it. */
export function eventsOf(server: TestServer, storeId: string) {
  return server.db.query<{
    delivery_id: string;
    topic: string;
    processed_at: Date | null;
    failed_reason: string | null;
  }>(
    `select delivery_id, topic, processed_at, failed_reason from platform_events
      where store_id = $1 and payload is not null order by received_at, delivery_id`,
    [storeId],
  );
}
