import { createTranslator, type Messages, type OrderTranslate } from '@vitrine/react';
import type { Order, StoreVariant } from '@vitrine/sdk';
import { demoCatalog, upsertCatalog } from '@vitrine/server';
import { packOf } from './locales.js';
import { connectShopify, type StoryPlatforms } from './platforms.js';
import { createTeam, DAY_MS, type StoryServer, type Team, type TeamMember } from './storyServer.js';

/**
 * The words an order story shows, in the toolbar's (or the story's) locale: the main catalog and
 * the order widgets' own, as the widgets read them.
 */
export function orderTextOf(context: { globals: Record<string, unknown> }): OrderTranslate {
  const pack = packOf(context);
  const t = createTranslator(
    { ...pack.messages, ...pack.orders } as unknown as Messages,
    pack.locale,
  );
  return t as OrderTranslate;
}

/** The A3 portrait poster of the demo catalog, and a design file for it. */
export const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';
export const POSTER_ART = 'https://files.fernwoodcandle.example/art/poster-spring.pdf';
const MINUTE_MS = 60 * 1000;

/** The print provider's catalog, as the demo server seeds it: orders and mappings name it. */
export async function seedCatalog(story: StoryServer) {
  await story.db.transaction((tx) => upsertCatalog(tx, story.provider.id, demoCatalog()));
}

export const fernwood = { name: 'Fernwood Candle Co.', referenceId: 'ERP-20817' };
export const maya = { email: 'maya@fernwoodcandle.example', firstName: 'Maya', lastName: 'Okafor' };
export const olivia: TeamMember = {
  email: 'olivia@fernwoodcandle.example',
  firstName: 'Olivia',
  lastName: 'Chen',
  role: 'order_manager',
};
export const diego: TeamMember = {
  email: 'diego@fernwoodcandle.example',
  firstName: 'Diego',
  lastName: 'Ramos',
  role: 'store_manager',
  stores: ['Market Street shop'],
};
export const tom: TeamMember = {
  email: 'tom@fernwoodcandle.example',
  firstName: 'Tom',
  lastName: 'Becker',
  role: 'viewer',
};

export interface OrderShop {
  team: Team;
  /** The Shopify demo shop, connected and synced. */
  shopId: string;
  /** The manual store "Market Street shop". */
  counterId: string;
  /** Our variant for the first variant of the demo shop's product `index`. */
  variantOf(index: number): Promise<StoreVariant>;
  /** Maps the demo shop's product `index` to the A3 poster with its design. */
  map(index: number): Promise<StoreVariant>;
  /** A Shopify order (signed `orders/create` webhook, then the intake job), a minute later. */
  shopifyOrder(index: number, quantity?: number): Promise<Order>;
  /**
   * A real (not test) Shopify order for product `index`, shipped by production with a tracking
   * code, and Shopify told: with `held`, Shopify holds its fulfillment order and refuses.
   */
  shippedShopifyOrder(index: number, options?: { held?: boolean }): Promise<Order>;
  /** An order placed by hand on the manual store, a minute later. */
  counterOrder(reference: string, buyer?: Partial<Buyer>, quantity?: number): Promise<Order>;
}

interface Buyer {
  firstName: string;
  lastName: string;
  addressLine1: string;
  city: string;
  postCode: string;
  country: string;
  email: string;
}

const buyers: Buyer[] = [
  {
    firstName: 'Ana',
    lastName: 'Silva',
    addressLine1: 'Rua Augusta 100',
    city: 'Lisboa',
    postCode: '1100-053',
    country: 'PT',
    email: 'ana@example.com',
  },
  {
    firstName: 'Jonas',
    lastName: 'Weber',
    addressLine1: 'Hauptstraße 12',
    city: 'Berlin',
    postCode: '10115',
    country: 'DE',
    email: 'jonas@example.com',
  },
  {
    firstName: 'Chloé',
    lastName: 'Martin',
    addressLine1: '8 rue de la Paix',
    city: 'Paris',
    postCode: '75002',
    country: 'FR',
    email: 'chloe@example.com',
  },
];

/**
 * Fernwood's team (Maya the admin, Olivia the order manager, Diego who runs the Market Street
 * shop, Tom who views), the catalog, the Shopify demo shop connected and synced, and the manual
 * Market Street shop: everything through the API and the simulated platform, as in production.
 */
