'use client';
import { type Access, type AccessState, accessState, EnableAccessBody } from '@vitrine/sdk';
import { useEffect, useId, useRef, useState } from 'react';
import type * as z from 'zod';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { Dialog } from '../../components/Dialog.js';
import { EmailLanguageField } from '../../components/EmailLanguageField.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { applyServerFieldErrors } from '../../components/formErrors.js';
import { PersonFields } from '../../components/PersonFields.js';
import {
  useAccess,
  useDisableAccess,
  useEnableAccess,
  useResendInvite,
} from '../../hooks/access.js';
import { useClient } from '../../hooks/clients.js';
import { useForm, zodValidate } from '../../hooks/useForm.js';
import type { Locale } from '../../i18n/locales.js';
import type { TranslationKey, Values } from '../../i18n/translate.js';
import { useVitrine } from '../../provider/VitrineProvider.js';

export type AccessToggleAction = 'enabled' | 'disabled' | 'resent';
export type AccessTogglePart =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'switch'
  | 'status'
  | 'badge'
  | 'admin'
  | 'resend'
  | 'notice'
  | 'error'
  | 'dialog';

export interface AccessToggleProps {
  clientId: string;
  /** Used in labels; fetched when not given. */
  clientName?: string;
  onSuccess?: (access: Access, action: AccessToggleAction) => void;
  onError?: (error: unknown) => void;
  onReady?: (access: Access) => void;
  /**
   * Poll for changes made elsewhere (an accepted invitation): by default every 5 s while the
   * invitation is pending, every 30 s otherwise. A number fixes the interval; `false` turns it off.
   */
  refetchInterval?: number | false;
  /** Show the state without the controls. @default false */
  readOnly?: boolean;
  /** The title's heading level, to fit the host page's outline. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Keep the title for screen readers only, when the host page shows its own. @default false */
  hideTitle?: boolean;
  className?: string;
  classNames?: Partial<Record<AccessTogglePart, string>>;
}

const tones: Record<AccessState, string> = {
  off: 'neutral',
  invited: 'warning',
  active: 'success',
  expired: 'danger',
};
const stateKeys = {
  off: 'access.state.off',
  invited: 'access.state.invited',
  active: 'access.state.active',
  expired: 'access.state.expired',
} as const;

/**
 * Storefronts access for one client: on/off, the admin's invitation ("Invite sent" → "Active"),
 * and "Resend invite". Turning on asks for the admin in a dialog; turning off asks to confirm.
 */
