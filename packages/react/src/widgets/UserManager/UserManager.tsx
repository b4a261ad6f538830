'use client';
import type { Deleted, Role, Store, User } from '@vitrine/sdk';
import { roles } from '@vitrine/sdk';
import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { WidgetCard } from '../../components/WidgetCard.js';
import { useCurrentSession } from '../../hooks/access.js';
import {
  useRemoveUser,
  useResendUserInvite,
  useStores,
  useUpdateUser,
  useUsers,
} from '../../hooks/users.js';
import { useVitrine } from '../../provider/VitrineProvider.js';
import { InviteDialog } from './InviteDialog.js';
import { RolePicker } from './RolePicker.js';
import type { UserManagerAction } from './types.js';

export type UserManagerPart =
  | 'root'
  | 'header'
  | 'title'
  | 'table'
  | 'row'
  | 'badge'
  | 'actions'
  | 'invite'
  | 'notice'
  | 'error'
  | 'dialog';

export interface UserManagerProps {
  clientId: string;
  /**
   * Called before each change; return `false` (or a promise of it) to cancel, e.g. to ask for
   * your own confirmation or to enforce a policy. The server stays the authority either way.
   */
  onBeforeAction?: (
    action: UserManagerAction,
  ) => boolean | undefined | Promise<boolean | undefined>;
  onSuccess?: (action: UserManagerAction, result: User | Deleted | User[]) => void;
  onError?: (error: unknown, action?: UserManagerAction) => void;
  onReady?: (users: User[]) => void;
  /** Force the read-only view even when the session may manage users. @default false */
  readOnly?: boolean;
  /** The title's heading level, to fit the host page's outline. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Keep the title for screen readers only, when the host page shows its own. @default false */
  hideTitle?: boolean;
  className?: string;
  classNames?: Partial<Record<UserManagerPart, string>>;
}

type Confirm = { kind: 'remove' | 'revoke'; user: User } | null;

const tones = { active: 'success', invited: 'warning', expired: 'danger' } as const;

/**
 * The client's team: users with role and status; admins invite (several at once), change roles
 * (with the stores of store managers), resend or revoke invitations and remove people. Shows only
 * what the session may do; the server enforces it regardless.
 */
