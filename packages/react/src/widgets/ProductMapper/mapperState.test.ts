import type { StoreProduct, StoreVariant } from '@vitrine/sdk';
import { describe, expect, it } from 'vitest';
import { applyChunks } from '../../hooks/products.js';
import {
  buildRows,
  hasFilters,
  initialMapperState,
  isVariantSelected,
  listQuery,
  type MapperAction,
  type MapperState,
  mapperReducer,
  productSelectionState,
  productsWithPendingChecks,
  type SelectableProduct,
  selectedVariantCount,
  selectionTarget,
  toSelectable,
} from './mapperState.js';

const run = (state: MapperState, ...actions: MapperAction[]) =>
  actions.reduce(mapperReducer, state);

/** A tee with four variants, all listed. */
const tee: SelectableProduct = {
  id: 'sp_tee',
  variantCount: 4,
  variantIds: ['v1', 'v2', 'v3', 'v4'],
};
/** A mug of three variants of which the filters list two. */
const mug: SelectableProduct = { id: 'sp_mug', variantCount: 3, variantIds: ['m1', 'm2'] };

describe('mapper filters', () => {
  it('starts unfiltered, or from the given filters', () => {
    expect(initialMapperState().filters).toEqual({ search: '', mapping: 'all', status: 'all' });
    expect(hasFilters(initialMapperState().filters)).toBe(false);
    const start = initialMapperState({ mapping: 'unmapped' });
    expect(start.filters.mapping).toBe('unmapped');
    expect(hasFilters(start.filters)).toBe(true);
  });

  it('trims searches and turns filters into the list query', () => {
    const state = run(
      initialMapperState(),
      { type: 'search', search: '  aurora  ' },
      { type: 'filterMapping', mapping: 'mapped' },
      { type: 'filterStatus', status: 'draft' },
    );
    expect(state.filters).toEqual({ search: 'aurora', mapping: 'mapped', status: 'draft' });
    expect(listQuery(state.filters)).toEqual({
      search: 'aurora',
      mapping: 'mapped',
      status: 'draft',
    });
    expect(listQuery(initialMapperState().filters)).toEqual({});
    expect(run(state, { type: 'resetFilters' }).filters).toEqual(initialMapperState().filters);
  });

  it('clears the selection when a filter changes, and keeps it when nothing changes', () => {
    const selected = run(initialMapperState(), { type: 'toggleProduct', product: tee });
    expect(selectedVariantCount(selected)).toBe(4);
    expect(run(selected, { type: 'search', search: '' })).toBe(selected);
    expect(run(selected, { type: 'filterMapping', mapping: 'all' })).toBe(selected);
    expect(selectedVariantCount(run(selected, { type: 'search', search: 'x' }))).toBe(0);
    expect(selectedVariantCount(run(selected, { type: 'filterStatus', status: 'active' }))).toBe(0);
  });
});

describe('mapper selection', () => {
  it('toggles single variants and tells how much of the product is selected', () => {
    let state = run(initialMapperState(), { type: 'toggleVariant', product: tee, variantId: 'v2' });
    expect(isVariantSelected(state, 'sp_tee', 'v2')).toBe(true);
    expect(productSelectionState(state, tee)).toBe('some');
    state = run(state, { type: 'toggleVariant', product: tee, variantId: 'v2' });
    expect(productSelectionState(state, tee)).toBe('none');
    expect(state.selection.size).toBe(0);
    // A variant the list does not show for the product cannot be selected through it.
    expect(run(state, { type: 'toggleVariant', product: mug, variantId: 'm3' })).toBe(state);
  });

  it('selects a product’s listed variants, then none on a second toggle', () => {
    let state = run(initialMapperState(), { type: 'toggleVariant', product: tee, variantId: 'v1' });
    state = run(state, { type: 'toggleProduct', product: tee });
    expect(productSelectionState(state, tee)).toBe('all');
    expect(selectedVariantCount(state)).toBe(4);
    state = run(state, { type: 'toggleProduct', product: tee });
    expect(productSelectionState(state, tee)).toBe('none');
  });

  it('sends whole products as products and partly listed ones as variants', () => {
    const state = run(
      initialMapperState(),
      { type: 'toggleProduct', product: tee },
      { type: 'toggleProduct', product: mug },
    );
    expect(selectedVariantCount(state)).toBe(6);
    expect(selectionTarget(state)).toEqual({ productIds: ['sp_tee'], variantIds: ['m1', 'm2'] });
    const partial = run(state, { type: 'toggleVariant', product: tee, variantId: 'v3' });
    expect(selectionTarget(partial)).toEqual({
      productIds: [],
      variantIds: ['v1', 'v2', 'v4', 'm1', 'm2'],
    });
  });

  it('selects every listed variant, then none', () => {
    const empty: SelectableProduct = { id: 'sp_gone', variantCount: 0, variantIds: [] };
    let state = run(initialMapperState(), { type: 'toggleVariant', product: mug, variantId: 'm1' });
    state = run(state, { type: 'toggleAll', products: [tee, mug, empty] });
    expect(productSelectionState(state, tee)).toBe('all');
    expect(productSelectionState(state, mug)).toBe('all');
    expect(state.selection.has('sp_gone')).toBe(false);
    state = run(state, { type: 'toggleAll', products: [tee, mug, empty] });
    expect(state.selection.size).toBe(0);
    expect(run(state, { type: 'clearSelection' })).toBe(state);
  });
});

