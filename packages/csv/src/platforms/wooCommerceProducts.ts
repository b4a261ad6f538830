import { normalizeHeader } from '../headers/normalizeHeader.js';
import type { Recogniser } from '../template/defineTemplate.js';
import { cellAt, exportColumns } from './exportColumns.js';

// `Attribute 1 value(s)` normalises to `attribute 1 value s`.
const attributeValue = /^attribute (\d+) value ?s?$/;

/**
 * WooCommerce product CSV (`WC_Product_CSV_Exporter`): `simple` products are one row each;
 * `variation` rows point at their `variable` parent through `Parent` (`id:123` or the parent SKU)
 * and carry one value per attribute. Grouped and external products are not fulfilled, so skipped.
 */
export const wooCommerceProducts: Recogniser = {
  id: 'woocommerce',
  detect: (h) =>
    h.includes('type') && h.includes('parent') && h.includes('sku') && h.includes('regular price'),
  start(headers) {
    const find = exportColumns(headers);
    const id = find('id');
    const type = find('type');
    const sku = find('sku');
    const name = find('name');
    const parent = find('parent');
    const attributes = headers
      .map((header, index) => ({ index, match: attributeValue.exec(normalizeHeader(header)) }))
      .filter((a) => a.match)
      .sort((a, b) => Number(a.match![1]) - Number(b.match![1]))
      .map((a) => a.index);
    // Parents usually precede their variations (the exporter orders by ID); names are remembered.
    const parents = new Map<string, { id: string; name: string }>();
    return {
      columns: { productId: id, productTitle: name, variantTitle: attributes[0] ?? -1, sku },
      push(cells, emit) {
        const types = cellAt(cells, type)
          .toLowerCase()
          .split(',')
          .map((t) => t.trim());
        const ownId = cellAt(cells, id);
        const ownName = cellAt(cells, name);
        const ownSku = cellAt(cells, sku);
        if (types.includes('variable')) {
          const entry = { id: ownId, name: ownName };
          if (ownId) parents.set(`id:${ownId}`, entry);
          if (ownSku) parents.set(ownSku, entry);
          return;
        }
        if (types.includes('variation')) {
          const ref = cellAt(cells, parent);
          const known = parents.get(ref);
          const values = attributes.map((column) => cellAt(cells, column)).filter(Boolean);
          emit({
            productId: known?.id || ref.replace(/^id:/, '') || undefined,
            // Variation names read "Parent - Red, L"; the part before the dash is the product.
            productTitle: known?.name || ownName.split(' - ')[0] || undefined,
            variantTitle: values.join(' / ') || undefined,
            sku: ownSku || undefined,
          });
          return;
        }
        if (types.includes('simple')) {
          emit({
            productId: ownId || undefined,
            productTitle: ownName || undefined,
            sku: ownSku || undefined,
          });
        }
      },
    };
  },
};
