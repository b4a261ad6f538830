import { isStoreConnectionMessage, type StoreConnectionMessage } from '@vitrine/sdk';
import type { ConnectionPopup } from './machine.js';

/**
 * Opens an empty, named popup at once, while the click still counts as the user's: browsers
 * block windows opened later. The authorize address is set once the API answers.
 */
export function openBlankPopup(): ConnectionPopup | null {
  const width = 560;
  const height = 720;
  const left = Math.max(0, (window.screenX ?? 0) + (window.outerWidth - width) / 2);
  const top = Math.max(0, (window.screenY ?? 0) + (window.outerHeight - height) / 2);
  return window.open(
    'about:blank',
    'vitrine-store-connection',
    `popup,width=${width},height=${height},left=${Math.round(left)},top=${Math.round(top)}`,
  );
}

/**
 * Waits for the platform's window to end: the callback page's message (trusted only from the
 * API's origin), or the window closing without one. Calls one of the two, once; returns the
 * cleanup.
 */
export function watchPopup(
  popup: ConnectionPopup,
  apiOrigin: string,
  on: { message: (message: StoreConnectionMessage) => void; closed: () => void },
): () => void {
  let settled = false;
  const onMessage = (event: MessageEvent) => {
    if (settled || event.origin !== apiOrigin || !isStoreConnectionMessage(event.data)) return;
    settled = true;
    on.message(event.data);
  };
  window.addEventListener('message', onMessage);
  // The page posts, then closes: give a message already on its way one more tick to land.
  let closedSeen = false;
  const timer = window.setInterval(() => {
    if (settled || !popup.closed) return;
    if (!closedSeen) {
      closedSeen = true;
      return;
    }
    settled = true;
    on.closed();
  }, 500);
  return () => {
    window.removeEventListener('message', onMessage);
    window.clearInterval(timer);
  };
}
