import { act } from '@testing-library/react';
import type { TestServer } from '@vitrine/server/testing';
import { vi } from 'vitest';

/** What `window.open` hands back: a window the test drives like a platform's page would. */
export interface FakePopup {
  closed: boolean;
  location: { href: string };
  close(): void;
  focus(): void;
}

export function stubPopups() {
  const popups: FakePopup[] = [];
  const open = vi.spyOn(window, 'open').mockImplementation(() => {
    const popup: FakePopup = {
      closed: false,
      location: { href: 'about:blank' },
      close() {
        this.closed = true;
      },
      focus() {},
    };
    popups.push(popup);
    return popup as unknown as Window;
  });
  return { popups, open };
}

/** The message the API's callback page posts to the window that opened it. */
export async function callbackMessage(server: TestServer, callback: string) {
  const page = await (await server.fetch(callback)).text();
  return JSON.parse(page.match(/var message = (\{.*\});/)![1]!.replace(/\\u003c/g, '<')) as {
    storeId: string;
    status: string;
  };
}

/** The owner's browser in the popup: approves on Shopify and loads the callback page. */
export async function approveShopifyInPopup(server: TestServer, authorizeUrl: string) {
  return callbackMessage(server, await server.shopify.approve(authorizeUrl));
}

/** A message to this window from `origin`, as the callback page in the popup posts it. */
export const postFrom = (origin: string, data: unknown) =>
  act(() => {
    window.dispatchEvent(new MessageEvent('message', { data, origin }));
  });
