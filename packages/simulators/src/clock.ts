/**
 * The simulators' notion of now: token lifetimes, rate-limit buckets, timestamps in deliveries.
 * Any `{ now(): Date }` fits, such as the server's `ManualClock`, so a test moves both together.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
