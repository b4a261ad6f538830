import type { CatalogCategory } from '@vitrine/sdk';

/**
 * The demo print catalog seeded into a fresh Vitrine server: a realistic range of
 * GelatoConnect-style products for a print service provider.
 *
 * Everything is built combinatorially from the small tables below, so the output is
 * deterministic. Product UIDs follow the GelatoConnect conventions (family prefix,
 * `key_value` segments, orientation suffix) but remain opaque: clients read `attributes`.
 */
export type DemoCatalogProduct = {
  productUid: string;
  title: string;
  category: CatalogCategory;
  attributes: Record<string, string>;
  printAreas: string[];
  dimensions: { width: number; height: number; unit: 'mm' } | null;
};

type Orientation = 'hor' | 'ver';

type Paper = { uid: string; label: string; short: string };

type ColorType = { uid: '4-0' | '4-4'; label: string; short: string };

const colorTypes: readonly ColorType[] = [
  { uid: '4-0', label: 'Full colour, front only', short: 'single-sided' },
  { uid: '4-4', label: 'Full colour, both sides', short: 'double-sided' },
];

const singleSided = colorTypes[0]!;
const doubleSided = colorTypes[1]!;

const orientationLabels: Record<Orientation, string> = {
  hor: 'Landscape',
  ver: 'Portrait',
};

/** Flat products printed on both sides expose `front` and `back`; one-sided ones `default`. */
function flatPrintAreas(color: ColorType): string[] {
  return color.uid === '4-4' ? ['front', 'back'] : ['default'];
}

function mm(width: number, height: number): { width: number; height: number; unit: 'mm' } {
  return { width, height, unit: 'mm' };
}

/** Sizes are stored portrait (short × long); landscape swaps them. */
function oriented(short: number, long: number, orientation: Orientation) {
  return orientation === 'ver' ? mm(short, long) : mm(long, short);
}

function size(width: number, height: number): string {
  return `${width}×${height} mm`;
}

// ---------------------------------------------------------------------------
// Business cards
// ---------------------------------------------------------------------------

const cardFormats = [
  { uid: 'bb', label: 'Business card 85×55 mm', width: 85, height: 55 },
  { uid: 'us', label: 'US business card 89×51 mm', width: 89, height: 51 },
  { uid: 'sq', label: 'Square card 55×55 mm', width: 55, height: 55 },
] as const;

const cardPapers: readonly Paper[] = [
  { uid: '350-gsm-coated-silk', label: '350 gsm coated silk', short: '350 gsm silk' },
  { uid: '400-gsm-uncoated', label: '400 gsm uncoated', short: '400 gsm uncoated' },
];

const cardCoatings = [
  { uid: 'none', label: 'None', short: '' },
  { uid: 'matt-lamination', label: 'Matt lamination', short: 'matt laminated' },
  { uid: 'glossy-lamination', label: 'Glossy lamination', short: 'gloss laminated' },
] as const;

function businessCards(): DemoCatalogProduct[] {
  const products: DemoCatalogProduct[] = [];
  for (const format of cardFormats) {
    for (const paper of cardPapers) {
      for (const color of colorTypes) {
        for (const coating of cardCoatings) {
          const title = [
            `Business card, ${size(format.width, format.height)}`,
            paper.short,
            color.short,
            coating.short,
          ]
            .filter(Boolean)
            .join(', ');
          products.push({
            productUid: `cards_pf_${format.uid}_pt_${paper.uid}_cl_${color.uid}_ct_${coating.uid}_prt_none_sft_none_set_none_hor`,
            title,
            category: 'business_cards',
            attributes: {
              PaperFormat: format.label,
              PaperType: paper.label,
              ColorType: color.label,
              CoatingType: coating.label,
              Orientation: format.width === format.height ? 'Square' : orientationLabels.hor,
            },
            printAreas: flatPrintAreas(color),
            dimensions: mm(format.width, format.height),
          });
        }
      }
    }
  }
  return products;
}

// ---------------------------------------------------------------------------
// Flyers
// ---------------------------------------------------------------------------

const flyerFormats = [
  { uid: 'a6', label: 'A6', short: 105, long: 148 },
  { uid: 'a5', label: 'A5', short: 148, long: 210 },
  { uid: 'a4', label: 'A4', short: 210, long: 297 },
  { uid: 'dl', label: 'DL', short: 99, long: 210 },
] as const;

const flyerPapers: readonly Paper[] = [
  { uid: '130-gsm-uncoated', label: '130 gsm uncoated', short: '130 gsm uncoated' },
  { uid: '170-gsm-coated-silk', label: '170 gsm coated silk', short: '170 gsm silk' },
  { uid: '250-gsm-coated-gloss', label: '250 gsm coated gloss', short: '250 gsm gloss' },
];

