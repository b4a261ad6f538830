import type { Meta, StoryObj } from '@storybook/react-vite';
import { StoreConnectButton } from '@vitrine/react';
import type { Platform } from '@vitrine/sdk';
import { expect, fn, waitFor, within } from 'storybook/test';
import {
  PRESSERO_ADMIN,
  PRESSERO_SITE,
  type StoryPlatforms,
  serveWithPlatforms,
} from './support/platforms.js';
import { createClient, type StoryServer, seedOf } from './support/storyServer.js';
import { shown, textOf } from './support/text.js';

const meta = {
  title: 'Widgets/StoreConnectButton',
  component: StoreConnectButton,
  args: { clientId: '', onConnected: fn(), onError: fn(), onReady: fn(), onStateChange: fn() },
  render: (args, context) => (
    <StoreConnectButton {...args} clientId={seedOf<Seed>(context).clientId} />
  ),
  parameters: {
    docs: {
      description: {
        component:
          'Connects one of the client’s web stores. The owner picks the platform, then approves in a popup (Shopify, Etsy, WooCommerce’s key hand-off) or types credentials the server checks live (WooCommerce REST API keys, a Pressero admin login), or names a manual store. `data-state` follows the connection: idle → authorizing → exchanging → connected | error. Shown only to sessions that may connect stores.',
      },
    },
  },
} satisfies Meta<typeof StoreConnectButton>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];
type Seed = { clientId: string };

/** Fernwood, a client of the print provider, with or without its reference ID. */
function fernwood(referenceId: string | null = 'ERP-20817', prepare?: (p: StoryPlatforms) => void) {
  return serveWithPlatforms(async (story: StoryServer, platforms): Promise<Seed> => {
    const client = await createClient(story, {
      name: 'Fernwood Candle Co.',
      ...(referenceId ? { referenceId } : {}),
    });
    prepare?.(platforms);
    return { clientId: client.id };
  });
}

const dialogOf = async (context: Context) => within(await context.canvas.findByRole('dialog'));

async function openPicker(context: Context) {
  const t = textOf(context);
  await context.userEvent.click(
    await context.canvas.findByRole('button', { name: t('stores.connect.button') }),
  );
  return dialogOf(context);
}

async function choose(context: Context, platform: Platform) {
  const t = textOf(context);
  const dialog = await openPicker(context);
  await context.userEvent.click(
    dialog.getByRole('radio', { name: new RegExp(`^${t(`stores.platform.${platform}`)}`) }),
  );
  await context.userEvent.click(dialog.getByRole('button', { name: t('stores.connect.continue') }));
  return dialog;
}

async function fillPressero(context: Context, password = PRESSERO_ADMIN.password) {
  const t = textOf(context);
  const dialog = await choose(context, 'pressero');
  await context.userEvent.type(
    dialog.getByLabelText(t('stores.field.pressero.siteUrl')),
    PRESSERO_SITE,
  );
  await context.userEvent.type(
    dialog.getByLabelText(t('stores.field.pressero.username')),
    PRESSERO_ADMIN.username,
  );
  await context.userEvent.type(
    dialog.getByLabelText(t('stores.field.pressero.password')),
    password,
  );
  await context.userEvent.click(dialog.getByRole('button', { name: t('stores.connect.submit') }));
  return dialog;
}

const stateOf = (context: Context) =>
  context.canvasElement.querySelector('.vt-StoreConnect-root')?.getAttribute('data-state');

// Stories -------------------------------------------------------------------------------------

/** The button, as a client admin sees it on their stores page. */
export const Closed: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    await expect(
      await context.canvas.findByRole('button', { name: t('stores.connect.button') }),
    ).toBeEnabled();
    await waitFor(() => expect(context.args.onReady).toHaveBeenCalled());
  },
};

/** Five platforms, each with what connecting it takes. */
export const PickerOpen: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await openPicker(context);
    for (const platform of ['shopify', 'etsy', 'woocommerce', 'pressero', 'manual'] as const) {
      await expect(
        dialog.getByRole('radio', { name: new RegExp(t(`stores.platform.${platform}`)) }),
      ).toBeVisible();
    }
    await expect(dialog.getByRole('button', { name: t('stores.connect.continue') })).toBeDisabled();
  },
};

export const ShopifyForm: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await choose(context, 'shopify');
    await expect(dialog.getByLabelText(t('stores.field.shopify.shop'))).toBeVisible();
  },
};

export const EtsyStep: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await choose(context, 'etsy');
    await expect(dialog.getByText(shown(t('stores.etsy.instructions')))).toBeVisible();
  },
};

