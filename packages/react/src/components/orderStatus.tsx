'use client';
import type { FulfillmentStatus, Order } from '@vitrine/sdk';
import { isKnownStatusReason, orderStatusTones } from '../hooks/orderModel/status.js';
import type { OrderMessageKey } from '../i18n/messages/orders/en.js';
import type { OrderTranslate } from '../i18n/orders.js';
import { cx } from './cx.js';

/** A fulfillment status in words: "Received", "In production"… */
export const orderStatusText = (status: FulfillmentStatus, t: OrderTranslate) =>
  t(`orders.status.${status}`);

/** Why an order waits or stopped (its `statusReason`), in words. */
export function orderReasonText(reason: string | null, t: OrderTranslate): string | null {
  if (!reason) return null;
  return isKnownStatusReason(reason)
    ? t(`orders.reason.${reason}`)
    : t('orders.reason.other', { reason });
}

const notes: Record<string, OrderMessageKey> = {
  'A test order.': 'orders.note.test',
  'Canceled in the store.': 'orders.note.canceledInStore',
  'Released once its products were mapped.': 'orders.note.released',
  'The store canceled this order after production had started.': 'orders.note.canceledLate',
};

/** A history note in the widget's language when it is one the server writes; else as written. */
export const orderNoteText = (note: string | null, t: OrderTranslate) =>
  note === null ? null : notes[note] ? t(notes[note]) : note;

/** A print area's name: "Front", "Back"…; unknown areas as they are named. */
export function printAreaText(area: string, t: OrderTranslate) {
  const key = `orders.printArea.${area}` as OrderMessageKey;
  const text = t(key);
  return text === key ? area : text;
}

export function OrderStatusBadge(props: {
  status: FulfillmentStatus;
  t: OrderTranslate;
  className?: string | undefined;
}) {
  return (
    <span
      className={cx('vt-Badge', props.className)}
      data-tone={orderStatusTones[props.status]}
      data-status={props.status}
    >
      {orderStatusText(props.status, props.t)}
    </span>
  );
}

/** The flag of a test order, beside its status. */
export function TestFlag(props: { order: Pick<Order, 'isTest'>; t: OrderTranslate }) {
  if (!props.order.isTest) return null;
  return (
    <span className="vt-Badge vt-TestFlag" data-tone="test">
      {props.t('orders.test')}
    </span>
  );
}
