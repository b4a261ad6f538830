// The German words of every widget, for `<VitrineProvider locales={[…]}>`.

import { bulkCsvDe } from '../i18n/messages/bulkCsv/de.js';
import { de, deProducts } from '../i18n/messages/de.js';
import { ordersDe } from '../i18n/messages/orders/de.js';
import { settingsDe } from '../i18n/messages/settings/de.js';
import type { LocalePack } from '../i18n/pack.js';

const pack: LocalePack = {
  locale: 'de',
  messages: de,
  products: deProducts,
  orders: ordersDe,
  settings: settingsDe,
  bulkCsv: bulkCsvDe,
};

export default pack;
