import {
  createTranslator,
  type MessageKey,
  type Messages,
  type ProductMessageKey,
} from '@vitrine/react';
import type { StoreProduct, StoreVariant } from '@vitrine/sdk';
import { demoCatalog, upsertCatalog } from '@vitrine/server';
import { packOf } from './locales.js';
import type { StoryServer } from './storyServer.js';

type Stem<K> = K extends `${infer B}_one` ? B : never;
export type ProductTextKey = MessageKey | ProductMessageKey | Stem<MessageKey | ProductMessageKey>;

/**
 * The words ProductMapper shows, in the story's locale: its own catalog over the shared one,
 * numbers in the locale's digits as the widget writes them (10,045 variants).
 */
export function productTextOf(context: { globals: Record<string, unknown> }) {
  const { locale, messages, products } = packOf(context);
  const translate = createTranslator({ ...messages, ...products } as unknown as Messages, locale);
  const number = new Intl.NumberFormat(locale);
  return (key: ProductTextKey, values?: Record<string, string | number>) =>
    translate(key as MessageKey, values).replace(/\d{4,}/g, (digits) =>
      number.format(Number(digits)),
    );
}

/** The demo print catalog, for the story's provider (each story has a provider of its own). */
export function seedCatalog(story: StoryServer) {
  return upsertCatalog(story.db, story.provider.id, demoCatalog());
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * A real white PNG sized for a print of `widthMm`×`heightMm` at `dpi`, made in the page
 * (zlib through CompressionStream): the server's check reads its pixel size like any upload's.
 */
export async function printPng(widthMm: number, heightMm: number, dpi: number): Promise<Blob> {
  const width = Math.ceil((widthMm / 25.4) * dpi);
  const height = Math.ceil((heightMm / 25.4) * dpi);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bit depth
  header[9] = 0; // grayscale
  const row = new Uint8Array(width + 1).fill(0xff);
  row[0] = 0; // no filter
  const rows = new Blob(Array.from({ length: height }, () => row));
  const compressed = new Uint8Array(
    await new Response(rows.stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer(),
  );
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Blob(
    [
      signature,
      pngChunk('IHDR', header),
      pngChunk('IDAT', compressed),
      pngChunk('IEND', new Uint8Array()),
    ],
    { type: 'image/png' },
  );
}

/** Every product of a store with its listed variants, through the API, by title. */
export async function storeProducts(
  story: StoryServer,
  storeId: string,
  query: { search?: string } = {},
): Promise<StoreProduct[]> {
  const products: StoreProduct[] = [];
  for await (const product of story.backend.products.listAll(storeId, { ...query, limit: 100 }))
    products.push(product);
  return products;
}

/** A variant of a product by the product's title and the variant's position. */
export function variantOf(products: StoreProduct[], title: string, index = 0): StoreVariant {
  const variant = products.find((p) => p.title === title)?.variants?.[index];
  if (!variant) throw new Error(`No variant ${index} of ${title}`);
  return variant;
}

/** Uploads a design file as the PSP's backend would, and answers its address. */
export async function uploadDesign(story: StoryServer, storeId: string, file: Blob, name: string) {
  return (await story.backend.products.uploadFile(storeId, { data: file, filename: name })).url;
}

/** The seeded catalog's A3 poster, matt, portrait: 297 × 420 mm, printed on `default`. */
export const A3_POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

/** Maps variants to a catalog product with one file, as the API's bulk apply does. */
export function mapTo(
  story: StoryServer,
  storeId: string,
  variantIds: string[],
  url: string,
  productUid = A3_POSTER,
) {
  return story.backend.products.applyMapping(storeId, {
    variantIds,
    mapping: { productUid, files: [{ type: 'default', url }] },
  });
}
