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

// Each catalog on its own as well, for a build that carries only some of the widgets: a bundler
// then leaves out the words of the others.
export {
  bulkCsvIt as bulkCsv,
  it as messages,
  itProducts as products,
  ordersIt as orders,
  settingsIt as settings,
};