const orientations: readonly Orientation[] = ['ver', 'hor'];

function flyers(): DemoCatalogProduct[] {
  const products: DemoCatalogProduct[] = [];
  for (const format of flyerFormats) {
    for (const paper of flyerPapers) {
      for (const color of colorTypes) {
        for (const orientation of orientations) {
          const dimensions = oriented(format.short, format.long, orientation);
          products.push({
            productUid: `flat_product_pf_${format.uid}_pt_${paper.uid}_cl_${color.uid}_ct_none_prt_none_sft_none_set_none_${orientation}`,
            title: `Flyer, ${format.label} (${size(dimensions.width, dimensions.height)}), ${paper.short}, ${color.short}, ${orientationLabels[orientation].toLowerCase()}`,
            category: 'flyers',
            attributes: {
              PaperFormat: format.label,
              PaperType: paper.label,
              ColorType: color.label,
              CoatingType: 'None',
              Orientation: orientationLabels[orientation],
            },
            printAreas: flatPrintAreas(color),
            dimensions,
          });
        }
      }
    }
  }
  return products;
}

// ---------------------------------------------------------------------------
// Posters
// ---------------------------------------------------------------------------

const posterFormats = [
  { uid: 'a3', label: 'A3', short: 297, long: 420 },
  { uid: 'a2', label: 'A2', short: 420, long: 594 },
  { uid: 'a1', label: 'A1', short: 594, long: 841 },
  { uid: '300x400-mm', label: '300×400 mm', short: 300, long: 400 },
  { uid: '500x700-mm', label: '500×700 mm', short: 500, long: 700 },
  { uid: '700x1000-mm', label: '700×1000 mm', short: 700, long: 1000 },
] as const;

const posterPapers: readonly Paper[] = [
  {
    uid: '200-gsm-poster-paper-matt',
    label: '200 gsm matt poster paper',
    short: '200 gsm matt poster paper',
  },
  {
    uid: '200-gsm-poster-paper-gloss',
    label: '200 gsm gloss poster paper',
    short: '200 gsm gloss poster paper',
  },
  {
    uid: '250-gsm-fine-art-paper-matt',
    label: '250 gsm matt fine art paper',
    short: '250 gsm fine art paper',
  },
];

function posters(): DemoCatalogProduct[] {
  const products: DemoCatalogProduct[] = [];
  for (const format of posterFormats) {
    for (const paper of posterPapers) {
      for (const orientation of orientations) {
        const dimensions = oriented(format.short, format.long, orientation);
        const formatTitle = format.uid.endsWith('-mm')
          ? size(dimensions.width, dimensions.height)
          : `${format.label} (${size(dimensions.width, dimensions.height)})`;
        products.push({
          productUid: `flat_product_pf_${format.uid}_pt_${paper.uid}_cl_${singleSided.uid}_${orientation}`,
          title: `Poster, ${formatTitle}, ${paper.short}, ${orientationLabels[orientation].toLowerCase()}`,
          category: 'posters',
          attributes: {
            PaperFormat: format.label,
            PaperType: paper.label,
            ColorType: singleSided.label,
            Orientation: orientationLabels[orientation],
          },
          printAreas: ['default'],
          dimensions,
        });
      }
    }
  }
  return products;
}

// ---------------------------------------------------------------------------
// Canvas
// ---------------------------------------------------------------------------

const canvasFormats = [
  { short: 200, long: 300 },
  { short: 300, long: 400 },
  { short: 400, long: 600 },
  { short: 500, long: 700 },
  { short: 600, long: 900 },
  { short: 300, long: 300 },
  { short: 500, long: 500 },
  { short: 700, long: 700 },
] as const;

const canvasFrames = [
  { uid: 'wood-fsc-slim', label: 'FSC wood, slim', depth: 20, short: 'slim' },
  { uid: 'wood-fsc-thick', label: 'FSC wood, thick', depth: 40, short: 'gallery' },
] as const;

function canvas(): DemoCatalogProduct[] {
  const products: DemoCatalogProduct[] = [];
  for (const format of canvasFormats) {
    const square = format.short === format.long;
    // Square canvases come in a single (portrait-coded) orientation.
    const formatOrientations: readonly Orientation[] = square ? ['ver'] : orientations;
    for (const frame of canvasFrames) {
      for (const orientation of formatOrientations) {
        const dimensions = oriented(format.short, format.long, orientation);
        const shape = square ? 'square' : orientationLabels[orientation].toLowerCase();
        products.push({
          productUid: `canvas_${format.short}x${format.long}-mm_canvas_${frame.uid}_${singleSided.uid}_${orientation}`,
          title: `Canvas, ${size(dimensions.width, dimensions.height)}, ${frame.short} ${frame.depth} mm frame, ${shape}`,
          category: 'canvas',
          attributes: {
            CanvasFormat: size(format.short, format.long),
            Material: 'Cotton-poly canvas',
            FrameType: frame.label,
            FrameDepth: `${frame.depth} mm`,
            ColorType: singleSided.label,
            Orientation: square ? 'Square' : orientationLabels[orientation],
          },
          printAreas: ['default'],
          dimensions,
        });
      }
    }
  }
  return products;
}

