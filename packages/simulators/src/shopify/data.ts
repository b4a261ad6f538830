/**
 * Deterministic demo catalogues for simulated shops. Products are computed from their index on
 * every read (nothing is stored), so a shop with tens of thousands of variants costs no memory
 * until something changes one of its products.
 */

export interface SimVariant {
  id: number;
  title: string;
  /** Empty when the variant has none. */
  sku: string;
  barcode: string | null;
  price: string;
  options: { name: string; value: string }[];
}

export interface SimProduct {
  id: number;
  title: string;
  handle: string;
  status: 'ACTIVE' | 'DRAFT' | 'ARCHIVED';
  vendor: string;
  productType: string;
  updatedAt: string;
  /** Null for a product without media (one created through the API). */
  imageUrl: string | null;
  options: { name: string; values: string[] }[];
  variants: SimVariant[];
  /** Set on products created through the API. */
  descriptionHtml?: string;
}

export interface Catalogue {
  /** Products, including deleted slots (they are skipped when listing). */
  readonly size: number;
  product(index: number): SimProduct;
}

export const PRODUCT_ID_BASE = 8_000_000_000;
export const VARIANT_ID_BASE = 44_000_000_000;
/** Variant ids are `VARIANT_ID_BASE + index × 1000 + position`: room for 1000 per product. */
export const MAX_VARIANTS = 1000;

/** mulberry32: a tiny seeded PRNG, so every run generates the same shop. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface Kind {
  type: string;
  noun: string;
  price: number;
  axes: { name: string; values: string[] }[];
}

const sizes = ['XS', 'S', 'M', 'L', 'XL', '2XL', '3XL'];
const colours = [
  'Black',
  'White',
  'Navy',
  'Heather Grey',
  'Forest Green',
  'Maroon',
  'Sand',
  'Royal Blue',
];
const phones = [
  'iPhone 13',
  'iPhone 13 Pro',
  'iPhone 14',
  'iPhone 14 Plus',
  'iPhone 14 Pro',
  'iPhone 15',
  'iPhone 15 Plus',
  'iPhone 15 Pro',
  'iPhone 15 Pro Max',
  'iPhone 16',
  'iPhone 16 Plus',
  'iPhone 16 Pro',
  'iPhone 16 Pro Max',
  'iPhone 17',
  'iPhone 17 Pro',
  'Galaxy S23',
  'Galaxy S23+',
  'Galaxy S24',
  'Galaxy S24+',
  'Galaxy S24 Ultra',
  'Galaxy S25',
  'Galaxy S25+',
  'Galaxy S25 Ultra',
  'Galaxy A54',
  'Galaxy A55',
  'Pixel 7',
  'Pixel 7a',
  'Pixel 8',
  'Pixel 8 Pro',
  'Pixel 8a',
  'Pixel 9',
  'Pixel 9 Pro',
  'Pixel 9 Pro XL',
  'Pixel 9a',
  'Pixel 10',
  'Pixel 10 Pro',
  'Xperia 1 V',
  'Xperia 10 V',
  'Nothing Phone 2',
  'Nothing Phone 3',
];

const kinds: Kind[] = [
  {
    type: 'T-Shirt',
    noun: 'Tee',
    price: 19,
    axes: [
      { name: 'Size', values: sizes },
      { name: 'Color', values: colours },
    ],
  },
  {
    type: 'Hoodie',
    noun: 'Hoodie',
    price: 42,
    axes: [
      { name: 'Size', values: sizes },
      { name: 'Color', values: colours },
    ],
  },
  {
    type: 'Poster',
    noun: 'Poster',
    price: 14,
    axes: [
      { name: 'Size', values: ['A4', 'A3', 'A2', 'A1', '30x40 cm', '50x70 cm'] },
      { name: 'Paper', values: ['Matte', 'Glossy', 'Satin'] },
    ],
  },
  {
    type: 'Canvas',
    noun: 'Canvas',
    price: 49,
    axes: [
      { name: 'Size', values: ['20x30 cm', '30x40 cm', '40x60 cm', '60x90 cm'] },
      { name: 'Frame', values: ['None', 'Black', 'White', 'Oak'] },
    ],
  },
  {
    type: 'Mug',
    noun: 'Mug',
    price: 12,
    axes: [
      { name: 'Size', values: ['11oz', '15oz'] },
      { name: 'Color', values: colours },
    ],
  },
  { type: 'Tote Bag', noun: 'Tote', price: 16, axes: [{ name: 'Color', values: colours }] },
  {
    type: 'Sticker',
    noun: 'Sticker',
    price: 4,
    axes: [
      { name: 'Size', values: ['3x3 in', '4x4 in', '5.5x5.5 in'] },
      { name: 'Finish', values: ['Glossy', 'Matte'] },
    ],
  },
];
const phoneCase: Kind = {
  type: 'Phone Case',
  noun: 'Phone Case',
  price: 22,
  axes: [
    { name: 'Model', values: phones },
    { name: 'Finish', values: ['Glossy', 'Matte', 'Clear'] },
  ],
};

const themes = [
  'Aurora',
  'Basalt',
  'Cedar',
  'Dune',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Iris',
  'Juniper',
  'Kelp',
  'Lagoon',
  'Meadow',
  'Nimbus',
  'Orchid',
  'Prairie',
  'Quartz',
  'Reef',
  'Sierra',
  'Tundra',
];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/\+/g, '-plus')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A shop of `size` products. Most carry a few to a few dozen variants (a subset of their option
 * axes); every `megaEvery`-th product is a phone case in every model and finish (120 variants),
 * more than one page of variants holds.
 */
