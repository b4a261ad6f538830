import type { Meta, StoryObj } from '@storybook/react-vite';
import { UserManager } from '@vitrine/react';
import type { User } from '@vitrine/sdk';
import { expect, fn, waitFor, within } from 'storybook/test';
import { outage, stalled } from './support/network.js';
import {
  createTeam,
  type StoryServer,
  seedOf,
  serve,
  serverOf,
  type TeamMember,
  type TeamSpec,
} from './support/storyServer.js';
import { shown, textOf } from './support/text.js';

const meta = {
  title: 'Widgets/UserManager',
  component: UserManager,
  // Every story passes the id of the client its loader seeded.
  args: { clientId: '', onSuccess: fn(), onError: fn(), onReady: fn() },
  render: (args, context) => <UserManager {...args} clientId={seedOf<Seed>(context).clientId} />,
  parameters: {
    frame: 'wide',
    docs: {
      description: {
        component:
          'A client’s team: who can sign in, with which role (Admin, Store manager, Order manager, View only) and whether they joined. Admins (and the provider) invite several people at once, change roles, resend or revoke invitations and remove people; everyone else sees the team read-only. The server enforces the same rules, such as keeping at least one active admin.',
      },
    },
  },
} satisfies Meta<typeof UserManager>;

export default meta;
type Story = StoryObj<typeof meta>;
type Context = Parameters<NonNullable<Story['play']>>[0];
type Seed = { clientId: string };

const client = { name: 'Fernwood Candle Co.', referenceId: 'ERP-20817' };
const stores = ['Market Street shop', 'Harbor Road shop', 'Online shop'];

const maya = { email: 'maya@fernwoodcandle.example', firstName: 'Maya', lastName: 'Okafor' };
const diego = {
  email: 'diego@fernwoodcandle.example',
  firstName: 'Diego',
  lastName: 'Ramos',
  role: 'store_manager',
  stores: ['Market Street shop', 'Harbor Road shop'],
} satisfies TeamMember;
const priya = {
  email: 'priya@fernwoodcandle.example',
  firstName: 'Priya',
  lastName: 'Shah',
  role: 'order_manager',
} satisfies TeamMember;
const tom = {
  email: 'tom@fernwoodcandle.example',
  firstName: 'Tom',
  lastName: 'Becker',
  role: 'viewer',
} satisfies TeamMember;
/** Invited yesterday, to run the online shop. */
const lena = {
  email: 'lena@fernwoodcandle.example',
  firstName: 'Lena',
  lastName: 'Fischer',
  role: 'store_manager',
  stores: ['Online shop'],
  status: 'invited',
} satisfies TeamMember;
/** Invited more than 7 days ago and never answered. */
const sam = {
  email: 'sam@fernwoodcandle.example',
  firstName: 'Sam',
  lastName: 'Carter',
  role: 'viewer',
  status: 'expired',
} satisfies TeamMember;

const fullName = (person: { firstName: string; lastName: string }) =>
  `${person.firstName} ${person.lastName}`;

/**
 * Maya's team: she is the admin; Diego runs two of the three stores, Priya the orders, Tom
 * watches; Lena's invitation is on its way and Sam's ran out. The widget is shown to `viewer`:
 * one of them by email, or `'provider'` for the PSP's own staff.
 */
function fernwood(viewer: string, spec: Partial<TeamSpec> = {}) {
  return async (story: StoryServer): Promise<Seed> => {
    const team = await createTeam(story, {
      client,
      admin: maya,
      stores,
      members: [diego, priya, tom, sam, lena],
      ...spec,
    });
    story.signInAs(viewer === 'provider' ? 'provider' : team.as(viewer));
    return { clientId: team.clientId };
  };
}

/** Maya alone: the team as it is right after access was switched on and she accepted. */
const mayaAlone = (viewer: string = maya.email) => fernwood(viewer, { members: [] });

// What the user sees -------------------------------------------------------------------------

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const team = async (context: Context) =>
  within(await context.canvas.findByRole('region', { name: textOf(context)('users.title') }));

