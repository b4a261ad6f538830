import { errorMessage, useAccess, useVitrine } from '@vitrine/react';
import { accessState, type Client } from '@vitrine/sdk';

const tones = { off: 'neutral', invited: 'warning', active: 'success', expired: 'danger' } as const;
const labels = {
  off: 'access.state.off',
  invited: 'access.state.invited',
  active: 'access.state.active',
  expired: 'access.state.expired',
} as const;

/**
 * A client's Storefronts access in a list row, in the widgets' own words ("Invite sent",
 * "Active"), built on the headless `useAccess` hook and the SDK's `accessState`.
 */
export function AccessStatus({ client }: { client: Client }) {
  const { t } = useVitrine();
  const access = useAccess(client.id, { enabled: client.accessEnabled, refetchInterval: false });
  if (client.accessEnabled && !access.data) {
    const text = access.isError ? errorMessage(access.error, t) : t('common.loading');
    return (
      <span className="nw-status" data-tone="pending" title={access.isError ? text : undefined}>
        <span className="nw-visually-hidden">{text}</span>
      </span>
    );
  }
  const state = client.accessEnabled && access.data ? accessState(access.data) : 'off';
  return (
    <span className="nw-status" data-tone={tones[state]}>
      {t(labels[state])}
    </span>
  );
}
