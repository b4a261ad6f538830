import type { Meta, StoryObj } from '@storybook/react-vite';
import { StoreConnectButton } from '@vitrine/react';
import type { Platform } from '@vitrine/sdk';
import { expect, fn, waitFor, within } from 'storybook/test';
import { stalled } from './support/network.js';
import {
  answerInPopup,
  PRESSERO_ADMIN,
  PRESSERO_SITE,
  type StoryPlatforms,
  type StoryPopup,
  serveWithPlatforms,
  storyPopup,
  withPopup,
} from './support/platforms.js';
import {
  createClient,
  createTeam,
  type StoryServer,
  type StoryServerOptions,
  seedOf,
  serverOf,
} from './support/storyServer.js';
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
          'Connects one of the client’s web stores. The owner picks the platform, then approves in a popup (Shopify, Etsy, WooCommerce’s key hand-off; a redirect when the browser blocks the popup) or types credentials the server checks live (WooCommerce REST API keys, a Pressero admin login), or names a manual store. `data-state` follows the connection: idle → authorizing → exchanging → connected | error. Shown only to client admins (and provider sessions): store managers, order managers and viewers do not see it.',
      },
    },
  },
} satisfies Meta<typeof StoreConnectButton>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];
type Seed = { clientId: string; platforms?: StoryPlatforms };

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

/** Fernwood, with the platforms at hand for the play function to answer in their windows. */
const withPlatforms = (options: StoryServerOptions = {}) =>
  serveWithPlatforms(
    async (story: StoryServer, platforms): Promise<Seed> => ({
      clientId: (
        await createClient(story, { name: 'Fernwood Candle Co.', referenceId: 'ERP-20817' })
      ).id,
      platforms,
    }),
    options,
  );

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

// OAuth platforms: the owner's window, its answers and the exchange ----------------------------

/**
 * Starts Shopify's authorisation for vitrine-demo with `popup` as the window the browser opens
 * (`null`: the browser blocked it); returns the dialog once the widget has acted on it.
 */
async function startShopify(context: Context, popup: StoryPopup | null) {
  const t = textOf(context);
  return withPopup(popup, async () => {
    const dialog = await choose(context, 'shopify');
    await context.userEvent.type(
      dialog.getByLabelText(t('stores.field.shopify.shop')),
      'vitrine-demo',
    );
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('stores.connect.continueTo', { platform: 'Shopify' }) }),
    );
    return dialog;
  });
}

/** Etsy needs no address: choosing it and continuing opens its consent page. */
async function startEtsy(context: Context, popup: StoryPopup) {
  const t = textOf(context);
  return withPopup(popup, async () => {
    const dialog = await choose(context, 'etsy');
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('stores.connect.continueTo', { platform: 'Etsy' }) }),
    );
    return dialog;
  });
}

/** The consent page's address, once the API has given it to the widget's window. */
async function consentPage(popup: StoryPopup, host: string) {
  await waitFor(() => expect(popup.location.href).toMatch(new RegExp(`^https://${host}/`)));
  return popup.location.href;
}

const platformsOf = (context: Context) => {
  const { platforms } = seedOf<Seed>(context);
  if (!platforms) throw new Error('This story was seeded without platforms');
  return platforms;
};

/**
 * The owner approved in Shopify's window; the widget now reads the new store from the API
 * ("Finishing the connection…"). The store's request is held here, so the wait stays on screen.
 */
export const ShopifyExchanging: Story = {
  loaders: [withPlatforms({ network: [stalled('GET /v1/stores/*')] })],
  play: async (context) => {
    const t = textOf(context);
    const popup = storyPopup();
    const dialog = await startShopify(context, popup);
    const callback = await platformsOf(context).shopify.approve(
      await consentPage(popup, 'shopify.test'),
    );
    const message = await answerInPopup(serverOf(context), callback);
    await expect(message.status).toBe('connected');
    await expect(
      await dialog.findByText(shown(t('stores.connect.exchanging')), {}, { timeout: 10_000 }),
    ).toBeVisible();
    await expect(stateOf(context)).toBe('exchanging');
    await expect(context.args.onConnected).not.toHaveBeenCalled();
  },
};