export function AccessToggle(props: AccessToggleProps) {
  const { clientId, onSuccess, onError, onReady, classNames = {} } = props;
  const { t, format } = useVitrine();
  const access = useAccess(clientId, { refetchInterval: props.refetchInterval });
  const client = useClient(props.clientName ? undefined : clientId);
  const clientName = props.clientName ?? client.data?.name ?? '';
  const enable = useEnableAccess(clientId);
  const disable = useDisableAccess(clientId);
  const resend = useResendInvite(clientId);
  const [dialog, setDialog] = useState<'enable' | 'disable' | null>(null);
  // Kept as a key and values, so it follows a language switch, and tied to the state it
  // describes, so it disappears when the state moves on (an invitation accepted elsewhere).
  const [notice, setNotice] = useState<{
    key: TranslationKey;
    values?: Values;
    forState: AccessState;
  } | null>(null);
  const titleId = useId();
  const descriptionId = useId();
  const Heading = `h${props.headingLevel ?? 3}` as const;

  // Kept current in a ref: inline callbacks change on every host render and must not re-fire.
  const callbacks = useRef({ onError, onReady });
  useEffect(() => {
    callbacks.current = { onError, onReady };
  });
  const readyAnnounced = useRef(false);
  useEffect(() => {
    if (access.data && !readyAnnounced.current) {
      readyAnnounced.current = true;
      callbacks.current.onReady?.(access.data);
    }
  }, [access.data]);
  useEffect(() => {
    if (access.error) callbacks.current.onError?.(access.error);
  }, [access.error]);

  const done = (
    result: Access,
    action: AccessToggleAction,
    message: { key: TranslationKey; values?: Values },
  ) => {
    setDialog(null);
    setNotice({ ...message, forState: accessState(result) });
    onSuccess?.(result, action);
  };

  const onResend = async () => {
    setNotice(null);
    try {
      const result = await resend.mutateAsync();
      done(result, 'resent', {
        key: 'access.resent',
        values: { email: result.admin?.email ?? '' },
      });
    } catch (error) {
      onError?.(error);
    }
  };

  const busy = enable.isPending || disable.isPending || resend.isPending;
  const data = access.data;
  const currentState = data ? accessState(data) : null;
  const shownNotice = notice && notice.forState === currentState ? notice : null;
  const state: AccessState | 'loading' | 'error' = data
    ? accessState(data)
    : access.isError
      ? 'error'
      : 'loading';
  const actionError = resend.error;

  return (
    <section
      className={cx('vt-AccessToggle-root', props.className, classNames.root)}
      data-state={state}
      aria-labelledby={titleId}
      aria-busy={state === 'loading' || busy}
    >
      <div className={cx('vt-AccessToggle-header', classNames.header)}>
        <div>
          <Heading
            id={titleId}
            className={cx(
              'vt-AccessToggle-title',
              props.hideTitle && 'vt-VisuallyHidden',
              classNames.title,
            )}
          >
            {t('access.title')}
          </Heading>
          <p
            id={descriptionId}
            className={cx('vt-AccessToggle-description', classNames.description)}
          >
            {t('access.description')}
          </p>
        </div>
        {!props.readOnly && (
          <button
            type="button"
            role="switch"
            className={cx('vt-Switch', classNames.switch)}
            aria-checked={data?.enabled ?? false}
            aria-label={t('access.switchLabel', { client: clientName })}
            aria-describedby={descriptionId}
            disabled={!data || busy}
            onClick={() => {
              setNotice(null);
              setDialog(data?.enabled ? 'disable' : 'enable');
            }}
          />
        )}
      </div>

      {access.isError && !data ? (
        <ErrorAlert
          error={access.error}
          onRetry={() => access.refetch()}
          className={classNames.error}
        />
      ) : !data ? (
        <p className="vt-AccessToggle-loading" role="status">
          <span className="vt-Spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      ) : (
        <div className={cx('vt-AccessToggle-status', classNames.status)}>
          <span className={cx('vt-Badge', classNames.badge)} data-tone={tones[accessState(data)]}>
            {t(stateKeys[accessState(data)])}
          </span>
          {data.enabled && data.admin && (
            <div className={cx('vt-AccessToggle-admin', classNames.admin)}>
              <p className="vt-AccessToggle-adminName">
                <span className="vt-AccessToggle-label">{t('access.admin')}: </span>
                {data.admin.firstName} {data.admin.lastName}
              </p>
              <p className="vt-AccessToggle-email">{data.admin.email}</p>
              <p className="vt-AccessToggle-dates">
                {data.admin.status === 'active' && data.admin.activatedAt
                  ? t('access.activeSince', { date: format.date(data.admin.activatedAt) })
                  : data.admin.status === 'expired' && data.admin.inviteExpiresAt
                    ? t('access.expiredOn', { date: format.date(data.admin.inviteExpiresAt) })
                    : [
                        data.admin.lastInviteSentAt
                          ? t('access.invitedOn', {
                              date: format.dateTime(data.admin.lastInviteSentAt),
                            })
                          : null,
                        data.admin.inviteExpiresAt
                          ? t('access.expiresOn', { date: format.date(data.admin.inviteExpiresAt) })
                          : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
              </p>
            </div>
          )}
          {!props.readOnly && data.enabled && data.admin && data.admin.status !== 'active' && (
            <Button
              className={cx('vt-AccessToggle-resend', classNames.resend)}
              pending={resend.isPending}
              onClick={onResend}
            >
              {resend.isPending ? t('access.resending') : t('access.resend')}
            </Button>
          )}
        </div>
      )}

      {actionError ? (
        <ErrorAlert error={actionError} onRetry={onResend} className={classNames.error} />
      ) : null}
      <p className={cx('vt-Notice', classNames.notice)} role="status" hidden={!shownNotice}>
        {shownNotice ? t(shownNotice.key, shownNotice.values) : ''}
      </p>

      <EnableAccessDialog
        open={dialog === 'enable'}
        onOpenChange={(open) => setDialog(open ? 'enable' : null)}
        pending={enable.isPending}
        className={classNames.dialog}
        onSubmit={async (body, setError) => {
          try {
            const result = await enable.mutateAsync(body);
            done(result, 'enabled', {
              key: 'access.enabled',
              values: { email: result.admin?.email ?? body.admin.email },
            });
          } catch (error) {
            const placed = setError(error);
            onError?.(error);
            if (!placed) return error;
          }
          return null;
        }}
      />
      <Dialog
        open={dialog === 'disable'}
        onOpenChange={(open) => {
          if (!open) disable.reset();
          setDialog(open ? 'disable' : null);
        }}
        role="alertdialog"
        title={t('access.disable.title')}
        description={t('access.disable.description', { client: clientName })}
        className={classNames.dialog}
      >
        {disable.error ? <ErrorAlert error={disable.error} /> : null}
        <div className="vt-Actions">
          <Button variant="ghost" onClick={() => setDialog(null)}>
            {t('common.cancel')}
          </Button>
          <Button
            variant="danger"
            pending={disable.isPending}
            onClick={async () => {
              try {
                const result = await disable.mutateAsync();
                done(result, 'disabled', { key: 'access.disabled' });
              } catch (error) {
                onError?.(error);
              }
            }}
          >
            {disable.isPending ? t('access.disable.submitting') : t('access.disable.confirm')}
          </Button>
        </div>
      </Dialog>
    </section>
  );
}

interface AdminValues {
  admin: { email: string; firstName: string; lastName: string; locale?: string | undefined };
}

const adminFields = ['admin.email', 'admin.firstName', 'admin.lastName'] as const;

function EnableAccessDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  pending: boolean;
  className?: string | undefined;
  /** Resolves to an error that no field could show, or null. */
  onSubmit: (
    body: z.output<typeof EnableAccessBody>,
    setServerErrors: (error: unknown) => boolean,
  ) => Promise<unknown>;
}) {
  const { t, locale } = useVitrine();
  const [generalError, setGeneralError] = useState<unknown>(null);
  const form = useForm<AdminValues, z.output<typeof EnableAccessBody>>({
    validate: zodValidate(EnableAccessBody),
    defaultValues: { admin: { email: '', firstName: '', lastName: '', locale } },
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, reset, setError } = form;
  const errors = formState.errors;

  useEffect(() => {
    if (!props.open) {
      reset();
      setGeneralError(null);
    }
  }, [props.open, reset]);

  const submit = handleSubmit(async (body) => {
    setGeneralError(null);
    const left = await props.onSubmit(body, (error) =>
      applyServerFieldErrors(error, setError, adminFields),
    );
    if (left) setGeneralError(left);
  });

  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={t('access.enable.title')}
      description={t('access.enable.description')}
      className={props.className}
    >
      <form className="vt-AccessToggle-form" onSubmit={submit} noValidate>
        <PersonFields
          register={register}
          name="admin"
          errors={errors}
          labels="access.enable"
          autoComplete="personal"
          namesClassName="vt-AccessToggle-names"
        />
        <EmailLanguageField
          value={(form.watch('admin.locale') as Locale | undefined) ?? locale}
          onChange={(value) => form.setValue('admin.locale', value)}
        />
        {generalError ? <ErrorAlert error={generalError} onRetry={() => submit()} /> : null}
        <div className="vt-Actions">
          <Button variant="ghost" onClick={() => props.onOpenChange(false)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" pending={props.pending}>
            {props.pending ? t('access.enable.submitting') : t('access.enable.submit')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
