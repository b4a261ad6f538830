import {
  type AnchorHTMLAttributes,
  type MouseEvent,
  type Ref,
  useEffect,
  useSyncExternalStore,
} from 'react';

/**
 * A tiny History API router: the current path as external state, `navigate()`, and a `<Link>`
 * that keeps ordinary browser behaviour (new tab, modified clicks) intact.
 */
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function navigate(to: string, options: { replace?: boolean; state?: unknown } = {}) {
  if (options.replace) window.history.replaceState(options.state ?? null, '', to);
  else window.history.pushState(options.state ?? null, '', to);
  window.scrollTo(0, 0);
  notify();
}

/** The current path, e.g. `/clients/cl_…`. */
export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** `/clients/:clientId` against `/clients/cl_123` → `{ clientId: 'cl_123' }`, or null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = have[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return null;
  }
  return params;
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
  state?: unknown;
  ref?: Ref<HTMLAnchorElement>;
}

export function Link({ to, state, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified || rest.target) return;
    event.preventDefault();
    navigate(to, { state });
  };
  return <a href={to} onClick={handle} {...rest} />;
}

/** Sets the tab's title as `page · Northwind Print Co.` (unless a page inside sets its own). */
export function useDocumentTitle(page: string, enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    document.title = page ? `${page} · Northwind Print Co.` : 'Northwind Print Co.';
  }, [page, enabled]);
}