/** Approved in Shopify's window and read back: connected, its products on their way. */
export const ShopifyConnected: Story = {
  loaders: [withPlatforms()],
  play: async (context) => {
    const t = textOf(context);
    const popup = storyPopup();
    const dialog = await startShopify(context, popup);
    const callback = await platformsOf(context).shopify.approve(
      await consentPage(popup, 'shopify.test'),
    );
    await answerInPopup(serverOf(context), callback);
    await expect(
      await dialog.findByText(
        shown(t('stores.connect.connected', { name: 'Vitrine Demo Prints' })),
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    await expect(stateOf(context)).toBe('connected');
    await expect(context.args.onConnected).toHaveBeenCalledWith(
      expect.objectContaining({ platform: 'shopify', status: 'connected' }),
    );
    await expect(dialog.getByRole('button', { name: t('stores.connect.done') })).toBeVisible();
  },
};

/**
 * The browser blocked the window: the widget takes the page to Shopify instead, and comes back
 * with the outcome. The story holds the authorisation request, so the page stays, showing it.
 */
export const ShopifyPopupBlocked: Story = {
  loaders: [withPlatforms({ network: [stalled('POST /v1/clients/*/stores/authorize')] })],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await startShopify(context, null);
    await expect(
      await dialog.findByText(shown(t('stores.connect.redirecting', { platform: 'Shopify' }))),
    ).toBeVisible();
    await expect(stateOf(context)).toBe('authorizing');
    // No window to reopen: the page itself goes.
    await expect(dialog.queryByRole('button', { name: t('stores.connect.reopen') })).toBeNull();
  },
};

/** Approved on Etsy's consent page: the shop is connected under its Etsy name. */
export const EtsyConnected: Story = {
  loaders: [withPlatforms()],
  play: async (context) => {
    const t = textOf(context);
    const popup = storyPopup();
    const dialog = await startEtsy(context, popup);
    const callback = await platformsOf(context).etsy.approve(await consentPage(popup, 'etsy.test'));
    await answerInPopup(serverOf(context), callback);
    await expect(
      await dialog.findByText(
        shown(t('stores.connect.connected', { name: 'InkwellPrintStudio' })),
        {},
        { timeout: 10_000 },
      ),
    ).toBeVisible();
    await expect(context.args.onConnected).toHaveBeenCalledWith(
      expect.objectContaining({ platform: 'etsy', status: 'connected' }),
    );
  },
};

/** The owner clicked "Deny" on Etsy's consent page: what happened, what to do, and a retry. */
export const EtsyConsentDenied: Story = {
  loaders: [withPlatforms()],
  play: async (context) => {
    const t = textOf(context);
    const popup = storyPopup();
    const dialog = await startEtsy(context, popup);
    const callback = await platformsOf(context).etsy.deny(await consentPage(popup, 'etsy.test'));
    const message = await answerInPopup(serverOf(context), callback);
    await expect(message.status).toBe('error');
    const alert = await dialog.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(shown(t('error.oauth_denied')));
    await expect(alert).toHaveTextContent(shown(t('stores.advice.oauth_denied')));
    await expect(dialog.getByRole('button', { name: t('common.retry') })).toBeEnabled();
    await expect(stateOf(context)).toBe('error');
    await expect(context.args.onError).toHaveBeenCalledWith({ code: 'oauth_denied' });
  },
};

const maya = { email: 'maya@fernwoodcandle.example', firstName: 'Maya', lastName: 'Okafor' };

/** Fernwood's team, the page signed in as a member of `role`. */
const signedInAs = (role: 'viewer' | 'order_manager') =>
  serveWithPlatforms(async (story: StoryServer): Promise<Seed> => {
    const member = {
      email: 'tom@fernwoodcandle.example',
      firstName: 'Tom',
      lastName: 'Becker',
      role,
    };
    const team = await createTeam(story, {
      client: { name: 'Fernwood Candle Co.', referenceId: 'ERP-20817' },
      admin: maya,
      members: [member],
    });
    story.signInAs(team.as(member.email));
    return { clientId: team.clientId };
  });

/** Only client admins connect stores: once the session is known, there is no button at all. */
async function expectHidden(context: Context) {
  const t = textOf(context);
  await waitFor(() => expect(context.args.onReady).toHaveBeenCalled(), { timeout: 10_000 });
  await expect(
    context.canvas.queryByRole('button', { name: t('stores.connect.button') }),
  ).toBeNull();
  await expect(context.canvasElement.querySelector('.vt-StoreConnect-root')).toBeNull();
}

/** Tom has View only access: the page shows him nothing to connect stores with. */
export const HiddenForViewer: Story = {
  loaders: [signedInAs('viewer')],
  play: expectHidden,
};

/** An order manager places and follows orders; connecting stores is for admins. */
export const HiddenForOrderManager: Story = {
  loaders: [signedInAs('order_manager')],
  play: expectHidden,
};
