import type { Meta, StoryObj } from '@storybook/react-vite';
import { PostbackSettings } from '@vitrine/react';
import { expect, fn, within } from 'storybook/test';
import { outage, stalled } from './support/network.js';
import {
  ERP,
  endpointsWithLog,
  RECEIVER,
  serveSettings,
  settingsTextOf,
  switchedOff,
} from './support/settings.js';
import { shown } from './support/text.js';

const meta = {
  title: 'Widgets/PostbackSettings',
  component: PostbackSettings,
  args: { onSuccess: fn(), onError: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The provider’s postback endpoints: add and edit them (URL, events, on or off), the signing secret shown once on creation and rotation, "Send test event", and the delivery log with every attempt and "Redeliver". An endpoint the server switched off says why and can be switched on again.',
      },
    },
  },
} satisfies Meta<typeof PostbackSettings>;

export default meta;
type Story = StoryObj<typeof meta>;

const wait = { timeout: 15_000 };

/** The delivery log, showing the receiver's deliveries. */
async function receiverLog(context: Parameters<NonNullable<Story['play']>>[0]) {
  const t = settingsTextOf(context);
  await context.userEvent.click(
    await context.canvas.findByRole(
      'button',
      { name: t('postbacks.showLogFor', { url: RECEIVER }) },
      wait,
    ),
  );
  return context.canvas.getByRole('region', { name: t('postbacks.log.title') });
}

/** Nothing yet: what postbacks are and "Add endpoint". */
export const Empty: Story = {
  loaders: [serveSettings(async () => undefined)],
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('postbacks.empty')), {}, wait),
    ).toBeVisible();
  },
};

/** Loading: the endpoints have not come back yet. */
export const Loading: Story = {
  loaders: [serveSettings(async () => undefined, { network: [stalled('GET /v1/postbacks')] })],
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('common.loading')), {}, wait),
    ).toBeVisible();
  },
};

/** The API is down: the error, with "Try again". */
export const Unavailable: Story = {
  loaders: [serveSettings(async () => undefined, { network: [outage('GET /v1/postbacks')] })],
  play: async (context) => {
    await expect(await context.canvas.findByRole('alert', {}, wait)).toBeVisible();
  },
};

/** Two endpoints; the first one's log: a delivered and a failed test event. */
export const WithDeliveries: Story = {
  loaders: [serveSettings(endpointsWithLog)],
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(await context.canvas.findByRole('heading', { name: ERP }, wait)).toBeVisible();
    const log = await receiverLog(context);
    await expect(
      await within(log).findByText(shown(`${t('postbacks.delivery.failed')} (HTTP 503)`), {}, wait),
    ).toBeVisible();
  },
};

/** Adding: the form, then the secret shown once with its copy button. */
export const AddEndpoint: Story = {
  loaders: [serveSettings(async () => undefined)],
  play: async (context) => {
    const t = settingsTextOf(context);
    await context.userEvent.click(
      await context.canvas.findByRole('button', { name: t('postbacks.add') }, wait),
    );
    const body = within(context.canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: t('postbacks.form.createTitle') });
    await context.userEvent.type(within(dialog).getByLabelText(t('postbacks.form.url')), RECEIVER);
    await context.userEvent.click(
      within(dialog).getByRole('button', { name: t('postbacks.form.create') }),
    );
    const secret = await body.findByRole(
      'alertdialog',
      { name: t('postbacks.secret.createdTitle') },
      wait,
    );
    await expect(within(secret).getByText(shown(t('postbacks.secret.once')))).toBeVisible();
  },
};