/** A person's row in the team table, found by the name the user reads. */
const row = async (context: Context, person: { firstName: string; lastName: string }) =>
  context.canvas.findByRole('row', { name: new RegExp(`^${literally(fullName(person))}`) });

const radio = (dialog: ReturnType<typeof within>, label: string) =>
  dialog.getByRole('radio', { name: new RegExp(`^${literally(label)}`) });

/** The team's users on the server, by email. */
async function usersOnServer(context: Context): Promise<Map<string, User>> {
  const users = new Map<string, User>();
  for await (const user of serverOf(context).backend.users.listAll(seedOf<Seed>(context).clientId))
    users.set(user.email, user);
  return users;
}

/** Role, status and (for store managers) stores of one row. */
async function expectRow(
  context: Context,
  person: { firstName: string; lastName: string; role: User['role'] },
  status: User['status'],
  storesText?: string,
) {
  const t = textOf(context);
  const cells = within(await row(context, person));
  await expect(cells.getByText(shown(t(`role.${person.role}`)))).toBeVisible();
  await expect(
    cells.getByText(shown(t(`users.status.${status}`)), { selector: '.vt-Badge' }),
  ).toBeVisible();
  if (storesText) await expect(await cells.findByText(shown(storesText))).toBeVisible();
}

/** Everything the admin sees: the six people, their roles and states, and what may be done. */
async function expectAdminView(context: Context) {
  const t = textOf(context);
  const section = await team(context);
  await expect(
    await section.findByText(shown(t('users.count', { count: 6 })), { exact: false }),
  ).toBeVisible();
  await expect(section.getByRole('button', { name: t('users.invite') })).toBeEnabled();
  await expect(section.queryByText(shown(t('users.readOnly')))).toBeNull();

  const you = within(await row(context, maya));
  await expect(you.getByText(shown(`(${t('users.you')})`))).toBeVisible();
  await expectRow(context, { ...maya, role: 'admin' }, 'active');
  await expectRow(
    context,
    diego,
    'active',
    t('users.stores', { stores: 'Market Street shop, Harbor Road shop' }),
  );
  await expectRow(context, priya, 'active');
  await expectRow(context, tom, 'active');
  await expectRow(context, lena, 'invited', t('users.stores', { stores: 'Online shop' }));
  await expectRow(context, sam, 'expired');

  // Active people can be removed; pending ones get their invitation resent or revoked.
  const actions = (person: { firstName: string; lastName: string }) =>
    within(section.getByRole('group', { name: t('users.actionsFor', { name: fullName(person) }) }));
  const tomsActions = actions(tom);
  await expect(
    tomsActions.getByRole('button', { name: t('users.action.changeRole') }),
  ).toBeEnabled();
  await expect(tomsActions.getByRole('button', { name: t('users.action.remove') })).toBeEnabled();
  await expect(tomsActions.queryByRole('button', { name: t('users.action.resend') })).toBeNull();
  // An invitation's own actions sit with its status, apart from the role change.
  const samsActions = actions(sam);
  await expect(
    samsActions.getByRole('button', { name: t('users.action.changeRole') }),
  ).toBeEnabled();
  await expect(samsActions.queryByRole('button', { name: t('users.action.revoke') })).toBeNull();
  const samsInvite = within(
    section.getByRole('group', { name: t('users.inviteActionsFor', { name: fullName(sam) }) }),
  );
  await expect(samsInvite.getByRole('button', { name: t('users.action.resend') })).toBeEnabled();
  await expect(samsInvite.getByRole('button', { name: t('users.action.revoke') })).toBeEnabled();
  await expect(
    section.queryByRole('group', { name: t('users.inviteActionsFor', { name: fullName(tom) }) }),
  ).toBeNull();
}