// ---------------------------------------------------------------------------
// Apparel
// ---------------------------------------------------------------------------

const garmentColors = {
  white: 'White',
  black: 'Black',
  navy: 'Navy',
  'heather-grey': 'Heather grey',
} as const;

type GarmentColor = keyof typeof garmentColors;

const garmentSizes = {
  xs: 'XS',
  s: 'S',
  m: 'M',
  l: 'L',
  xl: 'XL',
  '2xl': '2XL',
} as const;

type GarmentSize = keyof typeof garmentSizes;

const garments: readonly {
  type: string;
  typeLabel: string;
  style: string;
  styleLabel: string;
  cut: string;
  cutLabel: string;
  quality: string;
  qualityLabel: string;
  colors: readonly GarmentColor[];
  sizes: readonly GarmentSize[];
}[] = [
  {
    type: 't-shirt',
    typeLabel: 'T-shirt',
    style: 'crewneck',
    styleLabel: 'crew neck',
    cut: 'unisex',
    cutLabel: 'unisex',
    quality: 'classic',
    qualityLabel: 'classic',
    colors: ['white', 'black', 'navy', 'heather-grey'],
    sizes: ['s', 'm', 'l', 'xl', '2xl'],
  },
  {
    type: 't-shirt',
    typeLabel: 'T-shirt',
    style: 'v-neck',
    styleLabel: 'V-neck',
    cut: 'women',
    cutLabel: "women's",
    quality: 'premium',
    qualityLabel: 'premium',
    colors: ['white', 'black'],
    sizes: ['xs', 's', 'm', 'l', 'xl'],
  },
  {
    type: 'hoodie',
    typeLabel: 'Hoodie',
    style: 'pullover',
    styleLabel: 'pullover',
    cut: 'unisex',
    cutLabel: 'unisex',
    quality: 'premium',
    qualityLabel: 'premium',
    colors: ['black', 'navy', 'heather-grey'],
    sizes: ['s', 'm', 'l', 'xl', '2xl'],
  },
  {
    type: 'sweatshirt',
    typeLabel: 'Sweatshirt',
    style: 'crewneck',
    styleLabel: 'crew neck',
    cut: 'unisex',
    cutLabel: 'unisex',
    quality: 'classic',
    qualityLabel: 'classic',
    colors: ['white', 'black'],
    sizes: ['s', 'm', 'l', 'xl', '2xl'],
  },
];

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function apparel(): DemoCatalogProduct[] {
  const products: DemoCatalogProduct[] = [];
  for (const garment of garments) {
    for (const color of garment.colors) {
      for (const garmentSize of garment.sizes) {
        products.push({
          productUid: `apparel_product_gca_${garment.type}_gsc_${garment.style}_gcu_${garment.cut}_gqa_${garment.quality}_gsi_${garmentSize}_gco_${color}_gpr_${singleSided.uid}`,
          title: `${garment.typeLabel}, ${garment.cutLabel} ${garment.qualityLabel} ${garment.styleLabel}, ${garmentColors[color].toLowerCase()}, ${garmentSizes[garmentSize]}`,
          category: 'apparel',
          attributes: {
            GarmentType: garment.typeLabel,
            GarmentStyle: capitalize(garment.styleLabel),
            GarmentCut: capitalize(garment.cutLabel),
            GarmentQuality: capitalize(garment.qualityLabel),
            GarmentSize: garmentSizes[garmentSize],
            GarmentColor: garmentColors[color],
            PrintMethod: 'Direct to garment',
          },
          printAreas: ['front', 'back', 'sleeve-left', 'sleeve-right'],
          dimensions: null,
        });
      }
    }
  }
  return products;
}

// ---------------------------------------------------------------------------
// Mugs
// ---------------------------------------------------------------------------

const ceramicMaterials = [
  { uid: 'ceramic-white', label: 'White ceramic', short: 'white ceramic' },
  { uid: 'ceramic-black', label: 'Black ceramic', short: 'black ceramic' },
  {
    uid: 'ceramic-white-inside-black',
    label: 'White ceramic, black inside',
    short: 'white ceramic with black inside',
  },
  {
    uid: 'ceramic-white-inside-red',
    label: 'White ceramic, red inside',
    short: 'white ceramic with red inside',
  },
  {
    uid: 'ceramic-white-inside-blue',
    label: 'White ceramic, blue inside',
    short: 'white ceramic with blue inside',
  },
  { uid: 'ceramic-magic', label: 'Colour-changing ceramic', short: 'colour-changing ceramic' },
] as const;