/** The server refuses a private address: the reason is on the URL field. */
export const AddressRefused: Story = {
  loaders: [serveSettings(async () => undefined)],
  play: async (context) => {
    const t = settingsTextOf(context);
    await context.userEvent.click(
      await context.canvas.findByRole('button', { name: t('postbacks.add') }, wait),
    );
    const body = within(context.canvasElement.ownerDocument.body);
    const dialog = await body.findByRole('dialog', { name: t('postbacks.form.createTitle') });
    await context.userEvent.type(
      within(dialog).getByLabelText(t('postbacks.form.url')),
      'https://192.168.1.20/hooks',
    );
    await context.userEvent.click(
      within(dialog).getByRole('button', { name: t('postbacks.form.create') }),
    );
    await expect(
      await within(dialog).findByText(shown(t('settings.urlNotAllowed')), {}, wait),
    ).toBeVisible();
  },
};

/** Rotating: the overlap explained first, then the new secret shown once. */
export const RotateSecret: Story = {
  loaders: [serveSettings(endpointsWithLog)],
  play: async (context) => {
    const t = settingsTextOf(context);
    await context.userEvent.click(
      await context.canvas.findByRole(
        'button',
        { name: t('postbacks.rotateFor', { url: RECEIVER }) },
        wait,
      ),
    );
    const body = within(context.canvasElement.ownerDocument.body);
    const confirm = await body.findByRole('alertdialog', { name: t('postbacks.rotate.title') });
    await context.userEvent.click(
      within(confirm).getByRole('button', { name: t('postbacks.rotate.confirm') }),
    );
    await expect(
      await body.findByRole('alertdialog', { name: t('postbacks.secret.rotatedTitle') }, wait),
    ).toBeVisible();
  },
};

/** A failed delivery's attempt opened: status, duration, the answer's start; then redelivered. */
export const AttemptDetails: Story = {
  loaders: [serveSettings(endpointsWithLog)],
  play: async (context) => {
    const t = settingsTextOf(context);
    const log = await receiverLog(context);
    const failed = (
      await within(log).findByText(shown(`${t('postbacks.delivery.failed')} (HTTP 503)`), {}, wait)
    ).closest('li')!;
    const [details] = within(failed).getAllByRole('button');
    await context.userEvent.click(details!);
    await expect(within(failed).getByText('Service Unavailable: deploy in progress')).toBeVisible();
  },
};

/** Redelivered once the receiver is back: the same delivery, now delivered. */
export const Redelivered: Story = {
  loaders: [serveSettings(endpointsWithLog)],
  play: async (context) => {
    const t = settingsTextOf(context);
    const log = await receiverLog(context);
    const failed = (
      await within(log).findByText(shown(`${t('postbacks.delivery.failed')} (HTTP 503)`), {}, wait)
    ).closest('li')!;
    const buttons = within(failed).getAllByRole('button');
    await context.userEvent.click(buttons[1]!);
    await expect(
      await context.canvas.findByText(
        shown(
          t('postbacks.log.redelivered', {
            outcome: `${t('postbacks.delivery.succeeded')} (HTTP 200)`,
          }),
        ),
        {},
        wait,
      ),
    ).toBeInTheDocument();
  },
};

/** Switched off after three days of failures: why, and "Switch on again". */
export const SwitchedOff: Story = {
  loaders: [
    serveSettings(async (story) => {
      const endpoint = await story.backend.postbacks.create({
        url: RECEIVER,
        events: ['order.received'],
      });
      await switchedOff(story, endpoint);
    }),
  ],
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(
      await context.canvas.findByText(shown(t('postbacks.disabled.failing')), {}, wait),
    ).toBeVisible();
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('postbacks.enableFor', { url: RECEIVER }) }),
    );
    await expect(
      await context.canvas.findByText(shown(t('postbacks.state.enabled')), {}, wait),
    ).toBeVisible();
  },
};

/** In Portuguese, with the log. */
export const Portuguese: Story = {
  loaders: [serveSettings(endpointsWithLog)],
  globals: { locale: 'pt-BR' },
  play: async (context) => {
    const t = settingsTextOf(context);
    await expect(
      await context.canvas.findByRole('heading', { name: t('postbacks.log.title') }, wait),
    ).toBeVisible();
  },
};