/** A role without `users:manage`: the same team, no controls, and why. */
function readOnlyAs(person: { firstName: string; lastName: string }): Story['play'] {
  return async (context) => {
    const t = textOf(context);
    const section = await team(context);
    await expect(await section.findByText(shown(t('users.readOnly')))).toBeVisible();
    await expect(await row(context, person)).toHaveTextContent(shown(`(${t('users.you')})`));
    for (const other of [maya, diego, priya, tom, lena, sam]) await row(context, other);
    await expectRow(context, { ...maya, role: 'admin' }, 'active');
    await expectRow(context, sam, 'expired');
    // Everyone may see Diego's stores, so his row names them.
    await expectRow(
      context,
      diego,
      'active',
      t('users.stores', { stores: 'Market Street shop, Harbor Road shop' }),
    );
    await expect(section.queryByRole('button', { name: t('users.invite') })).toBeNull();
    await expect(section.queryAllByRole('button')).toEqual([]);
    await expect(section.queryAllByRole('group')).toEqual([]);
  };
}

async function openInviteDialog(context: Context) {
  const t = textOf(context);
  await context.userEvent.click(
    await context.canvas.findByRole('button', { name: t('users.invite') }),
  );
  return within(await context.canvas.findByRole('dialog', { name: t('users.inviteDialog.title') }));
}

async function fillPerson(
  context: Context,
  dialog: ReturnType<typeof within>,
  number: number,
  person: { email: string; firstName: string; lastName: string },
) {
  const t = textOf(context);
  const group = within(
    dialog.getByRole('group', { name: t('users.inviteDialog.person', { number }) }),
  );
  await context.userEvent.type(group.getByLabelText(t('users.inviteDialog.email')), person.email);
  await context.userEvent.type(
    group.getByLabelText(t('users.inviteDialog.firstName')),
    person.firstName,
  );
  await context.userEvent.type(
    group.getByLabelText(t('users.inviteDialog.lastName')),
    person.lastName,
  );
}

const olga = { email: 'olga@fernwoodcandle.example', firstName: 'Olga', lastName: 'Novak' };
const omar = { email: 'omar@fernwoodcandle.example', firstName: 'Omar', lastName: 'Haddad' };

// Stories -------------------------------------------------------------------------------------

/** Maya, the client's admin, manages her team of six. */
export const AdminView: Story = {
  loaders: [serve(fernwood(maya.email))],
  play: expectAdminView,
};

/** Diego runs two stores: he sees the team, and that only admins change it. */
export const StoreManagerView: Story = {
  loaders: [serve(fernwood(diego.email))],
  play: readOnlyAs(diego),
};

/** Priya handles the orders: the team, read-only. */
export const OrderManagerView: Story = {
  loaders: [serve(fernwood(priya.email))],
  play: readOnlyAs(priya),
};

/** Tom may only look. */
export const ViewerView: Story = {
  loaders: [serve(fernwood(tom.email))],
  play: readOnlyAs(tom),
};

/** The print provider's own staff, in the PSP portal: they manage every client's team. */
export const ProviderView: Story = {
  loaders: [serve(fernwood('provider'))],
  play: async (context) => {
    const t = textOf(context);
    const section = await team(context);
    await expect(await section.findByRole('button', { name: t('users.invite') })).toBeEnabled();
    await expectRow(context, { ...maya, role: 'admin' }, 'active');
    await expect(await row(context, maya)).not.toHaveTextContent(shown(`(${t('users.you')})`));
    await expect(section.queryByText(shown(t('users.readOnly')))).toBeNull();
    await expect(
      section.getByRole('group', { name: t('users.actionsFor', { name: fullName(maya) }) }),
    ).toBeVisible();
  },
};

/** Right after access was switched on: Maya is the whole team. */
export const OnlyTheAdmin: Story = {
  loaders: [serve(mayaAlone())],
  play: async (context) => {
    const t = textOf(context);
    const section = await team(context);
    await expect(
      await section.findByText(shown(t('users.count', { count: 1 })), { exact: false }),
    ).toBeVisible();
    await expectRow(context, { ...maya, role: 'admin' }, 'active');
    // Maya's is the only person's row (narrow screens hide the header row: each person is a card).
    await expect(section.getAllByRole('row').filter((r) => r.closest('tbody'))).toHaveLength(1);
    await expect(section.getByRole('button', { name: t('users.invite') })).toBeEnabled();
  },
};

