import { errorMessage, useClients, useVitrine } from '@vitrine/react';
import type { Client } from '@vitrine/sdk';
import { type ReactNode, useEffect, useId, useState } from 'react';
import { AccessStatus } from '../components/AccessStatus.js';
import { PageHeader } from '../components/AdminLayout.js';
import { usePortalLocale } from '../i18n.js';
import { Link, useDocumentTitle } from '../router.js';

const pageSize = 10;

/** The provider's client list: search, "Load more" paging and each client's access state. */
export function ClientsPage() {
  const { t } = usePortalLocale();
  useDocumentTitle(t('clients.title'));
  const [input, setInput] = useState(
    () => new URLSearchParams(window.location.search).get('q') ?? '',
  );
  const search = useDebounced(input.trim(), 250);
  const searchId = useId();

  // Keep the search in the address, so Back from a client returns to the same list.
  useEffect(() => {
    const url = search ? `/clients?q=${encodeURIComponent(search)}` : '/clients';
    if (window.location.pathname + window.location.search !== url) {
      window.history.replaceState(window.history.state, '', url);
    }
  }, [search]);

  return (
    <>
      <PageHeader
        title={t('clients.title')}
        subtitle={t('clients.subtitle')}
        actions={
          <Link to="/clients/new" className="nw-button" data-variant="primary">
            <PlusIcon />
            {t('clients.new')}
          </Link>
        }
      />
      <section className="nw-card nw-card-flush" aria-labelledby={`${searchId}-caption`}>
        <div className="nw-toolbar">
          <h2 id={`${searchId}-caption`} className="nw-card-title">
            {t('clients.caption')}
          </h2>
          <div className="nw-search">
            <label htmlFor={searchId} className="nw-visually-hidden">
              {t('clients.search')}
            </label>
            <SearchIcon />
            <input
              id={searchId}
              type="search"
              value={input}
              placeholder={t('clients.searchPlaceholder')}
              autoComplete="off"
              onChange={(event) => setInput(event.target.value)}
            />
          </div>
        </div>
        {/* A new search starts again from the first page. */}
        <ClientTable key={search} search={search} onClear={() => setInput('')} />
      </section>
    </>
  );
}

interface PageInfo {
  nextCursor: string | null;
  count: number;
  error: unknown;
  retry: () => void;
}

function ClientTable({ search, onClear }: { search: string; onClear: () => void }) {
  const { t } = usePortalLocale();
  const vitrine = useVitrine();
  const query = { limit: pageSize, ...(search ? { search } : {}) };
  const first = useClients(query);
  // Cursors of the pages after the first, in order, and what each one reported.
  const [cursors, setCursors] = useState<string[]>([]);
  const [pages, setPages] = useState<Record<string, PageInfo>>({});

  if (first.isPending) {
    return (
      <div className="nw-table-wrap" aria-busy="true">
        <p className="nw-visually-hidden" role="status">
          {t('clients.loading')}
        </p>
        <div className="nw-skeleton-rows" aria-hidden="true">
          {[0, 1, 2, 3].map((i) => (
            <div key={i} className="nw-skeleton-row">
              <span />
              <span />
              <span />
            </div>
          ))}
        </div>
      </div>
    );
  }
  if (first.isError) {
    return (
      <div className="nw-inline-error" role="alert">
        <p>{errorMessage(first.error, vitrine.t)}</p>
        <button type="button" className="nw-button" onClick={() => first.refetch()}>
          {vitrine.t('common.retry')}
        </button>
      </div>
    );
  }
  if (first.data.data.length === 0) {
    return search ? (
      <EmptyState
        title={t('clients.noMatch.title', { search })}
        body={t('clients.noMatch.body')}
        action={
          <button type="button" className="nw-button" onClick={onClear}>
            {t('clients.noMatch.clear')}
          </button>
        }
      />
    ) : (
      <EmptyState
        title={t('clients.empty.title')}
        body={t('clients.empty.body')}
        action={
          <Link to="/clients/new" className="nw-button" data-variant="primary">
            <PlusIcon />
            {t('clients.empty.action')}
          </Link>
        }
      />
    );
  }

  const lastCursor = cursors.at(-1);
  const last: PageInfo | undefined = lastCursor
    ? pages[lastCursor]
    : {
        nextCursor: first.data.nextCursor,
        count: first.data.data.length,
        error: first.error,
        retry: () => first.refetch(),
      };
  const shown = first.data.data.length + cursors.reduce((n, c) => n + (pages[c]?.count ?? 0), 0);
  const loadingMore = lastCursor !== undefined && !last;

  return (
    <>
      <div className="nw-table-wrap">
        <table className="nw-table">
          <thead>
            <tr>
              <th scope="col">{t('clients.name')}</th>
              <th scope="col" className="nw-col-ref">
                {t('clients.reference')}
              </th>
              <th scope="col">{t('clients.access')}</th>
              <th scope="col" className="nw-col-date">
                {t('clients.added')}
              </th>
            </tr>
          </thead>
          <tbody>
            {first.data.data.map((client) => (
              <ClientRow key={client.id} client={client} />
            ))}
          </tbody>
          {cursors.map((cursor) => (
            <MoreRows
              key={cursor}
              query={{ ...query, cursor }}
              onInfo={(info) => setPages((all) => ({ ...all, [cursor]: info }))}
            />
          ))}
        </table>
      </div>
      <div className="nw-table-footer">
        {last?.error != null ? (
          <p className="nw-inline-error-text" role="alert">
            {errorMessage(last.error, vitrine.t)}
          </p>
        ) : (
          <p className="nw-muted" role="status">
            {cursors.length > 0 && last && !last.nextCursor
              ? t('clients.allShown', { count: shown })
              : ''}
          </p>
        )}
        {Boolean(last?.nextCursor || loadingMore || last?.error) && (
          <button
            type="button"
            className="nw-button"
            aria-busy={loadingMore || undefined}
            disabled={loadingMore}
            onClick={() => {
              if (last?.error) last.retry();
              else if (last?.nextCursor) setCursors((all) => [...all, last.nextCursor!]);
            }}
          >
            {loadingMore && <span className="nw-spinner" aria-hidden="true" />}
            {last?.error ? vitrine.t('common.retry') : t('clients.loadMore')}
          </button>
        )}
      </div>
    </>
  );
}

