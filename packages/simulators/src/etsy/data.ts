/**
 * Deterministic listings for simulated Etsy shops: a print-on-demand range (art prints, tees,
 * mugs, cards…), computed from the listing's index on every read so nothing is stored.
 */

export interface EtsyMoney {
  amount: number;
  divisor: number;
  currency_code: string;
}

export interface EtsyPropertyValue {
  property_id: number;
  property_name: string;
  scale_id: number | null;
  value_ids: number[];
  values: string[];
}

export interface EtsyInventoryProduct {
  product_id: number;
  sku: string;
  is_deleted: boolean;
  offerings: {
    offering_id: number;
    quantity: number;
    is_enabled: boolean;
    is_deleted: boolean;
    price: EtsyMoney;
  }[];
  property_values: EtsyPropertyValue[];
}

export interface EtsyInventory {
  products: EtsyInventoryProduct[];
  price_on_property: number[];
  quantity_on_property: number[];
  sku_on_property: number[];
}

export interface EtsyListing {
  listing_id: number;
  user_id: number;
  shop_id: number;
  title: string;
  description: string;
  /** Generated listings are active; those created through the API are drafts. */
  state: 'active' | 'draft' | 'inactive';
  quantity: number;
  url: string;
  price: EtsyMoney;
  skus: string[];
  tags: string[];
  has_variations: boolean;
  creation_timestamp: number;
  created_timestamp: number;
  last_modified_timestamp: number;
  updated_timestamp: number;
  inventory: EtsyInventory;
  images: { listing_image_id: number; url_570xN: string; url_fullxfull: string }[];
  /** Set on listings created through the API, as Etsy answers them. */
  who_made?: string;
  when_made?: string;
  is_supply?: boolean;
  listing_type?: string;
  taxonomy_id?: number;
  shipping_profile_id?: number | null;
  readiness_state_id?: number | null;
}

/** A shipping profile, as `GET /shops/{shop_id}/shipping-profiles` lists it. */
export interface EtsyShippingProfile {
  shipping_profile_id: number;
  title: string;
  user_id: number;
  origin_country_iso: string;
  is_deleted: boolean;
  profile_type: 'manual' | 'calculated';
}

/** A processing profile, as `GET /shops/{shop_id}/readiness-state-definitions` lists it. */
export interface EtsyReadinessState {
  shop_id: number;
  readiness_state_id: number;
  readiness_state: 'ready_to_ship' | 'made_to_order';
  min_processing_days: number;
  max_processing_days: number;
  processing_days_display_label: string;
}

export interface ListingSource {
  shopId: number;
  userId: number;
  shopName: string;
  /** Where listing pages live (`{webUrl}/listing/{id}`). */
  webUrl: string;
}

interface Kind {
  noun: string;
  /** Price in cents for the first value; later values cost more. */
  price: number;
  step: number;
  properties: { id: number; name: string; values: string[] }[];
}

const kinds: Kind[] = [
  {
    noun: 'Art Print',
    price: 1800,
    step: 600,
    properties: [{ id: 100, name: 'Size', values: ['8x10"', '11x14"', '16x20"', '18x24"', 'A3'] }],
  },
  {
    noun: 'T-Shirt',
    price: 2400,
    step: 200,
    properties: [
      { id: 100, name: 'Size', values: ['S', 'M', 'L', 'XL', '2XL'] },
      { id: 200, name: 'Color', values: ['Black', 'White', 'Heather Grey'] },
    ],
  },
  { noun: 'Greeting Card', price: 550, step: 0, properties: [] },
  {
    noun: 'Mug',
    price: 1600,
    step: 300,
    properties: [{ id: 100, name: 'Size', values: ['11 oz', '15 oz'] }],
  },
  {
    noun: 'Canvas',
    price: 4500,
    step: 2000,
    properties: [{ id: 100, name: 'Size', values: ['12x12"', '16x20"', '24x36"'] }],
  },
  { noun: 'Sticker Sheet', price: 450, step: 0, properties: [] },
  {
    noun: 'Hoodie',
    price: 4200,
    step: 300,
    properties: [
      { id: 100, name: 'Size', values: ['S', 'M', 'L', 'XL'] },
      { id: 200, name: 'Color', values: ['Black', 'Navy', 'Forest Green', 'Sand', 'Maroon'] },
    ],
  },
  {
    noun: 'Tote Bag',
    price: 2200,
    step: 0,
    properties: [{ id: 200, name: 'Color', values: ['Natural', 'Black'] }],
  },
];

