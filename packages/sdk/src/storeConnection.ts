import {
  StoreConnectionMessage,
  StoreConnectionReturnQuery,
  type StoreConnectionStatus,
} from './schemas/storeConnection.js';

/** What the callback knows once a connection ends: the store, and why it failed if it did. */
export interface StoreConnectionOutcome {
  storeId: string | null;
  error: { code: string; message: string } | null;
}

/** A connection's end as the browser reads it, from the popup's message or the return address. */
export interface StoreConnectionReturn {
  status: StoreConnectionStatus;
  storeId: string | null;
  errorCode: string | null;
}

/** The names of the return parameters, to strip them from an address. */
export const storeConnectionReturnParamNames = Object.keys(
  StoreConnectionReturnQuery.shape,
) as (keyof StoreConnectionReturnQuery)[];

/** The message the callback page posts to its opener. */
export function storeConnectionMessage(outcome: StoreConnectionOutcome): StoreConnectionMessage {
  return {
    source: 'vitrine',
    type: 'store_connection',
    status: outcome.error ? 'error' : 'connected',
    storeId: outcome.storeId,
    error: outcome.error ? { code: outcome.error.code, message: outcome.error.message } : null,
  };
}

/** The parameters the callback sets on `returnUrl`, in the order it sets them. */
export function storeConnectionReturnParams(outcome: StoreConnectionOutcome): URLSearchParams {
  const query: StoreConnectionReturnQuery = {
    ...(outcome.storeId ? { vitrine_store: outcome.storeId } : {}),
    vitrine_status: outcome.error ? 'error' : 'connected',
    ...(outcome.error ? { vitrine_error: outcome.error.code } : {}),
  };
  return new URLSearchParams(query);
}

/** Whether a `message` event's data is the callback's; check the event's origin as well. */
export function isStoreConnectionMessage(data: unknown): data is StoreConnectionMessage {
  return StoreConnectionMessage.safeParse(data).success;
}

/**
 * The outcome in an address the callback redirected back to (absolute, or a path with its
 * query), or null when the address carries none.
 */
export function readStoreConnectionReturn(
  from: string | URL | URLSearchParams,
): StoreConnectionReturn | null {
  const params =
    from instanceof URLSearchParams ? from : new URL(from, 'http://localhost').searchParams;
  const query = StoreConnectionReturnQuery.safeParse({
    vitrine_store: params.get('vitrine_store') ?? undefined,
    vitrine_status: params.get('vitrine_status'),
    vitrine_error: params.get('vitrine_error') ?? undefined,
  });
  if (!query.success) return null;
  return {
    status: query.data.vitrine_status,
    storeId: query.data.vitrine_store ?? null,
    errorCode: query.data.vitrine_error ?? null,
  };
}

/** The address without the return parameters: to tidy the history, and to come back to. */
export function withoutStoreConnectionReturn(href: string): string {
  const url = new URL(href);
  for (const name of storeConnectionReturnParamNames) url.searchParams.delete(name);
  return url.toString();
}
