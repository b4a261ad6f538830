import type { PlatformProduct } from '../src/platforms/types.js';

/**
 * Product `index` of a made-up store as a platform would give it: `sizes` variants, one per size,
 * each with its own SKU. For stores of any size in tests and benchmarks.
 */
export function productWithSizes(index: number, sizes: number): PlatformProduct {
  return {
    externalId: `p${index}`,
    title: `Product ${String(index).padStart(6, '0')}`,
    handle: null,
    vendor: null,
    productType: null,
    status: 'active',
    imageUrl: null,
    options: [{ name: 'Size', values: [] }],
    updatedAt: null,
    variants: Array.from({ length: sizes }, (_, i) => ({
      externalId: `v${index}-${i}`,
      title: `Size ${i}`,
      sku: `SKU-${index}-${i}`,
      barcode: null,
      price: '10.00',
      options: { Size: String(i) },
    })),
  };
}
