import type { AuthorizeStoreBody, Store } from '@vitrine/sdk';
import { describe, expect, it } from 'vitest';
import {
  type ConnectionEvent,
  type ConnectionPopup,
  type ConnectionStep,
  connectionState,
  initialStep,
  resolveStep,
  stepPlatform,
  transition,
} from './machine.js';

const popup = (): ConnectionPopup => ({
  closed: false,
  location: { href: 'about:blank' },
  close() {},
});
const shopify: AuthorizeStoreBody = { platform: 'shopify', shop: 'vitrine-demo' };
const store = { id: 'st_00000000000000000001', platform: 'shopify', name: 'Demo' } as Store;

/** Every step a run of events passes through, from `from`. */
const run = (from: ConnectionStep, ...events: ConnectionEvent[]) => {
  const steps = [from];
  for (const event of events) steps.push(transition(steps.at(-1)!, event));
  return steps;
};
const last = (from: ConnectionStep, ...events: ConnectionEvent[]) => run(from, ...events).at(-1)!;

describe('the store connection flow', () => {
  it('picks a platform, goes on to its form and back with the choice kept', () => {
    const steps = run(
      initialStep,
      { type: 'pick', platform: 'etsy' },
      { type: 'choose' },
      { type: 'back' },
    );
    expect(steps.map((s) => s.kind)).toEqual(['pick', 'pick', 'details', 'pick']);
    expect(steps[2]).toEqual({
      kind: 'details',
      platform: 'etsy',
      addressError: null,
      checking: false,
    });
    expect(steps[3]).toEqual({ kind: 'pick', picked: 'etsy' });
    expect(steps.map(connectionState)).toEqual(['idle', 'idle', 'idle', 'idle']);
  });

  it('does not go on before a platform is picked, and ignores events meant for other steps', () => {
    expect(transition(initialStep, { type: 'choose' })).toBe(initialStep);
    expect(transition(initialStep, { type: 'back' })).toBe(initialStep);
    expect(transition(initialStep, { type: 'cancel' })).toBe(initialStep);
    expect(transition(initialStep, { type: 'retry' })).toBe(initialStep);
    const connected = last(initialStep, { type: 'connected', store });
    expect(transition(connected, { type: 'pick', platform: 'etsy' })).toBe(connected);
    expect(transition(connected, { type: 'checking', pending: false })).toBe(connected);
  });

  it('skips the picker when only one platform applies (a reconnection, a single offer)', () => {
    expect(resolveStep(initialStep, 'pressero')).toEqual({
      kind: 'details',
      platform: 'pressero',
      addressError: null,
      checking: false,
    });
    expect(resolveStep(initialStep, null)).toBe(initialStep);
    const authorizing = last(initialStep, {
      type: 'authorize',
      platform: 'shopify',
      request: shopify,
      popup: null,
    });
    expect(resolveStep(authorizing, 'shopify')).toBe(authorizing);
  });

  it('keeps an address error on its form until the owner changes course', () => {
    const wrong = last(initialStep, {
      type: 'addressError',
      platform: 'woocommerce',
      error: 'stores.validation.url',
    });
    expect(wrong).toMatchObject({ kind: 'details', addressError: 'stores.validation.url' });
    expect(transition(wrong, { type: 'edit' })).toMatchObject({ addressError: null });
    const clean = transition(wrong, { type: 'edit' });
    expect(transition(clean, { type: 'edit' })).toBe(clean);
    // An authorisation cancelled comes back to a clean form.
    expect(
      last(
        wrong,
        {
          type: 'authorize',
          platform: 'woocommerce',
          request: { platform: 'woocommerce', url: 'https://shop.test' },
          popup: popup(),
        },
        { type: 'cancel' },
      ),
    ).toMatchObject({ kind: 'details', platform: 'woocommerce', addressError: null });
  });

  it('puts a refused address back on its field, in the words of its platform', () => {
    expect(last(initialStep, { type: 'refused', platform: 'shopify' })).toMatchObject({
      kind: 'details',
      addressError: 'stores.field.shopify.shop.format',
    });
    expect(last(initialStep, { type: 'refused', platform: 'woocommerce' })).toMatchObject({
      kind: 'details',
      addressError: 'stores.field.woocommerce.unreachable',
    });
  });

  it('authorises in a popup: waiting, the address once the API gives it, the exchange, connected', () => {
    const window = popup();
    const steps = run(
      { kind: 'details', platform: 'shopify', addressError: null, checking: false },
      { type: 'authorize', platform: 'shopify', request: shopify, popup: window },
      { type: 'authorized', popup: window, authorizeUrl: 'https://shopify.test/approve', store },
      { type: 'exchange', platform: 'shopify' },
      { type: 'connected', store },
    );
    expect(steps.map(connectionState)).toEqual([
      'idle',
      'authorizing',
      'authorizing',
      'exchanging',
      'connected',
    ]);
    expect(steps[1]).toMatchObject({ popup: window, authorizeUrl: null, store: null });
    expect(steps[2]).toMatchObject({
      popup: window,
      authorizeUrl: 'https://shopify.test/approve',
      store,
    });
    expect(steps.map(stepPlatform)).toEqual(['shopify', 'shopify', 'shopify', null, 'shopify']);
  });

  it('authorises by redirect when there is no popup (blocked, or redirect mode)', () => {
    const step = last(initialStep, {
      type: 'authorize',
      platform: 'etsy',
      request: { platform: 'etsy' },
      popup: null,
    });
    expect(step).toMatchObject({ kind: 'authorizing', platform: 'etsy', popup: null });
    expect(connectionState(step)).toBe('authorizing');
  });

  it('ignores the API’s answer for an attempt no longer shown (cancelled, or started again)', () => {
    const first = popup();
    const second = popup();
    const started = { type: 'authorize', platform: 'shopify', request: shopify } as const;
    const answer = {
      type: 'authorized',
      popup: first,
      authorizeUrl: 'https://shopify.test/1',
      store,
    } as const;
    const cancelled = last(initialStep, { ...started, popup: first }, { type: 'cancel' });
    expect(transition(cancelled, answer)).toBe(cancelled);
    const again = last(initialStep, { ...started, popup: first }, { ...started, popup: second });
    expect(transition(again, answer)).toBe(again);
  });

  it('takes a reopened window as the one to watch', () => {
    const first = popup();
    const second = popup();
    const waiting = last(
      initialStep,
      { type: 'authorize', platform: 'shopify', request: shopify, popup: first },
      { type: 'authorized', popup: first, authorizeUrl: 'https://shopify.test/1', store },
    );
    expect(transition(waiting, { type: 'reopened', popup: first })).toBe(waiting);
    expect(transition(waiting, { type: 'reopened', popup: second })).toMatchObject({
      popup: second,
      authorizeUrl: 'https://shopify.test/1',
    });
    expect(transition(initialStep, { type: 'reopened', popup: second })).toBe(initialStep);
  });

  it('fails with what "Try again" repeats, or goes back to the form or the picker', () => {
    const closed = last(initialStep, {
      type: 'failed',
      platform: 'shopify',
      failure: { code: 'popup_closed' },
      request: shopify,
    });
    expect(closed).toEqual({
      kind: 'error',
      platform: 'shopify',
      failure: { code: 'popup_closed' },
      request: shopify,
    });
    expect(connectionState(closed)).toBe('error');
    expect(transition(closed, { type: 'retry' })).toMatchObject({
      kind: 'details',
      platform: 'shopify',
    });
    // Back from a redirect, the platform is not known: start from the picker.
    const returned = last(
      initialStep,
      { type: 'exchange', platform: null },
      { type: 'failed', platform: null, failure: { code: 'oauth_denied' }, request: null },
    );
    expect(transition(returned, { type: 'retry' })).toEqual(initialStep);
  });

  it('is exchanging while the server checks typed credentials, and idle again after', () => {
    const steps = run(
      initialStep,
      { type: 'pick', platform: 'pressero' },
      { type: 'choose' },
      { type: 'checking', pending: true },
      { type: 'checking', pending: false },
    );
    expect(steps.map(connectionState)).toEqual(['idle', 'idle', 'idle', 'exchanging', 'idle']);
    // A connection that completes leaves the check behind.
    const checking = steps[3]!;
    const connected = last(
      checking,
      { type: 'connected', store },
      { type: 'checking', pending: false },
    );
    expect(connected).toEqual({ kind: 'connected', store });
  });

  it('starts afresh from any step when the dialog opens or closes', () => {
    for (const step of run(
      initialStep,
      { type: 'pick', platform: 'manual' },
      { type: 'choose' },
      { type: 'authorize', platform: 'shopify', request: shopify, popup: popup() },
      { type: 'connected', store },
    )) {
      expect(transition(step, { type: 'reset' })).toEqual(initialStep);
    }
  });
});
