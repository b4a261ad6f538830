import type { Meta, StoryObj } from '@storybook/react-vite';
import { OrderList } from '@vitrine/react';
import type { Order } from '@vitrine/sdk';
import { expect, fn, waitFor, within } from 'storybook/test';
import { outage } from './support/network.js';
import {
  diego,
  maya,
  type OrderShop,
  olivia,
  orderShop,
  orderTextOf,
  seedProduction,
  tom,
} from './support/orders.js';
import { type StoryPlatforms, serveWithPlatforms } from './support/platforms.js';
import { createClient, type StoryServer, seedOf } from './support/storyServer.js';
import { shown } from './support/text.js';

type Seed = { clientId: string; waiting?: string };

const meta = {
  title: 'Widgets/OrderList',
  component: OrderList,
  args: { clientId: '', onSelect: fn(), onMapProduct: fn(), onError: fn(), onReady: fn() },
  render: (args, context) => <OrderList {...args} clientId={seedOf<Seed>(context).clientId} />,
  parameters: {
    frame: 'wide',
    docs: {
      description: {
        component:
          'A client’s orders from every store, newest first: filters by store, status, source and search (debounced), each order’s status with test orders flagged, why a not-connected order waits and a way to map its product, "Load more" paging, and live refresh while the page is visible. Store managers see their own stores’ orders.',
      },
    },
  },
} satisfies Meta<typeof OrderList>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

type Viewer = 'admin' | 'orders' | 'manager' | 'viewer' | 'provider';
const who = { admin: maya.email, orders: olivia.email, manager: diego.email, viewer: tom.email };

/** Fernwood's orders in every state: from Shopify, by hand, a test order, waiting, canceled, shipped. */
async function everyState(story: StoryServer, shop: OrderShop) {
  await shop.map(0);
  await shop.map(2);
  const delivered = await shop.counterOrder('MS-1001', {}, 4);
  await seedProduction(story, delivered, {
    until: 'delivered',
    tracking: [{ code: '1Z999AA10123456784', url: 'https://track.example/1Z999AA10123456784' }],
  });
  const shipped = await shop.shopifyOrder(2, 2);
  await seedProduction(story, shipped, { until: 'in_transit' });
  const canceled = await shop.counterOrder('MS-1002');
  await story.backend.orders.cancel(canceled.id);
  // A minute later, so the newest-first list keeps one order on every load.
  story.clock.advance(60_000);
  await story.backend.orders.createTest(shop.shopId);
  await shop.counterOrder('MS-1003', { firstName: 'Jonas', lastName: 'Weber' }, 12);
  await shop.shopifyOrder(0, 3);
  return shop.shopifyOrder(1);
}

const orders = (
  viewer: Viewer,
  extra: (story: StoryServer, shop: OrderShop) => Promise<unknown> = everyState,
) =>
  serveWithPlatforms(async (story, platforms: StoryPlatforms): Promise<Seed> => {
    const shop = await orderShop(story, platforms);
    const waiting = (await extra(story, shop)) as Order | undefined;
    story.signInAs(viewer === 'provider' ? 'provider' : shop.team.as(who[viewer]));
    return {
      clientId: shop.team.clientId,
      ...(waiting ? { waiting: waiting.orderReferenceId } : {}),
    };
  });

const orderItem = async (context: Context, reference: string) =>
  within(
    (
      await context.canvas.findByRole('heading', { name: reference, level: 4 }, { timeout: 15_000 })
    ).closest('li')!,
  );

// Stories -------------------------------------------------------------------------------------

/** A new client: no orders yet. */
export const Empty: Story = {
  loaders: [
    serveWithPlatforms(async (story): Promise<Seed> => {
      const created = await createClient(story, { name: 'Fernwood Candle Co.' });
      return { clientId: created.id };
    }),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('orders.list.empty')), {}, { timeout: 10_000 }),
    ).toBeVisible();
  },
};

