import type {
  ListStoreProductsQuery,
  MappingStatus,
  StoreProduct,
  StoreProductStatus,
  StoreVariant,
} from '@vitrine/sdk';

/**
 * The ProductMapper's own state, as a pure reducer: what the list is filtered by and which
 * variants are selected. The component renders it; nothing here touches React or the network.
 */

export type MappingFilter = 'all' | MappingStatus;
export type StatusFilter = 'all' | StoreProductStatus | 'removed';

export interface MapperFilters {
  /** The search sent to the server (already debounced and trimmed). */
  search: string;
  mapping: MappingFilter;
  status: StatusFilter;
}

/** A product's part in the selection. */
export interface ProductSelection {
  /** The selected variants of the product (live ones only). */
  variantIds: ReadonlySet<string>;
  /** The product's live variants, listed or not: the selection is whole when it covers them all. */
  variantCount: number;
}

export interface MapperState {
  filters: MapperFilters;
  /** By product id; a product with nothing selected has no entry. */
  selection: ReadonlyMap<string, ProductSelection>;
}

/** What the selection needs to know of a listed product. */
export interface SelectableProduct {
  id: string;
  /** Live variants of the product, including those the current filters hide. */
  variantCount: number;
  /** Live variants the list shows for it. */
  variantIds: readonly string[];
}

export type MapperAction =
  | { type: 'search'; search: string }
  | { type: 'filterMapping'; mapping: MappingFilter }
  | { type: 'filterStatus'; status: StatusFilter }
  | { type: 'resetFilters' }
  | { type: 'toggleVariant'; product: SelectableProduct; variantId: string }
  | { type: 'toggleProduct'; product: SelectableProduct }
  | { type: 'toggleAll'; products: readonly SelectableProduct[] }
  | { type: 'clearSelection' };

export const initialFilters: MapperFilters = { search: '', mapping: 'all', status: 'all' };

export function initialMapperState(filters: Partial<MapperFilters> = {}): MapperState {
  return { filters: { ...initialFilters, ...filters }, selection: new Map() };
}

const empty: ReadonlyMap<string, ProductSelection> = /* @__PURE__ */ new Map();

/** How much of a product's listed variants is selected. */
export function productSelectionState(
  state: MapperState,
  product: SelectableProduct,
): 'all' | 'some' | 'none' {
  const entry = state.selection.get(product.id);
  if (!entry || product.variantIds.length === 0) return 'none';
  let selected = 0;
  for (const id of product.variantIds) if (entry.variantIds.has(id)) selected += 1;
  if (selected === 0) return 'none';
  return selected === product.variantIds.length ? 'all' : 'some';
}

export function isVariantSelected(state: MapperState, productId: string, variantId: string) {
  return state.selection.get(productId)?.variantIds.has(variantId) ?? false;
}

function withEntry(
  selection: ReadonlyMap<string, ProductSelection>,
  product: SelectableProduct,
  variantIds: ReadonlySet<string>,
) {
  const next = new Map(selection);
  if (variantIds.size === 0) next.delete(product.id);
  else next.set(product.id, { variantIds, variantCount: product.variantCount });
  return next;
}

/** A new filter leaves nothing selected: variants it hides must not be acted on unseen. */
function filtered(state: MapperState, filters: MapperFilters): MapperState {
  const same =
    filters.search === state.filters.search &&
    filters.mapping === state.filters.mapping &&
    filters.status === state.filters.status;
  return same ? state : { filters, selection: empty };
}