/** The team is on its way. */
export const Loading: Story = {
  loaders: [serve(fernwood(maya.email), { network: [stalled('GET /v1/clients/*/users')] })],
  play: async (context) => {
    const t = textOf(context);
    await expect(await context.canvas.findByRole('status')).toHaveTextContent(
      shown(t('common.loading')),
    );
    await expect(
      await context.canvas.findByRole('region', { name: t('users.title') }),
    ).toHaveAttribute('aria-busy', 'true');
    await expect(context.canvas.queryByRole('table')).toBeNull();
  },
};

/** The API is unreachable behind a 503 on every attempt; "Try again" is offered. */
export const ServerError: Story = {
  loaders: [serve(fernwood(maya.email), { network: [outage('GET /v1/clients/*/users')] })],
  play: async (context) => {
    const t = textOf(context);
    const alert = await context.canvas.findByRole('alert', {}, { timeout: 10_000 });
    await expect(alert).toHaveTextContent(shown(t('error.service_unavailable')));
    await expect(within(alert).getByRole('button', { name: t('common.retry') })).toBeEnabled();
    await expect(context.canvas.queryByRole('table')).toBeNull();
  },
};

/** "Invite people": one person to start with, View only unless Maya picks another role. */
export const InviteDialogOpen: Story = {
  loaders: [serve(fernwood(maya.email))],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await openInviteDialog(context);
    const first = within(
      dialog.getByRole('group', { name: t('users.inviteDialog.person', { number: 1 }) }),
    );
    await waitFor(() => expect(first.getByLabelText(t('users.inviteDialog.email'))).toHaveFocus());
    await expect(radio(dialog, t('role.viewer'))).toBeChecked();
    await expect(radio(dialog, t('role.store_manager'))).toHaveAccessibleDescription(
      t('users.role.store_manager.hint'),
    );
    await expect(
      dialog.getByRole('button', { name: t('users.inviteDialog.addPerson') }),
    ).toBeEnabled();
    await expect(
      dialog.getByRole('button', { name: t('users.inviteDialog.submit', { count: 1 }) }),
    ).toBeEnabled();
  },
};

/** Two people filled in, both to handle orders: ready to send. */
export const InviteSeveralFilled: Story = {
  loaders: [serve(fernwood(maya.email))],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await openInviteDialog(context);
    await fillPerson(context, dialog, 1, olga);
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('users.inviteDialog.addPerson') }),
    );
    await fillPerson(context, dialog, 2, omar);
    await context.userEvent.click(radio(dialog, t('role.order_manager')));
    await expect(radio(dialog, t('role.order_manager'))).toBeChecked();
    await expect(
      dialog.getByRole('button', { name: t('users.inviteDialog.removePerson', { number: 2 }) }),
    ).toBeEnabled();
    await expect(
      dialog.getByRole('button', { name: t('users.inviteDialog.submit', { count: 2 }) }),
    ).toBeEnabled();
  },
};

/** Both invitations go out in one go; the new people show as "Invite sent". */
export const InviteSeveral: Story = {
  loaders: [serve(fernwood(maya.email))],
  play: async (context) => {
    const t = textOf(context);
    await InviteSeveralFilled.play?.(context);
    const dialog = within(context.canvas.getByRole('dialog'));
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('users.inviteDialog.submit', { count: 2 }) }),
    );
    await expect(
      await context.canvas.findByText(shown(t('users.invited', { count: 2 }))),
    ).toBeVisible();
    await waitFor(() => expect(context.canvas.queryByRole('dialog')).toBeNull());
    await expectRow(context, { ...olga, role: 'order_manager' }, 'invited');
    await expectRow(context, { ...omar, role: 'order_manager' }, 'invited');

    const users = await usersOnServer(context);
    await expect(users.get(olga.email)).toMatchObject({ role: 'order_manager', status: 'invited' });
    await expect(users.get(omar.email)).toMatchObject({ role: 'order_manager', status: 'invited' });
    await expect(await serverOf(context).outbox(olga.email)).toHaveLength(1);
    await expect(await serverOf(context).outbox(omar.email)).toHaveLength(1);
    await expect(context.args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'invite' }),
      expect.any(Array),
    );
  },
};

