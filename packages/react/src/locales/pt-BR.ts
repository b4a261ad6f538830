// The Brazilian Portuguese words of every widget, for `<VitrineProvider locales={[…]}>`.

import { bulkCsvPtBR } from '../i18n/messages/bulkCsv/pt-BR.js';
import { ordersPtBR } from '../i18n/messages/orders/pt-BR.js';
import { ptBR, ptBRProducts } from '../i18n/messages/pt-BR.js';
import { settingsPtBR } from '../i18n/messages/settings/pt-BR.js';
import type { LocalePack } from '../i18n/pack.js';

const pack: LocalePack = {
  locale: 'pt-BR',
  messages: ptBR,
  products: ptBRProducts,
  orders: ordersPtBR,
  settings: settingsPtBR,
  bulkCsv: bulkCsvPtBR,
};

export default pack;
