import type { QueryClient } from '@tanstack/react-query';
import { createVitrineQueryClient, type VitrineProviderProps } from '@vitrine/react';
import { createVitrine, type SessionToken, type Vitrine } from '@vitrine/sdk';

type Awaitable<T> = T | Promise<T>;

/** What every element needs to reach the API, and how it looks and speaks. */
export interface VitrineElementsConfig {
  /** The Vitrine API, e.g. `https://api.vitrine.example`. */
  baseUrl?: string;
  /**
   * Asks your backend for a session token (it holds the secret key and calls `POST /v1/sessions`).
   * Called again shortly before a token expires, or when the API says it has.
   */
  getSessionToken?: () => Awaitable<SessionToken | string>;
  /** A token minted by your backend for this page, when the page never outlives it. */
  sessionToken?: string;
  /**
   * Your backend's route that answers a `POST` with `{ token, expiresAt }`: the page's cookies go
   * with it, so it can mint a session for whoever is signed in.
   */
  sessionUrl?: string;
  /** BCP 47 tag; `en`, `pt-BR`, `es`, `fr`, `it` and `de` ship. */
  locale?: string;
  appearance?: VitrineProviderProps['appearance'];
  messages?: VitrineProviderProps['messages'];
}

/** One API client and one query cache per set of credentials, shared by every element using it. */
export interface Connection {
  client: Vitrine;
  queryClient: QueryClient;
}

const connections = new Map<string, Connection>();
const functionIds = new WeakMap<object, number>();
let nextFunctionId = 1;

const idOf = (fn: object | undefined) => {
  if (!fn) return 0;
  let id = functionIds.get(fn);
  if (!id) {
    id = nextFunctionId++;
    functionIds.set(fn, id);
  }
  return id;
};

/**
 * The connection for `config`, or null until it names an API and a way to get sessions. Elements
 * configured alike share one, so a client created in one element shows in the lists of another.
 */
export function connectionFor(config: VitrineElementsConfig): Connection | null {
  const { baseUrl, getSessionToken, sessionToken, sessionUrl } = config;
  if (!baseUrl || !(getSessionToken || sessionToken || sessionUrl)) return null;
  const key = [baseUrl, sessionUrl ?? '', sessionToken ?? '', idOf(getSessionToken)].join('\n');
  let connection = connections.get(key);
  if (!connection) {
    connection = {
      client: createVitrine({ baseUrl, session: sessionSource(config) }),
      queryClient: createVitrineQueryClient(),
    };
    connections.set(key, connection);
  }
  return connection;
}

function sessionSource(config: VitrineElementsConfig): () => Promise<SessionToken> {
  const { getSessionToken, sessionToken, sessionUrl } = config;
  if (getSessionToken) return async () => asSession(await getSessionToken());
  if (sessionToken) return async () => asSession(sessionToken);
  const url = sessionUrl!;
  return async () => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    if (!response.ok) {
      throw new Error(`The session route ${url} answered ${response.status}`);
    }
    return asSession(await response.json());
  };
}

/** A bare token has no known expiry: it is used until the API answers `session_expired`. */
const asSession = (value: SessionToken | string): SessionToken =>
  typeof value === 'string' ? { token: value, expiresAt: '' } : value;

const keys: readonly (keyof VitrineElementsConfig)[] = [
  'baseUrl',
  'getSessionToken',
  'sessionToken',
  'sessionUrl',
  'locale',
  'appearance',
  'messages',
];

/**
 * A layer of configuration: the page's global one, or a `<vitrine-provider>`'s, whose unset
 * fields come from the global one. Elements listen to the layer they belong to.
 */
export class Settings {
  private own: VitrineElementsConfig = {};
  private readonly listeners = new Set<() => void>();

  constructor(private readonly parent?: Settings) {
    parent?.subscribe(() => this.notify());
  }

  resolved(): VitrineElementsConfig {
    const base = this.parent?.resolved() ?? {};
    const merged: VitrineElementsConfig = { ...base };
    for (const key of keys) {
      if (this.own[key] !== undefined) (merged as Record<string, unknown>)[key] = this.own[key];
    }
    return merged;
  }

  get<K extends keyof VitrineElementsConfig>(key: K): VitrineElementsConfig[K] {
    return this.own[key];
  }

  set(config: VitrineElementsConfig): void {
    this.own = { ...this.own, ...config };
    this.notify();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify() {
    for (const listener of [...this.listeners]) listener();
  }
}

/** The page's configuration, set by `configure()`. */
export const globalSettings = new Settings();

/**
 * Configures every Vitrine element on the page that is not inside a `<vitrine-provider>` (and
 * the fields a provider leaves unset). Elements already on the page render again.
 */
export function configure(config: VitrineElementsConfig): void {
  globalSettings.set(config);
}