/** Maya, the admin: orders in every state, with the one waiting for its product. */
export const EveryState: Story = {
  loaders: [orders('admin')],
  play: async (context) => {
    const t = orderTextOf(context);
    const { waiting } = seedOf<Seed>(context);
    const held = await orderItem(context, waiting!);
    await expect(held.getByText(shown(t('orders.status.not_connected')))).toBeVisible();
    await expect(held.getByText(shown(t('orders.reason.variant_unmapped')))).toBeVisible();
    await held.getByRole('button', { name: t('orders.mapProduct') }).click();
    await expect(context.args.onMapProduct).toHaveBeenCalled();
    const delivered = await orderItem(context, 'MS-1001');
    await expect(delivered.getByText(shown(t('orders.status.delivered')))).toBeVisible();
    const canceled = await orderItem(context, 'MS-1002');
    await expect(canceled.getByText(shown(t('orders.reason.canceled_by_user')))).toBeVisible();
    await expect(context.canvas.getAllByText(shown(t('orders.test'))).length).toBeGreaterThan(0);
  },
};

/** Many orders: the first page, then "Load more". */
export const ManyOrders: Story = {
  args: { pageSize: 10 },
  loaders: [
    orders('admin', async (_story, shop) => {
      for (let n = 1; n <= 24; n++) await shop.counterOrder(`MS-${2000 + n}`, {}, (n % 5) + 1);
    }),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    await orderItem(context, 'MS-2024');
    await expect(context.canvas.getAllByRole('heading', { level: 4 })).toHaveLength(10);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('orders.list.loadMore') }),
    );
    await waitFor(() =>
      expect(context.canvas.getAllByRole('heading', { level: 4 })).toHaveLength(20),
    );
  },
};

/** Filtered to the orders waiting for a mapping, then to nothing at all. */
export const Filtered: Story = {
  args: { defaultFilters: { status: 'not_connected' } },
  loaders: [orders('orders')],
  play: async (context) => {
    const t = orderTextOf(context);
    const { waiting } = seedOf<Seed>(context);
    await orderItem(context, waiting!);
    await waitFor(() =>
      expect(context.canvas.getAllByRole('heading', { level: 4 })).toHaveLength(1),
    );
    await context.userEvent.type(
      context.canvas.getByRole('searchbox', { name: t('orders.list.search') }),
      'nobody-here',
    );
    await expect(
      await context.canvas.findByText(shown(t('orders.list.noMatch')), {}, { timeout: 5000 }),
    ).toBeVisible();
  },
};

/** Diego runs the Market Street shop: he sees its orders only. */
export const StoreManagerView: Story = {
  loaders: [orders('manager')],
  play: async (context) => {
    const { waiting } = seedOf<Seed>(context);
    await orderItem(context, 'MS-1003');
    await expect(context.canvas.queryByRole('heading', { name: waiting! })).toBeNull();
  },
};

/** Olivia manages orders but not products: the hint, without "Map the product". */
export const OrderManagerView: Story = {
  loaders: [orders('orders')],
  play: async (context) => {
    const t = orderTextOf(context);
    const { waiting } = seedOf<Seed>(context);
    const held = await orderItem(context, waiting!);
    await expect(held.getByText(shown(t('orders.mapHint')))).toBeVisible();
    await expect(held.queryByRole('button', { name: t('orders.mapProduct') })).toBeNull();
  },
};

/** The orders could not be loaded: the error, and a way to try again. */
export const ErrorLoading: Story = {
  loaders: [
    serveWithPlatforms(
      async (story): Promise<Seed> => {
        const created = await createClient(story, { name: 'Fernwood Candle Co.' });
        return { clientId: created.id };
      },
      { network: [outage('GET /v1/clients/*/orders')] },
    ),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(within(alert).getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};

/** On a phone, 375 px wide. */
export const Narrow: Story = {
  ...EveryState,
  render: (args, context) => (
    <div style={{ maxWidth: 375 }}>
      <OrderList {...args} clientId={seedOf<Seed>(context).clientId} />
    </div>
  ),
};
