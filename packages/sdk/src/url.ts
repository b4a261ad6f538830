/** Fills `:name` segments of a contract path; `mappings:bulk` style suffixes are literal. */
export function fillPath(path: string, params: Readonly<Record<string, string>> = {}): string {
  return path.replace(/\/:([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => {
    const value = params[name];
    if (typeof value !== 'string' || value === '') {
      throw new TypeError(`Missing path parameter "${name}" for ${path}`);
    }
    // URL parsing collapses `.` and `..` segments, even percent-encoded, onto another route.
    if (value === '.' || value === '..') {
      throw new TypeError(`Invalid path parameter "${name}" for ${path}: ${value}`);
    }
    return `/${encodeURIComponent(value)}`;
  });
}

/**
 * Query objects to search params: undefined and null are dropped, arrays repeat the key, and
 * nested records become `key[name]=value` (the catalog's `attributes` filter).
 */
export function toSearchParams(query: object | undefined): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) append(params, key, value);
  return params;
}

function append(params: URLSearchParams, key: string, value: unknown): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) append(params, key, item);
  } else if (value instanceof Date) {
    params.append(key, value.toISOString());
  } else if (typeof value === 'object') {
    for (const [name, item] of Object.entries(value)) append(params, `${key}[${name}]`, item);
  } else {
    params.append(key, String(value));
  }
}
