// The French words of every widget, for `<VitrineProvider locales={[…]}>`.

import { bulkCsvFr } from '../i18n/messages/bulkCsv/fr.js';
import { fr, frProducts } from '../i18n/messages/fr.js';
import { ordersFr } from '../i18n/messages/orders/fr.js';
import { settingsFr } from '../i18n/messages/settings/fr.js';
import type { LocalePack } from '../i18n/pack.js';

const pack: LocalePack = {
  locale: 'fr',
  messages: fr,
  products: frProducts,
  orders: ordersFr,
  settings: settingsFr,
  bulkCsv: bulkCsvFr,
};

export default pack;