export function generatedCatalogue(
  shop: string,
  size: number,
  options: { megaEvery?: number; vendor?: string } = {},
): Catalogue {
  const seed = hash(shop);
  const megaEvery = options.megaEvery ?? 0;
  const vendor = options.vendor ?? 'Vitrine Demo';
  const base = Date.parse('2026-01-05T08:00:00Z');
  return {
    size,
    product(index) {
      const rand = random(seed ^ Math.imul(index + 1, 2654435761));
      const mega = megaEvery > 0 && index % megaEvery === megaEvery - 1;
      const kind = mega ? phoneCase : kinds[Math.floor(rand() * kinds.length)]!;
      const axes = kind.axes.map((axis) => {
        if (mega) return axis;
        const count = 1 + Math.floor(rand() * axis.values.length);
        const start = Math.floor(rand() * (axis.values.length - count + 1));
        return { name: axis.name, values: axis.values.slice(start, start + count) };
      });
      const theme = themes[index % themes.length]!;
      const title = `${theme} ${kind.noun} No. ${index + 1}`;
      const handle = slug(title);
      const id = PRODUCT_ID_BASE + index + 1;
      const combos = axes.reduce<string[][]>(
        (acc, axis) => acc.flatMap((prefix) => axis.values.map((v) => [...prefix, v])),
        [[]],
      );
      const variants = combos.slice(0, MAX_VARIANTS).map(
        (values, position): SimVariant => ({
          id: VARIANT_ID_BASE + index * MAX_VARIANTS + position + 1,
          title: values.join(' / '),
          sku: `${slug(kind.noun).toUpperCase()}-${index + 1}-${values.map((v) => slug(v).toUpperCase()).join('-')}`,
          barcode: position % 4 === 0 ? String(4006381333931 + index * 1000 + position) : null,
          price: (kind.price + (position % 5)).toFixed(2),
          options: values.map((value, i) => ({ name: axes[i]!.name, value })),
        }),
      );
      return {
        id,
        title,
        handle,
        status: index % 29 === 28 ? 'DRAFT' : 'ACTIVE',
        vendor,
        productType: kind.type,
        updatedAt: new Date(base + index * 60_000).toISOString(),
        imageUrl: `https://cdn.shopify.test/s/files/${shop}/${handle}.png`,
        options: axes.map((a) => ({ name: a.name, values: a.values })),
        variants,
      };
    },
  };
}

/** The index of a product id, or null when it is not one of the catalogue's. */
export function indexOfProduct(id: number | string, size: number): number | null {
  const index = Number(String(id).replace(/^gid:\/\/shopify\/Product\//, '')) - PRODUCT_ID_BASE - 1;
  return Number.isInteger(index) && index >= 0 && index < size ? index : null;
}
