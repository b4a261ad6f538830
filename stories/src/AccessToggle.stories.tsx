import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccessToggle } from '@vitrine/react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { outage, stalled } from './support/network.js';
import {
  acceptInvitation,
  advanceClock,
  createClient,
  DAY_MS,
  enableAccess,
  type StoryServer,
  seedOf,
  serve,
  serverOf,
} from './support/storyServer.js';
import { shown, textOf } from './support/text.js';

const meta = {
  title: 'Widgets/AccessToggle',
  component: AccessToggle,
  // Every story passes the id of the client its loader seeded.
  args: { clientId: '', onSuccess: fn(), onError: fn(), onReady: fn() },
  render: (args, context) => <AccessToggle {...args} clientId={seedOf<Seed>(context).clientId} />,
  parameters: {
    frame: 'bare',
    docs: {
      description: {
        component:
          'Storefronts access for one client: on or off, the admin’s invitation (“Invite sent”, “Active”, “Invite expired”) and “Resend invite”.',
      },
    },
  },
} satisfies Meta<typeof AccessToggle>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];
type Seed = { clientId: string };

const admin = { email: 'maya@fernwoodcandle.example', firstName: 'Maya', lastName: 'Okafor' };

async function fernwood(story: StoryServer) {
  const client = await createClient(story, {
    name: 'Fernwood Candle Co.',
    referenceId: 'ERP-20817',
  });
  return { clientId: client.id };
}

async function invited(story: StoryServer) {
  const seed = await fernwood(story);
  await enableAccess(story, seed.clientId, admin);
  return seed;
}

async function active(story: StoryServer) {
  const seed = await invited(story);
  // Maya follows the link in her email two days later.
  advanceClock(story, 2 * DAY_MS);
  await acceptInvitation(story, admin.email);
  return seed;
}

const toggle = async (context: Context) =>
  context.canvas.findByRole('switch', {
    name: textOf(context)('access.switchLabel', { client: 'Fernwood Candle Co.' }),
  });

const badge = (context: Context, key: Parameters<ReturnType<typeof textOf>>[0]) =>
  context.canvas.findByText(shown(textOf(context)(key)), { selector: '.vt-Badge' });

/** Access is off: the switch turns it on. */
export const Off: Story = {
  loaders: [serve(fernwood)],
  play: async (context) => {
    const control = await toggle(context);
    await waitFor(() => expect(control).toBeEnabled());
    await expect(control).toHaveAttribute('aria-checked', 'false');
    await expect(await badge(context, 'access.state.off')).toBeVisible();
  },
};

/** Turning access on asks who the client's admin is. */
export const EnableDialogOpen: Story = {
  loaders: [serve(fernwood)],
  play: async (context) => {
    const t = textOf(context);
    const control = await toggle(context);
    await waitFor(() => expect(control).toBeEnabled());
    await context.userEvent.click(control);
    const dialog = within(
      await context.canvas.findByRole('dialog', { name: t('access.enable.title') }),
    );
    await expect(dialog.getByLabelText(t('access.enable.email'))).toHaveFocus();
    await context.userEvent.type(dialog.getByLabelText(t('access.enable.email')), admin.email);
    await context.userEvent.type(
      dialog.getByLabelText(t('access.enable.firstName')),
      admin.firstName,
    );
    await context.userEvent.type(
      dialog.getByLabelText(t('access.enable.lastName')),
      admin.lastName,
    );
    await expect(dialog.getByRole('button', { name: t('access.enable.submit') })).toBeEnabled();
  },
};