export const WooCommerceApprove: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await choose(context, 'woocommerce');
    await expect(
      dialog.getByRole('radio', { name: new RegExp(t('stores.woocommerce.approve')) }),
    ).toBeChecked();
    await expect(dialog.getByLabelText(t('stores.field.woocommerce.url'))).toBeVisible();
  },
};

export const WooCommerceKeys: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await choose(context, 'woocommerce');
    await context.userEvent.click(
      dialog.getByRole('radio', { name: new RegExp(t('stores.woocommerce.keys')) }),
    );
    await expect(dialog.getByLabelText(t('stores.field.woocommerce.consumerKey'))).toBeVisible();
    await expect(dialog.getByLabelText(t('stores.field.woocommerce.consumerSecret'))).toBeVisible();
  },
};

export const PresseroForm: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await choose(context, 'pressero');
    await expect(dialog.getByText(shown(t('stores.pressero.licence')))).toBeVisible();
    await expect(dialog.getByLabelText(t('stores.field.pressero.password'))).toBeVisible();
  },
};

export const ManualForm: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await choose(context, 'manual');
    await expect(dialog.getByLabelText(t('stores.field.manual.name'))).toBeVisible();
  },
};

/**
 * Waiting for the owner in Shopify's window. The story keeps the window to itself (a stand-in
 * that stays open), so the page shows the wait with "Reopen window" and "Cancel".
 */
export const Authorizing: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const popup = { closed: false, location: { href: 'about:blank' }, close() {}, focus() {} };
    const open = window.open;
    window.open = () => popup as unknown as Window;
    try {
      const dialog = await choose(context, 'shopify');
      await context.userEvent.type(
        dialog.getByLabelText(t('stores.field.shopify.shop')),
        'vitrine-demo',
      );
      await context.userEvent.click(
        dialog.getByRole('button', {
          name: t('stores.connect.continueTo', { platform: 'Shopify' }),
        }),
      );
      await waitFor(() => expect(popup.location.href).toMatch(/^https:\/\/shopify\.test\//));
      await expect(dialog.getByRole('button', { name: t('stores.connect.reopen') })).toBeEnabled();
      await expect(stateOf(context)).toBe('authorizing');
    } finally {
      window.open = open;
    }
  },
};

/** Pressero refuses the admin's password. */
export const ErrorCredentialsInvalid: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await fillPressero(context, 'not-the-password');
    const alert = await dialog.findByRole('alert');
    await expect(alert).toHaveTextContent(shown(t('stores.advice.credentials_invalid.pressero')));
    await expect(dialog.getByLabelText(t('stores.field.pressero.password'))).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  },
};

/** The client has no reference ID yet: Pressero orders could not name it. */
export const ErrorReferenceIdRequired: Story = {
  loaders: [fernwood(null)],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await fillPressero(context);
    await expect(await dialog.findByRole('alert')).toHaveTextContent(
      shown(t('stores.advice.reference_id_required')),
    );
  },
};

/** Pressero's host is down: every attempt, retries included, is answered 503. */
export const ErrorPlatformUnavailable: Story = {
  loaders: [fernwood('ERP-20817', (p) => p.pressero.failNext(50, 503))],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await fillPressero(context);
    await expect(await dialog.findByRole('alert')).toHaveTextContent(
      shown(t('stores.advice.platform_unavailable')),
    );
  },
};

/** Connected: the Pressero values to enter in its webhook settings, the secret shown this once. */
export const ConnectedPressero: Story = {
  loaders: [fernwood()],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await fillPressero(context);
    await expect(
      await dialog.findByLabelText(t('stores.pressero.webhookSecret'), {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(dialog.getByLabelText(t('stores.pressero.integrationId'))).toHaveValue(
      'ERP-20817',
    );
    await expect(dialog.getByText(shown(t('stores.pressero.shownOnce')))).toBeVisible();
    await expect(stateOf(context)).toBe('connected');
  },
};

/** Connected again: Pressero keeps the Security Key it has, so there is no secret to copy. */
export const ConnectedPresseroAgain: Story = {
  loaders: [
    serveWithPlatforms(async (story: StoryServer): Promise<Seed> => {
      const client = await createClient(story, {
        name: 'Fernwood Candle Co.',
        referenceId: 'ERP-20817',
      });
      await story.backend.stores.create(client.id, {
        platform: 'pressero',
        siteUrl: PRESSERO_SITE,
        ...PRESSERO_ADMIN,
      });
      return { clientId: client.id };
    }),
  ],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await fillPressero(context);
    await expect(
      await dialog.findByText(shown(t('stores.pressero.secretKept')), {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(dialog.queryByLabelText(t('stores.pressero.webhookSecret'))).toBeNull();
    await expect(dialog.getByLabelText(t('stores.pressero.webhookUrl'))).toBeVisible();
  },
};
