import type { Loader } from '@storybook/react-vite';
import { isStoreConnectionMessage, type Store } from '@vitrine/sdk';
import { generateEncryptionKey } from '@vitrine/server';
import { EtsySimulator, PresseroSimulator, ShopifySimulator } from '@vitrine/simulators';
import { type StoryServer, type StoryServerOptions, serve } from './storyServer.js';

/** The platforms a story's server reaches: simulators running in the page, on its clock. */
export interface StoryPlatforms {
  shopify: ShopifySimulator;
  etsy: EtsySimulator;
  pressero: PresseroSimulator;
}

const shopifyApp = { apiKey: 'vitrine-story-app', apiSecret: 'shpss_story-app-secret' };
const etsyApp = {
  keystring: 'vitrinestoryapp0000000',
  sharedSecret: 'storysecret',
  webhookSecret: `whsec_${btoa('vitrine-story-etsy-webhooks')}`,
};
const presseroLicence = {
  subscriberId: '5f0c6a52-4c1e-4c57-9a55-1d2b7f1d6c01',
  consumerId: '7a3d1e0b-2f4e-4d8e-8f6a-9b1c2d3e4f50',
};
export const PRESSERO_ADMIN = { username: 'admin@acme-print.test', password: 'pressero-demo' };
export const PRESSERO_SITE = 'https://acme.pressero.test';

/**
 * Like `serve()`, with the Shopify, Etsy and Pressero adapters pointed at simulators in the page: the
 * server speaks their real protocols without leaving the browser. Retry pauses cost no time.
 */
export function serveWithPlatforms<T>(
  seed: (story: StoryServer, platforms: StoryPlatforms) => Promise<T>,
  options: StoryServerOptions = {},
): Loader {
  const hosts: Record<string, (request: Request) => Promise<Response>> = {};
  return serve(
    async (story) => {
      const deliver = (request: Request) => story.app.fetch(request);
      const shopify = new ShopifySimulator({
        apps: [
          {
            ...shopifyApp,
            title: 'Vitrine',
            redirectUrls: [`${story.baseUrl}/v1/oauth/shopify/callback`],
          },
        ],
        clock: story.clock,
        fetch: deliver,
      });
      const etsy = new EtsySimulator({
        apps: [
          {
            ...etsyApp,
            title: 'Vitrine',
            redirectUris: [`${story.baseUrl}/v1/oauth/etsy/callback`],
          },
        ],
        clock: story.clock,
        fetch: deliver,
      });
      const pressero = new PresseroSimulator({
        ...presseroLicence,
        clock: story.clock,
        fetch: deliver,
      });
      hosts['shopify.test'] = (request) => shopify.fetch(request);
      hosts['etsy.test'] = (request) => etsy.fetch(request);
      hosts['pressero.test'] = (request) => pressero.fetch(request);
      return seed(story, { shopify, etsy, pressero });
    },
    {
      ...options,
      app: {
        encryptionKey: generateEncryptionKey(),
        shopify: {
          ...shopifyApp,
          adminUrl: 'https://shopify.test/{shop}',
          shopDomain: 'myshopify.test',
        },
        etsy: { ...etsyApp, oauthUrl: 'https://etsy.test', apiUrl: 'https://etsy.test/v3' },
        pressero: { ...presseroLicence, adminUrl: 'https://pressero.test' },
        platformFetch: async (request) => {
          const host = hosts[new URL(request.url).host];
          if (host) return host(request);
          throw new TypeError(`fetch failed: ${new URL(request.url).host} is not simulated here`);
        },
        sleep: () => new Promise((resolve) => setTimeout(resolve, 0)),
        ...options.app,
      },
    },
  );
}

/** A Shopify shop connected the way an owner does it: authorize, approve, callback; then synced. */
export async function connectShopify(
  story: StoryServer,
  platforms: StoryPlatforms,
  clientId: string,
  shop: string,
): Promise<Store> {
  const started = await story.backend.stores.authorize(clientId, { platform: 'shopify', shop });
  await story.app.fetch(new Request(await platforms.shopify.approve(started.authorizeUrl)));
  await story.app.runPendingJobs();
  return story.backend.stores.get(started.store.id);
}

/** Puts a store in a status, as the platform's later answers would (a revoked token…). */
export async function setStoreStatus(
  story: StoryServer,
  storeId: string,
  status: Store['status'],
  reason: string | null,
) {
  await story.db.query('update stores set status = $2, status_reason = $3 where id = $1', [
    storeId,
    status,
    reason,
  ]);
}

/** A product sync part done: as a worker leaves it between two pages. */
export async function setSyncRunning(
  story: StoryServer,
  storeId: string,
  progress: { done: number; total: number | null },
) {
  const job = await story.backend.stores.sync(storeId);
  await story.db.query(
    `update jobs set status = 'running', started_at = now(), progress_done = $2,
       progress_total = $3, locked_by = 'story', locked_until = now() + interval '1 day'
     where id = $1`,
    [job.id, progress.done, progress.total],
  );
  return job;
}

/**
 * The platform's window, kept by the story: `window.open` hands this stand-in to the widget, which
 * sends it to the platform's consent page; the story then answers for the owner (`approve`).
 */
export interface StoryPopup {
  closed: boolean;
  location: { href: string };
  close(): void;
  focus(): void;
}

/**
 * Runs `act` with `window.open` answering `popup` (or `null`: a blocked popup), as the browser
 * would when the widget opens the platform's window.
 */
export async function withPopup<T>(popup: StoryPopup | null, act: () => Promise<T>): Promise<T> {
  const open = window.open;
  window.open = () => popup as unknown as Window;
  try {
    return await act();
  } finally {
    window.open = open;
  }
}

export function storyPopup(): StoryPopup {
  return {
    closed: false,
    location: { href: 'about:blank' },
    close() {
      this.closed = true;
    },
    focus() {},
  };
}

/**
 * What the owner's answer on the consent page leads to: the API's callback page loads in the
 * window and posts its message to the widget's page, which trusts only the API's origin.
 */
export async function answerInPopup(story: StoryServer, callbackUrl: string) {
  const page = await (await story.app.fetch(new Request(callbackUrl))).text();
  const json = /var message = (\{.*\});/.exec(page)?.[1];
  // JSON reads the page's \u003c-style escapes back as they were.
  const data: unknown = json ? JSON.parse(json) : null;
  if (!isStoreConnectionMessage(data)) throw new Error(`No connection message in ${callbackUrl}`);
  window.dispatchEvent(
    new MessageEvent('message', {
      data,
      origin: new URL(story.baseUrl).origin,
    }),
  );
  return data;
}