export function mapperReducer(state: MapperState, action: MapperAction): MapperState {
  switch (action.type) {
    case 'search':
      return filtered(state, { ...state.filters, search: action.search.trim() });
    case 'filterMapping':
      return filtered(state, { ...state.filters, mapping: action.mapping });
    case 'filterStatus':
      return filtered(state, { ...state.filters, status: action.status });
    case 'resetFilters':
      return filtered(state, initialFilters);
    case 'toggleVariant': {
      const { product, variantId } = action;
      if (!product.variantIds.includes(variantId)) return state;
      const ids = new Set(state.selection.get(product.id)?.variantIds);
      if (ids.has(variantId)) ids.delete(variantId);
      else ids.add(variantId);
      return { ...state, selection: withEntry(state.selection, product, ids) };
    }
    case 'toggleProduct': {
      const { product } = action;
      const all = productSelectionState(state, product) === 'all';
      const ids = new Set(state.selection.get(product.id)?.variantIds);
      for (const id of product.variantIds) {
        if (all) ids.delete(id);
        else ids.add(id);
      }
      return { ...state, selection: withEntry(state.selection, product, ids) };
    }
    case 'toggleAll': {
      const selectable = action.products.filter((p) => p.variantIds.length > 0);
      const every =
        selectable.length > 0 && selectable.every((p) => productSelectionState(state, p) === 'all');
      if (every) return { ...state, selection: empty };
      let selection = state.selection;
      for (const product of selectable) {
        const ids = new Set(selection.get(product.id)?.variantIds);
        for (const id of product.variantIds) ids.add(id);
        selection = withEntry(selection, product, ids);
      }
      return { ...state, selection };
    }
    case 'clearSelection':
      return state.selection.size === 0 ? state : { ...state, selection: empty };
  }
}

/** How many variants the selection stands for. */
export function selectedVariantCount(state: MapperState): number {
  let count = 0;
  for (const entry of state.selection.values()) count += entry.variantIds.size;
  return count;
}

/**
 * The selection as the API takes it: products whose every live variant is selected go as
 * `productIds` (the server maps all their variants), the rest as `variantIds`.
 */
export function selectionTarget(state: MapperState): {
  productIds: string[];
  variantIds: string[];
} {
  const productIds: string[] = [];
  const variantIds: string[] = [];
  for (const [productId, entry] of state.selection) {
    if (entry.variantIds.size >= entry.variantCount) productIds.push(productId);
    else variantIds.push(...entry.variantIds);
  }
  return { productIds, variantIds };
}

/** The list query the filters stand for. */
export function listQuery(
  filters: MapperFilters,
): Omit<ListStoreProductsQuery, 'cursor' | 'limit'> {
  return {
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.mapping !== 'all' ? { mapping: filters.mapping } : {}),
    ...(filters.status !== 'all' ? { status: filters.status } : {}),
  };
}

export const hasFilters = (filters: MapperFilters) =>
  filters.search !== '' || filters.mapping !== 'all' || filters.status !== 'all';

// Rows ------------------------------------------------------------------------------------------

export type MapperRow =
  | { kind: 'product'; key: string; product: StoreProduct; selectable: SelectableProduct }
  | {
      kind: 'variant';
      key: string;
      product: StoreProduct;
      variant: StoreVariant;
      selectable: SelectableProduct;
    };

const live = (product: StoreProduct, variant: StoreVariant) =>
  product.removedAt === null && variant.removedAt === null;

/** A listed product as the selection sees it: its live variants on the list. */
export function toSelectable(product: StoreProduct): SelectableProduct {
  return {
    id: product.id,
    variantCount: product.variantCount,
    variantIds: (product.variants ?? []).filter((v) => live(product, v)).map((v) => v.id),
  };
}

/** Products and their listed variants as one flat list of rows, for a virtualised table. */
export function buildRows(products: readonly StoreProduct[]): MapperRow[] {
  const rows: MapperRow[] = [];
  const seen = new Set<string>();
  for (const product of products) {
    // A product seen on an earlier page (its title changed between two pages) shows once.
    if (seen.has(product.id)) continue;
    seen.add(product.id);
    const selectable = toSelectable(product);
    rows.push({ kind: 'product', key: product.id, product, selectable });
    for (const variant of product.variants ?? []) {
      rows.push({ kind: 'variant', key: variant.id, product, variant, selectable });
    }
  }
  return rows;
}

/** Ids of listed products with a print file whose check has not finished yet. */
export function productsWithPendingChecks(products: readonly StoreProduct[]): string[] {
  const ids = new Set<string>();
  for (const product of products) {
    for (const variant of product.variants ?? []) {
      if (variant.mapping?.files.some((f) => f.check.status === 'pending')) ids.add(product.id);
    }
  }
  return [...ids].sort();
}
