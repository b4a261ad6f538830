import type { ExportReader, Recogniser } from '../template/defineTemplate.js';
import { cellAt, exportColumns } from './exportColumns.js';

function reader(headers: readonly string[]): ExportReader {
  const find = exportColumns(headers);
  const handle = find('url handle', 'handle');
  const title = find('title');
  const sku = find('sku', 'variant sku');
  const price = find('price', 'variant price');
  const optionNames = [1, 2, 3].map((n) => find(`option ${n} name`));
  const optionValues = [1, 2, 3].map((n) => find(`option ${n} value`));
  let current = '';
  let productTitle = '';
  let names: string[] = [];
  return {
    columns: { productId: handle, productTitle: title, variantTitle: optionValues[0]!, sku },
    push(cells, emit) {
      const productId = cellAt(cells, handle);
      if (!productId) return;
      if (productId !== current) {
        current = productId;
        productTitle = '';
        names = [];
      }
      // Product fields sit on the first row of a handle; later rows are variants or images.
      productTitle ||= cellAt(cells, title);
      optionNames.forEach((column, i) => {
        names[i] ||= cellAt(cells, column);
      });
      const values = optionValues.map((column) => cellAt(cells, column));
      const skuText = cellAt(cells, sku);
      // Image-only rows leave every variant cell blank.
      if (!values.some(Boolean) && !skuText && !cellAt(cells, price)) return;
      const single = names[0] === 'Title' && values[0] === 'Default Title';
      emit({
        productId,
        productTitle: productTitle || undefined,
        variantTitle: single ? undefined : values.filter(Boolean).join(' / ') || undefined,
        sku: skuText || undefined,
      });
    },
  };
}

/**
 * Shopify product CSV, current template (`URL handle`, `SKU`, `Option1 value`…): rows sharing a
 * handle are one product; each row with variant cells is a variant (`Default Title` = none).
 */
export const shopifyProducts: Recogniser = {
  id: 'shopify',
  detect: (h) => h.includes('url handle') && h.includes('sku') && h.includes('option 1 value'),
  start: reader,
};

/** Shopify product CSV, legacy headers (`Handle`, `Variant SKU`, `Option1 Value`…). */
export const shopifyLegacyProducts: Recogniser = {
  id: 'shopify-legacy',
  detect: (h) => h.includes('handle') && h.includes('variant sku') && h.includes('option 1 value'),
  start: reader,
};