/** A store manager needs stores: the dialog asks for one before anything is sent. */
export const InviteStoreManager: Story = {
  loaders: [serve(fernwood(maya.email))],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await openInviteDialog(context);
    await fillPerson(context, dialog, 1, olga);
    await context.userEvent.click(radio(dialog, t('role.store_manager')));
    const picker = dialog.getByRole('group', { name: t('users.inviteDialog.stores') });
    const submit = dialog.getByRole('button', {
      name: t('users.inviteDialog.submit', { count: 1 }),
    });
    await context.userEvent.click(submit);
    await expect(await dialog.findByText(shown(t('validation.storesRequired')))).toBeVisible();
    await expect(picker).toHaveAccessibleDescription(t('validation.storesRequired'));
    await expect(await serverOf(context).outbox(olga.email)).toHaveLength(0);

    await context.userEvent.click(
      await within(picker).findByRole('checkbox', { name: 'Online shop' }),
    );
    await context.userEvent.click(submit);
    await expect(
      await context.canvas.findByText(shown(t('users.invited', { count: 1, email: olga.email }))),
    ).toBeVisible();
    await waitFor(() => expect(context.canvas.queryByRole('dialog')).toBeNull());
    await expectRow(
      context,
      { ...olga, role: 'store_manager' },
      'invited',
      t('users.stores', { stores: 'Online shop' }),
    );
    const onServer = (await usersOnServer(context)).get(olga.email);
    const online = await serverOf(context)
      .backend.stores.list(seedOf<Seed>(context).clientId)
      .then((page) => page.data.find((s) => s.name === 'Online shop'));
    await expect(onServer).toMatchObject({ role: 'store_manager', storeIds: [online?.id] });
  },
};

/** Tom is already on the team: his line stays with the reason, Olga's invitation goes out. */
export const PartialFailure: Story = {
  loaders: [serve(fernwood(maya.email))],
  play: async (context) => {
    const t = textOf(context);
    const dialog = await openInviteDialog(context);
    await fillPerson(context, dialog, 1, tom);
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('users.inviteDialog.addPerson') }),
    );
    await fillPerson(context, dialog, 2, olga);
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('users.inviteDialog.submit', { count: 2 }) }),
    );

    await expect(
      await dialog.findByText(shown(t('users.inviteDialog.partial', { sent: 1 }))),
    ).toBeVisible();
    const left = within(
      dialog.getByRole('group', { name: t('users.inviteDialog.person', { number: 1 }) }),
    );
    const email = left.getByLabelText(t('users.inviteDialog.email'));
    await expect(email).toHaveValue(tom.email);
    await expect(email).toBeInvalid();
    await expect(email).toHaveAccessibleDescription(t('error.email_taken'));
    await expect(
      dialog.queryByRole('group', { name: t('users.inviteDialog.person', { number: 2 }) }),
    ).toBeNull();
    await expect(
      dialog.getByRole('button', { name: t('users.inviteDialog.submit', { count: 1 }) }),
    ).toBeEnabled();

    await expect(await serverOf(context).outbox(olga.email)).toHaveLength(1);
    const users = await usersOnServer(context);
    await expect(users.get(olga.email)).toMatchObject({ status: 'invited', role: 'viewer' });
    // Tom keeps his role and a single account.
    await expect(users.get(tom.email)).toMatchObject({ status: 'active', role: 'viewer' });
  },
};

/** Tom moves from View only to Order manager. */
export const ChangeRole: Story = {
  loaders: [serve(fernwood(maya.email))],
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(
      within(await row(context, tom)).getByRole('button', { name: t('users.action.changeRole') }),
    );
    const dialog = within(
      await context.canvas.findByRole('dialog', {
        name: t('users.roleDialog.title', { name: fullName(tom) }),
      }),
    );
    await expect(radio(dialog, t('role.viewer'))).toBeChecked();
    await context.userEvent.click(radio(dialog, t('role.order_manager')));
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('users.roleDialog.submit') }),
    );
    await expect(
      await context.canvas.findByText(
        shown(t('users.roleChanged', { name: fullName(tom), role: t('role.order_manager') })),
      ),
    ).toBeVisible();
    await waitFor(() => expect(context.canvas.queryByRole('dialog')).toBeNull());
    await waitFor(() => expectRow(context, { ...tom, role: 'order_manager' }, 'active'));
    // The news sits at the top of the team, next to the list it is about, not below it.
    const notice = context.canvas.getByText(
      shown(t('users.roleChanged', { name: fullName(tom), role: t('role.order_manager') })),
    );
    await expect(
      notice.compareDocumentPosition(context.canvas.getByRole('table')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    await expect((await usersOnServer(context)).get(tom.email)).toMatchObject({
      role: 'order_manager',
    });
  },
};

