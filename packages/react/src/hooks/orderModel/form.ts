import { CreateOrderBody } from '@vitrine/sdk';

/**
 * The model of a hand-placed order, as the OrderForm edits it: every value a string (what inputs
 * hold), items either a store variant (its mapping brings product and files) or a catalog product
 * with a file per print area. `validateOrderForm` checks it with the contract's own schema plus
 * what the form knows better (which kind of item, the print areas of the chosen product), and
 * answers issues on the form's own paths; server field errors map onto the same paths.
 */

export interface OrderAddressValues {
  firstName: string;
  lastName: string;
  companyName: string;
  addressLine1: string;
  addressLine2: string;
  city: string;
  postCode: string;
  state: string;
  country: string;
  email: string;
  phone: string;
}

export type OrderItemKind = 'variant' | 'catalog';

export interface OrderItemFile {
  /** The print area, e.g. `default`, `front`. */
  type: string;
  url: string;
}

export interface OrderItemValues {
  kind: OrderItemKind;
  variantId: string;
  productUid: string;
  quantity: string;
  /** Catalog items: one per print area of the product, in its order. */
  files: OrderItemFile[];
}

export interface OrderFormValues {
  orderReferenceId: string;
  currency: string;
  shippingAddress: OrderAddressValues;
  items: OrderItemValues[];
}

/** A problem with one field: its path in the form, a code (zod's or the API's), its limit. */
export interface FormIssue {
  path: string;
  code: string;
  /** For `too_big` / `too_small`: the limit. */
  limit?: number;
}

export const emptyAddress: OrderAddressValues = {
  firstName: '',
  lastName: '',
  companyName: '',
  addressLine1: '',
  addressLine2: '',
  city: '',
  postCode: '',
  state: '',
  country: '',
  email: '',
  phone: '',
};

export const newOrderItem = (kind: OrderItemKind): OrderItemValues => ({
  kind,
  variantId: '',
  productUid: '',
  quantity: '1',
  files: [],
});

/**
 * A reference for a new order: `M-`, the date and time, and two random letters, so two orders
 * placed within the same second still differ.
 */
export function suggestReference(now = new Date(), random = Math.random): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const pick = () => letters[Math.floor(random() * letters.length)];
  return `M-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}-${pick()}${pick()}`;
}

export function emptyOrderForm(
  options: { reference?: string; currency?: string; kind?: OrderItemKind } = {},
): OrderFormValues {
  return {
    orderReferenceId: options.reference ?? suggestReference(),
    currency: options.currency ?? 'EUR',
    shippingAddress: { ...emptyAddress },
    items: [newOrderItem(options.kind ?? 'catalog')],
  };
}

/** The files of a catalog item for a product's print areas, keeping URLs already typed. */
export function filesForAreas(printAreas: readonly string[], current: readonly OrderItemFile[]) {
  return printAreas.map((type) => ({ type, url: current.find((f) => f.type === type)?.url ?? '' }));
}