/** One further page of the list, fetched through the same hook with a cursor. */
function MoreRows({
  query,
  onInfo,
}: {
  query: { limit: number; search?: string; cursor: string };
  onInfo: (info: PageInfo) => void;
}) {
  const page = useClients(query);
  const nextCursor = page.data?.nextCursor ?? null;
  const count = page.data?.data.length ?? 0;
  const ready = page.isSuccess || page.isError;
  const { error, refetch } = page;
  // biome-ignore lint/correctness/useExhaustiveDependencies: report only when what the parent reads changes
  useEffect(() => {
    if (ready) onInfo({ nextCursor, count, error, retry: () => void refetch() });
  }, [ready, nextCursor, count, error]);
  if (!page.data) return null;
  return (
    <tbody>
      {page.data.data.map((client) => (
        <ClientRow key={client.id} client={client} />
      ))}
    </tbody>
  );
}

function ClientRow({ client }: { client: Client }) {
  const { t } = usePortalLocale();
  const { format } = useVitrine();
  return (
    <tr>
      <th scope="row">
        <div className="nw-client-cell">
          <span className="nw-client-avatar" aria-hidden="true">
            {initials(client.name)}
          </span>
          <span className="nw-client-text">
            {/* The link covers the whole row (see .nw-row-link::after); its name is the client's. */}
            <Link to={`/clients/${client.id}`} className="nw-row-link">
              {client.name}
            </Link>
            {client.description && <span className="nw-client-desc">{client.description}</span>}
          </span>
        </div>
      </th>
      <td className="nw-col-ref">
        {client.referenceId ? (
          <code className="nw-ref">{client.referenceId}</code>
        ) : (
          <span className="nw-muted">
            <span aria-hidden="true">—</span>
            <span className="nw-visually-hidden">{t('clients.none')}</span>
          </span>
        )}
      </td>
      <td>
        <AccessStatus client={client} />
      </td>
      <td className="nw-col-date">
        <time dateTime={client.createdAt}>{format.date(client.createdAt)}</time>
      </td>
    </tr>
  );
}

function EmptyState(props: { title: string; body: string; action: ReactNode }) {
  return (
    <div className="nw-empty">
      <svg width="56" height="56" viewBox="0 0 56 56" aria-hidden="true" focusable="false">
        <rect x="8" y="12" width="40" height="32" rx="6" fill="#e4f1f1" />
        <rect x="14" y="20" width="18" height="4" rx="2" fill="#0b6b70" />
        <rect x="14" y="28" width="28" height="3" rx="1.5" fill="#9cc9ca" />
        <rect x="14" y="34" width="22" height="3" rx="1.5" fill="#9cc9ca" />
        <circle cx="44" cy="14" r="6" fill="#f4a938" />
      </svg>
      <h3>{props.title}</h3>
      <p>{props.body}</p>
      {props.action}
    </div>
  );
}

export const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((word) => /^\p{L}/u.test(word))
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('') || '·';

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function PlusIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M11 5h2v6h6v2h-6v6h-2v-6H5v-2h6z" />
    </svg>
  );
}

function SearchIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M10.5 3a7.5 7.5 0 0 1 5.96 12.05l4.25 4.24-1.42 1.42-4.24-4.25A7.5 7.5 0 1 1 10.5 3Zm0 2a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11Z"
      />
    </svg>
  );
}
