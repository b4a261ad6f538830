/**
 * Catalogues of simulated WooCommerce stores, in the shapes `GET /wc/v3/products` and
 * `/products/{id}/variations` answer. Generated deterministically from the store's seed.
 */

export interface SimAttribute {
  id: number;
  name: string;
  position: number;
  visible: boolean;
  variation: boolean;
  options: string[];
}

export interface SimVariation {
  id: number;
  sku: string;
  global_unique_id: string;
  price: string;
  regular_price: string;
  stock_quantity: number | null;
  image: { src: string } | null;
  attributes: { id: number; name: string; option: string }[];
  menu_order: number;
  date_modified_gmt: string;
}

export interface SimProduct {
  id: number;
  name: string;
  slug: string;
  type: 'simple' | 'variable';
  status: 'publish' | 'draft' | 'pending' | 'private' | 'trash';
  /** HTML, as WordPress keeps it. */
  description: string;
  sku: string;
  global_unique_id: string;
  price: string;
  regular_price: string;
  stock_quantity: number | null;
  categories: { id: number; name: string; slug: string }[];
  images: { id: number; src: string }[];
  attributes: SimAttribute[];
  /** Ids of the variations (what the REST API lists); the variations themselves are below. */
  variations: number[];
  date_created_gmt: string;
  date_modified_gmt: string;
}

export interface SimCatalogue {
  products: SimProduct[];
  variations: Map<number, SimVariation[]>;
  nextId: number;
}

interface Family {
  name: string;
  category: string;
  price: number;
  axes: { name: string; values: string[] }[];
}

/** A print shop's range: what a PSP's client would sell on WooCommerce. */
const printFamilies: Family[] = [
  {
    name: 'Business Cards',
    category: 'Business Cards',
    price: 24,
    axes: [
      { name: 'Paper', values: ['350gsm Silk', '400gsm Matte', '600gsm Uncoated'] },
      { name: 'Quantity', values: ['100', '250', '500'] },
    ],
  },
  {
    name: 'Flyers',
    category: 'Flyers & Leaflets',
    price: 39,
    axes: [
      { name: 'Size', values: ['A6', 'A5', 'A4', 'DL'] },
      { name: 'Paper', values: ['130gsm Gloss', '170gsm Silk'] },
    ],
  },
  {
    name: 'Folded Leaflets',
    category: 'Flyers & Leaflets',
    price: 79,
    axes: [{ name: 'Fold', values: ['Half fold', 'Tri-fold', 'Z-fold'] }],
  },
  {
    name: 'Posters',
    category: 'Posters',
    price: 15,
    axes: [
      { name: 'Size', values: ['A3', 'A2', 'A1', '50x70 cm'] },
      { name: 'Finish', values: ['Matte', 'Satin'] },
    ],
  },
  { name: 'Greeting Cards', category: 'Cards & Invitations', price: 3, axes: [] },
  {
    name: 'Wedding Invitations',
    category: 'Cards & Invitations',
    price: 2,
    axes: [{ name: 'Paper', values: ['Pearlescent', 'Cotton', 'Recycled Kraft'] }],
  },
  {
    name: 'Stickers',
    category: 'Stickers & Labels',
    price: 6,
    axes: [
      { name: 'Shape', values: ['Circle', 'Square', 'Die cut'] },
      { name: 'Size', values: ['5 cm', '7.5 cm'] },
    ],
  },
  { name: 'Product Labels', category: 'Stickers & Labels', price: 18, axes: [] },
  {
    name: 'Wall Calendar',
    category: 'Calendars',
    price: 19,
    axes: [{ name: 'Size', values: ['A4', 'A3'] }],
  },
  { name: 'Desk Calendar', category: 'Calendars', price: 14, axes: [] },
  {
    name: 'Notebook',
    category: 'Stationery',
    price: 11,
    axes: [{ name: 'Ruling', values: ['Lined', 'Dotted', 'Plain'] }],
  },
  { name: 'Letterheads', category: 'Stationery', price: 45, axes: [] },
  {
    name: 'Canvas Print',
    category: 'Wall Art',
    price: 49,
    axes: [{ name: 'Size', values: ['30x40 cm', '40x60 cm', '60x90 cm'] }],
  },
  { name: 'Roller Banner', category: 'Large Format', price: 89, axes: [] },
  {
    name: 'Vinyl Banner',
    category: 'Large Format',
    price: 55,
    axes: [{ name: 'Size', values: ['2x1 m', '3x1 m', '4x2 m'] }],
  },
  { name: 'Postcards', category: 'Cards & Invitations', price: 12, axes: [] },
  {
    name: 'Presentation Folders',
    category: 'Stationery',
    price: 120,
    axes: [{ name: 'Finish', values: ['Matte lamination', 'Soft-touch'] }],
  },
];

