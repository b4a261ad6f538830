import type { Meta, StoryObj } from '@storybook/react-vite';
import { StoreList } from '@vitrine/react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { outage, stalled } from './support/network.js';
import {
  connectShopify,
  PRESSERO_ADMIN,
  PRESSERO_SITE,
  type StoryPlatforms,
  serveWithPlatforms,
  setStoreStatus,
  setSyncRunning,
} from './support/platforms.js';
import {
  advanceClock,
  createClient,
  createTeam,
  type StoryServer,
  seedOf,
  serverOf,
} from './support/storyServer.js';
import { shown, textOf } from './support/text.js';

const meta = {
  title: 'Widgets/StoreList',
  component: StoreList,
  args: { clientId: '', onSelect: fn(), onSuccess: fn(), onError: fn(), onReady: fn() },
  render: (args, context) => <StoreList {...args} clientId={seedOf<Seed>(context).clientId} />,
  parameters: {
    frame: 'wide',
    docs: {
      description: {
        component:
          'A client’s stores: platform, address, connection status (and why, when it is not connected), last sync and product counts. Admins and store managers sync products (with live progress) and check connections; admins also reconnect and disconnect stores and connect new ones. Store managers only see their own stores; everyone else sees the list read-only.',
      },
    },
  },
} satisfies Meta<typeof StoreList>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];
type Seed = { clientId: string };

const client = { name: 'Fernwood Candle Co.', referenceId: 'ERP-20817' };
const maya = { email: 'maya@fernwoodcandle.example', firstName: 'Maya', lastName: 'Okafor' };
const diego = {
  email: 'diego@fernwoodcandle.example',
  firstName: 'Diego',
  lastName: 'Ramos',
  role: 'store_manager' as const,
  stores: ['Market Street shop'],
};
const tom = {
  email: 'tom@fernwoodcandle.example',
  firstName: 'Tom',
  lastName: 'Becker',
  role: 'viewer' as const,
};

/**
 * Stores in every status, on real platforms simulated in the page. Each is added a minute after
 * the previous one, so the newest-first list shows them in the same order on every load.
 */
async function everyStatus(story: StoryServer, platforms: StoryPlatforms, clientId: string) {
  const { shopify } = platforms;
  const later = () => advanceClock(story, MINUTE_MS);
  await connectShopify(story, platforms, clientId, 'vitrine-demo');
  later();
  await story.backend.stores.create(clientId, {
    platform: 'pressero',
    siteUrl: PRESSERO_SITE,
    ...PRESSERO_ADMIN,
  });
  await story.app.runPendingJobs();
  later();
  shopify.addShop({ name: 'harbor-road', title: 'Harbor Road Candles', products: 4 });
  const harbor = await connectShopify(story, platforms, clientId, 'harbor-road');
  await setStoreStatus(story, harbor.id, 'needs_reauth', 'token_revoked');
  later();
  shopify.addShop({ name: 'lakeside', title: 'Lakeside Gifts', products: 2 });
  const lakeside = await connectShopify(story, platforms, clientId, 'lakeside');
  await setStoreStatus(story, lakeside.id, 'error', 'permissions_not_granted');
  later();
  shopify.addShop({ name: 'new-wick', title: 'New Wick', products: 2 });
  // Authorisation started, never finished.
  await story.backend.stores.authorize(clientId, { platform: 'shopify', shop: 'new-wick' });
  later();
  const old = await story.backend.stores.create(clientId, {
    platform: 'manual',
    name: 'Winter market stall',
  });
  await story.backend.stores.disconnect(old.id);
}

const MINUTE_MS = 60_000;

const fernwood = (
  viewer: 'provider' | 'admin' | 'manager' | 'viewer',
  extra?: (story: StoryServer, platforms: StoryPlatforms, clientId: string) => Promise<void>,
) =>
  serveWithPlatforms(async (story, platforms): Promise<Seed> => {
    const team = await createTeam(story, {
      client,
      admin: maya,
      stores: ['Market Street shop'],
      members: [diego, tom],
    });
    await extra?.(story, platforms, team.clientId);
    if (viewer === 'manager') {
      // Diego also runs the Shopify shop.
      const stores = [];
      for await (const store of story.backend.stores.listAll(team.clientId)) stores.push(store);
      const demo = stores.find((s) => s.name === 'Vitrine Demo Prints');
      await story.backend.users.update(team.clientId, team.users[diego.email]!.id, {
        role: 'store_manager',
        storeIds: [team.stores['Market Street shop']!.id, ...(demo ? [demo.id] : [])],
      });
    }
    story.signInAs(
      viewer === 'provider'
        ? 'provider'
        : team.as(viewer === 'admin' ? maya.email : viewer === 'manager' ? diego.email : tom.email),
    );
    return { clientId: team.clientId };
  });

