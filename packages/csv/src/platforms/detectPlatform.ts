import { normalizeHeader } from '../headers/normalizeHeader.js';
import { productMappingTemplate } from '../templates/productMapping.js';

/**
 * Which product export a header row comes from: `shopify`, `shopify-legacy`, `woocommerce`,
 * `etsy`, or `null` for anything else (such files are read by header matching).
 */
export function detectPlatform(headers: readonly string[]): string | null {
  const normalized = headers.map(normalizeHeader);
  return productMappingTemplate.recognisers?.find((r) => r.detect(normalized))?.id ?? null;
}
