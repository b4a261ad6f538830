import * as z from 'zod';
import { etsyListings } from '../platforms/etsyListings.js';
import { shopifyLegacyProducts, shopifyProducts } from '../platforms/shopifyProducts.js';
import { wooCommerceProducts } from '../platforms/wooCommerceProducts.js';
import { defineTemplate } from '../template/defineTemplate.js';
import { parsers } from '../template/parsers.js';
import { type FileKey, fileAreas, fileColumns } from './fileColumns.js';

const httpUrl = z.url({ protocol: /^https?$/ }).max(2048);
const fileUrls = Object.fromEntries(
  Object.keys(fileAreas).map((key) => [key, httpUrl.optional()]),
) as Record<keyof typeof fileAreas, z.ZodOptional<typeof httpUrl>>;

/** Values of one product mapping row: which store variant, which catalog product, which files. */
export const ProductMappingValues = z.object({
  storeId: z.string().max(64).optional(),
  productId: z.string().max(255).optional(),
  /** Vitrine store variant id (as in `BulkMappingRow.variantId`). */
  variantId: z.string().max(255).optional(),
  productTitle: z.string().max(255).optional(),
  variantTitle: z.string().max(255).optional(),
  sku: z.string().max(255).optional(),
  /** Variant options as exported (`Colour: Black / Size: M`); for people, not read back. */
  options: z.string().max(1000).optional(),
  /** Mapping status as exported; for people, not read back. */
  mappingStatus: z.string().max(40).optional(),
  /**
   * A catalog product, or `IGNORE` (not printed here) or `UNMAP` (clear the mapping). Absent:
   * the variant's product stays as it is.
   */
  productUid: z
    .union([
      z
        .string()
        .min(3)
        .max(255)
        .regex(/^[a-z0-9][a-z0-9_.-]*$/),
      z.enum(['IGNORE', 'UNMAP']),
    ])
    .optional(),
  ...fileUrls,
});
export type ProductMappingValues = z.infer<typeof ProductMappingValues>;

const id = parsers.text({ max: 255 });

/**
 * Product mapping CSV: one row per store variant, found by `Variant ID` or `SKU`, mapped to a
 * catalog `Product UID` with print files (`Design File URL` is the `default` area). Blank cells
 * change nothing; `IGNORE` and `UNMAP` in `Product UID` say so explicitly. The
 * GelatoConnect bulk file's `Product UID` and `Design File URL` columns fit as they are.
 * Shopify, WooCommerce and Etsy product exports are recognised from their headers.
 */
export const productMappingTemplate = defineTemplate<ProductMappingValues>({
  id: 'productMapping',
  schema: ProductMappingValues,
  maxRows: 100_000,
  columns: [
    {
      key: 'storeId',
      header: 'Store ID',
      synonyms: {
        en: ['Store'],
        'pt-BR': ['ID da Loja', 'Loja'],
        es: ['ID de la tienda', 'Tienda'],
        fr: ['ID de la boutique', 'Boutique'],
        it: ['ID negozio', 'Negozio'],
        de: ['Shop-ID', 'Shop'],
      },
      parser: parsers.text({ max: 64 }),
    },
    {
      key: 'productId',
      header: 'Product ID',
      synonyms: {
        en: ['Listing ID', 'Handle'],
        'pt-BR': ['ID do Produto'],
        es: ['ID del producto'],
        fr: ['ID du produit'],
        it: ['ID prodotto'],
        de: ['Produkt-ID'],
      },
      parser: id,
    },
    {
      key: 'variantId',
      header: 'Variant ID',
      synonyms: {
        'pt-BR': ['ID da Variante'],
        es: ['ID de la variante'],
        fr: ['ID de la variante', 'ID de variante'],
        it: ['ID variante'],
        de: ['Varianten-ID'],
      },
      parser: id,
    },
    {
      key: 'productTitle',
      header: 'Product Title',
      synonyms: {
        en: ['Product Name', 'Product', 'Title', 'Listing Title'],
        'pt-BR': ['Título do Produto', 'Nome do Produto', 'Produto'],
        es: ['Título del producto', 'Nombre del producto', 'Producto'],
        fr: ['Titre du produit', 'Nom du produit', 'Produit'],
        it: ['Titolo prodotto', 'Nome prodotto', 'Prodotto'],
        de: ['Produkttitel', 'Produktname', 'Produkt'],
      },
      parser: id,
    },
    {
      key: 'variantTitle',
      header: 'Variant Title',
      synonyms: {
        en: ['Variant', 'Variant Name', 'Variation'],
        'pt-BR': ['Título da Variante', 'Variante', 'Variação'],
        es: ['Título de la variante', 'Variante', 'Variación'],
        fr: ['Titre de la variante', 'Variante', 'Déclinaison'],
        it: ['Titolo variante', 'Variante', 'Variazione'],
        de: ['Variantentitel', 'Variante', 'Variantenname'],
      },
      parser: id,
    },
    {
      key: 'options',
      header: 'Options',
      synonyms: {
        en: ['Variant Options'],
        'pt-BR': ['Opções'],
        es: ['Opciones'],
        fr: ['Options'],
        it: ['Opzioni'],
        de: ['Optionen'],
      },
      parser: parsers.text({ max: 1000 }),
    },
    {
      key: 'sku',
      header: 'SKU',
      synonyms: {
        en: ['Variant SKU', 'Item SKU', 'Stock Keeping Unit'],
        'pt-BR': ['Código SKU', 'Referência', 'Código do Produto'],
        es: ['Referencia', 'Código de artículo'],
        fr: ['Référence', 'UGS', 'Code article'],
        it: ['Codice articolo', 'Codice SKU'],
        de: ['Artikelnummer', 'Art.-Nr.'],
      },
      parser: id,
    },
    {
      key: 'productUid',
      header: 'Product UID',
      synonyms: {
        en: ['Product UUID', 'Catalog Product UID', 'UID'],
        'pt-BR': ['UID do Produto', 'UID'],
        es: ['UID del producto', 'UID'],
        fr: ['UID du produit', 'UID'],
        it: ['UID prodotto', 'UID del prodotto'],
        de: ['Produkt-UID', 'UID'],
      },
      // The column must exist (it is the point of the file); a blank cell changes nothing.
      required: true,
      allowBlank: true,
      parser: parsers.productUid({ keywords: ['IGNORE', 'UNMAP'] }),
    },
    {
      key: 'mappingStatus',
      header: 'Mapping Status',
      synonyms: {
        en: ['Status'],
        'pt-BR': ['Status do Mapeamento', 'Status'],
        es: ['Estado de la asignación', 'Estado'],
        fr: ['Statut de l’association', 'Statut'],
        it: ['Stato dell’associazione', 'Stato'],
        de: ['Zuordnungsstatus', 'Status'],
      },
      parser: parsers.text({ max: 40 }),
    },
    ...fileColumns,
  ],
  requireOneOf: [['sku', 'variantId']],
  platformColumns: ['productUid', ...(Object.keys(fileAreas) as FileKey[])],
  recognisers: [shopifyProducts, shopifyLegacyProducts, wooCommerceProducts, etsyListings],
  validateRow(_values, issues) {
    // A Product UID without files keeps the variant's current files: only the server, which
    // knows them, can tell whether that is enough.
    if (!issues.filled('variantId') && !issues.filled('sku'))
      issues.add('sku', 'missing_identifier');
  },
});
