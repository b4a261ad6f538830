import { deProducts } from './messages/de.js';
import { enProducts, type ProductMessages } from './messages/en.js';
import { esProducts } from './messages/es.js';
import { frProducts } from './messages/fr.js';
import { itProducts } from './messages/it.js';
import { ptBRProducts } from './messages/pt-BR.js';

/**
 * ProductMapper's words in the six locales. They live beside the shared catalogs but apart from
 * them, so a page that embeds other widgets only does not download them.
 */
export const productCatalogs = {
  en: enProducts,
  'pt-BR': ptBRProducts,
  es: esProducts,
  fr: frProducts,
  it: itProducts,
  de: deProducts,
} as const satisfies Record<string, ProductMessages>;
