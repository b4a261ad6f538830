import { storeConnectionMessage, storeConnectionReturnParams } from '@vitrine/sdk';
import type { AppConfig } from '../config.js';
import { statusFor } from '../http/errors.js';
import type { Router } from '../http/router.js';
import { base64url } from '../ids.js';
import {
  type CallbackOutcome,
  completeOAuth,
  receiveHandoffKeys,
} from '../services/stores/connections.js';

/**
 * Where the platform sends the shop owner's browser after approval. The answer is for a person:
 * a redirect to the `returnUrl` given when the connection started (with the outcome in its
 * query), or a small page that tells the window that opened the popup and closes itself.
 */
export function oauthRoutes(r: Router) {
  r.add('oauthCallback', 'public', async ({ params, request, services }) => {
    const outcome = await completeOAuth(
      services,
      params.platform!,
      new URL(request.url).searchParams,
    );
    return outcome.returnUrl ? redirect(outcome) : popupPage(outcome, services);
  });
  // Server to server: the state the keys are bound to is the credential.
  r.add('oauthKeys', 'public', async ({ params, body, services }) => {
    await receiveHandoffKeys(services, params.platform!, body);
    return { received: true } as const;
  });
}

function redirect(outcome: CallbackOutcome): Response {
  const target = new URL(outcome.returnUrl!);
  // The contract's return parameters, replacing any of the same name already there.
  for (const [name, value] of storeConnectionReturnParams(outcome)) {
    target.searchParams.set(name, value);
  }
  return new Response(null, {
    status: 302,
    headers: {
      location: target.toString(),
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
    },
  });
}

/** JSON for a `<script>` element: nothing in it can close the element. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

function popupPage(outcome: CallbackOutcome, config: Pick<AppConfig, 'corsOrigins'>): Response {
  // The contract's message (`StoreConnectionMessage`), serialised into the page's script below.
  const message = storeConnectionMessage(outcome);
  // The message carries no secret; it is still only posted to the allowed origins when known.
  const targets =
    config.corsOrigins === '*' || config.corsOrigins.length === 0 ? ['*'] : config.corsOrigins;
  const nonce = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const heading = outcome.error ? 'The store could not be connected' : 'Store connected';
  const text = outcome.error
    ? 'Close this window and try again from the page you came from.'
    : 'You can close this window.';
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${heading}</title></head>
<body style="font: 16px/1.5 system-ui, sans-serif; margin: 3rem; text-align: center">
<h1 style="font-size: 1.25rem">${heading}</h1>
<p>${text}</p>
<script nonce="${nonce}">
(function () {
  var message = ${scriptJson(message)};
  var targets = ${scriptJson(targets)};
  if (window.opener) {
    for (var i = 0; i < targets.length; i++) window.opener.postMessage(message, targets[i]);
    window.close();
  }
})();
</script>
</body>
</html>`;
  return new Response(html, {
    status: outcome.error ? statusFor(outcome.error.code) : 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'content-security-policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; frame-ancestors 'none'`,
    },
  });
}
