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

  it('refuses deliveries missing a header or with a malformed timestamp', async () => {
    const valid = (h: Headers) => standardWebhookValid([secret], h, bytes(body), timestamp);
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
      const h = headers();
      h.delete(name);
      expect(await valid(h), name).toBe(false);
    }
    for (const bad of [`${timestamp}.5`, `x${timestamp}`, `${timestamp}x`, '1'.repeat(13)]) {
      expect(await valid(headers({ 'webhook-timestamp': bad })), bad).toBe(false);
    }
  });

  it('accepts exactly five minutes either way', async () => {
    for (const now of [timestamp + 300, timestamp - 300]) {
      expect(await standardWebhookValid([secret], headers(), bytes(body), now)).toBe(true);
    }
  });

  it('reads only v1 entries, and needs at least one', async () => {
    const other = (value: string) =>
      standardWebhookValid(
        [secret],
        headers({ 'webhook-signature': value }),
        bytes(body),
        timestamp,
      );
    expect(await other(`v2,${signature.slice(3)}`)).toBe(false);
    expect(await other(`v1,${signature.slice(3)}`)).toBe(true);
    expect(await other(`xv1,${signature.slice(3)}`)).toBe(false);
    expect(await other('')).toBe(false);
  });

  it('takes secrets with or without the whsec_ prefix and skips unusable ones', async () => {
    const bare = secret.slice('whsec_'.length);
    expect(await standardWebhookValid([bare], headers(), bytes(body), timestamp)).toBe(true);
    for (const unusable of ['whsec_', 'whsec_%%%', '']) {
      expect(
        await standardWebhookValid([unusable, secret], headers(), bytes(body), timestamp),
      ).toBe(true);
      expect(await standardWebhookValid([unusable], headers(), bytes(body), timestamp)).toBe(false);
      await expect(signStandardWebhook(unusable, id, timestamp, body)).rejects.toThrow(
        'A webhook secret is base64 after "whsec_".',
      );
    }
  });

  it('signs bytes and text alike', async () => {
    expect(await signStandardWebhook(secret, id, timestamp, bytes(body))).toBe(signature);
  });
});
