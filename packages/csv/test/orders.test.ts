import { describe, expect, it } from 'vitest';
import {
  groupOrders,
  importOrders,
  type OrderLineValues,
  ordersTemplate,
  parseCsv,
} from '../src/index.js';

const header =
  'Order Reference ID,Currency,First Name,Last Name,Address Line 1,City,Post Code,State,Country,Email,Item Reference ID,Product UID,Product Name,Option 1 Name,Option 1 Value,Quantity,Design File URL';
const address = 'EUR,Ana,Silva,Rua A 1,Lisboa,1000-001,,PT,ana@example.pt';
const csv = (...lines: string[]) => [header, ...lines].join('\n');

describe('order lines', () => {
  it('validates each line', async () => {
    const result = await parseCsv(
      csv(
        `A,${address},,flat_a4,,,,0,https://x.example/a.pdf`,
        `B,${address},,,,,,2,`,
        `C,${address},,,Cards,Size,,1,`,
        `D,eur,Ana,Silva,Rua A 1,Lisboa,1000-001,,Narnia,not-an-email,,flat_a4,,,,1.5,`,
      ),
      { template: ordersTemplate, invalidRows: 'include' },
    );
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'quantity', 'out_of_range'],
      [3, 'productUid', 'missing_product'],
      [4, 'option1Value', 'invalid_variant'],
      [5, 'country', 'invalid_country'],
      [5, 'email', 'invalid_email'],
      [5, 'quantity', 'invalid_integer'],
    ]);
  });

  it('requires the order-level columns but lets later lines leave them blank', async () => {
    const result = await parseCsv('Order ID,Quantity,Product UID\n1,1,flat_a4\n', {
      template: ordersTemplate,
    });
    expect(result.fatal?.code).toBe('missing_column');
    expect(result.header?.missing).toEqual([
      'currency',
      'firstName',
      'lastName',
      'addressLine1',
      'city',
      'postCode',
      'country',
      'email',
    ]);
  });
});

describe('groupOrders', () => {
  const lines = async (text: string) =>
    (await parseCsv(text, { template: ordersTemplate, invalidRows: 'include' })).rows;

  it('groups non-adjacent lines and keeps first-appearance order', async () => {
    const grouped = groupOrders(
      await lines(
        csv(
          `B,${address},,flat_a4,,,,1,https://x.example/1.pdf`,
          `A,${address},,flat_a4,,,,1,https://x.example/2.pdf`,
          `B,,,,,,,,,,,flat_a5,,,,3,https://x.example/3.pdf`,
        ),
      ),
    );
    expect(grouped.orders.map((o) => [o.orderReferenceId, o.items.map((i) => i.quantity)])).toEqual(
      [
        ['B', [1, 3]],
        ['A', [1]],
      ],
    );
    expect(grouped.orderRows).toEqual([[2, 4], [3]]);
  });

  it('reports lines that disagree on order-level fields on the later line', async () => {
    const grouped = groupOrders(
      await lines(
        csv(
          `A,${address},,flat_a4,,,,1,`,
          `A,USD,Ana,Silva,Rua A 1,Porto,1000-001,,PT,ana@example.pt,,flat_a4,,,,1,`,
        ),
      ),
    );
    expect(grouped.orders).toEqual([]);
    expect(grouped.errors).toEqual([
      { row: 3, column: 'currency', value: 'USD', code: 'inconsistent_order' },
      { row: 3, column: 'city', value: 'Porto', code: 'inconsistent_order' },
    ]);
  });

  it('requires the address once per order, and a state for US, CA and AU', async () => {
    const grouped = groupOrders(
      await lines(
        csv(
          'A,EUR,Ana,,Rua A 1,Lisboa,1000-001,,PT,ana@example.pt,,flat_a4,,,,1,',
          'B,USD,Bob,Lee,1 Main St,Austin,73301,,US,bob@example.com,,flat_a4,,,,1,',
        ),
      ),
    );
    expect(grouped.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'lastName', 'required'],
      [3, 'state', 'required'],
    ]);
    expect(grouped.rejectedOrders.map((o) => o.orderReferenceId)).toEqual(['A', 'B']);
  });

  it('reports duplicate item references and too many items', async () => {
    const grouped = groupOrders(
      await lines(
        csv(
          `A,${address},X,flat_a4,,,,1,`,
          `A,,,,,,,,,,X,flat_a4,,,,1,`,
          `A,,,,,,,,,,,flat_a4,,,,1,`,
        ),
      ),
      { maxItems: 2 },
    );
    expect(grouped.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [3, 'itemReferenceId', 'duplicate_item'],
      [4, '', 'too_many_items'],
    ]);
  });

  it('rejects an order with any invalid line, but lists lines without a reference on their own', async () => {
    const rows = await lines(
      csv(`A,${address},,flat_a4,,,,1,`, `A,,,,,,,,,,,BAD UID,,,,1,`, `,${address},,flat_a4,,,,1,`),
    );
    const grouped = groupOrders(rows);
    expect(grouped.orders).toEqual([]);
    expect(grouped.rejectedOrders).toEqual([
      {
        orderReferenceId: 'A',
        rows: [2, 3],
        errors: [expect.objectContaining({ row: 3, code: 'invalid_product_uid' })],
      },
    ]);
    expect(grouped.reportRows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('builds customer-product items from product name and options', async () => {
    const grouped = groupOrders(
      await lines(csv(`A,${address},,,Cards,Size,Standard,250,https://x.example/c.pdf`)),
    );
    expect(grouped.orders[0]!.items).toEqual([
      {
        itemReferenceId: 'A-1',
        productName: 'Cards',
        productVariant: { Size: 'Standard' },
        quantity: 250,
        files: [{ type: 'default', url: 'https://x.example/c.pdf' }],
      },
    ]);
  });
});

describe('importOrders', () => {
  const text = csv(`A,${address},,flat_a4,,,,1,`, `B,${address},,BAD,,,,1,`);

  it('blocks by default while any order is rejected', async () => {
    const result = await importOrders(text);
    expect(result.ok).toBe(false);
    expect(result.orders.map((o) => o.orderReferenceId)).toEqual(['A']);
  });

  it('returns the valid orders with skip', async () => {
    const result = await importOrders(text, { invalidRows: 'skip' });
    expect(result.ok).toBe(true);
    expect(result.orders).toHaveLength(1);
    expect(result.rejectedOrders.map((o) => o.orderReferenceId)).toEqual(['B']);
    expect(result.errorCount).toBe(1);
  });

  it('types the values of a valid line', async () => {
    const result = await parseCsv(csv(`A,${address},,flat_a4,,,,7,`), { template: ordersTemplate });
    const values: OrderLineValues = result.rows[0]!.values;
    expect(ordersTemplate.schema.parse(values)).toEqual(values);
    expect(values.quantity).toBe(7);
  });
});