export function UserManager(props: UserManagerProps) {
  const { clientId, onBeforeAction, onSuccess, onError, onReady, classNames = {} } = props;
  const { t } = useVitrine();
  const session = useCurrentSession();
  const can = (capability: string) => session.data?.capabilities.includes(capability) ?? false;
  const canManage = !props.readOnly && can('users:manage');
  const users = useUsers(clientId);
  // Store managers' rows name their stores for everyone who may see the stores.
  const stores = useStores(clientId, {}, { enabled: can('stores:read') });
  // Whether an active admin is the only one, across all pages, so their row offers no way out.
  const activeAdmins = useUsers(
    clientId,
    { role: 'admin', status: 'active', limit: 2 },
    { enabled: canManage },
  );
  const firstAdminPage = activeAdmins.data?.pages[0];
  const soleAdminId =
    firstAdminPage && firstAdminPage.data.length === 1 && !firstAdminPage.nextCursor
      ? firstAdminPage.data[0]!.id
      : null;
  const selfId = session.data?.userId ?? null;
  const update = useUpdateUser(clientId);
  const remove = useRemoveUser(clientId);
  const resend = useResendUserInvite(clientId);
  const [inviting, setInviting] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [confirm, setConfirm] = useState<Confirm>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  /** The person whose row shows the error of an action taken from the row itself. */
  const [errorRow, setErrorRow] = useState<string | null>(null);

  // Kept current in a ref: inline callbacks change on every host render and must not re-fire.
  const callbacks = useRef({ onError, onReady });
  useEffect(() => {
    callbacks.current = { onError, onReady };
  });
  const list = users.data?.pages.flatMap((p) => p.data) ?? [];
  const announced = useRef(false);
  useEffect(() => {
    if (users.data && !announced.current) {
      announced.current = true;
      callbacks.current.onReady?.(users.data.pages.flatMap((p) => p.data));
    }
  }, [users.data]);
  useEffect(() => {
    if (users.error) callbacks.current.onError?.(users.error);
  }, [users.error]);

  /** Runs one action through onBeforeAction, the API, and the callbacks. */
  async function run<R extends User | Deleted | User[]>(
    action: UserManagerAction,
    call: () => Promise<R>,
    message: (result: R) => string,
  ): Promise<boolean> {
    setNotice(null);
    setActionError(null);
    setErrorRow(null);
    if ((await onBeforeAction?.(action)) === false) return false;
    try {
      const result = await call();
      setNotice(message(result));
      onSuccess?.(action, result);
      return true;
    } catch (error) {
      setActionError(error);
      onError?.(error, action);
      return false;
    }
  }

  const name = (u: User) => `${u.firstName} ${u.lastName}`.trim() || u.email;
  const storeNames = (ids: readonly string[]) =>
    ids.map((id) => stores.data?.find((s) => s.id === id)?.name ?? id).join(', ');
  const state = users.isLoading
    ? 'loading'
    : users.isError
      ? 'error'
      : list.length === 0
        ? 'empty'
        : 'idle';

  return (
    <WidgetCard
      widget="UserManager"
      title={t('users.title')}
      description={
        <>
          {t('users.description')}
          {list.length > 0 && (
            <>
              {' '}
              {/* Without a total from the API, a partly loaded list says what it shows. */}
              {users.hasNextPage
                ? t('users.shown', { count: list.length })
                : t('users.count', { count: list.length })}
              .
            </>
          )}
        </>
      }
      headingLevel={props.headingLevel}
      hideTitle={props.hideTitle}
      state={state}
      mode={canManage ? 'manage' : 'read-only'}
      className={props.className}
      classNames={classNames}
      actions={
        canManage && (
          <Button variant="primary" className={classNames.invite} onClick={() => setInviting(true)}>
            {t('users.invite')}
          </Button>
        )
      }
    >
      {!canManage && session.data && (
        <p className="vt-UserManager-readOnly">{t('users.readOnly')}</p>
      )}
      {actionError && !editing && !confirm && !errorRow ? (
        <ErrorAlert error={actionError} className={classNames.error} />
      ) : null}
      <p className={cx('vt-Notice', classNames.notice)} role="status" hidden={!notice}>
        {notice ?? ''}
      </p>

      {users.isError ? (
        <ErrorAlert
          error={users.error}
          onRetry={() => users.refetch()}
          className={classNames.error}
        />
      ) : users.isLoading ? (
        <p className="vt-UserManager-loading" role="status">
          <span className="vt-Spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      ) : list.length === 0 ? (
        <p className="vt-UserManager-empty">{t('users.empty')}</p>
      ) : (
        <table className={cx('vt-UserManager-table', classNames.table)}>
          <thead>
            <tr>
              <th scope="col">{t('users.column.name')}</th>
              <th scope="col">{t('users.column.role')}</th>
              <th scope="col">{t('users.column.status')}</th>
              {canManage && (
                <th scope="col">
                  <span className="vt-VisuallyHidden">{t('users.column.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {list.map((user) => (
              <tr
                key={user.id}
                className={cx('vt-UserManager-row', classNames.row)}
                data-status={user.status}
              >
                <td>
                  <span className="vt-UserManager-name">
                    {name(user)}
                    {session.data?.userId === user.id && (
                      <span className="vt-UserManager-you"> ({t('users.you')})</span>
                    )}
                  </span>
                  <span className="vt-UserManager-email">{user.email}</span>
                </td>
                <td>
                  <span className="vt-UserManager-role">{t(`role.${user.role}`)}</span>
                  {user.role === 'store_manager' && (
                    <span className="vt-UserManager-stores">
                      {user.storeIds.length
                        ? t('users.stores', { stores: storeNames(user.storeIds) })
                        : t('users.noStores')}
                    </span>
                  )}
                </td>
                <td>
                  <span className={cx('vt-Badge', classNames.badge)} data-tone={tones[user.status]}>
                    {t(`users.status.${user.status}`)}
                  </span>
                  {canManage && user.status !== 'active' && (
                    // The invitation's own actions sit under its status, so no row carries more
                    // than two actions side by side.
                    <fieldset
                      className={cx(
                        'vt-UserManager-actions',
                        'vt-UserManager-inviteActions',
                        classNames.actions,
                      )}
                    >
                      <legend className="vt-VisuallyHidden">
                        {t('users.inviteActionsFor', { name: name(user) })}
                      </legend>
                      <Button
                        variant="ghost"
                        pending={resend.isPending && resend.variables === user.id}
                        onClick={async () => {
                          const ok = await run(
                            { type: 'resend', user },
                            () => resend.mutateAsync(user.id),
                            () => t('users.resent', { email: user.email }),
                          );
                          if (!ok) setErrorRow(user.id);
                        }}
                      >
                        {t('users.action.resend')}
                      </Button>
                      <Button
                        variant="ghost"
                        // Revoking takes access away: it reads as such.
                        data-tone="danger"
                        onClick={() => setConfirm({ kind: 'revoke', user })}
                      >
                        {t('users.action.revoke')}
                      </Button>
                    </fieldset>
                  )}
                </td>
                {canManage && (
                  <td>
                    <fieldset className={cx('vt-UserManager-actions', classNames.actions)}>
                      <legend className="vt-VisuallyHidden">
                        {t('users.actionsFor', { name: name(user) })}
                      </legend>
                      {user.id === soleAdminId ? (
                        // The server would refuse both: say why instead of offering them.
                        <p className="vt-UserManager-lastAdmin">{t('users.lastAdmin')}</p>
                      ) : (
                        <>
                          <Button variant="ghost" onClick={() => setEditing(user)}>
                            {t('users.action.changeRole')}
                          </Button>
                          {user.status === 'active' && (
                            <Button
                              variant="ghost"
                              // Removing takes access away: it reads as such.
                              data-tone="danger"
                              onClick={() => setConfirm({ kind: 'remove', user })}
                            >
                              {t('users.action.remove')}
                            </Button>
                          )}
                        </>
                      )}
                    </fieldset>
                    {errorRow === user.id && actionError ? (
                      <ErrorAlert error={actionError} className={classNames.error} />
                    ) : null}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {users.hasNextPage && (
        <Button onClick={() => users.fetchNextPage()} pending={users.isFetchingNextPage}>
          {t('users.loadMore')}
        </Button>
      )}

      {canManage && (
        <InviteDialog
          clientId={clientId}
          open={inviting}
          onOpenChange={setInviting}
          stores={stores.data ?? []}
          className={classNames.dialog}
          onBeforeAction={onBeforeAction}
          onInvited={(invites, created, everyone) => {
            if (everyone) {
              setInviting(false);
              setNotice(
                created.length === 1
                  ? t('users.invited_one', { email: created[0]!.email })
                  : t('users.invited_other', { count: created.length }),
              );
            }
            onSuccess?.({ type: 'invite', invites }, created);
          }}
          onError={(error, action) => onError?.(error, action)}
        />
      )}

      {editing && (
        <RoleDialog
          user={editing}
          isSelf={editing.id === selfId}
          stores={stores.data ?? []}
          className={classNames.dialog}
          pending={update.isPending}
          error={actionError}
          onClose={() => {
            setEditing(null);
            setActionError(null);
          }}
          onSave={async (role, storeIds) => {
            const ok = await run(
              { type: 'changeRole', user: editing, role, storeIds },
              () =>
                update.mutateAsync({
                  userId: editing.id,
                  body: role === 'store_manager' ? { role, storeIds } : { role },
                }),
              (u) => t('users.roleChanged', { name: name(u), role: t(`role.${u.role}`) }),
            );
            if (ok) setEditing(null);
          }}
        />
      )}

      <Dialog
        open={confirm !== null}
        onOpenChange={(open) => {
          if (!open) {
            setConfirm(null);
            setActionError(null);
          }
        }}
        role="alertdialog"
        title={
          confirm?.kind === 'remove'
            ? confirm.user.id === selfId
              ? t('users.removeSelfDialog.title')
              : t('users.removeDialog.title', { name: name(confirm.user) })
            : t('users.revokeDialog.title', { email: confirm?.user.email ?? '' })
        }
        description={
          confirm?.kind === 'remove'
            ? confirm.user.id === selfId
              ? t('users.removeSelfDialog.description')
              : t('users.removeDialog.description', { name: name(confirm.user) })
            : t('users.revokeDialog.description')
        }
        className={classNames.dialog}
      >
        {actionError ? <ErrorAlert error={actionError} /> : null}
        <div className="vt-Actions">
          <Button variant="ghost" onClick={() => setConfirm(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            pending={remove.isPending}
            onClick={async () => {
              if (!confirm) return;
              const { user, kind } = confirm;
              const ok = await run(
                { type: kind, user },
                () => remove.mutateAsync(user.id),
                () =>
                  kind === 'remove'
                    ? t('users.removed', { name: name(user) })
                    : t('users.revoked', { email: user.email }),
              );
              if (ok) setConfirm(null);
            }}
          >
            {confirm?.kind === 'remove'
              ? t('users.removeDialog.confirm')
              : t('users.revokeDialog.confirm')}
          </Button>
        </div>
      </Dialog>
    </WidgetCard>
  );
}

function RoleDialog(props: {
  user: User;
  isSelf: boolean;
  stores: Store[];
  pending: boolean;
  error: unknown;
  className?: string | undefined;
  onClose: () => void;
  onSave: (role: Role, storeIds: string[]) => void;
}) {
  const { t } = useVitrine();
  const [role, setRole] = useState<Role>(props.user.role);
  const [storeIds, setStoreIds] = useState<string[]>(props.user.storeIds);
  const [tried, setTried] = useState(false);
  const missingStores = role === 'store_manager' && storeIds.length === 0;
  // Stepping down from admin ends one's own say over the team.
  const selfWarning = props.isSelf && props.user.role === 'admin' && role !== 'admin';
  const name = `${props.user.firstName} ${props.user.lastName}`.trim() || props.user.email;
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={t('users.roleDialog.title', { name })}
      className={props.className}
    >
      <form
        className="vt-UserManager-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!missingStores) props.onSave(role, role === 'store_manager' ? storeIds : []);
        }}
      >
        <RolePicker
          role={role}
          onRoleChange={setRole}
          stores={props.stores}
          storeIds={storeIds}
          onStoreIdsChange={setStoreIds}
          storesError={tried && missingStores ? t('validation.storesRequired') : undefined}
          roles={roles}
        />
        <p className="vt-UserManager-warning" role="status" hidden={!selfWarning}>
          {selfWarning ? t('users.roleDialog.selfWarning') : ''}
        </p>
        {props.error ? <ErrorAlert error={props.error} /> : null}
        <div className="vt-Actions">
          <Button variant="ghost" onClick={props.onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" pending={props.pending}>
            {t('users.roleDialog.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
