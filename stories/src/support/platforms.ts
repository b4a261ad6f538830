import type { Loader } from '@storybook/react-vite';
import type { Store } from '@vitrine/sdk';
import { generateEncryptionKey } from '@vitrine/server';
import { PresseroSimulator, ShopifySimulator } from '@vitrine/simulators';
import { type StoryServer, type StoryServerOptions, serve } from './storyServer.js';

/** The platforms a story's server reaches: simulators running in the page, on its clock. */
export interface StoryPlatforms {
  shopify: ShopifySimulator;
  pressero: PresseroSimulator;
}

const shopifyApp = { apiKey: 'vitrine-story-app', apiSecret: 'shpss_story-app-secret' };
const presseroLicence = {
  subscriberId: '5f0c6a52-4c1e-4c57-9a55-1d2b7f1d6c01',
  consumerId: '7a3d1e0b-2f4e-4d8e-8f6a-9b1c2d3e4f50',
};
export const PRESSERO_ADMIN = { username: 'admin@acme-print.test', password: 'pressero-demo' };
export const PRESSERO_SITE = 'https://acme.pressero.test';

/**
 * Like `serve()`, with the Shopify and Pressero adapters pointed at simulators in the page: the
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
      const pressero = new PresseroSimulator({
        ...presseroLicence,
        clock: story.clock,
        fetch: deliver,
      });
      hosts['shopify.test'] = (request) => shopify.fetch(request);
      hosts['pressero.test'] = (request) => pressero.fetch(request);
      return seed(story, { shopify, pressero });
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