const storeItem = async (context: Context, name: string) =>
  within(
    (await context.canvas.findByRole('heading', { name, level: 4 }, { timeout: 10_000 })).closest(
      'li',
    )!,
  );

async function expectEveryStatus(context: Context) {
  const t = textOf(context);
  const demo = await storeItem(context, 'Vitrine Demo Prints');
  await expect(demo.getByText(shown(t('stores.status.connected')))).toBeVisible();
  await expect(demo.getByText(/^Shopify$/)).toBeVisible();
  const harbor = await storeItem(context, 'Harbor Road Candles');
  await expect(harbor.getByText(shown(t('stores.reason.token_revoked')))).toBeVisible();
  const lakeside = await storeItem(context, 'Lakeside Gifts');
  await expect(lakeside.getByText(shown(t('stores.status.error')))).toBeVisible();
  await expect(await storeItem(context, 'Acme Print Portal')).toBeTruthy();
  await expect(context.canvas.getByText(shown(t('stores.status.connecting')))).toBeVisible();
  await expect(context.canvas.getByText(shown(t('stores.status.disconnected')))).toBeVisible();
}

// Stories -------------------------------------------------------------------------------------

/** A new client: nothing connected yet, and the way to start. */
export const Empty: Story = {
  loaders: [
    serveWithPlatforms(async (story): Promise<Seed> => {
      const created = await createClient(story, client);
      return { clientId: created.id };
    }),
  ],
  play: async (context) => {
    const t = textOf(context);
    await expect(
      await context.canvas.findByText(shown(t('stores.list.emptyConnect'))),
    ).toBeVisible();
    await expect(
      await context.canvas.findByRole('button', { name: t('stores.connect.button') }),
    ).toBeVisible();
  },
};

/** Maya, the admin: every status, with what she may do about each. */
export const EveryStatus: Story = {
  loaders: [fernwood('admin', everyStatus)],
  play: async (context) => {
    const t = textOf(context);
    await expectEveryStatus(context);
    const harbor = await storeItem(context, 'Harbor Road Candles');
    await expect(harbor.getByRole('button', { name: t('stores.connect.reconnect') })).toBeVisible();
    const demo = await storeItem(context, 'Vitrine Demo Prints');
    await expect(demo.getByRole('button', { name: t('stores.list.sync') })).toBeEnabled();
    await expect(demo.getByRole('button', { name: t('stores.list.disconnect') })).toBeEnabled();
  },
};

/** A product sync part way through: the bar follows the job. */
export const Syncing: Story = {
  loaders: [
    fernwood('admin', async (story, platforms, clientId) => {
      const store = await connectShopify(story, platforms, clientId, 'vitrine-demo');
      await setSyncRunning(story, store.id, { done: 42, total: 101 });
    }),
  ],
  play: async (context) => {
    const demo = await storeItem(context, 'Vitrine Demo Prints');
    const bar = await demo.findByRole('progressbar');
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '42'));
    await expect(bar).toHaveAttribute('aria-valuemax', '101');
  },
};

/** Checking a store whose token was revoked: the problem is an alert, in the warning tone. */
export const CheckFindsProblem: Story = {
  loaders: [
    fernwood('admin', async (story, platforms, clientId) => {
      await connectShopify(story, platforms, clientId, 'vitrine-demo');
      platforms.shopify.revokeTokens('vitrine-demo');
    }),
  ],
  play: async (context) => {
    const t = textOf(context);
    const demo = await storeItem(context, 'Vitrine Demo Prints');
    await context.userEvent.click(demo.getByRole('button', { name: t('stores.list.verify') }));
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveAttribute('data-tone', 'warning');
    await expect(alert).toHaveTextContent(shown(t('stores.reason.token_revoked')));
  },
};

/** Reconnecting a Shopify shop starts from its handle, in a dialog that outlives the row's button. */
export const Reconnect: Story = {
  loaders: [fernwood('admin', everyStatus)],
  play: async (context) => {
    const t = textOf(context);
    const harbor = await storeItem(context, 'Harbor Road Candles');
    await context.userEvent.click(
      harbor.getByRole('button', { name: t('stores.connect.reconnect') }),
    );
    const dialog = await context.canvas.findByRole('dialog', {
      name: t('stores.connect.reconnectTitle', { name: 'Harbor Road Candles' }),
    });
    await expect(within(dialog).getByLabelText(t('stores.field.shopify.shop'))).toHaveValue(
      'harbor-road',
    );
  },
};

/** Disconnecting asks first. */
export const DisconnectConfirm: Story = {
  loaders: [fernwood('admin', everyStatus)],
  play: async (context) => {
    const t = textOf(context);
    const demo = await storeItem(context, 'Vitrine Demo Prints');
    await context.userEvent.click(demo.getByRole('button', { name: t('stores.list.disconnect') }));
    await expect(
      await context.canvas.findByRole('alertdialog', {
        name: t('stores.disconnectDialog.title', { name: 'Vitrine Demo Prints' }),
      }),
    ).toBeVisible();
  },
};