/** Maya is the only active admin: her row says why it offers no role change or removal. */
export const LastAdminProtected: Story = {
  loaders: [serve(mayaAlone())],
  play: async (context) => {
    const t = textOf(context);
    const actions = within(
      await context.canvas.findByRole('group', {
        name: t('users.actionsFor', { name: fullName(maya) }),
      }),
    );
    await expect(await actions.findByText(shown(t('users.lastAdmin')))).toBeVisible();
    await expect(actions.queryByRole('button', { name: t('users.action.changeRole') })).toBeNull();
    await expect(actions.queryByRole('button', { name: t('users.action.remove') })).toBeNull();
  },
};

/** In a narrow column (a sidebar, a phone) each person is a card, with one divider between. */
export const NarrowContainer: Story = {
  loaders: [serve(fernwood(maya.email))],
  render: (args, context) => (
    <div style={{ width: 360, maxWidth: '100%' }}>
      <UserManager {...args} clientId={seedOf<Seed>(context).clientId} />
    </div>
  ),
  play: async (context) => {
    const t = textOf(context);
    const section = await team(context);
    const table = await section.findByRole('table');
    const head = table.querySelector('thead');
    await expect(head && getComputedStyle(head).display).toBe('none');
    const tomsRow = await row(context, tom);
    const px = (value: string) => Number.parseFloat(value);
    await expect(px(getComputedStyle(tomsRow).borderBottomWidth)).toBe(1);
    for (const cell of within(tomsRow).getAllByRole('cell')) {
      await expect(px(getComputedStyle(cell).borderBottomWidth)).toBe(0);
    }
    const badge = within(tomsRow).getByText(shown(t('users.status.active')), {
      selector: '.vt-Badge',
    });
    await expect(getComputedStyle(badge).whiteSpace).toBe('nowrap');
  },
};

/** Removing Tom asks first; Cancel has the focus. */
export const RemoveConfirmation: Story = {
  loaders: [serve(fernwood(maya.email))],
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(
      within(await row(context, tom)).getByRole('button', { name: t('users.action.remove') }),
    );
    const confirm = await context.canvas.findByRole('alertdialog', {
      name: t('users.removeDialog.title', { name: fullName(tom) }),
    });
    await expect(confirm).toHaveAccessibleDescription(
      t('users.removeDialog.description', { name: fullName(tom) }),
    );
    const buttons = within(confirm);
    await waitFor(() =>
      expect(buttons.getByRole('button', { name: t('common.cancel') })).toHaveFocus(),
    );
    await expect(
      buttons.getByRole('button', { name: t('users.removeDialog.confirm') }),
    ).toBeEnabled();
    // Nothing happens until Maya confirms.
    await expect((await usersOnServer(context)).get(tom.email)).toMatchObject({ status: 'active' });
  },
};

/** An alert with the server's words, and the team as it was. */
async function expectFailure(context: Context) {
  const t = textOf(context);
  const alert = await context.canvas.findByRole('alert', {}, { timeout: 15_000 });
  await expect(alert).toHaveTextContent(shown(t('error.service_unavailable')));
}

