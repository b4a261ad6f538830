import type { Loader, StoryContext } from '@storybook/react-vite';
import {
  type Access,
  type Client,
  createVitrine,
  type Role,
  type Store,
  type User,
  type Vitrine,
} from '@vitrine/sdk';
import {
  type AppOptions,
  createApp,
  createPgliteDb,
  createProvider,
  type Db,
  listOutbox,
  ManualClock,
  migrate,
  type OutboxMessage,
  type VitrineApp,
} from '@vitrine/server';
import { FORCE_RE_RENDER, FORCE_REMOUNT, SET_CURRENT_STORY } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import { createNetwork, type Network, type NetworkCondition } from './network.js';

/**
 * The reference server running in the story's page: the real Hono app over PGlite (PostgreSQL
 * in WebAssembly, in memory) and a manual clock. Widgets reach it through the SDK like a PSP
 * portal reaches its Vitrine API; the PSP's backend side holds the secret key and mints sessions.
 */
export interface StoryServer {
  app: VitrineApp;
  db: Db;
  /** The server's notion of now; stories move it forward to expire invitations. */
  clock: ManualClock;
  baseUrl: string;
  /** The print provider (the tenant) whose portal the story shows. */
  provider: { id: string; name: string };
  /**
   * The widgets' client, over the page's network: provider sessions from the PSP's backend, or
   * a client user's sessions once the story signs in as one (`signInAs`).
   */
  client: Vitrine;
  /** The PSP's backend, with the secret key: mints sessions and seeds data through the API. */
  backend: Vitrine;
  /** Conditions between the widgets and the server (stalled requests, an outage). */
  network: Network;
  /** Emails this provider's server sent, newest first. */
  outbox(to?: string): Promise<OutboxMessage[]>;
  /**
   * Whom the PSP's backend mints the widgets' sessions for: a client's active user (a client
   * session, with that user's role) or the provider itself. Call it before the story renders.
   */
  signInAs(who: SessionUser | 'provider'): void;
}

/** A client's user, as `POST /v1/sessions` with `scope: 'client'` names them. */
export interface SessionUser {
  clientId: string;
  userId: string;
}

export interface StoryServerOptions {
  network?: NetworkCondition[];
  /**
   * `provider`: a PSP admin page whose backend mints provider sessions. `none`: a public page,
   * like the one an invitation link opens, with no session at all.
   * @default 'provider'
   */
  session?: 'provider' | 'none';
  /** More app options, e.g. platform adapters pointed at simulators running in the page. */
  app?: Partial<Omit<AppOptions, 'db' | 'clock' | 'sessionSecret' | 'publicUrl'>>;
}

export const PROVIDER_NAME = 'Northwind Print Co.';
/** Stories start on a fixed date, so the dates they show do not drift. */
export const STORY_START = new Date('2026-03-02T09:00:00Z');
/** A day of the server's clock (invitations last 7). */
export const DAY_MS = 24 * 60 * 60 * 1000;

let database: Promise<Db> | undefined;

/**
 * One database per page, migrated once: starting PostgreSQL takes seconds, and every story
 * after the first gets its own provider (tenant) on it, which the server keeps apart like any
 * two PSPs. Each story also gets its own app and clock.
 */
function sharedDatabase(): Promise<Db> {
  database ??= (async () => {
    const db = await createPgliteDb();
    await migrate(db);
    return db;
  })().catch((error: unknown) => {
    database = undefined;
    throw error;
  });
  return database;
}