const variant = (id: string, extra: Partial<StoreVariant> = {}): StoreVariant => ({
  id,
  productId: 'sp_1',
  externalId: id,
  title: id,
  sku: null,
  options: {},
  price: null,
  status: 'unmapped',
  mapping: null,
  removedAt: null,
  ...extra,
});

const product = (id: string, variants: StoreVariant[], extra: Partial<StoreProduct> = {}) =>
  ({
    id,
    storeId: 'st_00000000000000000000',
    externalId: id,
    title: id,
    imageUrl: null,
    productType: null,
    status: 'active',
    orderable: true,
    notOrderableReason: null,
    publishJobId: null,
    publishError: null,
    variantCount: variants.filter((v) => !v.removedAt).length,
    mappedVariantCount: 0,
    ignoredVariantCount: 0,
    variants,
    removedAt: null,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...extra,
  }) satisfies StoreProduct;

const check = (status: 'pending' | 'passed') => ({
  status,
  reason: null,
  contentType: null,
  bytes: null,
  pixels: null,
  dpi: null,
  checkedAt: null,
});

describe('mapper rows', () => {
  it('lists each product, then its variants, once, with only live variants selectable', () => {
    const a = product('a', [variant('a1'), variant('a2', { removedAt: '2026-03-02T10:00:00Z' })]);
    const b = product('b', [variant('b1')], { removedAt: '2026-03-02T10:00:00Z' });
    const rows = buildRows([a, b, a]);
    expect(rows.map((r) => `${r.kind}:${r.key}`)).toEqual([
      'product:a',
      'variant:a1',
      'variant:a2',
      'product:b',
      'variant:b1',
    ]);
    expect(toSelectable(a).variantIds).toEqual(['a1']);
    expect(toSelectable(b).variantIds).toEqual([]);
  });

  it('finds the products whose print files are still being checked', () => {
    const mapping = (status: 'pending' | 'passed') => ({
      productUid: 'poster',
      catalogTitle: 'Poster',
      files: [{ type: 'default', url: 'https://files.test/a.png', check: check(status) }],
      printSpecs: {},
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
    const waiting = product('w', [
      variant('w1', { status: 'mapped', mapping: mapping('pending') }),
    ]);
    const done = product('d', [variant('d1', { status: 'mapped', mapping: mapping('passed') })]);
    expect(productsWithPendingChecks([done, waiting, product('u', [variant('u1')])])).toEqual([
      'w',
    ]);
  });
});

describe('bulk apply chunks', () => {
  it('keeps small selections in one call', () => {
    const mapping = { ignored: true as const };
    expect(applyChunks({ productIds: ['p1'], variantIds: ['v1', 'v1'], mapping })).toEqual([
      { productIds: ['p1'], variantIds: ['v1'], mapping },
    ]);
  });

  it('splits selections past the API’s limits of 100 products and 1000 variants', () => {
    const mapping = { ignored: true as const };
    const productIds = Array.from({ length: 150 }, (_, i) => `p${i}`);
    const variantIds = Array.from({ length: 2500 }, (_, i) => `v${i}`);
    const chunks = applyChunks({ productIds, variantIds, mapping });
    expect(chunks.map((c) => [c.productIds?.length ?? 0, c.variantIds?.length ?? 0])).toEqual([
      [100, 1000],
      [50, 1000],
      [0, 500],
    ]);
    expect(chunks.flatMap((c) => c.variantIds ?? [])).toEqual(variantIds);
    expect(chunks.every((c) => c.mapping === mapping)).toBe(true);
  });
});