/** Changing Tom's role fails on the way: he keeps his role, and Maya reads why. */
export const ChangeRoleFails: Story = {
  loaders: [serve(fernwood(maya.email), { network: [outage('PATCH /v1/clients/*/users/*')] })],
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(
      within(await row(context, tom)).getByRole('button', { name: t('users.action.changeRole') }),
    );
    const dialog = within(
      await context.canvas.findByRole('dialog', {
        name: t('users.roleDialog.title', { name: fullName(tom) }),
      }),
    );
    await context.userEvent.click(radio(dialog, t('role.order_manager')));
    await context.userEvent.click(
      dialog.getByRole('button', { name: t('users.roleDialog.submit') }),
    );
    await expectFailure(context);
    await expect((await usersOnServer(context)).get(tom.email)).toMatchObject({ role: 'viewer' });
  },
};

/** Removing Tom fails on the way: he stays on the team. */
export const RemoveFails: Story = {
  loaders: [serve(fernwood(maya.email), { network: [outage('DELETE /v1/clients/*/users/*')] })],
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(
      within(await row(context, tom)).getByRole('button', { name: t('users.action.remove') }),
    );
    const confirm = await context.canvas.findByRole('alertdialog', {
      name: t('users.removeDialog.title', { name: fullName(tom) }),
    });
    await context.userEvent.click(
      within(confirm).getByRole('button', { name: t('users.removeDialog.confirm') }),
    );
    await expectFailure(context);
    await expect((await usersOnServer(context)).get(tom.email)).toMatchObject({ status: 'active' });
  },
};

/** Resending Lena's invitation fails: it stays as it was. */
export const ResendFails: Story = {
  loaders: [
    serve(fernwood(maya.email), {
      network: [outage('POST /v1/clients/*/users/*/resend-invite')],
    }),
  ],
  play: async (context) => {
    const t = textOf(context);
    await context.userEvent.click(
      within(await row(context, lena)).getByRole('button', { name: t('users.action.resend') }),
    );
    await expectFailure(context);
  },
};

const firstNames = ['Ana', 'Bruno', 'Chiara', 'Dmitri', 'Emeka', 'Fatima', 'Gustav', 'Hana'];
const lastNames = ['Silva', 'Moreau', 'Rossi', 'Ivanova', 'Okonkwo', 'Haddad', 'Larsen', 'Sato'];

/**
 * A big team: 56 people, some with very long names and addresses, most invited. The table
 * stays one table; long names wrap inside their cell.
 */
export const ManyPeople: Story = {
  loaders: [
    serve(
      fernwood(maya.email, {
        members: [
          {
            email: 'maximiliane.wolkenstein-rodenegg@fernwood-candle-company-international.example',
            firstName: 'Maximiliane Alexandra',
            lastName: 'von Wolkenstein-Rodenegg',
            role: 'order_manager',
          },
          ...Array.from({ length: 54 }, (_, i) => {
            const firstName = firstNames[i % firstNames.length]!;
            const lastName = `${lastNames[Math.floor(i / firstNames.length) % lastNames.length]}-${i + 1}`;
            return {
              email: `${firstName}.${lastName}@fernwoodcandle.example`.toLowerCase(),
              firstName,
              lastName,
              role: (['viewer', 'order_manager', 'store_manager'] as const)[i % 3]!,
              stores: i % 3 === 2 ? [stores[i % stores.length]!] : [],
              status: 'invited' as const,
            };
          }),
        ],
      }),
    ),
  ],
  play: async (context) => {
    const t = textOf(context);
    const section = await team(context);
    // The API pages the team: the first page says how many it shows, "Show more" brings the rest.
    let more: HTMLElement | null = await section.findByRole('button', {
      name: t('users.loadMore'),
    });
    while (more) {
      await context.userEvent.click(more);
      const clicked = more;
      // Loaded: the button is gone (last page) or ready again.
      await waitFor(() =>
        expect(clicked.isConnected && clicked.getAttribute('aria-busy') === 'true').toBe(false),
      );
      more = section.queryByRole('button', { name: t('users.loadMore') });
    }
    await expect(
      await section.findByText(shown(t('users.count', { count: 56 })), { exact: false }),
    ).toBeVisible();
    await expect(
      await row(context, {
        firstName: 'Maximiliane Alexandra',
        lastName: 'von Wolkenstein-Rodenegg',
      }),
    ).toBeVisible();
  },
};
