/**
 * The Admin GraphQL operations the adapter sends. Each is named, so logs (and the simulator) can
 * tell them apart.
 */
const variantFields = 'id legacyResourceId title sku barcode price selectedOptions { name value }';

export const SHOP_QUERY = 'query VitrineShop { shop { name myshopifyDomain } }';

export const VARIANT_COUNT_QUERY =
  'query VitrineVariantCount { productVariantsCount(limit: null) { count precision } }';

/** A product as the adapter reads it everywhere: listing, finding by SKU, creating. */
const productFields = `id legacyResourceId title handle status vendor productType updatedAt
      options { name values }
      featuredMedia { preview { image { url } } }
      variants(first: $variantsFirst) {
        pageInfo { hasNextPage endCursor }
        nodes { ${variantFields} }
      }`;

export const PRODUCTS_QUERY = `query VitrineProducts($first: Int!, $after: String, $variantsFirst: Int!) {
  products(first: $first, after: $after, sortKey: ID) {
    pageInfo { hasNextPage endCursor }
    nodes {
      ${productFields}
    }
  }
}`;

/**
 * Variants whose SKU matches, with their whole product. Shopify's search is not exact (and its
 * index lags a moment behind writes), so the adapter checks each SKU itself.
 */
export const PRODUCT_BY_SKU_QUERY = `query VitrineProductBySku($query: String!, $first: Int!, $variantsFirst: Int!) {
  productVariants(first: $first, query: $query) {
    nodes {
      id sku
      product {
        ${productFields}
      }
    }
  }
}`;

/**
 * Creates a product with its options and variants in one synchronous call (`synchronous` is
 * always given: the docs disagree on its default). Scope `write_products`.
 */
export const PRODUCT_SET_MUTATION = `mutation VitrineProductSet($input: ProductSetInput!, $synchronous: Boolean!, $variantsFirst: Int!) {
  productSet(input: $input, synchronous: $synchronous) {
    product {
      ${productFields}
    }
    productSetOperation { id status }
    userErrors { field message code }
  }
}`;

/** The shop's sales channels; the Online Store is found by its name. Scope `read_publications`. */
export const PUBLICATIONS_QUERY = `query VitrinePublications($first: Int!) {
  publications(first: $first) {
    nodes { id name autoPublish catalog { title } }
  }
}`;

/** Makes a product visible on one sales channel. Scope `write_publications`. */
export const PUBLISH_MUTATION = `mutation VitrinePublish($id: ID!, $input: [PublicationInput!]!) {
  publishablePublish(id: $id, input: $input) {
    publishable { ... on Product { id } }
    userErrors { field message }
  }
}`;

export const PRODUCT_VARIANTS_QUERY = `query VitrineProductVariants($id: ID!, $first: Int!, $after: String) {
  product(id: $id) {
    variants(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ${variantFields} }
    }
  }
}`;

export const WEBHOOK_SUBSCRIBE_MUTATION = `mutation VitrineWebhookSubscribe($topic: WebhookSubscriptionTopic!, $uri: String!) {
  webhookSubscriptionCreate(topic: $topic, webhookSubscription: { uri: $uri, format: JSON }) {
    webhookSubscription { id topic }
    userErrors { field message }
  }
}`;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface GqlVariant {
  id: string;
  legacyResourceId: string;
  title: string;
  sku: string | null;
  barcode: string | null;
  price: string | null;
  selectedOptions: { name: string; value: string }[];
}

export interface GqlProduct {
  id: string;
  legacyResourceId: string;
  title: string;
  handle: string | null;
  status: string;
  vendor: string | null;
  productType: string | null;
  updatedAt: string | null;
  options: { name: string; values: string[] }[];
  featuredMedia: { preview: { image: { url: string } | null } | null } | null;
  variants: { pageInfo: PageInfo; nodes: GqlVariant[] };
}

export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface GqlCost {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: ThrottleStatus;
}

export interface GqlUserError {
  field: string[] | null;
  message: string;
  code?: string | null;
}

export interface GqlPublication {
  id: string;
  name: string | null;
  autoPublish: boolean | null;
  catalog: { title: string | null } | null;
}

export interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[] | string;
  extensions?: { cost?: GqlCost };
}

/** Webhook topics the server subscribes to, in GraphQL enum form. */
export const WEBHOOK_TOPICS = [
  'ORDERS_CREATE',
  'ORDERS_CANCELLED',
  'PRODUCTS_UPDATE',
  'APP_UNINSTALLED',
] as const;
