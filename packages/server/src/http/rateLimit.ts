import type { Clock } from '../clock.js';
import type { RateLimitConfig } from '../config.js';

/**
 * Token buckets kept in memory, one per credential. Enough for one instance; several instances
 * behind a balancer each enforce the limit on their share of traffic.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    readonly config: RateLimitConfig,
    readonly clock: Clock,
  ) {}

  /** Takes one token; returns 0 when allowed, else the seconds to wait. */
  take(key: string): number {
    const now = this.clock.now().getTime();
    const { capacity, refillPerSecond } = this.config;
    const bucket = this.#buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(
      capacity,
      bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond,
    );
    bucket.at = now;
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > 10_000) this.#sweep(now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond));
  }

  #sweep(now: number) {
    const full = this.config.capacity / this.config.refillPerSecond;
    for (const [key, bucket] of this.#buckets) {
      if ((now - bucket.at) / 1000 > full) this.#buckets.delete(key);
    }
  }
}
