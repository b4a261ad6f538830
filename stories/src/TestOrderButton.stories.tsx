import type { Meta, StoryObj } from '@storybook/react-vite';
import { TestOrderButton } from '@vitrine/react';
import { expect, fn } from 'storybook/test';
import { maya, olivia, orderShop, orderTextOf, tom } from './support/orders.js';
import { serveWithPlatforms } from './support/platforms.js';
import { seedOf } from './support/storyServer.js';
import { messagePattern, shown } from './support/text.js';

type Seed = { storeId: string };

const meta = {
  title: 'Widgets/TestOrderButton',
  component: TestOrderButton,
  args: { storeId: '', storeName: 'Vitrine Demo Prints', onSuccess: fn(), onError: fn() },
  render: (args, context) => <TestOrderButton {...args} storeId={seedOf<Seed>(context).storeId} />,
  parameters: {
    docs: {
      description: {
        component:
          '"Send a test order" for one store: a test order from one of its mapped products, which goes the whole way and is never printed. Only admins and order managers see it.',
      },
    },
  },
} satisfies Meta<typeof TestOrderButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const who = { admin: maya.email, orders: olivia.email, viewer: tom.email };
const shop = (viewer: keyof typeof who, mapped = true) =>
  serveWithPlatforms(async (story, platforms): Promise<Seed> => {
    const made = await orderShop(story, platforms);
    if (mapped) await made.map(0);
    story.signInAs(made.team.as(who[viewer]));
    return { storeId: made.shopId };
  });

/** Sent: the new test order's reference. */
export const Sent: Story = {
  loaders: [shop('orders')],
  play: async (context) => {
    const t = orderTextOf(context);
    await context.userEvent.click(
      await context.canvas.findByRole(
        'button',
        { name: t('testOrder.buttonFor', { store: 'Vitrine Demo Prints' }) },
        { timeout: 15_000 },
      ),
    );
    await expect(
      await context.canvas.findByText(
        messagePattern((reference) => t('testOrder.sent', { reference })),
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible();
  },
};

/** Nothing mapped yet: what to do first. */
export const NothingMapped: Story = {
  loaders: [shop('admin', false)],
  play: async (context) => {
    const t = orderTextOf(context);
    await context.userEvent.click(
      await context.canvas.findByRole(
        'button',
        { name: t('testOrder.buttonFor', { store: 'Vitrine Demo Prints' }) },
        { timeout: 15_000 },
      ),
    );
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(
      shown(t('testOrder.noMapped')),
    );
  },
};

/** Tom views: nothing to press. */
export const ViewerView: Story = {
  loaders: [shop('viewer')],
  play: async (context) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await expect(context.canvas.queryByRole('button')).toBeNull();
  },
};