const optional = (value: string) => {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** The body `POST /v1/stores/{storeId}/orders` takes; item references follow the order's. */
export function toOrderBody(values: OrderFormValues): CreateOrderBody {
  const a = values.shippingAddress;
  const reference = values.orderReferenceId.trim();
  return {
    orderReferenceId: reference,
    currency: values.currency,
    shippingAddress: {
      firstName: a.firstName.trim(),
      lastName: a.lastName.trim(),
      companyName: optional(a.companyName),
      addressLine1: a.addressLine1.trim(),
      addressLine2: optional(a.addressLine2),
      city: a.city.trim(),
      postCode: a.postCode.trim(),
      state: optional(a.state),
      country: a.country,
      email: a.email.trim(),
      phone: optional(a.phone),
    },
    items: values.items.map((item, i) => ({
      itemReferenceId: `${reference || 'item'}-${i + 1}`.slice(0, 100),
      ...(item.kind === 'variant'
        ? { variantId: item.variantId || undefined }
        : { productUid: item.productUid.trim() || undefined }),
      quantity: /^\d+$/.test(item.quantity.trim()) ? Number(item.quantity.trim()) : Number.NaN,
      files:
        item.kind === 'catalog'
          ? item.files
              .filter((f) => f.url.trim() !== '')
              .map((f) => ({ type: f.type, url: f.url.trim() }))
          : [],
    })),
  };
}

/**
 * A path of the API's body (`items.0.files.1.type`, `shippingAddress.country`) as a path of the
 * form: files are numbered among the non-empty ones in the body, by print area in the form.
 */
export function formPathOf(path: string, values: OrderFormValues): string {
  const file = /^items\.(\d+)\.files(?:\.(\d+)(?:\.\w+)?)?$/.exec(path);
  if (!file) {
    const product = /^items\.(\d+)\.productUid$/.exec(path);
    if (product && values.items[Number(product[1])]?.kind === 'variant')
      return `items.${product[1]}.variantId`;
    if (/^items\.\d+$/.test(path)) {
      const index = Number(path.split('.')[1]);
      const item = values.items[index];
      return `items.${index}.${item?.kind === 'variant' ? 'variantId' : 'productUid'}`;
    }
    return path;
  }
  const index = Number(file[1]);
  const item = values.items[index];
  if (item?.kind !== 'catalog') return `items.${index}.productUid`;
  const given = item.files.map((f, i) => ({ f, i })).filter(({ f }) => f.url.trim() !== '');
  const at = file[2] === undefined ? undefined : given[Number(file[2])]?.i;
  // A missing area (no index) lands on the first empty file, which is the required one.
  const target = at ?? item.files.findIndex((f) => f.url.trim() === '');
  return `items.${index}.files.${Math.max(target, 0)}.url`;
}

/**
 * Checks the form as the API will: the contract's schema on the body it would send, plus the
 * form's own knowledge (an item needs its product; a catalog item a file for the product's first
 * print area). Issues are on form paths, at most one per path, in the form's order.
 */
export function validateOrderForm(values: OrderFormValues): FormIssue[] {
  const issues: FormIssue[] = [];
  const seen = new Set<string>();
  const add = (issue: FormIssue) => {
    if (seen.has(issue.path)) return;
    seen.add(issue.path);
    issues.push(issue);
  };

  values.items.forEach((item, i) => {
    if (item.kind === 'variant' && !item.variantId)
      add({ path: `items.${i}.variantId`, code: 'required' });
    if (item.kind === 'catalog') {
      if (!item.productUid.trim()) add({ path: `items.${i}.productUid`, code: 'required' });
      else if (item.files[0] && !item.files[0].url.trim())
        add({ path: `items.${i}.files.0.url`, code: 'print_area_required' });
    }
  });

  const body = toOrderBody(values);
  const parsed = CreateOrderBody.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const raw = issue.path.join('.');
      const path = formPathOf(raw, values);
      const limit =
        issue.code === 'too_big'
          ? Number(issue.maximum)
          : issue.code === 'too_small'
            ? Number(issue.minimum)
            : undefined;
      // An empty required text is "required", not "too short"; a quantity is one rule.
      const code = /^items\.\d+\.quantity$/.test(path)
        ? 'quantity'
        : (issue.code === 'too_small' && limit === 1) || issue.code === 'invalid_type'
          ? 'required'
          : raw === 'shippingAddress.country' && body.shippingAddress.country === ''
            ? 'required'
            : issue.code;
      add({
        path,
        code,
        ...(limit !== undefined && code !== 'required' && code !== 'quantity' ? { limit } : {}),
      });
    }
  }
  return issues.sort((a, b) => order(a.path) - order(b.path));
}

/** Fields in the order a person fills them: reference, items, then the address. */
const fieldOrder = [
  'orderReferenceId',
  'currency',
  'items',
  'shippingAddress.firstName',
  'shippingAddress.lastName',
  'shippingAddress.companyName',
  'shippingAddress.addressLine1',
  'shippingAddress.addressLine2',
  'shippingAddress.postCode',
  'shippingAddress.city',
  'shippingAddress.state',
  'shippingAddress.country',
  'shippingAddress.email',
  'shippingAddress.phone',
];
const itemFieldOrder = ['variantId', 'productUid', 'quantity', 'files'];
function order(path: string) {
  const index = fieldOrder.findIndex((p) => path === p || path.startsWith(`${p}.`));
  const base = (index === -1 ? fieldOrder.length : index) * 1_000_000;
  const item = /^items\.(\d+)\.(\w+)(?:\.(\d+))?/.exec(path);
  if (!item) return base;
  const field = itemFieldOrder.indexOf(item[2]!);
  return base + Number(item[1]) * 1000 + field * 100 + Number(item[3] ?? 0);
}
