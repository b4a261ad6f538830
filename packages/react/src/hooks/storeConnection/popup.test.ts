import { storeConnectionMessage } from '@vitrine/sdk';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionPopup } from './machine.js';
import { watchPopup } from './popup.js';

const apiOrigin = 'https://api.vitrine.test';
const message = storeConnectionMessage({ storeId: 'st_00000000000000000001', error: null });
const post = (origin: string, data: unknown) =>
  window.dispatchEvent(new MessageEvent('message', { origin, data }));

function watch() {
  const popup: ConnectionPopup = { closed: false, location: { href: 'about:blank' }, close() {} };
  const on = { message: vi.fn(), closed: vi.fn() };
  const stop = watchPopup(popup, apiOrigin, on);
  return { popup, on, stop };
}

describe('watching the platform’s window', () => {
  afterEach(() => vi.useRealTimers());

  it('takes the callback’s message from the API’s origin only, once', () => {
    const { on, stop } = watch();
    post('https://evil.test', message);
    post(apiOrigin, { ...message, type: 'something_else' });
    expect(on.message).not.toHaveBeenCalled();
    post(apiOrigin, message);
    post(apiOrigin, message);
    expect(on.message).toHaveBeenCalledTimes(1);
    expect(on.message).toHaveBeenCalledWith(message);
    stop();
  });

  it('notices the window closed without a message, a tick late so a message on its way lands', () => {
    vi.useFakeTimers();
    const { popup, on, stop } = watch();
    vi.advanceTimersByTime(1500);
    expect(on.closed).not.toHaveBeenCalled();
    popup.close = () => Object.assign(popup, { closed: true });
    popup.close();
    vi.advanceTimersByTime(500);
    expect(on.closed).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(on.closed).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(on.closed).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not report a closed window after the message arrived, nor anything once stopped', () => {
    vi.useFakeTimers();
    const first = watch();
    post(apiOrigin, message);
    Object.assign(first.popup, { closed: true });
    vi.advanceTimersByTime(2000);
    expect(first.on.closed).not.toHaveBeenCalled();
    first.stop();

    const second = watch();
    second.stop();
    post(apiOrigin, message);
    Object.assign(second.popup, { closed: true });
    vi.advanceTimersByTime(2000);
    expect(second.on.message).not.toHaveBeenCalled();
    expect(second.on.closed).not.toHaveBeenCalled();
  });
});
