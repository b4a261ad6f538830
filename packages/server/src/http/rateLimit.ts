import type { Clock } from '../clock.js';
import type { RateLimitConfig } from '../config.js';
import type { Db } from '../db/types.js';

/** Token buckets, one per credential or address. */
export interface RateLimiter {
  /** Takes one token; resolves 0 when allowed, else the seconds to wait. */
  take(key: string): Promise<number>;
  /** Forgets buckets that have refilled completely (they hold nothing a new bucket would not). */
  sweep(): Promise<void>;
}

const waitFor = (tokens: number, { refillPerSecond }: RateLimitConfig) =>
  Math.max(1, Math.ceil((1 - tokens) / refillPerSecond));

/** Buckets in this process's memory: right when one process serves the API (PGlite). */
export class MemoryRateLimiter implements RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  constructor(
    readonly config: RateLimitConfig,
    readonly clock: Clock,
  ) {}

  async take(key: string): Promise<number> {
    const now = this.clock.now().getTime();
    const { capacity, refillPerSecond } = this.config;
    const bucket = this.#buckets.get(key) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(
      capacity,
      bucket.tokens + (Math.max(0, now - bucket.at) / 1000) * refillPerSecond,
    );
    bucket.at = Math.max(bucket.at, now);
    this.#buckets.set(key, bucket);
    if (this.#buckets.size > 10_000) await this.sweep();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return waitFor(bucket.tokens, this.config);
  }

  async sweep(): Promise<void> {
    const now = this.clock.now().getTime();
    const full = this.config.capacity / this.config.refillPerSecond;
    for (const [key, bucket] of this.#buckets) {
      if ((now - bucket.at) / 1000 > full) this.#buckets.delete(key);
    }
  }
}

/**
 * Buckets in the database, so several server processes on one PostgreSQL enforce one limit
 * together. One statement per request: the upsert locks the bucket's row, refills it for the time
 * since its last use, and takes a token only if a whole one is there.
 */
export class DatabaseRateLimiter implements RateLimiter {
  constructor(
    readonly db: Db,
    readonly config: RateLimitConfig,
    readonly clock: Clock,
  ) {}

  async take(key: string): Promise<number> {
    const { capacity, refillPerSecond } = this.config;
    const rows = await this.db.query<{ tokens: number; taken: boolean }>(
      /* sql */ `
      with now as (select $3::timestamptz as at)
      insert into rate_limit_buckets as b (key, tokens, at, taken)
        select $1, $2::double precision - 1, now.at, true from now
      on conflict (key) do update set
        tokens = case
          when least($2, b.tokens + greatest(0, extract(epoch from (excluded.at - b.at))) * $4) >= 1
          then least($2, b.tokens + greatest(0, extract(epoch from (excluded.at - b.at))) * $4) - 1
          else least($2, b.tokens + greatest(0, extract(epoch from (excluded.at - b.at))) * $4)
        end,
        taken = least($2, b.tokens + greatest(0, extract(epoch from (excluded.at - b.at))) * $4) >= 1,
        -- Clocks of several processes differ a little: time never runs backwards for a bucket.
        at = greatest(b.at, excluded.at)
      returning tokens, taken`,
      [key, capacity, this.clock.now(), refillPerSecond],
    );
    const row = rows[0]!;
    return row.taken ? 0 : waitFor(Number(row.tokens), this.config);
  }

  async sweep(): Promise<void> {
    const full = this.config.capacity / this.config.refillPerSecond;
    await this.db.query(
      `delete from rate_limit_buckets where at < $1::timestamptz - make_interval(secs => $2)`,
      [this.clock.now(), full],
    );
  }
}
