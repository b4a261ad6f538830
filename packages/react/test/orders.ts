import type { Order, StoreVariant } from '@vitrine/sdk';
import type { TestServer } from '@vitrine/server/testing';
import { acceptInvite, providerApi } from './render.js';

export const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
export const ART = 'https://files.test/poster.pdf';

/**
 * A client whose orders the order widgets show, through the real API: an active admin, the
 * Shopify demo shop connected and synced, and a manual store. The server needs its catalog
 * (`createTestServer({ seedCatalog: true })`).
 */
export async function orderClient(server: TestServer, name: string) {
  const api = providerApi(server);
  const created = await api('POST', '/v1/clients', { name });
  const email = `admin-${created.id}@example.com`;
  const access = await api('PUT', `/v1/clients/${created.id}/access`, {
    admin: { email, firstName: 'Ada', lastName: 'Admin' },
  });
  await acceptInvite(server, email);
  const started = await api('POST', `/v1/clients/${created.id}/stores/authorize`, {
    platform: 'shopify',
    shop: 'vitrine-demo',
  });
  await server.fetch(await server.shopify.approve(started.authorizeUrl));
  await server.runJobs();
  const manual = await api('POST', `/v1/clients/${created.id}/stores`, {
    platform: 'manual',
    name: 'Trade counter',
  });
  const clientId = created.id as string;
  const shopifyId = started.store.id as string;

  /** Our variant for the first variant of the demo shop's product `index`. */
  const variantOf = async (index: number): Promise<StoreVariant> => {
    const product = server.shopify.product('vitrine-demo', index)!;
    const listed = await api('GET', `/v1/stores/${shopifyId}/products?limit=100`);
    const ours = listed.data.find(
      (p: { externalId: string }) => p.externalId === String(product.id),
    );
    return ours.variants.find(
      (v: StoreVariant) => v.externalId === String(product.variants[0]!.id),
    );
  };
  return {
    clientId,
    adminId: access.admin.userId as string,
    shopifyId,
    manualId: manual.id as string,
    variantOf,
    /** Maps the demo shop's product `index` to the A3 poster with one file. */
    async map(index: number) {
      const variant = await variantOf(index);
      await api('PUT', `/v1/stores/${shopifyId}/variants/${variant.id}/mapping`, {
        productUid: POSTER,
        files: [{ type: 'default', url: ART }],
      });
      return variant;
    },
    /** A Shopify order for product `index`, through a signed webhook and the intake job. */
    async shopifyOrder(index: number, quantity = 1): Promise<Order> {
      // A minute apart, so newest-first lists have one order.
      server.clock.advance(60_000);
      const [delivery] = await server.shopify.createOrder('vitrine-demo', index, quantity);
      await server.runJobs();
      const platformId = String(JSON.parse(delivery!.body).id);
      const page = await api('GET', `/v1/clients/${clientId}/orders?limit=100`);
      return page.data.find((o: Order) => o.platformOrderId === platformId);
    },
    /**
     * A real (not test) Shopify order for product `index`, shipped by production while Shopify
     * holds its fulfillment order: Shopify refuses to fulfil it. `reopen()` lifts the hold.
     */
    async refusedShipment(index: number, tracking = 'HELD-1') {
      server.clock.advance(60_000);
      const [delivery] = await server.shopify.createOrder('vitrine-demo', index, 1, {
        test: false,
      });
      await server.runJobs();
      const platformId = Number(JSON.parse(delivery!.body).id);
      const page = await api('GET', `/v1/clients/${clientId}/orders?limit=100`);
      const placed: Order = page.data.find((o: Order) => o.platformOrderId === String(platformId));
      const [held] = server.shopify.fulfillmentOrders('vitrine-demo', platformId);
      server.shopify.setFulfillmentOrderStatus('vitrine-demo', held!.id, 'ON_HOLD');
      await api('POST', `/v1/orders/${placed.id}/events`, {
        status: 'shipped',
        tracking: { code: tracking },
      });
      await server.runJobs();
      const order: Order = await api('GET', `/v1/orders/${placed.id}`);
      return {
        order,
        reopen: () => server.shopify.setFulfillmentOrderStatus('vitrine-demo', held!.id, 'OPEN'),
        /** What Shopify shows fulfilled on the order. */
        fulfillments: (): unknown[] => [...server.shopify.fulfillments('vitrine-demo', platformId)],
      };
    },
    /** An order placed by hand on the manual store, as the provider's backend would. */
    manualOrder(reference: string, extra: Record<string, unknown> = {}): Promise<Order> {
      server.clock.advance(60_000);
      return api('POST', `/v1/stores/${manual.id}/orders`, {
        orderReferenceId: reference,
        currency: 'EUR',
        shippingAddress: {
          firstName: 'Ana',
          lastName: 'Silva',
          addressLine1: 'Rua Augusta 100',
          city: 'Lisboa',
          postCode: '1100-053',
          country: 'PT',
          email: 'ana@example.com',
        },
        items: [
          {
            itemReferenceId: `${reference}-1`,
            productUid: POSTER,
            quantity: 1,
            files: [{ type: 'default', url: ART }],
          },
        ],
        ...extra,
      });
    },
    /** A team member with `role` (store managers run `storeIds`), signed up. */
    async member(role: string, storeIds: string[] = []) {
      const memberEmail = `${role}-${clientId}@example.com`;
      const user = await api('POST', `/v1/clients/${clientId}/users`, {
        email: memberEmail,
        firstName: 'Mo',
        lastName: role,
        role,
        ...(role === 'store_manager' ? { storeIds } : {}),
      });
      await acceptInvite(server, memberEmail);
      return { clientId, userId: user.id as string };
    },
  };
}
