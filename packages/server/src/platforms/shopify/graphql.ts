/**
 * The Admin GraphQL operations the adapter sends. Each is named, so logs (and the simulator) can
 * tell them apart.
 */
const variantFields = 'id legacyResourceId title sku barcode price selectedOptions { name value }';

export const SHOP_QUERY = 'query VitrineShop { shop { name myshopifyDomain } }';

export const VARIANT_COUNT_QUERY =
  'query VitrineVariantCount { productVariantsCount(limit: null) { count precision } }';

export const PRODUCTS_QUERY = `query VitrineProducts($first: Int!, $after: String, $variantsFirst: Int!) {
  products(first: $first, after: $after, sortKey: ID) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id legacyResourceId title handle status vendor productType updatedAt
      options { name values }
      featuredMedia { preview { image { url } } }
      variants(first: $variantsFirst) {
        pageInfo { hasNextPage endCursor }
        nodes { ${variantFields} }
      }
    }
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