/** The whole way on: the dialog checks the admin's details, then the invitation goes out. */
export const TurnOn: Story = {
  loaders: [serve(fernwood)],
  play: async (context) => {
    const t = textOf(context);
    const control = await toggle(context);
    await waitFor(() => expect(control).toBeEnabled());
    await context.userEvent.click(control);
    const dialog = within(
      await context.canvas.findByRole('dialog', { name: t('access.enable.title') }),
    );
    const email = dialog.getByLabelText(t('access.enable.email'));
    await context.userEvent.type(email, 'maya@fernwood');
    await context.userEvent.click(dialog.getByRole('button', { name: t('access.enable.submit') }));
    await expect(email).toHaveAccessibleDescription(t('validation.email'));
    await expect(dialog.getByLabelText(t('access.enable.firstName'))).toHaveAccessibleDescription(
      t('validation.required'),
    );

    await context.userEvent.clear(email);
    await context.userEvent.type(email, admin.email);
    await context.userEvent.type(
      dialog.getByLabelText(t('access.enable.firstName')),
      admin.firstName,
    );
    await context.userEvent.type(
      dialog.getByLabelText(t('access.enable.lastName')),
      admin.lastName,
    );
    await context.userEvent.click(dialog.getByRole('button', { name: t('access.enable.submit') }));

    await expect(
      await context.canvas.findByText(shown(t('access.enabled', { email: admin.email }))),
    ).toBeVisible();
    await expect(context.canvas.queryByRole('dialog')).toBeNull();
    await expect(control).toHaveAttribute('aria-checked', 'true');
    await expect(await badge(context, 'access.state.invited')).toBeVisible();
    const emails = await serverOf(context).outbox(admin.email);
    await expect(emails).toHaveLength(1);
  },
};

/** Access is on and the admin has not accepted yet. */
export const InviteSent: Story = {
  loaders: [serve(invited)],
  play: async (context) => {
    const t = textOf(context);
    await expect(await badge(context, 'access.state.invited')).toBeVisible();
    await expect(await toggle(context)).toHaveAttribute('aria-checked', 'true');
    await expect(context.canvas.getByText(shown(admin.email), { exact: false })).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('access.resend') })).toBeEnabled();
  },
};

/** "Resend invite": a new link goes out and the old one stops working. */
export const InviteResent: Story = {
  loaders: [serve(invited)],
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(
      await context.canvas.findByRole('button', { name: t('access.resend') }),
    );
    await expect(
      await context.canvas.findByText(shown(t('access.resent', { email: admin.email }))),
    ).toBeVisible();
    await expect(await serverOf(context).outbox(admin.email)).toHaveLength(2);
    await expect(context.args.onSuccess).toHaveBeenCalledWith(expect.anything(), 'resent');
  },
};

/** Eight days later on the server's clock: the 7-day link has expired. */
export const InviteExpired: Story = {
  loaders: [
    serve(async (story) => {
      const seed = await invited(story);
      advanceClock(story, 8 * DAY_MS);
      return seed;
    }),
  ],
  play: async (context) => {
    const t = textOf(context);
    await expect(await badge(context, 'access.state.expired')).toBeVisible();
    await expect(context.canvas.getByRole('button', { name: t('access.resend') })).toBeEnabled();
  },
};

/** The admin accepted: access is active and there is nothing to resend. */
export const Active: Story = {
  loaders: [serve(active)],
  play: async (context) => {
    const t = textOf(context);
    await expect(await badge(context, 'access.state.active')).toBeVisible();
    await expect(context.canvas.queryByRole('button', { name: t('access.resend') })).toBeNull();
  },
};

/** Turning access off asks first. */
export const DisableConfirmationOpen: Story = {
  loaders: [serve(active)],
  play: async (context) => {
    const t = textOf(context);
    const control = await toggle(context);
    await waitFor(() => expect(control).toBeEnabled());
    await context.userEvent.click(control);
    const dialog = await context.canvas.findByRole('alertdialog', {
      name: t('access.disable.title'),
    });
    await expect(dialog).toHaveAccessibleDescription(
      t('access.disable.description', { client: 'Fernwood Candle Co.' }),
    );
    await expect(
      within(dialog).getByRole('button', { name: t('access.disable.confirm') }),
    ).toBeEnabled();
    await expect(within(dialog).getByRole('button', { name: t('common.cancel') })).toBeEnabled();
  },
};

/** The access settings are on their way. */
export const Loading: Story = {
  loaders: [serve(fernwood, { network: [stalled('GET /v1/clients/*/access')] })],
  play: async (context) => {
    const t = textOf(context);
    await expect(await context.canvas.findByRole('status')).toHaveTextContent(
      shown(t('common.loading')),
    );
    await expect(await toggle(context)).toBeDisabled();
  },
};