const styles = ['Classic', 'Kraft', 'Botanical'];

const pad = (n: number) => String(n).padStart(2, '0');

/** A WooCommerce `*_gmt` time (UTC, no zone) some minutes after the catalogue's epoch. */
export function wooTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, '');
}

const EPOCH = Date.parse('2026-01-15T10:00:00Z');

export const slugOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const gtin = (id: number) => `50${String(id).padStart(11, '0')}`;

/** Every combination of the axes' values, in order. */
function combinations(axes: Family['axes']): string[][] {
  return axes.reduce<string[][]>(
    (acc, axis) => acc.flatMap((combo) => axis.values.map((v) => [...combo, v])),
    [[]],
  );
}

function addProduct(
  catalogue: SimCatalogue,
  store: string,
  name: string,
  category: string,
  price: number,
  axes: Family['axes'],
  index: number,
): void {
  const id = catalogue.nextId++;
  const slug = slugOf(name);
  const modified = wooTime(EPOCH + index * 60_000);
  const categoryId = 15 + (hashOf(category) % 40);
  const variable = axes.length > 0;
  const product: SimProduct = {
    id,
    name,
    slug,
    type: variable ? 'variable' : 'simple',
    status: index % 17 === 16 ? 'draft' : 'publish',
    description: '',
    sku: `${slug.slice(0, 12).toUpperCase()}-${id}`,
    global_unique_id: variable ? '' : gtin(id),
    price: variable ? '' : price.toFixed(2),
    regular_price: variable ? '' : price.toFixed(2),
    stock_quantity: null,
    categories: [{ id: categoryId, name: category, slug: slugOf(category) }],
    images: [
      { id: id + 50_000, src: `https://${store}.example/wp-content/uploads/2026/01/${slug}.jpg` },
    ],
    attributes: axes.map((axis, position) => ({
      id: 0,
      name: axis.name,
      position,
      visible: true,
      variation: true,
      options: axis.values,
    })),
    variations: [],
    date_created_gmt: modified,
    date_modified_gmt: modified,
  };
  if (variable) {
    const variations = combinations(axes).map((values, position): SimVariation => {
      const vid = catalogue.nextId++;
      return {
        id: vid,
        sku: `${product.sku}-${position + 1}`,
        global_unique_id: gtin(vid),
        price: (price + position).toFixed(2),
        regular_price: (price + position).toFixed(2),
        stock_quantity: null,
        image: null,
        attributes: values.map((option, i) => ({ id: 0, name: axes[i]!.name, option })),
        menu_order: position,
        date_modified_gmt: modified,
      };
    });
    product.variations = variations.map((v) => v.id);
    catalogue.variations.set(id, variations);
  }
  catalogue.products.push(product);
}

function hashOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The demo print shop: 51 products (17 families in three styles), most of them variable. */
export function printShopCatalogue(store: string): SimCatalogue {
  const catalogue: SimCatalogue = { products: [], variations: new Map(), nextId: 101 };
  let index = 0;
  for (const style of styles) {
    for (const family of printFamilies) {
      addProduct(
        catalogue,
        store,
        `${style} ${family.name}`,
        family.category,
        family.price,
        family.axes,
        index++,
      );
    }
  }
  return catalogue;
}

/**
 * A generated store of `count` products: simple ones, and every `variableEvery`-th product
 * variable with `variationsEach` variations (more than a page of 100 when asked).
 */
export function generatedCatalogue(
  store: string,
  count: number,
  options: { variableEvery?: number; variationsEach?: number } = {},
): SimCatalogue {
  const catalogue: SimCatalogue = { products: [], variations: new Map(), nextId: 101 };
  const every = options.variableEvery ?? 0;
  const each = options.variationsEach ?? 6;
  for (let i = 0; i < count; i++) {
    const variable = every > 0 && i % every === every - 1;
    const axes = variable
      ? [
          {
            name: 'Edition',
            values: Array.from({ length: each }, (_, n) => `Edition ${pad(n + 1)}`),
          },
        ]
      : [];
    addProduct(catalogue, store, `Print ${pad(i + 1)}`, 'Prints', 10 + (i % 7), axes, i);
  }
  return catalogue;
}
