import type { Meta, StoryObj } from '@storybook/react-vite';
import { InvitationAccept } from '@vitrine/react';
import { expect, fn } from 'storybook/test';
import { outage, stalled } from './support/network.js';
import {
  acceptInvitation,
  advanceClock,
  createClient,
  DAY_MS,
  enableAccess,
  inviteToken,
  type StoryServer,
  type StoryServerOptions,
  seedOf,
  serve,
  serverOf,
} from './support/storyServer.js';
import { shown, textOf } from './support/text.js';

const meta = {
  title: 'Widgets/InvitationAccept',
  component: InvitationAccept,
  // Every story passes the token its loader found in the invitation email.
  args: { token: '', onSuccess: fn(), onError: fn(), onReady: fn() },
  render: (args, context) => <InvitationAccept {...args} token={seedOf<Seed>(context).token} />,
  parameters: {
    frame: 'landing',
    docs: {
      description: {
        component:
          'The page an invitation email links to: who invited whom, to which client, and “Accept invitation”. It needs no session.',
      },
    },
  },
} satisfies Meta<typeof InvitationAccept>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];
type Seed = { token: string };

const client = 'Fernwood Candle Co.';
const admin = { email: 'maya@fernwoodcandle.example', firstName: 'Maya', lastName: 'Okafor' };
/** The invitation page is public: whoever has the link, no session. */
const publicPage: StoryServerOptions = { session: 'none' };

async function invited(story: StoryServer): Promise<Seed> {
  const { id } = await createClient(story, { name: client });
  await enableAccess(story, id, admin);
  return { token: await inviteToken(story, admin.email) };
}

const heading = (context: Context) =>
  context.canvas.findByRole('heading', { name: textOf(context)('invitation.title', { client }) });

/** A fresh invitation, waiting for Maya. */
export const Pending: Story = {
  loaders: [serve(invited, publicPage)],
  play: async (context) => {
    const t = textOf(context);
    await expect(await heading(context)).toBeVisible();
    await expect(context.canvas.getByText(shown(admin.email), { exact: false })).toBeVisible();
    await expect(
      context.canvas.getByRole('button', { name: t('invitation.accept') }),
    ).toBeEnabled();
  },
};

/** Accepted from this page: access is active, as the provider's AccessToggle will show. */
export const Accepted: Story = {
  loaders: [serve(invited, publicPage)],
  play: async (context) => {
    const t = textOf(context);
    await heading(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('invitation.accept') }),
    );
    await expect(
      await context.canvas.findByText(shown(t('invitation.accepted', { client }))),
    ).toBeVisible();
    await expect(context.canvas.queryByRole('button', { name: t('invitation.accept') })).toBeNull();
    await expect(context.args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ email: admin.email, status: 'active' }),
    );
    const story = serverOf(context);
    const [row] = (await story.backend.clients.list()).data;
    const access = await story.backend.access.get(row!.id);
    await expect(access.admin?.status).toBe('active');
  },
};

/** The link opened again after it was used. */
export const AlreadyAccepted: Story = {
  loaders: [
    serve(async (story) => {
      const seed = await invited(story);
      await acceptInvitation(story, admin.email);
      return seed;
    }, publicPage),
  ],
  play: async (context) => {
    const t = textOf(context);
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(
      shown(t('invitation.status.accepted')),
    );
  },
};

/** Opened eight days later: invitations last seven. */
export const Expired: Story = {
  loaders: [
    serve(async (story) => {
      const seed = await invited(story);
      advanceClock(story, 8 * DAY_MS);
      return seed;
    }, publicPage),
  ],
  play: async (context) => {
    const t = textOf(context);
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(
      shown(t('invitation.status.expired', { provider: serverOf(context).provider.name })),
    );
    // No "Join …" on a link that cannot be used: what happened, and whom to ask.
    await expect(
      context.canvas.getByRole('heading', { name: t('invitation.invalid.title') }),
    ).toBeVisible();
    await expect(context.canvas.queryByRole('button', { name: t('invitation.accept') })).toBeNull();
  },
};

/** An older link after the provider resent the invitation: only the newest one works. */
export const Revoked: Story = {
  loaders: [
    serve(async (story) => {
      const seed = await invited(story);
      const [row] = (await story.backend.clients.list()).data;
      await story.backend.access.resendInvite(row!.id);
      return seed;
    }, publicPage),
  ],
  play: async (context) => {
    const t = textOf(context);
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(
      shown(t('invitation.status.revoked')),
    );
  },
};

/** A link that was mistyped or cut short: the server knows no such invitation. */
export const UnknownToken: Story = {
  loaders: [
    serve(
      async () => ({ token: 'vt_inv_0000000000000000000000000000000000000000000' }),
      publicPage,
    ),
  ],
  play: async (context) => {
    const t = textOf(context);
    await expect(await context.canvas.findByRole('alert')).toHaveTextContent(
      shown(t('error.invitation_not_found')),
    );
    await expect(context.canvas.queryByRole('button', { name: t('common.retry') })).toBeNull();
  },
};

/** The invitation is on its way. */
export const Loading: Story = {
  loaders: [serve(invited, { ...publicPage, network: [stalled('GET /v1/invitations/*')] })],
  play: async (context) => {
    const t = textOf(context);
    await expect(await context.canvas.findByRole('status')).toHaveTextContent(
      shown(t('common.loading')),
    );
  },
};

/** "Accept invitation" pressed, the server still answering: the button says so and waits. */
export const Accepting: Story = {
  loaders: [serve(invited, { ...publicPage, network: [stalled('POST /v1/invitations/*/accept')] })],
  play: async (context) => {
    const t = textOf(context);
    await heading(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('invitation.accept') }),
    );
    await expect(
      await context.canvas.findByRole('button', { name: t('invitation.accepting') }),
    ).toBeDisabled();
  },
};

/** Accepting fails on the way: the reason, and the button to try again. */
export const AcceptFails: Story = {
  loaders: [serve(invited, { ...publicPage, network: [outage('POST /v1/invitations/*/accept')] })],
  play: async (context) => {
    const t = textOf(context);
    await heading(context);
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('invitation.accept') }),
    );
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(shown(t('error.service_unavailable')));
    await expect(
      context.canvas.getByRole('button', { name: t('invitation.accept') }),
    ).toBeEnabled();
  },
};
