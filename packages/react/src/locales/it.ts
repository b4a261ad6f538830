// The Italian words of every widget, for `<VitrineProvider locales={[…]}>`.

import { bulkCsvIt } from '../i18n/messages/bulkCsv/it.js';
import { it, itProducts } from '../i18n/messages/it.js';
import { ordersIt } from '../i18n/messages/orders/it.js';
import { settingsIt } from '../i18n/messages/settings/it.js';
import type { LocalePack } from '../i18n/pack.js';

const pack: LocalePack = {
  locale: 'it',
  messages: it,
  products: itProducts,
  orders: ordersIt,
  settings: settingsIt,
  bulkCsv: bulkCsvIt,
};

export default pack;
