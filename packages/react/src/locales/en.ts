// The English words of every widget. English is built in; this pack is for tools that list every language.

import { bulkCsvEn } from '../i18n/messages/bulkCsv/en.js';
import { en, enProducts } from '../i18n/messages/en.js';
import { ordersEn } from '../i18n/messages/orders/en.js';
import { settingsEn } from '../i18n/messages/settings/en.js';
import type { LocalePack } from '../i18n/pack.js';

const pack: LocalePack = {
  locale: 'en',
  messages: en,
  products: enProducts,
  orders: ordersEn,
  settings: settingsEn,
  bulkCsv: bulkCsvEn,
};

export default pack;
