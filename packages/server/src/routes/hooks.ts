import { readBodyBytes } from '../http/body.js';
import type { Router } from '../http/router.js';
import { receiveAppWebhook, receiveWebhook } from '../services/stores/webhooks.js';

/** Webhooks platforms send: the platform's signature over the raw body is the credential. */
export function hookRoutes(r: Router) {
  r.add('storeWebhook', 'webhook', async ({ params, request, services }) => {
    const body = await readBodyBytes(request, Math.max(services.maxBodyBytes, 5 * 1024 * 1024));
    const receipt = await receiveWebhook(
      services,
      params.platform!,
      params.storeId!,
      request.headers,
      body,
    );
    return receipt;
  });
  // Platforms that send every shop's webhooks to one address name the shop in the body.
  r.add('platformWebhook', 'webhook', async ({ params, request, services }) => {
    const body = await readBodyBytes(request, Math.max(services.maxBodyBytes, 5 * 1024 * 1024));
    const outcome = await receiveAppWebhook(services, params.platform!, request.headers, body);
    return outcome;
  });
}
