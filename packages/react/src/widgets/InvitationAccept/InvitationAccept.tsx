'use client';
import type { AcceptedInvitation, Invitation } from '@vitrine/sdk';
import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button.js';
import { cx } from '../../components/cx.js';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { useAcceptInvitation, useInvitation } from '../../hooks/access.js';
import { useVitrine } from '../../provider/VitrineProvider.js';

export type InvitationAcceptPart = 'root' | 'title' | 'body' | 'accept' | 'notice' | 'error';

export interface InvitationAcceptProps {
  /** The `vt_inv_…` token from the invitation link. */
  token: string;
  onSuccess?: (accepted: AcceptedInvitation) => void;
  onError?: (error: unknown) => void;
  onReady?: (invitation: Invitation) => void;
  className?: string;
  classNames?: Partial<Record<InvitationAcceptPart, string>>;
}

/** The page an invited person lands on: who invited them, for what, and "Accept invitation". */
export function InvitationAccept(props: InvitationAcceptProps) {
  const { token, onSuccess, onError, onReady, classNames = {} } = props;
  const { t } = useVitrine();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation(token);
  const announced = useRef(false);
  useEffect(() => {
    if (invitation.data && !announced.current) {
      announced.current = true;
      onReady?.(invitation.data);
    }
  }, [invitation.data, onReady]);
  useEffect(() => {
    if (invitation.error) onError?.(invitation.error);
  }, [invitation.error, onError]);

  const data = invitation.data;
  const state = accept.isSuccess
    ? 'accepted'
    : invitation.isLoading
      ? 'loading'
      : invitation.isError || accept.isError
        ? 'error'
        : (data?.status ?? 'loading');

  return (
    <section
      className={cx('vt-InvitationAccept-root', props.className, classNames.root)}
      data-state={state}
    >
      {invitation.isError ? (
        <ErrorAlert
          error={invitation.error}
          onRetry={() => invitation.refetch()}
          className={classNames.error}
        />
      ) : !data ? (
        <p role="status" className="vt-InvitationAccept-loading">
          <span className="vt-Spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      ) : (
        <>
          <h2 className={cx('vt-InvitationAccept-title', classNames.title)}>
            {/* A link that can no longer be used does not invite anyone to join; its alert says what to do. */}
            {!accept.isSuccess && (data.status === 'expired' || data.status === 'revoked')
              ? t('invitation.invalid.title')
              : t('invitation.title', { client: data.clientName })}
          </h2>
          <p className={cx('vt-InvitationAccept-body', classNames.body)}>
            {t('invitation.body', {
              provider: data.providerName,
              email: data.email,
              client: data.clientName,
              role: t(`role.${data.role}`),
            })}
          </p>
          {accept.isSuccess ? (
            <p className={cx('vt-Notice', classNames.notice)} role="status">
              {t('invitation.accepted', { client: data.clientName })}
            </p>
          ) : data.status === 'pending' ? (
            <>
              {accept.error ? (
                <ErrorAlert error={accept.error} className={classNames.error} />
              ) : null}
              <div className="vt-Actions">
                <Button
                  variant="primary"
                  className={classNames.accept}
                  pending={accept.isPending}
                  onClick={async () => {
                    try {
                      onSuccess?.(await accept.mutateAsync({}));
                    } catch (error) {
                      onError?.(error);
                    }
                  }}
                >
                  {accept.isPending ? t('invitation.accepting') : t('invitation.accept')}
                </Button>
              </div>
            </>
          ) : (
            <p className={cx('vt-Alert', classNames.error)} role="alert">
              {t(`invitation.status.${data.status}`, { provider: data.providerName })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
