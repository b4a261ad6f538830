import type { Recogniser } from '../template/defineTemplate.js';
import { cellAt, commaList, exportColumns } from './exportColumns.js';

/**
 * Etsy listings CSV (Shop Manager › Download Data): one row per listing, no listing id. Variation
 * values are comma lists and per-variation SKUs may be comma-joined in `SKU`; when the SKU count
 * equals the number of value combinations (variation 1 × variation 2), each SKU is paired with its
 * combination in order, otherwise each SKU becomes a row without a variant title.
 */
export const etsyListings: Recogniser = {
  id: 'etsy',
  detect: (h) =>
    h.includes('title') &&
    h.includes('sku') &&
    h.includes('variation 1 values') &&
    h.includes('currency code'),
  start(headers) {
    const find = exportColumns(headers);
    const title = find('title');
    const sku = find('sku');
    const values1 = find('variation 1 values');
    const values2 = find('variation 2 values');
    return {
      columns: { productTitle: title, variantTitle: values1, sku },
      push(cells, emit) {
        const productTitle = cellAt(cells, title) || undefined;
        const skus = commaList(cellAt(cells, sku));
        const first = commaList(cellAt(cells, values1));
        const second = commaList(cellAt(cells, values2));
        const combos =
          first.length && second.length
            ? first.flatMap((a) => second.map((b) => `${a} / ${b}`))
            : first.length
              ? first
              : second;
        if (combos.length > 1 && skus.length === combos.length) {
          for (let i = 0; i < skus.length; i++) {
            emit({ productTitle, variantTitle: combos[i], sku: skus[i] });
          }
        } else if (skus.length <= 1) {
          emit({ productTitle, sku: skus[0] });
        } else {
          for (const s of skus) emit({ productTitle, sku: s });
        }
      },
    };
  },
};
