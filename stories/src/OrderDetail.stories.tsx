import type { Meta, StoryObj } from '@storybook/react-vite';
import { OrderDetail } from '@vitrine/react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { outage } from './support/network.js';
import {
  maya,
  type OrderShop,
  olivia,
  orderShop,
  orderTextOf,
  seedProduction,
  tom,
} from './support/orders.js';
import { serveWithPlatforms } from './support/platforms.js';
import { type StoryServer, seedOf } from './support/storyServer.js';
import { shown } from './support/text.js';

type Seed = { orderId: string; reference: string };

const meta = {
  title: 'Widgets/OrderDetail',
  component: OrderDetail,
  args: { orderId: '', onBack: fn(), onMapProduct: fn(), onSuccess: fn(), onError: fn() },
  render: (args, context) => <OrderDetail {...args} orderId={seedOf<Seed>(context).orderId} />,
  parameters: {
    frame: 'wide',
    docs: {
      description: {
        component:
          'One order: its status and why it waits or stopped, the items with product UID, catalog title, print files (opened in a new tab) and item status, the production progress and the full history (item events included), tracking links and the shipping address. Admins and order managers release a not-connected order once its products are mapped, and cancel an order (after confirming) while nothing has gone to production.',
      },
    },
  },
} satisfies Meta<typeof OrderDetail>;

export default meta;
type Story = StoryObj<typeof meta>;

const who = { admin: maya.email, orders: olivia.email, viewer: tom.email };

const order = (
  viewer: keyof typeof who,
  make: (story: StoryServer, shop: OrderShop) => Promise<{ id: string; orderReferenceId: string }>,
  options: Parameters<typeof serveWithPlatforms>[1] = {},
) =>
  serveWithPlatforms(async (story, platforms): Promise<Seed> => {
    const shop = await orderShop(story, platforms);
    const made = await make(story, shop);
    story.signInAs(shop.team.as(who[viewer]));
    return { orderId: made.id, reference: made.orderReferenceId };
  }, options);

const fromShop = async (_story: StoryServer, shop: OrderShop) => {
  await shop.map(0);
  return shop.shopifyOrder(0, 2);
};

/** A Shopify order just received: its mapped product, the design file, the first step reached. */
export const Received: Story = {
  loaders: [order('orders', fromShop)],
  play: async (context) => {
    const t = orderTextOf(context);
    const { reference } = seedOf<Seed>(context);
    await context.canvas.findByRole(
      'heading',
      { name: t('orders.detail.title', { reference }) },
      { timeout: 15_000 },
    );
    const link = await context.canvas.findByRole('link', {
      name: new RegExp(`^${t('orders.printArea.default')}: poster-spring\\.pdf`),
    });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(
      context.canvas.getByRole('button', { name: t('orders.detail.cancel') }),
    ).toBeEnabled();
  },
};

/** Waiting for a mapping: why, what to do, and "Release" (too early, it says so). */
export const NotConnected: Story = {
  loaders: [order('orders', async (_story, shop) => shop.shopifyOrder(1))],
  play: async (context) => {
    const t = orderTextOf(context);
    const { reference } = seedOf<Seed>(context);
    const release = await context.canvas.findByRole(
      'button',
      { name: t('orders.detail.release') },
      { timeout: 15_000 },
    );
    await expect(
      context.canvas.getByText(shown(t('orders.problem.variant_unmapped'))),
    ).toBeVisible();
    await context.userEvent.click(release);
    const alert = await context.canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(shown(t('orders.detail.stillWaiting', { reference })));
  },
};