const enamelMaterials = [
  { uid: 'enamel-white', label: 'White enamel', short: 'white enamel' },
  {
    uid: 'enamel-white-rim-black',
    label: 'White enamel, black rim',
    short: 'white enamel with black rim',
  },
] as const;

/** Mug dimensions are the wrap-around printable area. */
const mugModels = [
  { uid: '11-oz', label: '11 oz', width: 200, height: 85, materials: ceramicMaterials },
  { uid: '15-oz', label: '15 oz', width: 215, height: 100, materials: ceramicMaterials },
  { uid: '12-oz', label: '12 oz', width: 205, height: 75, materials: enamelMaterials },
] as const;

function mugs(): DemoCatalogProduct[] {
  const products: DemoCatalogProduct[] = [];
  for (const model of mugModels) {
    for (const material of model.materials) {
      products.push({
        productUid: `mug_product_msz_${model.uid}_mmat_${material.uid}_cl_${singleSided.uid}`,
        title: `Mug, ${model.label}, ${material.short}`,
        category: 'mugs',
        attributes: {
          MugSize: model.label,
          Material: material.label,
          ColorType: 'Full colour, wrap-around',
        },
        printAreas: ['default'],
        dimensions: mm(model.width, model.height),
      });
    }
  }
  return products;
}

// ---------------------------------------------------------------------------
// Photo books
// ---------------------------------------------------------------------------

const photoBookFormats = [
  { uid: '200x200-mm', width: 200, height: 200, orientation: 'ver', shape: 'square' },
  { uid: '210x280-mm', width: 210, height: 280, orientation: 'ver', shape: 'portrait' },
  { uid: '280x210-mm', width: 280, height: 210, orientation: 'hor', shape: 'landscape' },
  { uid: '300x300-mm', width: 300, height: 300, orientation: 'ver', shape: 'square' },
] as const;

const photoBookCovers = [
  {
    uid: 'hardcover',
    label: 'Hardcover',
    pageCount: '24–200',
    papers: [
      { uid: '170-gsm-coated-silk', label: '170 gsm coated silk', short: '170 gsm silk' },
      { uid: '200-gsm-coated-silk', label: '200 gsm coated silk', short: '200 gsm silk' },
    ],
    formats: photoBookFormats,
  },
  {
    uid: 'softcover',
    label: 'Softcover',
    pageCount: '24–100',
    papers: [{ uid: '170-gsm-coated-silk', label: '170 gsm coated silk', short: '170 gsm silk' }],
    formats: photoBookFormats.slice(0, 3),
  },
] as const;

const photoBookProtections = [
  { uid: 'matt-lamination', label: 'Matt lamination', short: 'matt laminated cover' },
  { uid: 'glossy-lamination', label: 'Glossy lamination', short: 'gloss laminated cover' },
] as const;

function photoBooks(): DemoCatalogProduct[] {
  const products: DemoCatalogProduct[] = [];
  for (const cover of photoBookCovers) {
    for (const format of cover.formats) {
      for (const paper of cover.papers) {
        for (const protection of photoBookProtections) {
          products.push({
            productUid: `photobooks-${cover.uid}_pf_${format.uid}_pt_${paper.uid}_cl_${doubleSided.uid}_ccl_${doubleSided.uid}_bt_glued-left_prt_${protection.uid}_${format.orientation}`,
            title: `Photo book, ${cover.label.toLowerCase()}, ${size(format.width, format.height)} ${format.shape}, ${paper.short}, ${protection.short}`,
            category: 'photo_books',
            attributes: {
              CoverType: cover.label,
              PaperFormat: size(format.width, format.height),
              PaperType: paper.label,
              ColorType: doubleSided.label,
              CoverColorType: doubleSided.label,
              BindingType: 'Glued, left edge',
              ProtectionType: protection.label,
              PageCount: cover.pageCount,
              Orientation: capitalize(format.shape),
            },
            printAreas: ['default', 'cover'],
            dimensions: mm(format.width, format.height),
          });
        }
      }
    }
  }
  return products;
}

/** The full demo catalog, in category order. A fresh array on every call. */
export function demoCatalog(): DemoCatalogProduct[] {
  return [
    ...businessCards(),
    ...flyers(),
    ...posters(),
    ...canvas(),
    ...apparel(),
    ...mugs(),
    ...photoBooks(),
  ];
}