const subjects = [
  'Botanical Fern',
  'Mountain Sunrise',
  'Retro Cassette',
  'Cat Astronaut',
  'Minimal Wave',
  'Vintage Lisbon Map',
  'Mushroom Forest',
  'Lighthouse at Dusk',
  'Lemon Grove',
  'Moth Study',
  'Desert Cactus',
  'Northern Lights',
  'Koi Pond',
  'Wildflower Meadow',
  'Bauhaus Shapes',
  'Sleepy Fox',
];

/** Listings created this long ago, one per hour, so the order by creation is stable. */
const EPOCH = Date.parse('2025-06-01T00:00:00Z') / 1000;

export const listingId = (source: ListingSource, index: number) =>
  1_400_000_000 + (source.shopId % 1000) * 100_000 + index;

/** Combinations of the kind's property values, in Etsy's order (first property slowest). */
function combinations(kind: Kind): { property: Kind['properties'][number]; value: number }[][] {
  let rows: { property: Kind['properties'][number]; value: number }[][] = [[]];
  for (const property of kind.properties) {
    rows = rows.flatMap((row) => property.values.map((_, value) => [...row, { property, value }]));
  }
  return rows;
}

/** The listing at `index`: every 9th listing with variations has one deleted combination. */
export function generateListing(source: ListingSource, index: number): EtsyListing {
  const kind = kinds[index % kinds.length]!;
  const subject = subjects[Math.floor(index / kinds.length) % subjects.length]!;
  const edition = Math.floor(index / (kinds.length * subjects.length));
  const title = `${subject} ${kind.noun}${edition ? ` No. ${edition + 1}` : ''}`;
  const id = listingId(source, index);
  const prefix = source.shopName.replace(/[^A-Z]/g, '').slice(0, 3) || 'ETS';
  // Some sellers leave SKUs empty: every 7th listing has none.
  const withSku = index % 7 !== 6;
  const rows = combinations(kind);
  const money = (cents: number): EtsyMoney => ({
    amount: cents,
    divisor: 100,
    currency_code: 'USD',
  });
  const products: EtsyInventoryProduct[] = rows.map((row, position) => {
    const first = row[0]?.value ?? 0;
    const sku = withSku
      ? [prefix, String(index + 1).padStart(4, '0'), ...row.map((r) => r.property.values[r.value]!)]
          .join('-')
          .replace(/[^A-Za-z0-9-]/g, '')
          .toUpperCase()
      : '';
    return {
      product_id: id * 100 + position,
      sku,
      is_deleted: rows.length > 1 && index % 9 === 4 && position === rows.length - 1,
      offerings: [
        {
          offering_id: id * 100 + position + 50,
          quantity: 999,
          is_enabled: true,
          is_deleted: false,
          price: money(kind.price + first * kind.step),
        },
      ],
      property_values: row.map(({ property, value }) => ({
        property_id: property.id,
        property_name: property.name,
        scale_id: null,
        value_ids: [property.id * 1000 + value],
        values: [property.values[value]!],
      })),
    };
  });
  const created = EPOCH + index * 3600;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    listing_id: id,
    user_id: source.userId,
    shop_id: source.shopId,
    title,
    description: `${title}, printed to order in our studio.`,
    state: 'active',
    quantity: 999,
    url: `${source.webUrl}/listing/${id}/${slug}`,
    price: money(kind.price),
    skus: products.filter((p) => !p.is_deleted && p.sku).map((p) => p.sku),
    tags: [kind.noun.toLowerCase(), subject.toLowerCase(), 'print on demand'],
    has_variations: kind.properties.length > 0,
    creation_timestamp: created,
    created_timestamp: created,
    last_modified_timestamp: created + 600,
    updated_timestamp: created + 600,
    inventory: {
      products,
      price_on_property: kind.properties.slice(0, 1).map((p) => p.id),
      quantity_on_property: [],
      sku_on_property: kind.properties.map((p) => p.id),
    },
    images: [
      {
        listing_image_id: id * 10,
        url_570xN: `https://i.etsystatic.test/${id}/il_570xN.jpg`,
        url_fullxfull: `https://i.etsystatic.test/${id}/il_fullxfull.jpg`,
      },
    ],
  };
}
