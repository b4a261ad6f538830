import type { Loader } from '@storybook/react-vite';
import { createTranslator, type Messages, type SettingsTranslate } from '@vitrine/react';
import type { Postback } from '@vitrine/sdk';
import { generateEncryptionKey } from '@vitrine/server';
import { packOf } from './locales.js';
import { DAY_MS, type StoryServer, type StoryServerOptions, serve } from './storyServer.js';

/** The words a settings story shows: the main catalog and the settings widgets' own. */
export function settingsTextOf(context: { globals: Record<string, unknown> }): SettingsTranslate {
  const pack = packOf(context);
  return createTranslator(
    { ...pack.messages, ...pack.settings } as unknown as Messages,
    pack.locale,
  ) as SettingsTranslate;
}

export const RECEIVER = 'https://hooks.northwind.example/vitrine';
export const ERP = 'https://erp.northwind.example/postbacks';

/**
 * The provider's own receiver, in the page: the server's postbacks reach it without leaving the
 * browser; it answers with the status it is told (200, a 503 while down, 410 once gone).
 */
export interface StoryReceiver {
  answer(status: number): void;
}

/** A story server with a postback receiver and sealed secrets (for the production key). */
export function serveSettings<T>(
  seed: (story: StoryServer, receiver: StoryReceiver) => Promise<T>,
  options: StoryServerOptions = {},
): Loader {
  let status = 200;
  const receiver: StoryReceiver = {
    answer(next) {
      status = next;
    },
  };
  return serve((story) => seed(story, receiver), {
    ...options,
    app: {
      encryptionKey: generateEncryptionKey(),
      platformFetch: async (request) => {
        const { host } = new URL(request.url);
        if (host.endsWith('.northwind.example')) {
          await request.text();
          return new Response(status < 300 ? 'ok' : 'Service Unavailable: deploy in progress', {
            status,
          });
        }
        throw new TypeError(`fetch failed: ${host} is not reachable from here`);
      },
      ...options.app,
    },
  });
}

/** Two endpoints, one delivered and one failed test event on the first. */
export async function endpointsWithLog(story: StoryServer, receiver: StoryReceiver) {
  const main = await story.backend.postbacks.create({
    url: RECEIVER,
    events: ['order.received', 'order.shipped', 'order.delivered'],
    notifyEmail: 'it@northwind.example',
  });
  story.clock.advance(60_000);
  await story.backend.postbacks.create({ url: ERP, events: ['order.received'] });
  receiver.answer(200);
  await story.backend.postbacks.test(main.id);
  story.clock.advance(60 * 60 * 1000);
  receiver.answer(503);
  await story.backend.postbacks.test(main.id);
  receiver.answer(200);
  return { endpointId: main.id };
}

/** An endpoint the server switched off after three days of failures. */
export async function switchedOff(story: StoryServer, endpoint: Postback) {
  await story.db.query(
    `update postback_endpoints set enabled = false, disabled_reason = 'failing',
       failing_since = $2 where id = $1`,
    [endpoint.id, new Date(story.clock.now().getTime() - 3 * DAY_MS)],
  );
}
