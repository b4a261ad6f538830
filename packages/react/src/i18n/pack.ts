import type { Locale } from './locales.js';
import type { BulkCsvMessages } from './messages/bulkCsv/en.js';
import type { Messages, ProductMessages } from './messages/en.js';
import type { OrderMessages } from './messages/orders/en.js';
import type { SettingsMessages } from './messages/settings/en.js';

/**
 * Every word of one language: the shared catalog and the catalogs of the widgets that bring
 * their own. Each `@vitrine/react/locales/<locale>` entry exports one as its default.
 */
export interface LocalePack {
  locale: Locale;
  messages: Messages;
  products: ProductMessages;
  orders: OrderMessages;
  settings: SettingsMessages;
  bulkCsv: BulkCsvMessages;
}

/** A shipped language besides English, which every widget has built in. */
export type OtherLocale = Exclude<Locale, 'en'>;

/** Loads the pack of a language on demand, e.g. `loadLocale` of `@vitrine/react/locales`. */
export type LocaleLoader = (locale: OtherLocale) => Promise<LocalePack>;
