import type { Loader, StoryContext } from '@storybook/react-vite';
import { type Access, type Client, createVitrine, type Vitrine } from '@vitrine/sdk';
import { createTestServer, type TestServer } from '@vitrine/server/testing';
import { createNetwork, type Network, type NetworkCondition } from './network.js';

/**
 * The reference server running in the story's page: the real Hono app over PGlite in memory,
 * with a seeded provider and a manual clock. Widgets reach it through the SDK like a PSP portal
 * reaches its Vitrine API; the host backend side holds the secret key and mints sessions.
 */
export interface StoryServer {
  server: TestServer;
  /** The print provider whose portal the story shows. */
  providerName: string;
  /** The widgets' client: provider sessions from the host backend, over the page's network. */
  client: Vitrine;
  /** The PSP's backend, with the secret key: mints sessions and seeds data through the API. */
  backend: Vitrine;
  /** Conditions between the widgets and the server (stalled requests, an outage). */
  network: Network;
  close(): Promise<void>;
}

export interface StoryServerOptions {
  network?: NetworkCondition[];
  /**
   * `provider`: a PSP admin page whose backend mints provider sessions. `none`: a public page,
   * like the one an invitation link opens, with no session at all.
   * @default 'provider'
   */
  session?: 'provider' | 'none';
}

export const PROVIDER_NAME = 'Northwind Print Co.';

/** A day of the server's clock, to move it forward (invitations last 7 days). */
export const DAY_MS = 24 * 60 * 60 * 1000;

let current: StoryServer | null = null;

export async function createStoryServer(options: StoryServerOptions = {}): Promise<StoryServer> {
  const server = await createTestServer();
  const provider = await server.createProvider(PROVIDER_NAME);
  const network = createNetwork(server.fetch, options.network);
  const backend = createVitrine(
    { baseUrl: server.baseUrl, secretKey: provider.secretKey },
    { fetch: server.fetch },
  );
  const stalls = options.network?.some((c) => c.kind === 'stalled') ?? false;
  const client = createVitrine(
    {
      baseUrl: server.baseUrl,
      session:
        options.session === 'none'
          ? () => Promise.reject(new Error('This page has no Vitrine session.'))
          : () => backend.sessions.create({ scope: 'provider' }),
    },
    // A stalled request keeps the widget waiting for as long as the story is open.
    { fetch: network.fetch, ...(stalls ? { timeout: DAY_MS } : {}) },
  );
  let closed = false;
  const story: StoryServer = {
    server,
    providerName: PROVIDER_NAME,
    client,
    backend,
    network,
    async close() {
      if (closed) return;
      closed = true;
      if (current === story) current = null;
      await server.close().catch(() => {});
    },
  };
  current = story;
  return story;
}

/** What a story's `loaded` holds: the server and whatever its seed returned. */
export interface Loaded<T> {
  vitrine: StoryServer;
  seed: T;
}

/**
 * A Storybook loader: a fresh server, seeded through the real API before the story renders.
 * The previous story's server is closed once its story is torn down.
 */
export function serve<T = undefined>(
  seed?: (story: StoryServer) => Promise<T>,
  options: StoryServerOptions = {},
): Loader {
  return async () => {
    await current?.close();
    const vitrine = await createStoryServer(options);
    const seeded = seed ? await seed(vitrine) : undefined;
    return { vitrine, seed: seeded } satisfies Loaded<T | undefined>;
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

/** The token of the newest invitation emailed to `email` (from the server's outbox). */
export function inviteToken(story: StoryServer, email: string): Promise<string> {
  return story.server.inviteToken(email);
}

/** The admin follows the link in their email and accepts. */
export async function acceptInvitation(story: StoryServer, email: string) {
  return story.backend.invitations.accept(await inviteToken(story, email));
}

/** Moves the server's clock forward, past an invitation's 7 days for example. */
export function advanceClock(story: StoryServer, ms: number) {
  story.server.clock.advance(ms);
}