/** Tom may only look. */
export const ReadOnly: Story = {
  loaders: [fernwood('viewer', everyStatus)],
  play: async (context) => {
    const t = textOf(context);
    await expectEveryStatus(context);
    // The store names stay buttons (`onSelect`); there is nothing to act with.
    await expect(context.canvas.queryAllByRole('group')).toEqual([]);
    for (const action of [
      'stores.list.sync',
      'stores.list.disconnect',
      'stores.connect.button',
    ] as const) {
      await expect(context.canvas.queryByRole('button', { name: t(action) })).toBeNull();
    }
  },
};

/** Diego runs two stores: he sees those only, and may sync and check them. */
export const StoreManagerView: Story = {
  loaders: [fernwood('manager', everyStatus)],
  play: async (context) => {
    const t = textOf(context);
    await storeItem(context, 'Market Street shop');
    const demo = await storeItem(context, 'Vitrine Demo Prints');
    await expect(demo.getByRole('button', { name: t('stores.list.sync') })).toBeEnabled();
    await expect(demo.getByRole('button', { name: t('stores.list.verify') })).toBeEnabled();
    await expect(demo.queryByRole('button', { name: t('stores.list.disconnect') })).toBeNull();
    await expect(context.canvas.queryByText('Harbor Road Candles')).toBeNull();
    await expect(
      context.canvas.queryByRole('button', { name: t('stores.connect.button') }),
    ).toBeNull();
  },
};

/** The stores could not be loaded: the error, and a way to try again. */
export const ErrorLoading: Story = {
  loaders: [
    serveWithPlatforms(
      async (story): Promise<Seed> => {
        const created = await createClient(story, client);
        return { clientId: created.id };
      },
      { network: [outage('GET /v1/clients/*/stores')] },
    ),
  ],
  play: async (context) => {
    const t = textOf(context);
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toBeVisible();
    await expect(within(alert).getByRole('button', { name: t('common.retry') })).toBeVisible();
  },
};

/** The stores are on their way. */
export const Loading: Story = {
  loaders: [
    serveWithPlatforms(
      async (story): Promise<Seed> => ({ clientId: (await createClient(story, client)).id }),
      { network: [stalled('GET /v1/clients/*/stores')] },
    ),
  ],
  play: async (context) => {
    const t = textOf(context);
    await expect(await context.canvas.findByRole('status')).toHaveTextContent(
      shown(t('common.loading')),
    );
  },
};

/** A sync run to its end: the store is up to date and says when it last synced. */
export const Synced: Story = {
  loaders: [
    fernwood('admin', async (story, platforms, clientId) => {
      await connectShopify(story, platforms, clientId, 'vitrine-demo');
    }),
  ],
  play: async (context) => {
    const t = textOf(context);
    const demo = await storeItem(context, 'Vitrine Demo Prints');
    await context.userEvent.click(demo.getByRole('button', { name: t('stores.list.sync') }));
    // The server's job worker picks the sync up.
    await waitFor(
      async () => {
        await serverOf(context).app.runPendingJobs();
        await expect(
          context.canvas.getByText(shown(t('stores.list.synced', { name: 'Vitrine Demo Prints' }))),
        ).toBeVisible();
      },
      { timeout: 20_000, interval: 500 },
    );
  },
};

const towns = [
  'Aberdeen',
  'Bruges',
  'Coimbra',
  'Dubrovnik',
  'Esbjerg',
  'Florence',
  'Graz',
  'Haarlem',
];

/**
 * A client with 240 manual stores, one of them with a very long name: the list stays readable
 * and every row keeps its actions in place.
 */
export const ManyStores: Story = {
  loaders: [
    fernwood('admin', async (story, _platforms, clientId) => {
      for (let i = 1; i <= 240; i++) {
        advanceClock(story, MINUTE_MS);
        await story.backend.stores.create(clientId, {
          platform: 'manual',
          name: `${towns[i % towns.length]} market stall ${i}`,
        });
      }
      // The newest, so it is on the list's first page.
      advanceClock(story, MINUTE_MS);
      await story.backend.stores.create(clientId, {
        platform: 'manual',
        name: 'Wolkenstein-Rodenegg Internationale Kerzenmanufaktur – Filiale Innsbruck Hauptbahnhof',
      });
    }),
  ],
  play: async (context) => {
    await expect(
      await storeItem(
        context,
        'Wolkenstein-Rodenegg Internationale Kerzenmanufaktur – Filiale Innsbruck Hauptbahnhof',
      ),
    ).toBeTruthy();
    const list = context.canvasElement.querySelector('.vt-StoreList-root')!;
    await expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth + 1);
  },
};
