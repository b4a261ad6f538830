// The Spanish words of every widget, for `<VitrineProvider locales={[…]}>`.

import { bulkCsvEs } from '../i18n/messages/bulkCsv/es.js';
import { es, esProducts } from '../i18n/messages/es.js';
import { ordersEs } from '../i18n/messages/orders/es.js';
import { settingsEs } from '../i18n/messages/settings/es.js';
import type { LocalePack } from '../i18n/pack.js';

const pack: LocalePack = {
  locale: 'es',
  messages: es,
  products: esProducts,
  orders: ordersEs,
  settings: settingsEs,
  bulkCsv: bulkCsvEs,
};

export default pack;
