/** Etsy's webhooks follow the Standard Webhooks scheme, which postbacks use too. */
export {
  signStandardWebhook,
  standardWebhookValid,
  WEBHOOK_TOLERANCE_SECONDS,
} from '../../crypto/standardWebhooks.js';
