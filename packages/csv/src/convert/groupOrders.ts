import type { RowError } from '../errorCodes.js';
import type { CreateOrderBody, OrderItemBody, ShippingAddress } from '../sdkShapes.js';
import { filesOf } from '../templates/fileColumns.js';
import { type OrderLineValues, orderLevelKeys, requiredOrderKeys } from '../templates/orders.js';
import type { ImportedRow } from '../types.js';

export interface GroupOrdersOptions {
  /** Most items per order (default 250, the API's limit). */
  maxItems?: number;
}

export interface RejectedOrder {
  orderReferenceId: string;
  /** Row numbers of the order's lines. */
  rows: number[];
  /** The lines' own errors and the order-level ones. */
  errors: RowError[];
}

export interface GroupedOrders {
  /** Valid orders in `CreateOrderBody` shape, in order of first appearance. */
  orders: CreateOrderBody[];
  /** Row numbers of each valid order's lines (parallel to `orders`). */
  orderRows: number[][];
  rejectedOrders: RejectedOrder[];
  /** Order-level errors (`inconsistent_order`, `required`, `duplicate_item`, `too_many_items`). */
  errors: RowError[];
  /**
   * Every line of every rejected order (and lines with no usable reference), in file order, each
   * carrying its order-level errors too: an error report of them holds whole orders.
   */
  reportRows: ImportedRow<OrderLineValues>[];
}

// States are required for these destinations (GelatoConnect address rules).
const needState = new Set(['US', 'CA', 'AU']);

interface Group {
  reference: string;
  lines: ImportedRow<OrderLineValues>[];
  fields: Partial<OrderLineValues>;
  errors: RowError[];
  invalid: boolean;
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

function item(line: OrderLineValues, itemReferenceId: string): OrderItemBody {
  const variant: Record<string, string> = {};
  let hasVariant = false;
  for (const [name, value] of [
    [line.option1Name, line.option1Value],
    [line.option2Name, line.option2Value],
    [line.option3Name, line.option3Value],
  ]) {
    if (name && value) {
      variant[name] = value;
      hasVariant = true;
    }
  }
  return {
    itemReferenceId,
    ...optional('productUid', line.productUid),
    ...optional('productName', line.productName),
    ...optional('productVariant', hasVariant ? variant : undefined),
    ...optional('variantId', line.variantId),
    quantity: line.quantity,
    files: filesOf(line),
  };
}

function address(f: Partial<OrderLineValues>): ShippingAddress {
  return {
    firstName: f.firstName!,
    lastName: f.lastName!,
    ...optional('companyName', f.companyName),
    addressLine1: f.addressLine1!,
    ...optional('addressLine2', f.addressLine2),
    city: f.city!,
    postCode: f.postCode!,
    ...optional('state', f.state),
    country: f.country!,
    email: f.email!,
    ...optional('phone', f.phone),
    ...optional('isBusiness', f.isBusiness),
  };
}

/**
 * Groups order lines (rows of `ordersTemplate`) into `CreateOrderBody`s by `orderReferenceId`.
 *
 * Lines of one order need not be adjacent. Order-level fields may be given on one line and left
 * blank on the others, but two lines giving different values is an `inconsistent_order` error (on
 * the later line). An order with any invalid line or order-level error is rejected whole. Blank
 * `Item Reference ID`s become `{orderReferenceId}-{n}`. Error `value`s here are the parsed values.
 */
export function groupOrders(
  lines: Iterable<ImportedRow<OrderLineValues>>,
  options: GroupOrdersOptions = {},
): GroupedOrders {
  const maxItems = options.maxItems ?? 250;
  const groups = new Map<string, Group>();
  const loose: ImportedRow<OrderLineValues>[] = [];
  for (const line of lines) {
    const reference = line.values.orderReferenceId;
    if (reference === undefined) {
      loose.push(line);
      continue;
    }
    let group = groups.get(reference);
    if (!group) {
      group = { reference, lines: [], fields: {}, errors: [], invalid: false };
      groups.set(reference, group);
    }
    group.lines.push(line);
    if (line.errors.length > 0) group.invalid = true;
    const fields = group.fields as Record<string, unknown>;
    for (const key of orderLevelKeys) {
      const value = line.values[key];
      if (value === undefined) continue;
      if (!(key in fields)) fields[key] = value;
      else if (fields[key] !== value) {
        group.errors.push({
          row: line.row,
          column: key,
          value: String(value),
          code: 'inconsistent_order',
        });
      }
    }
  }

  const result: GroupedOrders = {
    orders: [],
    orderRows: [],
    rejectedOrders: [],
    errors: [],
    reportRows: [],
  };
  const reportRows: ImportedRow<OrderLineValues>[] = [...loose];
  for (const group of groups.values()) {
    const first = group.lines[0]!;
    for (const key of requiredOrderKeys) {
      if (group.fields[key] === undefined) {
        group.errors.push({ row: first.row, column: key, value: '', code: 'required' });
      }
    }
    if (group.fields.country && needState.has(group.fields.country) && !group.fields.state) {
      group.errors.push({ row: first.row, column: 'state', value: '', code: 'required' });
    }
    const items: OrderItemBody[] = [];
    const ids = new Set<string>();
    group.lines.forEach((line, i) => {
      const id = line.values.itemReferenceId ?? `${group.reference}-${i + 1}`;
      if (ids.has(id)) {
        group.errors.push({
          row: line.row,
          column: 'itemReferenceId',
          value: id,
          code: 'duplicate_item',
        });
      }
      ids.add(id);
      if (i === maxItems) {
        group.errors.push({ row: line.row, column: '', value: '', code: 'too_many_items' });
      }
      if (line.errors.length === 0) items.push(item(line.values, id));
    });
    result.errors.push(...group.errors);
    if (group.invalid || group.errors.length > 0) {
      result.rejectedOrders.push({
        orderReferenceId: group.reference,
        rows: group.lines.map((l) => l.row),
        errors: [...group.lines.flatMap((l) => l.errors), ...group.errors].sort(
          (a, b) => a.row - b.row,
        ),
      });
      for (const line of group.lines) {
        const own = group.errors.filter((e) => e.row === line.row);
        reportRows.push(own.length ? { ...line, errors: [...line.errors, ...own] } : line);
      }
      continue;
    }
    const f = group.fields;
    result.orders.push({
      orderReferenceId: group.reference,
      orderType: f.orderType ?? 'order',
      currency: f.currency!,
      ...optional('shipmentMethodUid', f.shipmentMethodUid),
      shippingAddress: address(f),
      items,
    });
    result.orderRows.push(group.lines.map((l) => l.row));
  }
  result.errors.sort((a, b) => a.row - b.row);
  result.reportRows = reportRows.sort((a, b) => a.row - b.row);
  return result;
}
