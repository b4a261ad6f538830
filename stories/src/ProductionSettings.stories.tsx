import type { Meta, StoryObj } from '@storybook/react-vite';
import { ProductionSettings } from '@vitrine/react';
import { expect, fn } from 'storybook/test';
import { outage, stalled } from './support/network.js';
import { serveSettings, settingsTextOf } from './support/settings.js';
import { shown } from './support/text.js';

const meta = {
  title: 'Widgets/ProductionSettings',
  component: ProductionSettings,
  args: { onSuccess: fn(), onError: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'Where the provider’s orders are made: GelatoConnect (the connector’s order URL and API key; the key is write-only, shown back as its last four characters) or any system fed by postbacks. Saving GelatoConnect shows the status URL to give it, once.',
      },
    },
  },
} satisfies Meta<typeof ProductionSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const wait = { timeout: 15_000 };
const ORDER_URL = 'https://api.partner-connect.io/api/northwind/connector-1/order';

/** No connection yet. */
export const NotConnected: Story = {
  loaders: [serveSettings(async () => undefined)],
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('production.current.none')), {}, wait),
    ).toBeVisible();
  },
};

/** Loading. */
export const Loading: Story = {
  loaders: [serveSettings(async () => undefined, { network: [stalled('GET /v1/production')] })],
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('common.loading')), {}, wait),
    ).toBeVisible();
  },
};

/** The API is down: the error, with "Try again". */
export const Unavailable: Story = {
  loaders: [serveSettings(async () => undefined, { network: [outage('GET /v1/production')] })],
  play: async (context) => {
    await expect(await context.canvas.findByRole('alert', {}, wait)).toBeVisible();
  },
};

/** GelatoConnect saved earlier: its order URL and the key's last four, never the key. */
export const GelatoConnect: Story = {
  loaders: [
    serveSettings(async (story) => {
      await story.backend.production.set({
        kind: 'gelatoconnect',
        orderUrl: ORDER_URL,
        apiKey: 'ck_live_8f2a:sk_9b71c4',
      });
    }),
  ],
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(
      await context.canvas.findByText(
        shown(t('production.apiKeySaved', { last4: '…71c4' })),
        {},
        wait,
      ),
    ).toBeVisible();
  },
};

/** Saved just now: the status URL for GelatoConnect, shown once. */
export const StatusUrlShown: Story = {
  loaders: [serveSettings(async () => undefined)],
  play: async (context) => {
    const t = settingsTextOf(context);
    await context.userEvent.type(
      await context.canvas.findByLabelText(t('production.orderUrl'), {}, wait),
      ORDER_URL,
    );
    await context.userEvent.type(
      context.canvas.getByLabelText(t('production.apiKey')),
      'ck_live_8f2a:sk_9b71c4',
    );
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('production.save') }),
    );
    await expect(
      await context.canvas.findByLabelText(t('production.statusUrl'), {}, wait),
    ).toBeVisible();
  },
};

/** An order URL the server will not call: the reason on the field. */
export const AddressRefused: Story = {
  loaders: [serveSettings(async () => undefined)],
  play: async (context) => {
    const t = settingsTextOf(context);
    await context.userEvent.type(
      await context.canvas.findByLabelText(t('production.orderUrl'), {}, wait),
      'https://10.1.2.3/order',
    );
    await context.userEvent.type(context.canvas.getByLabelText(t('production.apiKey')), 'k:s');
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('production.save') }),
    );
    await expect(
      await context.canvas.findByText(shown(t('settings.urlNotAllowed')), {}, wait),
    ).toBeVisible();
  },
};

/** Postbacks and the status API chosen. */
export const Postbacks: Story = {
  loaders: [
    serveSettings(async (story) => {
      await story.backend.production.set({ kind: 'postbacks' });
    }),
  ],
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('production.current.postbacks')), {}, wait),
    ).toBeVisible();
  },
};

/** In German. */
export const German: Story = {
  loaders: [serveSettings(async () => undefined)],
  globals: { locale: 'de' },
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('production.current.none')), {}, wait),
    ).toBeVisible();
  },
};
