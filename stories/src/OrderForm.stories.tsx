import type { Meta, StoryObj } from '@storybook/react-vite';
import { OrderForm } from '@vitrine/react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { stalled } from './support/network.js';
import { maya, olivia, orderShop, orderTextOf, POSTER, POSTER_ART, tom } from './support/orders.js';
import { serveWithPlatforms } from './support/platforms.js';
import { seedOf } from './support/storyServer.js';
import { shown } from './support/text.js';

type Seed = { storeId: string };

const meta = {
  title: 'Widgets/OrderForm',
  component: OrderForm,
  args: {
    storeId: '',
    onSuccess: fn(),
    onError: fn(),
    defaultValues: { orderReferenceId: 'MS-3001' },
  },
  render: (args, context) => <OrderForm {...args} storeId={seedOf<Seed>(context).storeId} />,
  parameters: {
    frame: 'panel',
    docs: {
      description: {
        component:
          'Places an order by hand on a store: items are the store’s mapped products or catalog products with a file per print area, then a quantity; the shipping address has a country picker in the widget’s language. The form checks what the API checks before sending, and the server’s field errors land on their fields. Sessions that may not place orders are told why.',
      },
    },
  },
} satisfies Meta<typeof OrderForm>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

const who = { admin: maya.email, orders: olivia.email, viewer: tom.email };

const form = (
  viewer: keyof typeof who,
  store: 'counter' | 'shop' = 'counter',
  options: Parameters<typeof serveWithPlatforms>[1] = {},
) =>
  serveWithPlatforms(async (story, platforms): Promise<Seed> => {
    const shop = await orderShop(story, platforms);
    await shop.map(0);
    await shop.map(2);
    if (store === 'counter') await shop.counterOrder('MS-3000');
    story.signInAs(shop.team.as(who[viewer]));
    return { storeId: store === 'counter' ? shop.counterId : shop.shopId };
  }, options);

async function fillAddress(context: Context) {
  const t = orderTextOf(context);
  const address = within(context.canvas.getByRole('group', { name: t('orderForm.address') }));
  const type = (label: Parameters<typeof t>[0], value: string) =>
    context.userEvent.type(address.getByLabelText(t(label)), value);
  await type('orderForm.firstName', 'Ana');
  await type('orderForm.lastName', 'Silva');
  await type('orderForm.addressLine1', 'Rua Augusta 100');
  await type('orderForm.postCode', '1100-053');
  await type('orderForm.city', 'Lisboa');
  await context.userEvent.selectOptions(address.getByLabelText(t('orderForm.country')), 'PT');
  await type('orderForm.email', 'ana@example.com');
}

async function pickPoster(context: Context) {
  const t = orderTextOf(context);
  const item = within(
    await context.canvas.findByRole(
      'group',
      { name: t('orderForm.item', { number: 1 }) },
      { timeout: 15_000 },
    ),
  );
  await context.userEvent.type(
    item.getByRole('searchbox', { name: t('orderForm.item.search') }),
    'A3 matt portrait',
  );
  await context.userEvent.click(
    await item.findByRole('radio', { name: new RegExp(`${POSTER}$`) }, { timeout: 5000 }),
  );
  await context.userEvent.type(
    item.getByLabelText(t('orderForm.item.file', { area: t('orders.printArea.default') })),
    POSTER_ART,
  );
  return item;
}

// Stories -------------------------------------------------------------------------------------

/** An empty order on the manual Market Street shop. */
export const Empty: Story = {
  loaders: [form('orders')],
  play: async (context) => {
    const t = orderTextOf(context);
    await expect(
      await context.canvas.findByRole(
        'button',
        { name: t('orderForm.submit') },
        { timeout: 15_000 },
      ),
    ).toBeEnabled();
  },
};

/** A catalog poster with its design, shipped to Lisbon: placed. */
export const Placed: Story = {
  loaders: [form('orders')],
  play: async (context) => {
    const t = orderTextOf(context);
    await pickPoster(context);
    await fillAddress(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('orderForm.submit') }),
    );
    await expect(
      await context.canvas.findByText(
        shown(t('orderForm.success', { reference: 'MS-3001' })),
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    await expect(context.args.onSuccess).toHaveBeenCalled();
  },
};

/** Sent empty: every problem on its field, focus on the first. */
export const Invalid: Story = {
  loaders: [form('orders')],
  play: async (context) => {
    const t = orderTextOf(context);
    await context.userEvent.clear(
      await context.canvas.findByLabelText(t('orderForm.reference'), {}, { timeout: 15_000 }),
    );
    await context.userEvent.type(context.canvas.getByLabelText(t('orderForm.email')), 'ana@');
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('orderForm.submit') }),
    );
    await waitFor(() =>
      expect(context.canvas.getByLabelText(t('orderForm.reference'))).toHaveFocus(),
    );
    await expect(context.canvas.getByLabelText(t('orderForm.email'))).toHaveAccessibleDescription(
      t('validation.email'),
    );
  },
};

/** The server refuses a reference the store has used already: the error is on the field. */
export const ReferenceTaken: Story = {
  args: { defaultValues: { orderReferenceId: 'MS-3000' } },
  loaders: [form('orders')],
  play: async (context) => {
    const t = orderTextOf(context);
    await pickPoster(context);
    await fillAddress(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('orderForm.submit') }),
    );
    const reference = context.canvas.getByLabelText(t('orderForm.reference'));
    await waitFor(
      () =>
        expect(reference).toHaveAccessibleDescription(new RegExp(t('error.order_reference_taken'))),
      { timeout: 10_000 },
    );
  },
};

/** On the Shopify shop: its mapped products are offered, grouped by product. */
export const MappedProducts: Story = {
  loaders: [form('admin', 'shop')],
  play: async (context) => {
    const t = orderTextOf(context);
    const item = within(
      await context.canvas.findByRole(
        'group',
        { name: t('orderForm.item', { number: 1 }) },
        { timeout: 15_000 },
      ),
    );
    await context.userEvent.click(
      await item.findByRole(
        'radio',
        { name: t('orderForm.item.kind.variant') },
        { timeout: 10_000 },
      ),
    );
    const select = item.getByLabelText(t('orderForm.item.variant'));
    await expect(within(select).getAllByRole('option')).toHaveLength(3);
  },
};

/** Placing: the request is on its way. */
export const Submitting: Story = {
  loaders: [form('orders', 'counter', { network: [stalled('POST /v1/stores/*/orders')] })],
  play: async (context) => {
    const t = orderTextOf(context);
    await pickPoster(context);
    await fillAddress(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('orderForm.submit') }),
    );
    await expect(
      await context.canvas.findByRole('button', { name: t('orderForm.submitting') }),
    ).toBeDisabled();
  },
};

/** Tom views: he is told who may place orders. */
export const ViewerView: Story = {
  loaders: [form('viewer')],
  play: async (context) => {
    const t = orderTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('orderForm.readOnly')), {}, { timeout: 15_000 }),
    ).toBeVisible();
  },
};

/** On a phone, 375 px wide. */
export const Narrow: Story = {
  ...Invalid,
  parameters: { frame: 'bare' },
  render: (args, context) => (
    <div style={{ maxWidth: 375 }}>
      <OrderForm {...args} storeId={seedOf<Seed>(context).storeId} />
    </div>
  ),
};