/** The API is unreachable behind a 503 on every attempt; "Try again" is offered. */
export const ServerError: Story = {
  loaders: [serve(fernwood, { network: [outage('GET /v1/clients/*/access')] })],
  play: async (context) => {
    const t = textOf(context);
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(shown(t('error.service_unavailable')));
    await expect(within(alert).getByRole('button', { name: t('common.retry') })).toBeEnabled();
    await expect(await toggle(context)).toBeDisabled();
  },
};

/** For people who may see but not change access: the state without the controls. */
export const ReadOnly: Story = {
  loaders: [serve(invited)],
  args: { readOnly: true },
  play: async (context) => {
    const t = textOf(context);
    await expect(await badge(context, 'access.state.invited')).toBeVisible();
    await expect(context.canvas.queryByRole('switch')).toBeNull();
    await expect(context.canvas.queryByRole('button', { name: t('access.resend') })).toBeNull();
  },
};

/** In a host page that titles the section itself: the heading fits its outline, unseen. */
export const HostTitled: Story = {
  loaders: [serve(invited)],
  args: { headingLevel: 2, hideTitle: true },
  play: async (context) => {
    const t = textOf(context);
    const heading = await context.canvas.findByRole('heading', {
      level: 2,
      name: t('access.title'),
    });
    await expect(heading).toHaveClass('vt-VisuallyHidden');
    await expect(context.canvas.getByRole('region', { name: t('access.title') })).toBeVisible();
    await expect(await badge(context, 'access.state.invited')).toBeVisible();
  },
};

/** The answer every failed action gets: an alert with the server's words, nothing half-done. */
async function expectFailure(context: Context) {
  const t = textOf(context);
  const alert = await context.canvas.findByRole('alert', {}, { timeout: 15_000 });
  await expect(alert).toHaveTextContent(shown(t('error.service_unavailable')));
}

/** Turning access on fails: the dialog stays, with what was typed, and says why. */
export const EnableFails: Story = {
  loaders: [serve(fernwood, { network: [outage('PUT /v1/clients/*/access')] })],
  play: async (context) => {
    const t = textOf(context);
    const control = await toggle(context);
    await waitFor(() => expect(control).toBeEnabled());
    await context.userEvent.click(control);
    const dialog = within(
      await context.canvas.findByRole('dialog', { name: t('access.enable.title') }),
    );
    await context.userEvent.type(dialog.getByLabelText(t('access.enable.email')), admin.email);
    await context.userEvent.type(
      dialog.getByLabelText(t('access.enable.firstName')),
      admin.firstName,
    );
    await context.userEvent.type(
      dialog.getByLabelText(t('access.enable.lastName')),
      admin.lastName,
    );
    await context.userEvent.click(dialog.getByRole('button', { name: t('access.enable.submit') }));
    await expectFailure(context);
    await expect(dialog.getByLabelText(t('access.enable.email'))).toHaveValue(admin.email);
    await expect(await serverOf(context).outbox(admin.email)).toHaveLength(0);
  },
};

/** "Resend invite" fails: the invitation stays as it was. */
export const ResendFails: Story = {
  loaders: [serve(invited, { network: [outage('POST /v1/clients/*/access/resend-invite')] })],
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(
      await context.canvas.findByRole('button', { name: t('access.resend') }),
    );
    await expectFailure(context);
    await expect(await badge(context, 'access.state.invited')).toBeVisible();
    await expect(await serverOf(context).outbox(admin.email)).toHaveLength(1);
  },
};

/** Turning access off fails: access stays on, and the switch says so. */
export const DisableFails: Story = {
  loaders: [serve(active, { network: [outage('DELETE /v1/clients/*/access')] })],
  play: async (context) => {
    const t = textOf(context);
    const control = await toggle(context);
    await waitFor(() => expect(control).toBeEnabled());
    await context.userEvent.click(control);
    const dialog = await context.canvas.findByRole('alertdialog', {
      name: t('access.disable.title'),
    });
    await context.userEvent.click(
      within(dialog).getByRole('button', { name: t('access.disable.confirm') }),
    );
    await expectFailure(context);
    await waitFor(() => expect(control).toHaveAttribute('aria-checked', 'true'));
  },
};
