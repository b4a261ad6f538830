import type { JobHandlers } from './jobs.js';
import { orderIntake } from './orders/intake.js';
import { postbackDispatch } from './postbacks/deliveries.js';
import { fulfillOnStore } from './production/fulfillment.js';
import { submitForProduction } from './production/production.js';
import { fileCheck } from './products/fileChecks.js';
import { mappingImport } from './products/mappingImports.js';
import { productPublish } from './products/publishing.js';
import { orderPoll } from './stores/orderPolling.js';
import { productSync } from './stores/sync.js';

/**
 * Every kind of job this server runs, with its handler: the one place a new kind is registered.
 * Workers claim only the kinds listed here.
 */
export const jobHandlers: JobHandlers = {
  product_sync: productSync,
  order_poll: orderPoll,
  order_intake: orderIntake,
  postback_delivery: postbackDispatch,
  production: submitForProduction,
  fulfillment: fulfillOnStore,
  file_check: fileCheck,
  mapping_import: mappingImport,
  product_publish: productPublish,
};