const sessionSecret = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `story-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};

export async function createStoryServer(options: StoryServerOptions = {}): Promise<StoryServer> {
  const db = await sharedDatabase();
  const clock = new ManualClock(STORY_START);
  const baseUrl = 'https://api.vitrine.test';
  const app = createApp({
    db,
    clock,
    sessionSecret: sessionSecret(),
    publicUrl: baseUrl,
    rateLimit: false,
    ...options.app,
  });
  const { provider, secretKey } = await createProvider({ db, clock }, { name: PROVIDER_NAME });
  const serverFetch = (input: RequestInfo | URL, init?: RequestInit) =>
    app.fetch(input instanceof Request && !init ? input : new Request(input, init));

  const network = createNetwork(serverFetch, options.network);
  const backend = createVitrine({ baseUrl, secretKey }, { fetch: serverFetch });
  const stalls = options.network?.some((c) => c.kind === 'stalled') ?? false;
  let signedIn: SessionUser | 'provider' = 'provider';
  const client = createVitrine(
    {
      baseUrl,
      session:
        options.session === 'none'
          ? () => Promise.reject(new Error('This page has no Vitrine session.'))
          : () =>
              backend.sessions.create(
                signedIn === 'provider'
                  ? { scope: 'provider' }
                  : { scope: 'client', clientId: signedIn.clientId, userId: signedIn.userId },
              ),
    },
    // A stalled request keeps the widget waiting for as long as the story is open.
    { fetch: network.fetch, ...(stalls ? { timeout: DAY_MS } : {}) },
  );

  return {
    app,
    db,
    clock,
    baseUrl,
    provider: { id: provider.id, name: PROVIDER_NAME },
    client,
    backend,
    network,
    async outbox(to) {
      // The page's database holds every story's provider: read past theirs.
      const messages = await listOutbox({ db }, { limit: 10_000, ...(to ? { to } : {}) });
      return messages.filter((m) => m.providerId === provider.id);
    },
    signInAs(who) {
      signedIn = who;
    },
  };
}

/** What a story's `loaded` holds: the server and whatever its seed returned. */
export interface Loaded<T> {
  vitrine: StoryServer;
  seed: T;
}

/**
 * Bumped whenever Storybook shows another story or remounts this one: only then does a story
 * start again on a fresh server. Changing the locale, the theme or the Appearance panel only
 * re-renders the story, on the server (and data) it already has.
 */
let generation = 0;
let watching = false;
function watchStoryChanges() {
  if (watching) return;
  watching = true;
  const channel = addons.getChannel();
  for (const event of [SET_CURRENT_STORY, FORCE_REMOUNT, FORCE_RE_RENDER]) {
    channel.on(event, () => {
      generation += 1;
    });
  }
}

/** A Storybook loader: a server of its own, seeded through the real API before the story renders. */
export function serve<T = undefined>(
  seed?: (story: StoryServer) => Promise<T>,
  options: StoryServerOptions = {},
): Loader {
  const seeded = new Map<string, { generation: number; loaded: Promise<Loaded<T | undefined>> }>();
  return (context) => {
    watchStoryChanges();
    const kept = seeded.get(context.id);
    if (kept && kept.generation === generation) return kept.loaded;
    const loaded = (async () => {
      const vitrine = await createStoryServer(options);
      const data = seed ? await seed(vitrine) : undefined;
      return { vitrine, seed: data } satisfies Loaded<T | undefined>;
    })();
    seeded.set(context.id, { generation, loaded });
    loaded.catch(() => seeded.delete(context.id));
    return loaded;
  };
}

/** The seed of a story, typed by the story that asked for it. */
export function seedOf<T>(context: Pick<StoryContext, 'loaded'>): T {
  return (context.loaded as Loaded<T>).seed;
}

export function serverOf(context: Pick<StoryContext, 'loaded'>): StoryServer {
  return (context.loaded as Loaded<unknown>).vitrine;
}

// Seeding helpers: each goes through the HTTP API, as the PSP's backend would.

export function createClient(
  story: StoryServer,
  body: { name: string; referenceId?: string; description?: string },
): Promise<Client> {
  return story.backend.clients.create(body);
}

export interface Admin {
  email: string;
  firstName: string;
  lastName: string;
}

export function enableAccess(story: StoryServer, clientId: string, admin: Admin): Promise<Access> {
  return story.backend.access.enable(clientId, { admin });
}

/** The token in the newest invitation email to `email`. */
export async function inviteToken(story: StoryServer, email: string): Promise<string> {
  const [message] = await story.outbox(email);
  const token = message?.link?.match(/vt_inv_[\w-]+/)?.[0];
  if (!token) throw new Error(`No invitation email to ${email}`);
  return token;
}

/** The admin follows the link in their email and accepts. */
export async function acceptInvitation(story: StoryServer, email: string) {
  return story.backend.invitations.accept(await inviteToken(story, email));
}

/** Moves the server's clock forward, past an invitation's 7 days for example. */
export function advanceClock(story: StoryServer, ms: number) {
  story.clock.advance(ms);
}

/** A manual store (no platform behind it), as the PSP's backend creates one. */
export function createStore(story: StoryServer, clientId: string, name: string): Promise<Store> {
  return story.backend.stores.create(clientId, { platform: 'manual', name });
}

const HOUR_MS = 60 * 60 * 1000;

export interface TeamMember extends Admin {
  role: Role;
  /** Names of the team's stores this store manager runs. */
  stores?: string[];
  /**
   * `active`: accepted their invitation. `invited`: waiting, within its 7 days. `expired`: the
   * 7 days passed without an answer.
   * @default 'active'
   */
  status?: User['status'];
}

export interface TeamSpec {
  client: { name: string; referenceId?: string };
  /** The client's admin, invited when access is switched on; they accept within the hour. */
  admin: Admin;
  /** Manual stores of the client, by name. */
  stores?: string[];
  members?: TeamMember[];
}

export interface Team {
  clientId: string;
  /** Every user by email, the admin included, as the API returned them last. */
  users: Record<string, User>;
  /** The client's stores by name. */
  stores: Record<string, Store>;
  /** The client session of one of the team's active users. */
  as(email: string): SessionUser;
}

/**
 * A client with its team, through the API and on the server's clock: the admin switches access
 * on and accepts, the stores are created, then each member is invited an hour after the previous
 * one (so the newest-first list has a stable order). Active members accept; expired ones are
 * invited, then the clock moves 8 days on; invited ones go last, so their invitation is fresh.
 */
export async function createTeam(story: StoryServer, spec: TeamSpec): Promise<Team> {
  const client = await createClient(story, spec.client);
  await enableAccess(story, client.id, spec.admin);
  advanceClock(story, HOUR_MS);
  await acceptInvitation(story, spec.admin.email);
  const stores: Record<string, Store> = {};
  for (const name of spec.stores ?? []) stores[name] = await createStore(story, client.id, name);

  const members = spec.members ?? [];
  const invite = (member: TeamMember) => {
    advanceClock(story, HOUR_MS);
    return story.backend.users.invite(client.id, {
      email: member.email,
      firstName: member.firstName,
      lastName: member.lastName,
      role: member.role,
      storeIds: (member.stores ?? []).map((name) => {
        const store = stores[name];
        if (!store) throw new Error(`No store named ${name} in ${spec.client.name}`);
        return store.id;
      }),
    });
  };
  const withStatus = (status: User['status']) =>
    members.filter((m) => (m.status ?? 'active') === status);
  for (const member of withStatus('active')) {
    await invite(member);
    advanceClock(story, HOUR_MS);
    await acceptInvitation(story, member.email);
  }
  const expired = withStatus('expired');
  for (const member of expired) await invite(member);
  if (expired.length) advanceClock(story, 8 * DAY_MS);
  for (const member of withStatus('invited')) await invite(member);

  const users: Record<string, User> = {};
  for await (const user of story.backend.users.listAll(client.id)) users[user.email] = user;
  return {
    clientId: client.id,
    users,
    stores,
    as(email) {
      const user = users[email];
      if (!user) throw new Error(`${email} is not on the team of ${spec.client.name}`);
      if (user.status !== 'active') throw new Error(`${email} has not joined yet`);
      return { clientId: client.id, userId: user.id };
    },
  };
}
