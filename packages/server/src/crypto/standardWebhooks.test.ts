import { describe, expect, it } from 'vitest';
import { signStandardWebhook, standardWebhookValid } from './standardWebhooks.js';

// The example in the Standard Webhooks specification's reference libraries.
const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
const timestamp = 1614265330;
const body = '{"test": 2432232314}';
const signature = 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=';

const headers = (extra: Record<string, string> = {}) =>
  new Headers({
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signature,
    ...extra,
  });
const bytes = (text: string) => new TextEncoder().encode(text);

describe('Standard Webhooks signatures', () => {
  it('signs like the reference libraries', async () => {
    expect(await signStandardWebhook(secret, id, timestamp, body)).toBe(signature);
  });

  it('accepts a genuine delivery within five minutes, among several signatures', async () => {
    expect(await standardWebhookValid([secret], headers(), bytes(body), timestamp + 299)).toBe(
      true,
    );
    const several = headers({ 'webhook-signature': `v1,bm90LWl0 ${signature} v2,other` });
    expect(await standardWebhookValid([secret], several, bytes(body), timestamp)).toBe(true);
  });

  it('refuses altered bodies, other ids, stale or future timestamps and other secrets', async () => {
    const valid = (h: Headers, b = body, now = timestamp, secrets = [secret]) =>
      standardWebhookValid(secrets, h, bytes(b), now);
    expect(await valid(headers(), '{"test": 2432232315}')).toBe(false);
    expect(await valid(headers({ 'webhook-id': 'msg_other' }))).toBe(false);
    expect(await valid(headers(), body, timestamp + 301)).toBe(false);
    expect(await valid(headers(), body, timestamp - 301)).toBe(false);
    expect(await valid(headers(), body, timestamp, [`whsec_${btoa('another key')}`])).toBe(false);
    expect(await valid(headers({ 'webhook-signature': signature.slice(3) }))).toBe(false);
    expect(await valid(new Headers({ 'webhook-id': id }))).toBe(false);
  });
});
