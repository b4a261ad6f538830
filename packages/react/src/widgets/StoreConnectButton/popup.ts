/** The message the API's callback page posts to the window that opened it. */
export interface StoreConnectionMessage {
  source: 'vitrine';
  type: 'store_connection';
  status: 'connected' | 'error';
  storeId: string | null;
  error: { code: string; message: string } | null;
}

export function isStoreConnectionMessage(data: unknown): data is StoreConnectionMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Partial<StoreConnectionMessage>;
  return (
    m.source === 'vitrine' &&
    m.type === 'store_connection' &&
    (m.status === 'connected' || m.status === 'error')
  );
}

/** Query parameters the API adds to `returnUrl` when it redirects back after a connection. */
export const returnParams = ['vitrine_store', 'vitrine_status', 'vitrine_error'] as const;

export interface RedirectOutcome {
  storeId: string | null;
  status: 'connected' | 'error';
  errorCode: string | null;
}

/** The outcome in the current address, if the API just redirected back to it. */
export function readRedirectOutcome(href: string): RedirectOutcome | null {
  const params = new URL(href).searchParams;
  const status = params.get('vitrine_status');
  if (status !== 'connected' && status !== 'error') return null;
  return {
    storeId: params.get('vitrine_store'),
    status,
    errorCode: params.get('vitrine_error'),
  };
}

/** The address without the outcome parameters, to put back in the history and to return to. */
export function withoutReturnParams(href: string): string {
  const url = new URL(href);
  for (const name of returnParams) url.searchParams.delete(name);
  return url.toString();
}

/**
 * Opens an empty, named popup at once, while the click still counts as the user's: browsers
 * block windows opened later. The authorize address is set once the API answers.
 */
export function openBlankPopup(): Window | null {
  const width = 560;
  const height = 720;
  const left = Math.max(0, (window.screenX ?? 0) + (window.outerWidth - width) / 2);
  const top = Math.max(0, (window.screenY ?? 0) + (window.outerHeight - height) / 2);
  return window.open(
    'about:blank',
    'vitrine-store-connection',
    `popup,width=${width},height=${height},left=${Math.round(left)},top=${Math.round(top)}`,
  );
}
