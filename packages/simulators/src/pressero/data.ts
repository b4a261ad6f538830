/**
 * Deterministic demo sites for the Pressero simulator: B2B print products a portal sells to one
 * business (business cards, stationery, marketing pieces, signage), computed from the site's
 * domain so every run generates the same catalogue.
 */

export interface SimPresseroProduct {
  ProductId: string;
  ProductName: string;
  PublicPartNum: string;
  PrintersPartNum: string;
  /** The integration ID; empty on a few products, as on real sites where nobody filled it in. */
  MisId: string | null;
  IsActive: boolean;
  CategoryName: string;
  Price: number;
  ImageUrl: string | null;
  LastModified: string;
  Attributes: { AttributeId: string; AttributeValue: string }[];
}

const kinds: { category: string; names: string[]; code: string; price: number }[] = [
  {
    category: 'Business Cards',
    code: 'BC',
    price: 39,
    names: ['Standard', 'Premium Matte', 'Soft Touch', 'Spot UV', 'Rounded Corner'],
  },
  {
    category: 'Stationery',
    code: 'ST',
    price: 89,
    names: [
      'Letterhead A4',
      'Compliment Slip',
      'DL Envelope',
      'C4 Envelope',
      'Notepad A5',
      'Presentation Folder',
    ],
  },
  {
    category: 'Marketing',
    code: 'MK',
    price: 129,
    names: [
      'Flyer A5',
      'Flyer A4',
      'Tri-fold Brochure',
      'Saddle-stitched Catalogue',
      'Postcard',
      'Rack Card',
      'Door Hanger',
      'Product Sheet',
    ],
  },
  {
    category: 'Signage',
    code: 'SG',
    price: 249,
    names: [
      'Roll-up Banner',
      'PVC Banner',
      'Foam Board Sign',
      'A-frame Insert',
      'Window Graphic',
      'Floor Sticker',
    ],
  },
  {
    category: 'Events',
    code: 'EV',
    price: 59,
    names: ['Name Badge', 'Lanyard Card', 'Table Tent', 'Event Programme', 'Ticket'],
  },
  {
    category: 'Packaging',
    code: 'PK',
    price: 179,
    names: ['Branded Sticker', 'Product Label', 'Hang Tag', 'Mailer Box', 'Tissue Paper'],
  },
  {
    category: 'Forms',
    code: 'FM',
    price: 99,
    names: ['NCR Invoice Book', 'Delivery Note Pad', 'Appointment Card', 'Loyalty Card', 'Voucher'],
  },
];

const departments = ['Head Office', 'Sales', 'Field Service'];

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A GUID that depends only on `seed`, so a product keeps its id across runs. */
export function stableGuid(seed: string): string {
  const hex = [0, 1, 2, 3].map((i) => hash(`${seed}#${i}`).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const all = kinds.flatMap((kind) => kind.names.map((name, i) => ({ kind, name, serial: i + 1 })));

/** The site's `count` products; the catalogue repeats per department past 40. */
export function generatedPresseroProducts(domain: string, count: number): SimPresseroProduct[] {
  const siteCode = domain
    .split('.')[0]!
    .replace(/[^a-z0-9]/gi, '')
    .toUpperCase()
    .slice(0, 6);
  const attributeId = stableGuid(`${domain}:paper`);
  const epoch = Date.parse('2026-01-05T08:00:00Z');
  return Array.from({ length: count }, (_, index) => {
    const { kind, name, serial } = all[index % all.length]!;
    const round = Math.floor(index / all.length);
    const department = round ? ` (${departments[(round - 1) % departments.length]})` : '';
    const part = `${kind.code}-${String(serial).padStart(2, '0')}${round ? `-${round}` : ''}`;
    return {
      ProductId: stableGuid(`${domain}:product:${index}`),
      ProductName: `${name}${department}`,
      PublicPartNum: `${siteCode}-${part}`,
      PrintersPartNum: `PSP-${part}`,
      MisId: index % 8 === 7 ? null : `MIS-${siteCode}-${part}`,
      IsActive: index % 13 !== 12,
      CategoryName: kind.category,
      Price: kind.price + (hash(`${domain}:${index}`) % 40),
      ImageUrl: null,
      LastModified: new Date(epoch + index * 3_600_000).toISOString(),
      Attributes: [
        {
          AttributeId: attributeId,
          AttributeValue: ['Silk 350gsm', 'Uncoated 120gsm', 'Gloss 170gsm'][index % 3]!,
        },
      ],
    };
  });
}
