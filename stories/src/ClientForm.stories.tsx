import type { Meta, StoryObj } from '@storybook/react-vite';
import { ClientForm } from '@vitrine/react';
import type { Client } from '@vitrine/sdk';
import { expect, fn, waitFor } from 'storybook/test';
import { outage, stalled } from './support/network.js';
import { createClient, createTeam, seedOf, serve, serverOf } from './support/storyServer.js';
import { shown, textOf } from './support/text.js';

const meta = {
  title: 'Widgets/ClientForm',
  component: ClientForm,
  args: { onSuccess: fn(), onError: fn(), onReady: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'Creates or edits a client of the print provider: a name, an optional reference ID from the provider’s own systems and a description for the team.',
      },
    },
  },
} satisfies Meta<typeof ClientForm>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];

const harborPine = {
  name: 'Harbor & Pine Coffee',
  referenceId: 'ERP-10442',
  description:
    'Roastery with a Shopify store. Labels, mailer boxes and postcards; reorders monthly.',
};

/** Seeds one client and hands it to the story. */
const withClient = serve(async (story) => ({ client: await createClient(story, harborPine) }));
const clientOf = (context: Pick<Context, 'loaded'>) => seedOf<{ client: Client }>(context).client;

const field = (context: Context, key: 'name' | 'referenceId' | 'description') => {
  const t = textOf(context);
  return context.canvas.getByLabelText(t(`clientForm.${key}.label`), { exact: false });
};

/** Types the values the way a person would, field by field. */
async function fillIn(context: Context, values: Partial<typeof harborPine>) {
  for (const key of ['name', 'referenceId', 'description'] as const) {
    const value = values[key];
    if (value === undefined) continue;
    const input = field(context, key);
    await context.userEvent.clear(input);
    await context.userEvent.type(input, value);
  }
}

const submit = (context: Context) =>
  context.userEvent.click(
    context.canvas.getByRole('button', { name: textOf(context)('clientForm.submit.create') }),
  );

/** A new client: nothing typed yet. */
export const Create: Story = {
  loaders: [serve()],
  play: async (context) => {
    const t = textOf(context);
    await expect(
      context.canvas.getByRole('heading', { name: t('clientForm.title.create') }),
    ).toBeVisible();
    await expect(field(context, 'name')).toHaveValue('');
    await expect(field(context, 'name')).toBeEnabled();
  },
};

/** The form filled in, ready to submit. */
export const Filled: Story = {
  loaders: [serve()],
  play: async (context) => {
    await fillIn(context, harborPine);
    // Leaving the last field validates it, as a person tabbing away would.
    await context.userEvent.click(context.canvas.getByRole('heading'));
    await expect(field(context, 'name')).toHaveValue(harborPine.name);
    await expect(field(context, 'referenceId')).toHaveValue(harborPine.referenceId);
    await expect(field(context, 'name')).not.toHaveAttribute('aria-invalid');
    await expect(field(context, 'referenceId')).not.toHaveAttribute('aria-invalid');
  },
};

/** An existing client, loaded from the server into the form. */
export const Edit: Story = {
  loaders: [withClient],
  args: { onCancel: fn() },
  render: (args, context) => <ClientForm {...args} clientId={clientOf(context).id} />,
  play: async (context) => {
    const t = textOf(context);
    await expect(
      context.canvas.getByRole('heading', { name: t('clientForm.title.edit') }),
    ).toBeVisible();
    await waitFor(() => expect(field(context, 'name')).toHaveValue(harborPine.name));
    await expect(field(context, 'referenceId')).toHaveValue(harborPine.referenceId);
    await expect(field(context, 'description')).toHaveValue(harborPine.description);
    await expect(
      context.canvas.getByRole('button', { name: t('clientForm.submit.edit') }),
    ).toBeEnabled();
  },
};

