import type { FulfillmentStatus, Order } from '@vitrine/sdk';
import { itemLabel } from './status.js';

/** The way an order goes once it is received, as production reports it. */
export const productionPath = [
  'received',
  'passed',
  'in_production',
  'printed',
  'shipped',
  'in_transit',
  'delivered',
] as const satisfies readonly FulfillmentStatus[];
export type ProductionStep = (typeof productionPath)[number];

export interface TimelineStep {
  status: ProductionStep;
  /** `done`: reached and left behind; `current`: where the order is; `upcoming`: not yet. */
  state: 'done' | 'current' | 'upcoming';
  /** When the order reached it (its first event of that status); null if not known. */
  at: string | null;
}

export interface TimelineEvent {
  status: FulfillmentStatus;
  at: string;
  /** The server's note, as written (English). */
  note: string | null;
  /** The item the event is about (its label), or null for the whole order. */
  item: { id: string; label: string } | null;
}

export interface Timeline {
  steps: TimelineStep[];
  /** Where the order left the path or waits beside it: not connected, canceled, failed, returned. */
  outcome: { status: Exclude<FulfillmentStatus, ProductionStep>; at: string | null } | null;
  /** Every event, oldest first; item events name their item. */
  events: TimelineEvent[];
}

const onPath = (status: FulfillmentStatus): status is ProductionStep =>
  (productionPath as readonly string[]).includes(status);

/**
 * An order's history as a person follows it: the production steps it reached (a step it skipped
 * still counts as passed once a later one is reached), where it is now, where it stopped if it
 * left the path, and every event in order, item events with their item.
 */
export function buildTimeline(
  order: Pick<Order, 'fulfillmentStatus' | 'history' | 'items'>,
): Timeline {
  const events = order.history
    .map((event, index) => ({ event, index }))
    .sort((a, b) => Date.parse(a.event.at) - Date.parse(b.event.at) || a.index - b.index)
    .map(({ event }): TimelineEvent => {
      const item = event.itemId ? order.items.find((i) => i.id === event.itemId) : undefined;
      return {
        status: event.status,
        at: event.at,
        note: event.note,
        item: event.itemId
          ? { id: event.itemId, label: item ? itemLabel(item) : event.itemId }
          : null,
      };
    });
  const orderEvents = events.filter((e) => e.item === null);

  const firstAt = (status: FulfillmentStatus) =>
    orderEvents.find((e) => e.status === status)?.at ?? null;
  const lastAt = (status: FulfillmentStatus) =>
    orderEvents.findLast((e) => e.status === status)?.at ?? null;

  // The furthest step reached, by the history and by the status now.
  let reached = -1;
  for (const e of orderEvents)
    if (onPath(e.status)) reached = Math.max(reached, productionPath.indexOf(e.status));
  const current = order.fulfillmentStatus;
  if (onPath(current)) reached = productionPath.indexOf(current);
  // Returned parcels were shipped; a failed order was received at least.
  if (current === 'returned') reached = Math.max(reached, productionPath.indexOf('shipped'));
  if (current === 'failed') reached = Math.max(reached, 0);

  const steps = productionPath.map((status, index): TimelineStep => {
    const state =
      index < reached || (index === reached && (status === 'delivered' || !onPath(current)))
        ? 'done'
        : index === reached
          ? 'current'
          : 'upcoming';
    return { status, state, at: index <= reached ? firstAt(status) : null };
  });
  const outcome = onPath(current) ? null : { status: current, at: lastAt(current) };
  return { steps, outcome, events };
}
