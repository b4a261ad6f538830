import { CatalogProduct, catalogCategories } from '@vitrine/sdk';
import { describe, expect, it } from 'vitest';
import { demoCatalog } from './catalog.js';

const uidPattern = /^[a-z0-9][a-z0-9_.-]*$/;

describe('demoCatalog', () => {
  const products = demoCatalog();

  it('holds a realistic number of products', () => {
    expect(products.length).toBeGreaterThanOrEqual(150);
    expect(products.length).toBeLessThanOrEqual(400);
  });

  it('covers every category with at least 12 products', () => {
    for (const category of catalogCategories) {
      const count = products.filter((product) => product.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(12);
    }
  });

  it('uses unique, lowercase GelatoConnect-style product UIDs', () => {
    const uids = products.map((product) => product.productUid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) {
      expect(uid).toMatch(uidPattern);
    }
  });

  it('matches the CatalogProduct schema', () => {
    for (const product of products) {
      const parsed: CatalogProduct = CatalogProduct.parse(product);
      expect(parsed).toEqual(product);
    }
  });

  it('gives each product a title, attributes and print areas', () => {
    for (const product of products) {
      expect(product.title.length).toBeGreaterThan(0);
      expect(Object.keys(product.attributes).length).toBeGreaterThan(0);
      expect(product.printAreas.length).toBeGreaterThan(0);
      expect(product.dimensions === null).toBe(product.category === 'apparel');
    }
  });

  it('is deterministic', () => {
    expect(demoCatalog()).toEqual(demoCatalog());
    expect(JSON.stringify(demoCatalog())).toBe(JSON.stringify(products));
  });
});