/** Editing while the client is still on its way: the fields wait, disabled. */
export const Loading: Story = {
  loaders: [
    serve(async (story) => ({ client: await createClient(story, harborPine) }), {
      network: [stalled('GET /v1/clients/*')],
    }),
  ],
  render: (args, context) => <ClientForm {...args} clientId={clientOf(context).id} />,
  play: async (context) => {
    const t = textOf(context);
    const form = context.canvasElement.querySelector('.vt-ClientForm-root');
    await expect(form).toHaveAttribute('data-state', 'loading');
    await expect(form).toHaveAttribute('aria-busy', 'true');
    await expect(field(context, 'name')).toBeDisabled();
    await expect(
      context.canvas.getByRole('button', { name: t('clientForm.submit.edit') }),
    ).toBeDisabled();
  },
};

/** Editing a client that does not exist (or belongs to another provider): the server says 404. */
export const NotFound: Story = {
  loaders: [serve()],
  render: (args) => <ClientForm {...args} clientId="cl_00000000000000000000" />,
  play: async (context) => {
    const t = textOf(context);
    const alert = await context.canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(shown(t('error.not_found')));
    // Trying again cannot help with a 404, so no button offers it.
    await expect(context.canvas.queryByRole('button', { name: t('common.retry') })).toBeNull();
    await expect(context.args.onError).toHaveBeenCalled();
  },
};

/** Submitted; the server has not answered yet. */
export const Submitting: Story = {
  loaders: [serve(undefined, { network: [stalled('POST /v1/clients')] })],
  play: async (context) => {
    const t = textOf(context);
    await fillIn(context, harborPine);
    await submit(context);
    const button = await context.canvas.findByRole('button', {
      name: t('clientForm.submitting.create'),
    });
    await expect(button).toBeDisabled();
    await expect(button).toHaveAttribute('aria-busy', 'true');
  },
};

/** Submitted empty, then with a malformed reference ID: the form explains, nothing is sent. */
export const ValidationError: Story = {
  loaders: [serve()],
  play: async (context) => {
    const t = textOf(context);
    await submit(context);
    const name = field(context, 'name');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(
      expect.stringContaining(t('validation.required')),
    );
    await expect(name).toHaveFocus();

    await fillIn(context, { referenceId: 'ERP 10442 #2' });
    await submit(context);
    const referenceId = field(context, 'referenceId');
    await expect(referenceId).toHaveAttribute('aria-invalid', 'true');
    await expect(referenceId).toHaveAccessibleDescription(
      expect.stringContaining(t('validation.referenceId')),
    );
    // Checked in the browser: the server never saw a request.
    const { data } = await serverOf(context).backend.clients.list();
    await expect(data).toHaveLength(0);
  },
};

/** The reference ID is already used by another client: the server's field error lands on the field. */
export const DuplicateReferenceId: Story = {
  loaders: [withClient],
  play: async (context) => {
    const t = textOf(context);
    await fillIn(context, { name: 'Harbor & Pine Coffee (Portland)', referenceId: 'erp-10442' });
    await submit(context);
    const referenceId = field(context, 'referenceId');
    await waitFor(() => expect(referenceId).toHaveAttribute('aria-invalid', 'true'), {
      timeout: 5000,
    });
    await expect(referenceId).toHaveAccessibleDescription(
      expect.stringContaining(t('error.reference_id_taken')),
    );
    await expect(referenceId).toHaveFocus();
    // The field error says it all: no second, general alert.
    await expect(context.canvas.queryByRole('alert')).toBeNull();
  },
};

/** A gateway in front of the API answers 503 on every attempt; the form offers to try again. */
export const ServerError: Story = {
  loaders: [serve(undefined, { network: [outage('POST /v1/clients')] })],
  play: async (context) => {
    const t = textOf(context);
    await fillIn(context, harborPine);
    await submit(context);
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(shown(t('error.service_unavailable')));
    // One way to try again: the form's own button, not a second one beside it.
    await expect(context.canvas.queryByRole('button', { name: t('common.retry') })).toBeNull();
    await expect(
      context.canvas.getByRole('button', { name: t('clientForm.submit.create') }),
    ).toBeEnabled();
    // What was typed is kept for the next attempt.
    await expect(field(context, 'name')).toHaveValue(harborPine.name);
    await expect(context.args.onError).toHaveBeenCalled();
  },
};