export async function orderShop(story: StoryServer, platforms: StoryPlatforms): Promise<OrderShop> {
  await seedCatalog(story);
  const team = await createTeam(story, {
    client: fernwood,
    admin: maya,
    stores: ['Market Street shop'],
    members: [olivia, diego, tom],
  });
  const shop = await connectShopify(story, platforms, team.clientId, 'vitrine-demo');
  const counterId = team.stores['Market Street shop']!.id;
  let buyer = 0;

  const variantOf = async (index: number) => {
    const product = platforms.shopify.product('vitrine-demo', index)!;
    for await (const ours of story.backend.products.listAll(shop.id, { limit: 100 })) {
      if (ours.externalId !== String(product.id)) continue;
      const variant = ours.variants?.find((v) => v.externalId === String(product.variants[0]!.id));
      if (variant) return variant;
    }
    throw new Error(`Product ${index} of the demo shop is not synced`);
  };
  const newest = async () => {
    const page = await story.backend.orders.list(team.clientId, { limit: 1 });
    return page.data[0]!;
  };
  return {
    team,
    shopId: shop.id,
    counterId,
    variantOf,
    async map(index) {
      const variant = await variantOf(index);
      return story.backend.products.putMapping(shop.id, variant.id, {
        productUid: POSTER,
        files: [{ type: 'default', url: POSTER_ART }],
      });
    },
    async shopifyOrder(index, quantity = 1) {
      story.clock.advance(MINUTE_MS * 7);
      await platforms.shopify.createOrder('vitrine-demo', index, quantity);
      await story.app.runPendingJobs();
      return newest();
    },
    async shippedShopifyOrder(index, options = {}) {
      story.clock.advance(MINUTE_MS * 7);
      const [delivery] = await platforms.shopify.createOrder('vitrine-demo', index, 1, {
        test: false,
      });
      await story.app.runPendingJobs();
      const platformId = Number(JSON.parse(delivery!.body).id);
      const placed = await newest();
      if (options.held) {
        const [held] = platforms.shopify.fulfillmentOrders('vitrine-demo', platformId);
        platforms.shopify.setFulfillmentOrderStatus('vitrine-demo', held!.id, 'ON_HOLD');
      }
      story.clock.advance(DAY_MS);
      await story.backend.production.report(placed.id, {
        status: 'shipped',
        tracking: {
          code: '1Z999AA10123456784',
          url: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
        },
      });
      await story.app.runPendingJobs();
      return story.backend.orders.get(placed.id);
    },
    async counterOrder(reference, given = {}, quantity = 1) {
      story.clock.advance(MINUTE_MS * 7);
      const address = { ...buyers[buyer++ % buyers.length]!, ...given };
      return story.backend.orders.create(counterId, {
        orderReferenceId: reference,
        currency: 'EUR',
        shippingAddress: address,
        items: [
          {
            itemReferenceId: `${reference}-1`,
            productUid: POSTER,
            quantity,
            files: [{ type: 'default', url: POSTER_ART }],
          },
        ],
      });
    },
  };
}

/**
 * SEEDING ONLY, for stories: no API moves an order through production yet (a production system
 * will). This writes what it will report — each step's event, items' events and tracking codes —
 * straight into the story server's database, so the widgets can show a full timeline today.
 */
export async function seedProduction(
  story: StoryServer,
  order: Order,
  options: {
    /** The last status reached, on or off the production path. */
    until:
      | 'passed'
      | 'in_production'
      | 'printed'
      | 'shipped'
      | 'in_transit'
      | 'delivered'
      | 'failed'
      | 'returned';
    tracking?: { code: string; url: string | null }[];
  },
) {
  const path = ['passed', 'in_production', 'printed', 'shipped', 'in_transit', 'delivered'];
  const last =
    options.until === 'failed'
      ? 'passed'
      : options.until === 'returned'
        ? 'in_transit'
        : options.until;
  const steps = path.slice(0, path.indexOf(last) + 1);
  if (options.until === 'failed' || options.until === 'returned') steps.push(options.until);
  let at = Date.parse(order.createdAt);
  const event = async (status: string, itemId: string | null, note: string | null = null) => {
    at += 3 * 60 * MINUTE_MS;
    await story.db.query(
      `insert into order_events (id, order_id, item_id, status, note, created_at)
       values ($1, $2, $3, $4, $5, $6)`,
      [`oe_seed_${crypto.randomUUID()}`, order.id, itemId, status, note, new Date(at)],
    );
  };
  for (const status of steps) {
    if (status === 'printed') for (const item of order.items) await event('printed', item.id);
    await event(status, null);
    if (status === 'shipped') at += DAY_MS;
  }
  const final = steps.at(-1)!;
  await story.db.query('update orders set fulfillment_status = $2, updated_at = $3 where id = $1', [
    order.id,
    final,
    new Date(at),
  ]);
  await story.db.query(
    `update order_items set fulfillment_status = $2 where order_id = $1 and fulfillment_status <> 'canceled'`,
    [order.id, final],
  );
  for (const code of options.tracking ?? []) {
    await story.db.query(
      'insert into order_tracking (order_id, code, url, created_at) values ($1, $2, $3, $4)',
      [order.id, code.code, code.url, new Date(at)],
    );
  }
  return story.backend.orders.get(order.id);
}
