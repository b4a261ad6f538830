import type { Order } from '@vitrine/sdk';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from './timeline.js';

const item = (id: string, title: string) => ({
  id,
  itemReferenceId: `${id}-ref`,
  title,
  sku: null,
  productUid: null,
  productName: null,
  productVariant: null,
  variantId: null,
  quantity: 1,
  files: [],
  printSpecs: {},
  fulfillmentStatus: 'received' as const,
  problem: null,
});

type Part = Pick<Order, 'fulfillmentStatus' | 'history' | 'items'>;
const event = (status: Order['fulfillmentStatus'], at: string, itemId: string | null = null) => ({
  status,
  at: `2026-03-0${at}:00.000Z`,
  note: null,
  itemId,
});
const states = (order: Part) =>
  buildTimeline(order).steps.map((s) => `${s.status}:${s.state}${s.at ? '@' : ''}`);

describe('order timeline', () => {
  it('shows a received order at its first step, the rest to come', () => {
    const order: Part = {
      fulfillmentStatus: 'received',
      history: [event('received', '2T09:00')],
      items: [item('i1', 'Poster')],
    };
    expect(states(order)).toEqual([
      'received:current@',
      'passed:upcoming',
      'in_production:upcoming',
      'printed:upcoming',
      'shipped:upcoming',
      'in_transit:upcoming',
      'delivered:upcoming',
    ]);
    expect(buildTimeline(order).outcome).toBeNull();
  });

  it('follows production to delivery, counting a skipped step as passed, with item events', () => {
    const order: Part = {
      fulfillmentStatus: 'delivered',
      history: [
        event('delivered', '6T10:00'),
        event('received', '2T09:00'),
        event('in_production', '3T08:00'),
        event('printed', '3T12:00', 'i2'),
        event('printed', '3T15:00'),
        event('shipped', '4T09:00'),
      ],
      items: [item('i1', 'Poster'), item('i2', 'Mug')],
    };
    const timeline = buildTimeline(order);
    expect(states(order)).toEqual([
      'received:done@',
      'passed:done',
      'in_production:done@',
      'printed:done@',
      'shipped:done@',
      'in_transit:done',
      'delivered:done@',
    ]);
    expect(timeline.steps.find((s) => s.status === 'printed')?.at).toBe('2026-03-03T15:00:00.000Z');
    expect(timeline.events.map((e) => [e.status, e.item?.label ?? null])).toEqual([
      ['received', null],
      ['in_production', null],
      ['printed', 'Mug'],
      ['printed', null],
      ['shipped', null],
      ['delivered', null],
    ]);
  });

  it('marks where an order left the path: canceled after it was received, not connected before', () => {
    const canceled: Part = {
      fulfillmentStatus: 'canceled',
      history: [event('received', '2T09:00'), event('canceled', '2T10:00')],
      items: [item('i1', 'Poster')],
    };
    expect(buildTimeline(canceled).outcome).toEqual({
      status: 'canceled',
      at: '2026-03-02T10:00:00.000Z',
    });
    expect(states(canceled)[0]).toBe('received:done@');
    expect(states(canceled)[1]).toBe('passed:upcoming');

    const waiting: Part = {
      fulfillmentStatus: 'not_connected',
      history: [event('not_connected', '2T09:00')],
      items: [item('i1', 'Poster')],
    };
    expect(buildTimeline(waiting).outcome?.status).toBe('not_connected');
    expect(states(waiting).every((s) => s.includes(':upcoming'))).toBe(true);
  });

  it('treats a returned parcel as shipped, and a failed order as received', () => {
    const returned: Part = {
      fulfillmentStatus: 'returned',
      history: [event('received', '2T09:00'), event('returned', '8T09:00')],
      items: [],
    };
    expect(
      states(returned)
        .slice(0, 6)
        .map((s) => s.split(':')[1]?.replace('@', '')),
    ).toEqual(['done', 'done', 'done', 'done', 'done', 'upcoming']);
    const failed: Part = { fulfillmentStatus: 'failed', history: [], items: [] };
    expect(states(failed)[0]).toBe('received:done');
    expect(buildTimeline(failed).outcome).toEqual({ status: 'failed', at: null });
  });
});