/** The outage ends and sending the form again saves the client. */
export const RetryAfterServerError: Story = {
  loaders: [serve(undefined, { network: [outage('POST /v1/clients')] })],
  play: async (context) => {
    const t = textOf(context);
    await fillIn(context, harborPine);
    await submit(context);
    await context.canvas.findByRole('alert', {}, { timeout: 10_000 });
    serverOf(context).network.restore();
    await submit(context);
    await expect(
      await context.canvas.findByText(
        shown(t('clientForm.success.create', { name: harborPine.name })),
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    await expect(context.canvas.queryByRole('alert')).toBeNull();
  },
};

/** Saved: the client exists on the server and the form says so. */
export const Success: Story = {
  loaders: [serve()],
  play: async (context) => {
    const t = textOf(context);
    await fillIn(context, harborPine);
    await submit(context);
    const notice = await context.canvas.findByText(
      shown(t('clientForm.success.create', { name: harborPine.name })),
    );
    await expect(notice).toBeVisible();
    await expect(context.args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ name: harborPine.name, referenceId: harborPine.referenceId }),
    );
    const { data } = await serverOf(context).backend.clients.list();
    await expect(data.map((c) => c.referenceId)).toEqual([harborPine.referenceId]);
  },
};

/** Editing saved: the form says so and keeps the saved values. */
export const EditSaved: Story = {
  ...Edit,
  play: async (context) => {
    const t = textOf(context);
    await waitFor(() => expect(field(context, 'name')).toHaveValue(harborPine.name));
    await fillIn(context, { name: 'Harbor & Pine Coffee Roasters' });
    await context.userEvent.click(
      context.canvas.getByRole('button', { name: t('clientForm.submit.edit') }),
    );
    await expect(
      await context.canvas.findByText(shown(t('clientForm.success.edit'))),
    ).toBeVisible();
    await expect(field(context, 'name')).toHaveValue('Harbor & Pine Coffee Roasters');
    const saved = await serverOf(context).backend.clients.get(clientOf(context).id);
    await expect(saved.name).toBe('Harbor & Pine Coffee Roasters');
  },
};

/**
 * A session that may not create clients (a client's own admin, signed in to the portal) sends
 * the form: the server refuses with a 403 and the form says so in words, nothing is created.
 */
export const Forbidden: Story = {
  loaders: [
    serve(async (story) => {
      const team = await createTeam(story, {
        client: { name: 'Fernwood Candle Co.' },
        admin: { email: 'maya@fernwoodcandle.example', firstName: 'Maya', lastName: 'Okafor' },
      });
      story.signInAs(team.as('maya@fernwoodcandle.example'));
    }),
  ],
  play: async (context) => {
    const t = textOf(context);
    await fillIn(context, harborPine);
    await submit(context);
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 15_000 });
    await expect(alert).toHaveTextContent(shown(t('error.forbidden')));
    const { data } = await serverOf(context).backend.clients.list();
    await expect(data.map((c) => c.name)).not.toContain(harborPine.name);
  },
};

/** A very long client name and reference: they wrap inside the form, nothing overflows. */
export const LongValues: Story = {
  loaders: [
    serve(async (story) => ({
      client: await createClient(story, {
        name: 'Wolkenstein-Rodenegg Internationale Kerzenmanufaktur und Geschenkartikel GmbH & Co. KG',
        referenceId: 'ERP-2026-NORTHWIND-EUROPE-0000012345',
        description:
          'Kerzen, Seifen und Geschenkpapier für den Einzelhandel in Deutschland, Österreich und der Schweiz; Etiketten in drei Sprachen, Versand in recycelten Kartons.',
      }),
    })),
  ],
  args: { onCancel: fn() },
  render: (args, context) => <ClientForm {...args} clientId={clientOf(context).id} />,
  play: async (context) => {
    await waitFor(() =>
      expect(field(context, 'name')).toHaveValue(
        'Wolkenstein-Rodenegg Internationale Kerzenmanufaktur und Geschenkartikel GmbH & Co. KG',
      ),
    );
    const form = context.canvasElement.querySelector('.vt-ClientForm-root')!;
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth + 1);
  },
};
