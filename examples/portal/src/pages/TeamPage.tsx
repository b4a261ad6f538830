import { UserManager, useVitrine } from '@vitrine/react';
import type { Role, User } from '@vitrine/sdk';
import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { initials } from './ClientsPage.js';

const fullName = (user: User) => `${user.firstName} ${user.lastName}`.trim() || user.email;

/**
 * `/account/team`: the signed-in user's access, then the UserManager widget. Admins see
 * "Invite people" and each row's actions; everyone else sees the list. That is only what the
 * widget shows: the API refuses the changes to anyone without `users:manage` regardless.
 */
export function TeamPage(props: {
  clientId: string;
  clientName: string | undefined;
  /** The signed-in user's row, once the team list has loaded. */
  me: User | undefined;
  role: Role;
  canManage: boolean;
  admins: User[];
}) {
  const { t, locale } = usePortalLocale();
  const vitrine = useVitrine();
  const { me } = props;
  const others = props.admins.filter((admin) => admin.id !== me?.id).map(fullName);
  return (
    <>
      <PageHeader
        title={
          props.clientName ?? (
            <span className="nw-skeleton-text">{vitrine.t('common.loading')}</span>
          )
        }
        subtitle={t('team.subtitle')}
      />
      <section className="nw-card nw-you" aria-labelledby="you-title">
        <h2 id="you-title" className="nw-card-title nw-card-title-sm">
          {t('team.you.title')}
        </h2>
        <div className="nw-you-row">
          <span className="nw-client-avatar" aria-hidden="true">
            {me ? initials(fullName(me)) : '·'}
          </span>
          <span className="nw-client-text">
            <span className="nw-you-name">{me ? fullName(me) : '…'}</span>
            {me && <span className="nw-client-desc">{me.email}</span>}
          </span>
          <span className="nw-role">{vitrine.t(`role.${props.role}`)}</span>
        </div>
        <p className="nw-you-what">
          {vitrine.t(`users.role.${props.role}.hint`)}{' '}
          {props.canManage
            ? t('team.you.manage')
            : others.length > 0
              ? t('team.you.askAdmin', {
                  names: new Intl.ListFormat(locale, { type: 'disjunction' }).format(others),
                })
              : t('team.you.askAnAdmin')}
        </p>
      </section>
      <UserManager clientId={props.clientId} className="nw-team" />
    </>
  );
}
