import { CreateOrderBody } from '@vitrine/sdk';
import { describe, expect, it } from 'vitest';
import {
  emptyOrderForm,
  filesForAreas,
  formPathOf,
  newOrderItem,
  type OrderFormValues,
  suggestReference,
  toOrderBody,
  validateOrderForm,
} from './form.js';

const POSTER = 'flat_product_pf_a3_pt_200-gsm-poster-paper-matt_cl_4-0_ver';

function filled(): OrderFormValues {
  return {
    orderReferenceId: 'M-1',
    currency: 'EUR',
    shippingAddress: {
      firstName: ' Ana ',
      lastName: 'Silva',
      companyName: '',
      addressLine1: 'Rua Augusta 100',
      addressLine2: '',
      city: 'Lisboa',
      postCode: '1100-053',
      state: '',
      country: 'PT',
      email: 'ana@example.com',
      phone: '',
    },
    items: [
      {
        kind: 'catalog',
        variantId: '',
        productUid: POSTER,
        quantity: '2',
        files: [{ type: 'default', url: 'https://files.test/poster.pdf' }],
      },
      { kind: 'variant', variantId: 'var_1', productUid: '', quantity: '1', files: [] },
    ],
  };
}

describe('order form model', () => {
  it('turns a filled form into the contract’s body: trimmed, optional fields left out', () => {
    const body = toOrderBody(filled());
    expect(CreateOrderBody.safeParse(body).success).toBe(true);
    expect(body).toEqual({
      orderReferenceId: 'M-1',
      currency: 'EUR',
      shippingAddress: {
        firstName: 'Ana',
        lastName: 'Silva',
        companyName: undefined,
        addressLine1: 'Rua Augusta 100',
        addressLine2: undefined,
        city: 'Lisboa',
        postCode: '1100-053',
        state: undefined,
        country: 'PT',
        email: 'ana@example.com',
        phone: undefined,
      },
      items: [
        {
          itemReferenceId: 'M-1-1',
          productUid: POSTER,
          quantity: 2,
          files: [{ type: 'default', url: 'https://files.test/poster.pdf' }],
        },
        { itemReferenceId: 'M-1-2', variantId: 'var_1', quantity: 1, files: [] },
      ],
    });
    expect(validateOrderForm(filled())).toEqual([]);
  });

  it('finds what the contract refuses, on the form’s own paths and in reading order', () => {
    const values = filled();
    values.orderReferenceId = '';
    values.shippingAddress.email = 'ana@';
    values.shippingAddress.country = '';
    values.shippingAddress.firstName = 'A'.repeat(26);
    values.items[0]!.quantity = '0';
    values.items[1]!.variantId = '';
    expect(validateOrderForm(values)).toEqual([
      { path: 'orderReferenceId', code: 'required' },
      { path: 'items.0.quantity', code: 'quantity' },
      { path: 'items.1.variantId', code: 'required' },
      { path: 'shippingAddress.firstName', code: 'too_big', limit: 25 },
      { path: 'shippingAddress.country', code: 'required' },
      { path: 'shippingAddress.email', code: 'invalid_format' },
    ]);
  });

  it('asks for a product, and for a file in the product’s first print area', () => {
    const values = emptyOrderForm({ reference: 'M-2' });
    Object.assign(values.shippingAddress, filled().shippingAddress);
    expect(validateOrderForm(values)).toEqual([{ path: 'items.0.productUid', code: 'required' }]);
    values.items[0]!.productUid = POSTER;
    values.items[0]!.files = filesForAreas(['front', 'back'], []);
    expect(validateOrderForm(values)).toEqual([
      { path: 'items.0.files.0.url', code: 'print_area_required' },
    ]);
    values.items[0]!.files[1]!.url = 'ftp://files.test/back.pdf';
    values.items[0]!.files[0]!.url = 'https://files.test/front.pdf';
    expect(validateOrderForm(values)).toEqual([
      { path: 'items.0.files.1.url', code: 'invalid_format' },
    ]);
    values.items[0]!.quantity = '1.5';
    expect(validateOrderForm(values)[0]).toEqual({ path: 'items.0.quantity', code: 'quantity' });
  });

  it('keeps typed file addresses when the product (and its print areas) changes', () => {
    expect(
      filesForAreas(['front', 'back'], [{ type: 'front', url: 'https://x.test/a.pdf' }]),
    ).toEqual([
      { type: 'front', url: 'https://x.test/a.pdf' },
      { type: 'back', url: '' },
    ]);
  });

  it('maps the server’s field paths onto the fields a person sees', () => {
    const values = filled();
    values.items[0]!.files = [
      { type: 'front', url: '' },
      { type: 'back', url: 'https://files.test/back.pdf' },
    ];
    // The body holds only the back file: its index 0 is the form's file 1.
    expect(formPathOf('items.0.files.0.type', values)).toBe('items.0.files.1.url');
    // A missing area lands on the empty (required) file.
    expect(formPathOf('items.0.files', values)).toBe('items.0.files.0.url');
    expect(formPathOf('items.1.variantId', values)).toBe('items.1.variantId');
    expect(formPathOf('items.1', values)).toBe('items.1.variantId');
    expect(formPathOf('shippingAddress.country', values)).toBe('shippingAddress.country');
  });

  it('starts with a dated reference and one item', () => {
    expect(suggestReference(new Date(2026, 2, 2, 9, 5, 7), () => 0)).toBe('M-20260302-090507-AA');
    const form = emptyOrderForm({ kind: 'variant' });
    expect(form.items).toEqual([newOrderItem('variant')]);
    expect(form.orderReferenceId).toMatch(/^M-\d{8}-\d{6}-[A-Z]{2}$/);
  });
});