/** Released once its product was mapped. */
export const Released: Story = {
  loaders: [
    order('orders', async (story, shop) => {
      const held = await shop.shopifyOrder(1);
      await shop.map(1);
      return story.backend.orders.release(held.id);
    }),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    await expect(
      await context.canvas.findByText(
        new RegExp(shown(t('orders.note.released')).replace('.', '\\.')),
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
  },
};

/** A test order: flagged, and its history says what it is. */
export const TestOrder: Story = {
  loaders: [
    order('orders', async (story, shop) => {
      await shop.map(0);
      return story.backend.orders.createTest(shop.shopId);
    }),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    await expect(
      await context.canvas.findByText(
        shown(t('orders.note.test')),
        { exact: false },
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    await expect(context.canvas.getByText(shown(t('orders.test')))).toBeVisible();
  },
};

/** Canceling asks first. */
export const CancelConfirm: Story = {
  loaders: [order('orders', async (_story, shop) => shop.counterOrder('MS-1002'))],
  play: async (context) => {
    const t = orderTextOf(context);
    await context.userEvent.click(
      await context.canvas.findByRole(
        'button',
        { name: t('orders.detail.cancel') },
        { timeout: 15_000 },
      ),
    );
    await expect(
      await context.canvas.findByRole('alertdialog', {
        name: t('orders.cancelDialog.title', { reference: 'MS-1002' }),
      }),
    ).toBeVisible();
  },
};

/** Canceled: the reason, no actions left. */
export const Canceled: Story = {
  loaders: [
    order('orders', async (story, shop) => {
      const placed = await shop.counterOrder('MS-1002');
      return story.backend.orders.cancel(placed.id);
    }),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    await expect(
      await context.canvas.findByText(
        shown(t('orders.reason.canceled_by_user')),
        {},
        { timeout: 15_000 },
      ),
    ).toBeVisible();
    await expect(
      context.canvas.queryByRole('button', { name: t('orders.detail.cancel') }),
    ).toBeNull();
  },
};

/**
 * Delivered: every production step, item events and two tracking links. (Seeded into the story
 * server's database: no API sets production statuses yet.)
 */
export const Delivered: Story = {
  loaders: [
    order('orders', async (story, shop) => {
      await shop.map(0);
      const placed = await shop.shopifyOrder(0, 2);
      return seedProduction(story, placed, {
        until: 'delivered',
        tracking: [
          {
            code: '1Z999AA10123456784',
            url: 'https://www.ups.com/track?tracknum=1Z999AA10123456784',
          },
          { code: 'LX123456789DE', url: null },
        ],
      });
    }),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    const progress = within(
      await context.canvas.findByRole(
        'region',
        { name: t('orders.detail.progress') },
        { timeout: 15_000 },
      ),
    );
    await waitFor(() =>
      expect(progress.getAllByRole('listitem').every((li) => li.dataset.state === 'done')).toBe(
        true,
      ),
    );
    await expect(context.canvas.getByRole('link', { name: /^1Z999AA10123456784/ })).toBeVisible();
    await expect(context.canvas.getByText('LX123456789DE')).toBeVisible();
  },
};

/** In production, after its items were printed: where it is now, and what comes next. */
export const InProduction: Story = {
  loaders: [
    order('orders', async (story, shop) => {
      const placed = await shop.counterOrder('MS-1005', {}, 6);
      return seedProduction(story, placed, { until: 'printed' });
    }),
  ],
  play: async (context) => {
    const progress = await context.canvas.findByRole(
      'region',
      { name: orderTextOf(context)('orders.detail.progress') },
      { timeout: 15_000 },
    );
    await expect(progress.querySelector('[aria-current="step"]')).not.toBeNull();
  },
};

/** Production failed, and a returned parcel: off the path, each says where it stopped. */
export const Failed: Story = {
  loaders: [
    order('orders', async (story, shop) =>
      seedProduction(story, await shop.counterOrder('MS-1006'), { until: 'failed' }),
    ),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    await expect(
      (
        await context.canvas.findAllByText(
          shown(t('orders.status.failed')),
          {},
          { timeout: 15_000 },
        )
      )[0],
    ).toBeVisible();
    await expect(
      context.canvas.getByRole('button', { name: t('orders.detail.cancel') }),
    ).toBeVisible();
  },
};

export const Returned: Story = {
  loaders: [
    order('orders', async (story, shop) =>
      seedProduction(story, await shop.counterOrder('MS-1007'), {
        until: 'returned',
        tracking: [{ code: 'RR123456785DE', url: 'https://track.example/RR123456785DE' }],
      }),
    ),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    await expect(
      (
        await context.canvas.findAllByText(
          shown(t('orders.status.returned')),
          {},
          { timeout: 15_000 },
        )
      )[0],
    ).toBeVisible();
  },
};

/** Shipped, and Shopify was told: it shows the order shipped, since when. */
export const StoreShipped: Story = {
  loaders: [order('orders', async (_story, shop) => shop.shippedShopifyOrder(0))],
  play: async (context) => {
    const t = orderTextOf(context);
    const store = within(
      await context.canvas.findByRole(
        'region',
        { name: t('orders.storeFulfillment.title') },
        { timeout: 15_000 },
      ),
    );
    await expect(
      store.getByText(shown(t('orders.storeFulfillment.sent', { platform: 'Shopify' })), {
        exact: false,
      }),
    ).toBeVisible();
    await expect(store.queryByRole('button')).toBeNull();
  },
};

/**
 * Shopify refused (its fulfillment order is on hold): its reason, and "Try again" for Olivia, the
 * order manager, which sends it again.
 */
export const StoreRefused: Story = {
  loaders: [order('orders', async (_story, shop) => shop.shippedShopifyOrder(0, { held: true }))],
  play: async (context) => {
    const t = orderTextOf(context);
    const store = within(
      await context.canvas.findByRole(
        'region',
        { name: t('orders.storeFulfillment.title') },
        { timeout: 15_000 },
      ),
    );
    await expect(
      store.getByText(shown(t('orders.storeFulfillment.failed', { platform: 'Shopify' }))),
    ).toBeVisible();
    await expect(store.getByText(/is on hold/)).toBeVisible();
    await context.userEvent.click(
      store.getByRole('button', { name: t('orders.storeFulfillment.retry') }),
    );
    await expect(
      await store.findByText(
        shown(t('orders.storeFulfillment.pending', { store: 'Vitrine Demo Prints' })),
      ),
    ).toBeVisible();
  },
};

/** Sending to the store: a retry on its way to Shopify. */
export const StoreSending: Story = {
  loaders: [
    order('orders', async (story, shop) => {
      const refused = await shop.shippedShopifyOrder(0, { held: true });
      return story.backend.orders.retryFulfillment(refused.id);
    }),
  ],
  play: async (context) => {
    const t = orderTextOf(context);
    const store = within(
      await context.canvas.findByRole(
        'region',
        { name: t('orders.storeFulfillment.title') },
        { timeout: 15_000 },
      ),
    );
    await expect(
      store.getByText(
        shown(t('orders.storeFulfillment.pending', { store: 'Vitrine Demo Prints' })),
      ),
    ).toBeVisible();
  },
};

/** Tom views: the same order, no actions. */
export const ViewerView: Story = {
  ...NotConnected,
  loaders: [order('viewer', async (_story, shop) => shop.shopifyOrder(1))],
  play: async (context) => {
    const t = orderTextOf(context);
    await context.canvas.findByText(
      shown(t('orders.problem.variant_unmapped')),
      {},
      { timeout: 15_000 },
    );
    await expect(
      context.canvas.queryByRole('button', { name: t('orders.detail.release') }),
    ).toBeNull();
    await expect(
      context.canvas.queryByRole('button', { name: t('orders.detail.cancel') }),
    ).toBeNull();
  },
};

/** The order could not be loaded. */
export const ErrorLoading: Story = {
  loaders: [order('orders', fromShop, { network: [outage('GET /v1/orders/*')] })],
  play: async (context) => {
    const t = orderTextOf(context);
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 15_000 });
    await expect(within(alert).getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};

/** On a phone, 375 px wide. */
export const Narrow: Story = {
  ...Delivered,
  render: (args, context) => (
    <div style={{ maxWidth: 375 }}>
      <OrderDetail {...args} orderId={seedOf<Seed>(context).orderId} />
    </div>
  ),
};
